import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractJsonSchemas } from '@plandiff/model';

/** `plandiff schema [--out dir]`: writes <Name>.schema.json of every contract type; returns the written paths. */
export function runSchema(outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return Object.entries(contractJsonSchemas()).map(([name, schema]) => {
    const path = join(outDir, `${name}.schema.json`);
    writeFileSync(path, JSON.stringify(schema, null, 2) + '\n');
    return path;
  });
}
