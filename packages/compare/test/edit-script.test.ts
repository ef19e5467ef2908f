import { describe, expect, it } from 'vitest';
import { diffArrays } from 'diff';
import { editScript } from '../src/edit-script.js';
import { tokenTexts } from '../src/tokenise.js';
import { loadPlan } from './support/fixtures.js';

/** jsdiff's runs as EditRuns (the reference editScript is ported from). */
const reference = (a: string[], b: string[]) =>
  diffArrays(a, b).map((c) => ({ op: c.added ? 'insert' : c.removed ? 'delete' : 'equal', count: c.count ?? c.value.length }));

describe('editScript', () => {
  it('gives exactly the runs of diffArrays on the word tokens of gov-work-report 2024 vs 2025 tasks', () => {
    const a = loadPlan('gov-work-report', 2024).tasks;
    const b = loadPlan('gov-work-report', 2025).tasks;
    let compared = 0;
    for (let i = 0; i < Math.min(a.length, b.length); i += 4) {
      const ta = tokenTexts(a[i].text);
      const tb = tokenTexts(b[i].text);
      expect(editScript(ta, tb)).toEqual(reference(ta, tb));
      compared += 1;
    }
    expect(compared).toBe(19);
  });

  it('handles empty sides and identical arrays', () => {
    expect(editScript([], [])).toEqual([]);
    expect(editScript([], ['新增'])).toEqual([{ op: 'insert', count: 1 }]);
    expect(editScript(['法律'], [])).toEqual([{ op: 'delete', count: 1 }]);
    expect(editScript(['稳中求进', '以进促稳'], ['稳中求进', '以进促稳'])).toEqual([{ op: 'equal', count: 2 }]);
  });

  it('uses the given equality (a lost character matching one character)', () => {
    const same = (x: string, y: string) => x === y || (x.length === y.length && [...x].every((c, k) => c === y[k] || c === '□' || y[k] === '□'));
    expect(editScript(['指□', '全面'], ['指导', '全面'], same)).toEqual([{ op: 'equal', count: 2 }]);
  });
});
