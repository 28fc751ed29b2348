/**
 * The studio's draft: the kind, the short name and the definition being prepared, kept in
 * IndexedDB through the kit's draft store (under the person signed in at the endpoint), so a
 * reload or a closed tab comes back to the same place. Off with `no-draft`.
 */
import type { ReactiveControllerHost } from 'lit';
import { DraftController } from '../core/draft-store.js';
import type { DefinitionKind } from '../model/definition.js';

export interface StudioDraft {
  kind: DefinitionKind;
  id: string;
  definition: unknown;
}

type DraftHost = ReactiveControllerHost & { noDraft: boolean; draftKey?: string; id: string };

export class StudioDrafts {
  private controller: DraftController<StudioDraft>;

  constructor(host: DraftHost) {
    this.controller = new DraftController<StudioDraft>(host, {
      key: () => (host.noDraft ? undefined : `procura-studio:${host.draftKey || host.id || 'default'}`),
      version: () => '1',
      enabled: () => !host.noDraft,
    });
  }

  get status() {
    return this.controller.status;
  }

  restore(): Promise<StudioDraft | undefined> {
    return this.controller.restore().catch(() => undefined);
  }

  save(draft: StudioDraft): Promise<void> {
    return this.controller.save(draft);
  }

  /** Resolves once the latest change reached the database. */
  get settled(): Promise<void> {
    return this.controller.settled;
  }
}
