/**
 * Tokenisation of plan text for diffs and evidence.
 *
 * Chinese is segmented into words with `Intl.Segmenter('zh', { granularity: 'word' })` (ICU's dictionary
 * segmenter, available in Node ≥ 16 with full ICU and in Chromium), corrected by a dictionary of policy
 * terms that ICU splits (牵头单位 → 牵|头|单位, 保卫战 → 保卫|战). Figures with their unit and modifier
 * (92%, 1.3万亿斤, 5.5%左右, 6%－6.5%, 12,000人以上) are single tokens, so a diff reports "5%→4%", never "5→4".
 */

/** What a token is. `figure`: a number with its unit/modifier; `term`: a dictionary policy term. */
export type TokenKind = 'figure' | 'term' | 'word' | 'punct' | 'space';

/** One token; `text` is a substring of the input and tokens concatenate back to the input exactly. */
export interface Token {
  text: string;
  kind: TokenKind;
}

/**
 * Policy terms kept whole (ICU splits them). Longer terms win over their prefixes
 * (蓝天保卫战 over 保卫战). Extend freely; order does not matter.
 */
export const POLICY_TERMS: readonly string[] = [
  '牵头单位', '责任单位', '配合单位', '会同单位', '攻坚战', '保卫战', '蓝天保卫战', '碧水保卫战', '净土保卫战',
  '污染防治攻坚战', '高质量发展', '新质生产力', '现代化产业体系', '科教兴国', '乡村振兴', '新型城镇化',
  '国内生产总值', '城镇调查失业率', '城镇新增就业', '居民消费价格', '赤字率', '专项债券', '超长期特别国债',
  '一带一路', '营商环境', '民营经济', '数字经济', '人工智能', '碳达峰', '碳中和', '双碳', '长江经济带',
  '重污染天气', '生态环境', '生态文明', '新污染物', '生态保护红线', '排污许可', '环境影响评价', '环评',
  '督察', '中央生态环境保护督察', '流域综合治理', '美丽湖北', '美丽中国', '细颗粒物', '优良天数',
  '断面', '国控断面', '省控断面', '劣Ⅴ类', '安全利用率', '黑臭水体', '入河排污口', '饮用水水源',
  '高水平保护', '绿色低碳', '稳中求进', '以进促稳', '先立后破', '两个毫不动摇', '三农', '粮食安全',
  '地方政府债务', '房地产市场', '全国统一大市场', '国有企业', '中小企业', '个体工商户', '养老保险',
  '医疗保险', '义务教育', '职业教育', '高等教育', '基本医疗', '公共卫生', '社会保障', '宏观调控',
  '财政政策', '货币政策', '就业优先', '扩大内需', '国内需求', '外商投资', '对外开放', '科技自立自强',
];

const FIGURE_UNITS = [
  '个百分点', '百分点', '%', '％', '‰',
  '万亿斤', '亿斤', '万斤', '斤', '万亿元', '亿元', '万元', '元', '万亿美元', '亿美元', '美元',
  '亿千瓦', '万千瓦', '千瓦', '亿吨', '万吨', '吨', '亿亩', '万亩', '亩', '万公里', '公里', '千米',
  '万平方米', '平方米', '立方米', '平方公里', '亿人', '万人', '人', '万户', '户', '万套', '套', '万个', '个',
  '家', '条', '项', '所', '座', '辆', '台', '名', '岁', '倍', '次', '年', '月', '日', '天', '小时', '微克/立方米',
];
const FIGURE_MODIFIERS = ['左右', '以上', '以内', '以下', '上下', '多'];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** A number: digits with thousands separators (12,000 · 35,000,000: a comma followed by exactly three digits) or plain, then an optional decimal part. */
const NUMBER = String.raw`(?:[0-9０-９]{1,3}(?:,[0-9０-９]{3})+(?![0-9０-９])|[0-9０-９]+)(?:[.．][0-9０-９]+)?`;
const UNIT = `(?:${alternation(FIGURE_UNITS)})`;
const FIGURE = `${NUMBER}${UNIT}?(?:[-－—~～至到]${NUMBER}${UNIT}?)?(?:${alternation(FIGURE_MODIFIERS)})?`;

let cachedPattern: { terms: readonly string[]; re: RegExp } | null = null;
function pattern(terms: readonly string[]): RegExp {
  if (cachedPattern?.terms !== terms) {
    cachedPattern = { terms, re: new RegExp(`(${FIGURE})|(${alternation(terms)})`, 'gu') };
  }
  return cachedPattern.re;
}

let segmenter: Intl.Segmenter | null = null;
function zhSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return segmenter;
}

function segmentKind(text: string, wordLike: boolean): TokenKind {
  return wordLike ? 'word' : /^\s+$/u.test(text) ? 'space' : 'punct';
}

/**
 * Splits text into diff tokens.
 * Input: any string (plan text, a task's text). Output: tokens whose `text`s concatenate to the input
 * (UTF-16 exact). Figures (digits with optional decimal, unit, range and modifier) and dictionary
 * policy terms come out whole; the rest is segmented by `Intl.Segmenter('zh', { granularity: 'word' })`
 * in one pass over the whole text, segments overlapping a figure or term being cut at its edges.
 * Never throws.
 */
export function tokenise(text: string, terms: readonly string[] = POLICY_TERMS): Token[] {
  const out: Token[] = [];
  scan(text, terms, true, (piece, kind) => out.push({ text: piece, kind }));
  return out;
}

/** The texts of {@link tokenise}'s tokens only (what a diff compares), without token objects. */
export function tokenTexts(text: string, terms: readonly string[] = POLICY_TERMS): string[] {
  const out: string[] = [];
  scan(text, terms, false, (piece) => out.push(piece));
  return out;
}

/** Emits the tokens of `text` in order; without `kinds`, every segment's kind is given as 'word' (unused). */
function scan(text: string, terms: readonly string[], kinds: boolean, emit: (piece: string, kind: TokenKind) => void): void {
  if (text === '') return;
  const re = pattern(terms);
  re.lastIndex = 0;
  const kept: { start: number; end: number; kind: TokenKind }[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    kept.push({ start: m.index, end: m.index + m[0].length, kind: m[1] !== undefined ? 'figure' : 'term' });
  }
  let k = 0;
  let at = 0;
  for (const s of zhSegmenter().segment(text)) {
    const end = s.index + s.segment.length;
    while (at < end) {
      const next = kept[k];
      if (next && next.start <= at) {
        emit(text.slice(next.start, next.end), next.kind);
        at = next.end;
        k += 1;
        continue;
      }
      const stop = next && next.start < end ? next.start : end;
      const piece = text.slice(at, stop);
      if (kinds) {
        const whole = at === s.index && stop === end;
        emit(piece, segmentKind(piece, whole ? s.isWordLike === true : /[\p{L}\p{N}]/u.test(piece)));
      } else emit(piece, 'word');
      at = stop;
    }
  }
}

/**
 * The character bigrams used for retrieval (TF-IDF over character n-grams, n = 2).
 * Input: a string. Output: bigrams of consecutive CJK, Latin letters or digits; punctuation, spaces and
 * the lost-character mark '□' break runs (a bigram never spans them). A one-character run yields itself.
 */
export function characterBigrams(text: string): string[] {
  const out: string[] = [];
  const runs = text.match(/[\p{Script=Han}A-Za-z0-9Ⅰ-Ⅻ.%]+/gu) ?? [];
  for (const run of runs) {
    if (run.length === 1) {
      out.push(run);
      continue;
    }
    for (let i = 0; i + 1 < run.length; i += 1) out.push(run.slice(i, i + 2));
  }
  return out;
}

/**
 * Dense index (0..27659) of a character that may stand in a bigram run, −1 for any other: CJK
 * ideographs U+4E00–U+9FFF, then U+3400–U+4DBF, ASCII digits and letters, Roman numerals Ⅰ–Ⅻ, '.', '%'.
 */
function runIndex(c: number): number {
  if (c >= 0x4e00 && c <= 0x9fff) return c - 0x4e00;
  if (c >= 0x3400 && c <= 0x4dbf) return 20992 + c - 0x3400;
  if (c >= 0x30 && c <= 0x39) return 27584 + c - 0x30;
  if (c >= 0x41 && c <= 0x5a) return 27594 + c - 0x41;
  if (c >= 0x61 && c <= 0x7a) return 27620 + c - 0x61;
  if (c >= 0x2160 && c <= 0x216b) return 27646 + c - 0x2160;
  if (c === 0x2e) return 27658;
  if (c === 0x25) return 27659;
  return -1;
}

/** Bigram codes are index₁ · RUN_CHARS + index₂; a one-character run is SINGLE − index (all < 2³⁰). */
const RUN_CHARS = 27660;
const SINGLE = 2 ** 30 - 1;

/**
 * The same character bigrams as {@link characterBigrams}, each encoded as a number: the two characters'
 * dense indices (CJK ideographs U+4E00–U+9FFF, U+3400–U+4DBF, ASCII letters and digits, Roman numerals
 * Ⅰ–Ⅻ, '.' and '%', 27,660 in all) as index₁ · 27660 + index₂, a one-character run as 2³⁰ − 1 − index.
 * Every code is below 2³⁰, a small integer to V8, so retrieval hashes numbers without allocating.
 */
export function bigramCodes(text: string): number[] {
  const out: number[] = [];
  let runStart = -1;
  let prev = -1;
  for (let i = 0; i <= text.length; i += 1) {
    const idx = i < text.length ? runIndex(text.charCodeAt(i)) : -1;
    if (idx >= 0) {
      if (runStart < 0) runStart = i;
      else out.push(prev * RUN_CHARS + idx);
    } else if (runStart >= 0) {
      if (i - runStart === 1) out.push(SINGLE - prev);
      runStart = -1;
    }
    prev = idx;
  }
  return out;
}

/**
 * Encodes two UTF-16 code units as a bigram code (see {@link bigramCodes}); both must be run characters
 * (a CJK ideograph, ASCII letter or digit, Ⅰ–Ⅻ, '.', '%'), else the code is meaningless.
 */
export function bigramCode(a: number, b: number): number {
  return runIndex(a) * RUN_CHARS + runIndex(b);
}
