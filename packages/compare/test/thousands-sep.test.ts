/** ../shared/cases thousands-sep-2023 → 2024 (copied to test/cases): a number with thousands separators is one token. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '@plandiff/parse';
import { comparePlans } from '../src/compare.js';
import { tokenTexts } from '../src/tokenise.js';
import { diffTexts } from '../src/diff.js';

const read = (name: string): string => readFileSync(new URL(`./cases/${name}`, import.meta.url), 'utf8');
const expected = JSON.parse(read('thousands-sep.expected.json')) as { expected: Record<string, unknown> };

describe('thousands separators', () => {
  it('12,000人以上 and 35,000,000 are single tokens; a list comma "1,2" is not a separator', () => {
    expect(tokenTexts('城镇新增就业12,000人以上')).toContain('12,000人以上');
    expect(tokenTexts('投资35,000,000元')).toContain('35,000,000元');
    expect(tokenTexts('第1,2项')).not.toContain('1,2项');
  });

  it('the diff of the two notices is the one in ../shared/cases/expected.json', () => {
    const from = parsePlan(read('thousands-sep-2023.txt'), { year: 2023 });
    const to = parsePlan(read('thousands-sep-2024.txt'), { year: 2024 });
    const c = comparePlans(from, to);
    const link = c.links.find((l) => l.from.includes('t1.1') && l.to.includes('t1.1'));
    expect(link?.kind).toBe('changed');
    expect(link?.diff).toEqual(expected.expected['link t1.1→t1.1 diff']);
    const t = expected.expected['target change'] as { metric: string; from: number; to: number; unit: string; change: string };
    expect(c.targets.find((x) => x.metric === t.metric)).toMatchObject({ from: { value: t.from, unit: t.unit }, to: { value: t.to, unit: t.unit }, change: { value: t.change } });
    // the second task is untouched
    expect(c.links.find((l) => l.from.includes('t1.2'))?.kind).toBe('unchanged');
  });

  it('a rewritten clause around a separated number keeps the number whole', () => {
    const ops = diffTexts('完成投资35,000,000元。', '完成投资55,000,000元。');
    expect(ops).toEqual([
      { op: 'equal', text: '完成投资' }, { op: 'delete', text: '35,000,000元' }, { op: 'insert', text: '55,000,000元' }, { op: 'equal', text: '。' },
    ]);
  });
});
