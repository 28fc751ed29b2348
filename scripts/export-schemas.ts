// Writes the shared model as JSON Schema files (dist/schemas/<Name>.json).
import { mkdirSync, writeFileSync } from 'node:fs';
import { publishedSchemas, toJsonSchema } from '../src/model/json-schema.js';

const out = process.argv[2] ?? 'dist/schemas';
mkdirSync(out, { recursive: true });
for (const name of Object.keys(publishedSchemas))
  writeFileSync(`${out}/${name}.json`, JSON.stringify(toJsonSchema(name)) + '\n');
console.log(`JSON Schemas written to ${out}/ (${Object.keys(publishedSchemas).join(', ')})`);
