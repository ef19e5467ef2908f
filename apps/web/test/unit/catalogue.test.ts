import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PROBLEM_KINDS } from '../../../api/src/problem.js';
import { PROBLEM_CODES, WARNING_CODES } from '../../src/i18n/catalogue.js';

const parseSrc = fileURLToPath(new URL('../../../../packages/parse/src/', import.meta.url));
const ingestSrc = fileURLToPath(new URL('../../../../packages/ingest/src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the code catalogues', () => {
  it('word every warning code the parser and the ingest readers write (packages/parse/src, packages/ingest/src), in Chinese and English', () => {
    const codes = new Set<string>();
    for (const file of [...sources(parseSrc), ...sources(ingestSrc)]) {
      for (const match of readFileSync(file, 'utf8').matchAll(/code: '([A-Z_]+)'/g)) codes.add(match[1]);
    }
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) {
      expect(WARNING_CODES[code], code).toBeDefined();
      expect(WARNING_CODES[code].zh, code).toMatch(/[\u4e00-\u9fff]/);
      expect(WARNING_CODES[code].en, code).toMatch(/[a-z]/);
    }
  });

  it('word every problem kind of the API and every reason the parser refuses with', () => {
    for (const { code } of Object.values(PROBLEM_KINDS)) expect(PROBLEM_CODES[code], code).toBeDefined();
    const ingestCodes = [...readFileSync(join(ingestSrc, 'errors.ts'), 'utf8').matchAll(/\| '([A-Z_]+)'/g)].map((m) => m[1]);
    expect(ingestCodes).toContain('OWNER_FILE');
    for (const code of ['EMPTY', 'BINARY', 'UNDECODABLE', 'NOT_A_PLAN', 'TOO_LARGE', 'TIME_BUDGET', 'BUSY', 'HOST_NOT_ALLOWED', 'TOO_MANY_PARTS', ...ingestCodes]) {
      expect(PROBLEM_CODES[code], code).toBeDefined();
    }
    for (const entry of Object.values(PROBLEM_CODES)) expect(entry.zh).toMatch(/[\u4e00-\u9fff]/);
  });
});
