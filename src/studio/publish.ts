/**
 * Publishing: `POST /definitions` makes a new immutable version (admin staff of the office),
 * answered with its version and SHA-256; `GET /definitions/{id}/versions` is the log of who
 * published what and when. The published address is what the snippets point at.
 */
import { BackendController } from '../core/backend-controller.js';
import { ProblemError } from '../core/errors.js';
import { emit } from '../core/events.js';
import type { DefinitionKind, DefinitionVersion } from '../model/definition.js';
import type { StudioKey } from '../i18n/studio.js';

/** The short name of a definition, the same across versions (as the server checks it). */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What the publisher reads of the studio. */
export interface PublishHost {
  kind: DefinitionKind;
  definitionId: string;
  readonly definition: unknown;
  text(key: StudioKey, vars?: Record<string, string | number>): string;
  requestUpdate(): void;
  announce(message: string): void;
}

export type PublishResult = { ok: true; message: string; version: DefinitionVersion } | { ok: false; message: string };

export class Publisher {
  readonly backend: BackendController;
  versions: DefinitionVersion[] = [];
  result?: PublishResult;
  sending = false;

  constructor(
    private element: ConstructorParameters<typeof BackendController>[0],
    private host: PublishHost,
  ) {
    this.backend = new BackendController(element);
  }

  get endpoint(): string | undefined {
    return this.backend.endpoint;
  }

  /** The newest published version of the current id, if any. */
  get newest(): DefinitionVersion | undefined {
    return this.versions[0];
  }

  changed(): void {
    if (this.result?.ok) this.result = undefined;
  }

  async loadVersions(): Promise<void> {
    const id = this.host.definitionId;
    if (!this.endpoint || !ID_PATTERN.test(id)) return void (this.versions = []);
    try {
      const page = await this.backend.request<{ items: DefinitionVersion[] }>(`definitions/${id}/versions`, {
        retries: 0,
      });
      if (this.host.definitionId === id) this.versions = page.items;
    } catch {
      this.versions = [];
    }
    this.host.requestUpdate();
  }

  async publish(note: string): Promise<void> {
    const { kind, definitionId: id, definition } = this.host;
    this.sending = true;
    this.result = undefined;
    this.host.requestUpdate();
    try {
      const before = this.newest?.version;
      const version = await this.backend.request<DefinitionVersion>('definitions', {
        method: 'POST',
        json: { kind, id, definition, ...(note.trim() && { note: note.trim() }) },
        idempotencyKey: crypto.randomUUID(),
      });
      const same = before === version.version;
      const t = (key: StudioKey, vars?: Record<string, string | number>) => this.host.text(key, vars);
      const message = same
        ? t('studio.publish.same', { version: version.version })
        : t('studio.publish.done', { version: version.version, sha256: version.sha256 });
      this.result = { ok: true, message, version };
      emit(this.element, 'procura-published', { version, created: !same });
      await this.loadVersions();
    } catch (e) {
      this.result = { ok: false, message: this.failure(e) };
      const status = e instanceof ProblemError ? e.status : undefined;
      emit(this.element, 'procura-error', {
        kind: 'publish',
        error: { message: this.result.message, ...(status && { status }) },
      });
    } finally {
      this.sending = false;
      this.host.announce(this.result?.message ?? '');
      this.host.requestUpdate();
    }
  }

  private failure(e: unknown): string {
    const t = (key: StudioKey, vars?: Record<string, string | number>) => this.host.text(key, vars);
    if (e instanceof ProblemError && (e.status === 403 || e.status === 401)) return t('studio.publish.forbidden');
    // The reason in the studio's language (the core's sentences), never a browser's or a server's English.
    return t('studio.publish.failed', { reason: this.backend.problemMessage(e) });
  }
}
