/**
 * compare(b, a) is exactly the mirror of compare(a, b) (DESIGN.md), for every pair of stored years of every series in
 * fixtures/, both ways: the same links with sides swapped, added ↔ dropped, split ↔ merged, raised ↔ lowered.
 */
import { readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { comparePlans, mirrorComparison } from '../src/compare.js';
import { loadPlan } from './support/fixtures.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'fixtures');
const series = readdirSync(root).filter((s) => existsSync(join(root, s, 'series.json')));
const pairs: [string, number, number][] = [];
for (const s of series) {
  const years = readdirSync(join(root, s)).filter((y) => /^\d{4}$/u.test(y)).map(Number).sort((a, b) => a - b);
  for (let i = 0; i < years.length; i += 1) for (let j = i + 1; j < years.length; j += 1) pairs.push([s, years[i], years[j]]);
}

const pairKey = (from: string[], to: string[]): string => `${from.join('+')}|${to.join('+')}`;
const MIRROR: Record<string, string> = { added: 'dropped', dropped: 'added', split: 'merged', merged: 'split' };

describe('compare(b, a) mirrors compare(a, b) for every stored pair', () => {
  it('finds the stored pairs (gov-work-report alone has 10)', () => {
    expect(pairs.filter(([s]) => s === 'gov-work-report')).toHaveLength(10);
    expect(pairs.length).toBeGreaterThanOrEqual(20);
  });

  it.each(pairs)('%s %i ⇄ %i', (s, ya, yb) => {
    const a = loadPlan(s, ya);
    const b = loadPlan(s, yb);
    const ab = comparePlans(a, b);
    const ba = comparePlans(b, a);
    // counts: added ↔ dropped, split ↔ merged, the rest equal
    expect(ba.summary.added).toBe(ab.summary.dropped);
    expect(ba.summary.dropped).toBe(ab.summary.added);
    expect(ba.summary.split).toBe(ab.summary.merged);
    expect(ba.summary.merged).toBe(ab.summary.split);
    for (const k of ['changed', 'moved', 'unchanged'] as const) expect(ba.summary[k]).toBe(ab.summary[k]);
    expect(ba.summary.targets.added).toBe(ab.summary.targets.dropped);
    expect(ba.summary.targets.changed).toBe(ab.summary.targets.changed);
    // the same links, sides swapped, kinds mirrored, diffs mirrored
    const forward = new Map(ab.links.map((l) => [pairKey(l.from, l.to), l]));
    expect(ba.links).toHaveLength(ab.links.length);
    for (const l of ba.links) {
      const m = forward.get(pairKey(l.to, l.from));
      expect(m, `${s} ${yb}→${ya}: ${pairKey(l.from, l.to)}`).toBeDefined();
      if (!m) continue;
      expect(l.kind).toBe(MIRROR[m.kind] ?? m.kind);
      expect(l.score).toBe(m.score);
      expect(l.diff.filter((o) => o.op !== 'insert').map((o) => o.text).join(''))
        .toBe(m.diff.filter((o) => o.op !== 'delete').map((o) => o.text).join(''));
      for (const [i, t] of l.targetChanges.entries()) {
        const v = m.targetChanges[i].change.value;
        expect(t.change.value).toBe(v === 'raised' ? 'lowered' : v === 'lowered' ? 'raised' : v);
      }
    }
    // the whole answer is the mirror, and mirroring twice gives the original back
    expect(ba).toEqual(mirrorComparison(ab, b, a));
    expect(mirrorComparison(ba, a, b)).toEqual(ab);
  }, 60_000);
});
