import { define } from '../core/define.js';
import { ProcuraStudio } from '../studio/studio.js';

define('procura-studio', ProcuraStudio);

declare global {
  interface HTMLElementTagNameMap {
    'procura-studio': ProcuraStudio;
  }
}
