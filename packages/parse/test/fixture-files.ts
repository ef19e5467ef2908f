import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The real notice of `series/year` from fixtures/, byte for byte. */
export function fixtureBytes(series: string, year: number): Uint8Array {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/${series}/${year}/source.txt`, import.meta.url)));
}
