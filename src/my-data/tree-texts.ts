// The words of the questionnaires the person answered (their published definitions, checked): loaded once the
// sheet is shown and names such a questionnaire; until then, the sheet names them by their ids.
import type { BackendController } from '../core/backend-controller.js';
import type { PublishedDefinition } from '../model/definition.js';
import { parse } from '../model/schema.js';
import { treeDefinition, type Decision } from '../model/tree.js';
import { treeKey, type TreeTexts } from './texts.js';

/**
 * The words of the questionnaires the person answered, for each decision that names its published
 * definition (`GET /definitions/{id}?version=`, public): the title and each outcome's text (every language
 * the definition has). A definition that cannot be read, or is not the one the decision names (its
 * SHA-256), is left out: that decision is then shown by its ids.
 */
export async function fetchTreeTexts(
  backend: Pick<BackendController, 'request'>,
  decisions: readonly Decision[],
): Promise<Map<string, TreeTexts>> {
  const out = new Map<string, TreeTexts>();
  const refs = new Map(decisions.flatMap((d) => (d.definition ? [[treeKey(d), d.definition] as const] : [])));
  await Promise.all(
    [...refs].map(async ([key, ref]) => {
      const path = `definitions/${encodeURIComponent(ref.id)}?version=${ref.version}`;
      const pub = await backend.request<PublishedDefinition>(path, { retries: 1 }).catch(() => undefined);
      const tree = pub?.sha256 === ref.sha256 ? parse(treeDefinition, pub.definition) : undefined;
      if (!tree?.ok) return;
      const outcomes = Object.fromEntries(Object.entries(tree.value.outcomes).map(([id, o]) => [id, o.text]));
      const title = tree.value.title;
      out.set(key, title === undefined ? { outcomes } : { title, outcomes });
    }),
  );
  return out;
}
