import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, PlanParseError } from '../src/index.js';
import { printedWidth } from '../src/reflow.js';
import { cutRawTextElements } from '../src/extract.js';
import { ADVERSARIAL_SHAPES } from '../bench/adversarial-shapes.js';
import { expectPlanInvariants } from './plan-invariants.js';

// Issue 12: long runs (spaces, U+3000, digits, punctuation, one repeated character, one huge line) must parse
// or be refused with a PlanParseError. Their COST is checked in bench/adversarial.bench.ts (time per MB flat
// from 10 KB to 5 MB), never here.

function parsesOrRefuses(text: string): void {
  try {
    expectPlanInvariants(parsePlan(text));
  } catch (error) {
    if (!(error instanceof PlanParseError)) throw error;
  }
}

describe('adversarial shapes', () => {
  it.each(ADVERSARIAL_SHAPES.map((s) => [s.name, s] as const))('%s parses or is refused, at 20k characters', (_, shape) => {
    parsesOrRefuses(shape.make(20_000));
  });

  it('the issue\'s upload (增长 + 500,000 spaces + 1%) keeps its task and its target line', () => {
    const plan = parsePlan(ADVERSARIAL_SHAPES[0].make(500_000));
    expect(plan.tasks.map((t) => t.text)).toContainEqual(expect.stringContaining('地区生产总值增长5%左右'));
  });

  it('any mix of runs of the adversarial characters parses or is refused', () => {
    const run = fc.tuple(fc.constantFrom(' ', '\u3000', '\t', '7', '.', '。', '，', '%', '□', '增', '（一）\n', '?', '<', '\n'), fc.integer({ min: 1, max: 3000 }));
    fc.assert(
      fc.property(fc.array(run, { minLength: 1, maxLength: 6 }), (runs) => {
        parsesOrRefuses(`2025年全市工作要点\n一、总体要求\n（一）推动增长。${runs.map(([ch, n]) => ch.repeat(n)).join('')}增长1%\n`);
      }),
      { numRuns: 25, seed: 12 },
    );
  });

  it('cutRawTextElements cuts exactly what the old backtracking regex cut', () => {
    const old = (h: string) => h.replace(/<(script|style|noscript|template)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi, ' ');
    const piece = fc.constantFrom('<script>', '</script>', '<style a="1">', '</style >', '</STYLE>', '<SCRIPT>', 'x', '<p>', '\n', '<template>', '</template>', '<noscript>', '</noscript>', '增');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const html = pieces.join('');
        expect(cutRawTextElements(html)).toBe(old(html));
      }),
      { numRuns: 500, seed: 12 },
    );
  });

  it('printedWidth ignores a trailing run of whitespace exactly as /\\s+$/ did', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '增', ' ', '\u3000', '\t', '\u00a0', '。') }), (line) => {
        let reference = 0;
        for (const ch of line.replace(/\s+$/, '')) reference += ch.charCodeAt(0) < 0x2000 ? 0.5 : 1;
        expect(printedWidth(line)).toBe(reference);
      }),
      { numRuns: 200, seed: 12 },
    );
  });
});
