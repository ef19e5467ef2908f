/**
 * Adversarial notice shapes for the linear-time audit (issue 12): a small real-looking plan whose body carries
 * one pathological run — long runs of ASCII spaces, of U+3000, of digits, of punctuation, one repeated CJK
 * character, one huge line with no break, and many empty chapter labels. Shared by the benchmark
 * (bench/adversarial.bench.ts, which checks that time per MB stays flat) and the property test
 * (test/adversarial.test.ts, which checks that every shape parses or is refused with a PlanParseError).
 */

/** The frame every shape sits in: a title, a chapter and a task with a target, so the notice is a plan. */
const HEAD = '2025年全市工作要点\n一、总体要求\n（一）推动经济增长。地区生产总值增长5%左右。牵头单位：市发展改革委\n';
const TAIL = '\n（二）稳定就业。城镇新增就业1万人。\n';

/** A named shape: `make(n)` returns about `n` characters of notice text carrying the pathological run. */
export interface AdversarialShape {
  name: string;
  make(chars: number): string;
}

const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length))).slice(0, chars);

/** The shapes of the issue-12 audit (each makes one long line or run inside an otherwise ordinary plan). */
export const ADVERSARIAL_SHAPES: AdversarialShape[] = [
  { name: 'ASCII spaces in a target line', make: (n) => `${HEAD}增长${fill(' ', n)}1%${TAIL}` },
  { name: 'U+3000 run', make: (n) => `${HEAD}增长${fill('\u3000', n)}1%${TAIL}` },
  { name: 'tabs and spaces, no text', make: (n) => `${HEAD}${fill(' \t', n)}${TAIL}` },
  { name: 'one run of digits', make: (n) => `${HEAD}增长${fill('1234567890', n)}%${TAIL}` },
  { name: 'digits with dots', make: (n) => `${HEAD}达到${fill('1.', n)}亿元${TAIL}` },
  { name: 'punctuation run', make: (n) => `${HEAD}${fill('，。；、：？！', n)}${TAIL}` },
  { name: 'one CJK character repeated', make: (n) => `${HEAD}${fill('增', n)}${TAIL}` },
  { name: 'one huge line of sentences', make: (n) => `${HEAD}${fill('推动产业升级，营业收入增长5%左右。', n)}${TAIL}` },
  { name: 'labels on every line', make: (n) => `${HEAD}${fill('（一）\n', n)}${TAIL}` },
  { name: 'percent signs and numbers', make: (n) => `${HEAD}${fill('5%', n)}${TAIL}` },
  { name: 'angle brackets (tag-like)', make: (n) => `${HEAD}${fill('<p', n)}${TAIL}` },
  { name: 'lead-unit key then spaces', make: (n) => `${HEAD}（三）做好工作（牵头单位：${fill(' ', n)}x）${TAIL}` },
  { name: 'damaged signature (□ run)', make: (n) => `${HEAD}${TAIL}\n${fill('□', n)}x\n` },
  {
    name: 'unclosed <script> tags (HTML)',
    make: (n) => `<html><body><p>2025年全市工作要点</p><p>一、总体要求</p><p>（一）推动经济增长。地区生产总值增长5%左右。</p>${fill('<script>', n)}</body></html>`,
  },
  { name: 'question marks', make: (n) => `${HEAD}${fill('?', n)}${TAIL}` },
];
