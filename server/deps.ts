import type { Store } from './store/index.js';
import type { Sessions } from './auth.js';
import type { User } from './users.js';
import type { Limits } from './http/limits.js';

/** What every route module receives from createApp. */
export interface Deps {
  store: Store;
  sessions: Sessions;
  users: Map<string, User>;
  now: () => Date;
  /** Today (YYYY-MM-DD, UTC): the day validity dates are compared with. */
  today: () => string;
  limits: Limits;
  demo: boolean;
  /** Where the API is mounted (`/api`): document URLs are absolute paths under it. */
  basePath: string;
  newId: () => string;
  /** Where a person signs in on the site, told to the elements by `GET /session`. */
  signInUrl?: string;
}
