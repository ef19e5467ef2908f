// Build step: writes packages/model/schema/<Name>.schema.json from the zod schemas.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contractJsonSchemas } from './json-schema.js';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'schema');
mkdirSync(out, { recursive: true });
for (const [name, schema] of Object.entries(contractJsonSchemas())) {
  writeFileSync(join(out, `${name}.schema.json`), JSON.stringify(schema, null, 2) + '\n');
}
console.log(`wrote ${Object.keys(contractJsonSchemas()).length} JSON Schemas to ${out}`);
