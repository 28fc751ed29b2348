import type { Store } from './store/store.js';
import type { Sessions } from './auth.js';
import type { User } from './users.js';
import type { Limits } from './http/limits.js';
import type { ProofKey } from './proof/keys.js';
import type { Sealer } from './proof/types.js';

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
  /** Signs receipts and checkpoints (server/proof/keys.ts). */
  proofKey: ProofKey;
  /** Seals accepted PDFs (server/proof/seal.ts); absent only where a host chose not to seal. */
  seal?: Sealer;
  /**
   * The mail sender (modules/mail/sender.ts): woken after a change that queued mail commits, and
   * the invitation page (INVITATION_URL). Absent (createApp without startServer): mail waits in the outbox.
   */
  mailer?: { wake(): void; readonly invitationUrl?: string };
}
