// Issue 22, finding 7: `plandiff compare` of two stored years re-parsed and re-compared on every run (5.1× `node -e
// 0`). Its plans come from the committed plan.json (corpus tests); its comparison from the build's cache, checked here.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '@plandiff/corpus';
import { storedComparison } from '../src/comparison-cache.js';

const roots: string[] = [];
afterEach(() => {
  globalThis.__plandiffBuild = undefined;
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function temp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  roots.push(dir);
  return dir;
}

describe('the comparison cache of the CLI bundle', () => {
  it('computes a stored comparison once per build and inputs, and again when a link decision changes', () => {
    const fixtures = temp('plandiff-cli-fixtures-');
    cpSync(join(new Corpus().dir, 'npc-gwr-resolution'), join(fixtures, 'npc-gwr-resolution'), { recursive: true });
    const corpus = new Corpus(fixtures);
    globalThis.__plandiffBuild = { id: 'build-a', cacheDir: temp('plandiff-cli-cache-') };
    let computed = 0;
    const compute = () => {
      computed++;
      return corpus.comparison('npc-gwr-resolution', 2024, 2025);
    };
    const first = storedComparison(corpus, 'npc-gwr-resolution', 2024, 2025, compute);
    const second = storedComparison(corpus, 'npc-gwr-resolution', 2024, 2025, compute);
    expect(computed).toBe(1);
    expect(second).toEqual(JSON.parse(JSON.stringify(first)));
    expect(readdirSync(join(globalThis.__plandiffBuild.cacheDir, 'comparisons'))).toHaveLength(1);
    // another build never reads what this one wrote
    globalThis.__plandiffBuild = { ...globalThis.__plandiffBuild, id: 'build-b' };
    storedComparison(corpus, 'npc-gwr-resolution', 2024, 2025, compute);
    expect(computed).toBe(2);
    // a link decision is part of the key
    const link = first.links.find((l) => l.from.length > 0 && l.to.length > 0);
    expect(link).toBeDefined();
    const linksDir = join(fixtures, 'npc-gwr-resolution', 'links');
    mkdirSync(linksDir);
    writeFileSync(join(linksDir, '2024-2025.json'), JSON.stringify({ forbid: [{ from: link!.from[0], to: link!.to[0] }] }));
    storedComparison(corpus, 'npc-gwr-resolution', 2024, 2025, compute);
    expect(computed).toBe(3);
  });

  it('computes every time when running from sources (no bundle identity)', () => {
    let computed = 0;
    const corpus = new Corpus();
    for (let i = 0; i < 2; i++) storedComparison(corpus, 'npc-gwr-resolution', 2024, 2025, () => (computed++, corpus.comparison('npc-gwr-resolution', 2024, 2025)));
    expect(computed).toBe(2);
  });
});
