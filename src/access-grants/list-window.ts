// The grants viewer's windowed lists: the kit's one implementation (src/core/list-window.ts), for grants.
import { ListWindow as Windowed } from '../core/list-window.js';
import type { Grant } from '../model/grant.js';

export class ListWindow extends Windowed<Grant> {}
