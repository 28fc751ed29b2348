/** Import and export of a definition as a JSON file (`<id>.<kind>.json`), for a backup or another office. */
import type { DefinitionKind } from '../model/definition.js';

export function exportJson(kind: DefinitionKind, id: string, definition: unknown): void {
  const blob = new Blob([JSON.stringify(definition, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = `${id || 'definition'}.${kind}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The file's JSON, or undefined when it is not JSON. */
export async function readJsonFile(file: File): Promise<unknown> {
  try {
    return JSON.parse(await file.text()) as unknown;
  } catch {
    return undefined;
  }
}
