/**
 * Writes openapi.yaml from the model's published schemas and the server's route descriptions.
 *   node --import tsx scripts/gen-openapi.ts          (write)
 *   node --import tsx scripts/gen-openapi.ts --check  (exit 1 if the committed file differs)
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { openApiYaml } from '../server/openapi.js';

const target = fileURLToPath(new URL('../openapi.yaml', import.meta.url));
const text = openApiYaml();
if (process.argv.includes('--check')) {
  const current = await readFile(target, 'utf8').catch(() => '');
  if (current !== text) {
    process.stderr.write('openapi.yaml is out of date: run node --import tsx scripts/gen-openapi.ts\n');
    process.exit(1);
  }
} else {
  await writeFile(target, text);
  process.stderr.write(`wrote ${target}\n`);
}
