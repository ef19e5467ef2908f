/**
 * Figures: a number with its unit (`6%`, `1100万人`, `1.3万亿斤`, `6%-6.5%`, `两个百分点`, `□2%`), found by one
 * left-to-right scan of a task's text. A figure without a unit is no figure: that is what keeps years
 * (`2024年`), dates (`6月`), outline labels (`1.`), doc numbers and names such as `PM2.5` or `十四五` out.
 */

/** The character the normaliser puts where a character was lost to damage (U+25A1). */
export const LOST = '\u25a1';

/** One figure inside a text; offsets are UTF-16 code units into that text, `[start, end)`. */
export interface Figure {
  start: number;
  end: number;
  /** the number as written (1.3 for 1.3万亿斤, 92 for 92%); null for ranges and damaged figures */
  value: number | null;
  low: number | null;
  high: number | null;
  /** magnitude + unit as written, `％` folded to `%`: '%', '万人', '万亿斤', '个', '亿元', '个百分点' … */
  unit: string;
  /** true when a lost character (□) touches or sits inside the number */
  damaged: boolean;
  /** true for `100多个`, `1000余家` (a floor written inside the figure) */
  more: boolean;
  /** true when the number is only lost characters (达到□□%): nothing of it is known */
  lostOnly: boolean;
  /** true for a range `6%-6.5%` (low/high hold its ends unless damaged) */
  range: boolean;
}

/** Magnitudes that may sit between a number and its unit (longest first). */
const MAGNITUDES = ['万亿', '亿', '万', '千'];

/**
 * Units a figure may carry, longest first so that `个百分点` wins over `个` and `平方公里` over `公里`.
 * Deliberately absent: 年 月 日 号 (dates), 位 届 级 类 期 (ranks and labels).
 */
const UNITS = [
  '平方公里', '个百分点', '微克/立方米', 'μg/m³', 'μg/m3', '毫克/升', 'mg/L', '千瓦时', '吨标准煤', '标准箱', '标箱',
  '百分点', '人次', '批次', '场次', '户次', '架次', '车次', '班次', '艘次', '件次', '项次', '亩次', '公里', '千米', '平方米', '立方米', '公斤', '公顷', '美元', '千瓦', '小时',
  '%', '％', '‰', '人', '斤', '吨', '个', '家', '条', '项', '座', '所', '米', '亩', '元', '辆', '台', '套', '户',
  '处', '件', '张', '部', '批', '场', '次', '倍', '天', '名', '床', '宗', '篇', '艘', '架', '栋',
  '岁', '列', '例', '头', '只', '株', '册', '份',
].sort((a, b) => b.length - a.length);

/** Words after which a bare magnitude (3000万左右) still ends a figure. */
const BARE_MAGNITUDE_FOLLOWERS = ['左右', '以上', '以内', '以下', '上下'];

/** Units a Chinese-numeral figure may carry: `两个百分点`, `三倍`. */
const CHINESE_UNITS = ['个百分点', '百分点', '倍'];

/**
 * Separators of a range `6%-6.5%`, `6～6.5%`, `3%至3.5%`, `5%到5.5%`: ASCII and full-width hyphen-minus and
 * tilde, the Unicode dashes (U+2010–U+2015, U+2212 minus, U+2E3A two-em dash), wave dashes (U+301C, U+223C)
 * and 至/到. A doubled dash (`5%——5.5%`) is one separator.
 */
const RANGE_SEPARATORS = new Set([
  '-', '－', '~', '～', '〜', '∼', '‐', '‑', '‒', '–', '—', '―', '−', '⸺', '﹣', '至', '到',
]);

/**
 * Units a figure's unit may be divided by (`25万元/人`, `10吨/亩`, `0.5元/千瓦时`): the per-unit part is read
 * with the figure, so the unit is `万元/人`, never `万元` followed by stray text.
 */
const PER_UNITS = ['千瓦时', '平方米', '立方米', '公顷', '人', '年', '月', '吨', '亩', '户', '天', '次', '辆', '件', '台'];

const CHINESE_DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CHINESE_SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CHINESE_BIG: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

function isNumberChar(c: string | undefined): boolean {
  return isDigit(c) || c === '.' || c === LOST;
}

function isAsciiLetter(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

const CHINESE_NUMERALS = new Set([...Object.keys(CHINESE_DIGITS), ...Object.keys(CHINESE_SMALL), ...Object.keys(CHINESE_BIG)]);

function isChineseNumeral(c: string | undefined): boolean {
  return c !== undefined && CHINESE_NUMERALS.has(c);
}

/** The longest entry of `list` that `text` holds at `pos`, or ''. */
function matchAt(text: string, pos: number, list: readonly string[]): string {
  for (const entry of list) if (text.startsWith(entry, pos)) return entry;
  return '';
}

/**
 * Reads the unit at `pos` (`万人`, `%`, `亿元`, `万`), digits allowed a bare magnitude.
 * Returns the unit's end, or -1 when no unit stands there.
 */
function readUnit(text: string, pos: number, bareMagnitude: boolean): number {
  const magnitude = matchAt(text, pos, MAGNITUDES);
  const base = matchAt(text, pos + magnitude.length, UNITS);
  if (base === '' && magnitude === '') return -1;
  if (base === '' && !bareMagnitude) return -1;
  // 个月 / 个工作日 are durations, not counts
  if (base === '个' && (text[pos + magnitude.length + 1] === '月' || text.startsWith('工作日', pos + magnitude.length + 1))) {
    return -1;
  }
  // a bare magnitude is a unit only at a clause end or before a modifier (3000万左右), not before a noun
  // (5575万农村贫困人口, 14亿多中国人: counts in prose); 千 alone never (千万工程)
  if (base === '') {
    if (magnitude === '千') return -1;
    const next = text[pos + magnitude.length];
    if (next !== undefined && next >= '\u4e00' && next <= '\u9fff' && !BARE_MAGNITUDE_FOLLOWERS.some((w) => text.startsWith(w, pos + magnitude.length))) {
      return -1;
    }
  }
  const end = pos + magnitude.length + base.length;
  if (base !== '' && (text[end] === '/' || text[end] === '／')) {
    const per = matchAt(text, end + 1, PER_UNITS);
    if (per !== '') return end + 1 + per.length;
  }
  return end;
}

/** A digit run `[start, end)`: value (NaN when not one number), damaged flag. */
interface NumberRun { start: number; end: number; value: number; damaged: boolean }

/** Whether a thousands separator stands at `pos`: `,` between a digit and exactly three digits (1,200). */
function isThousandsComma(text: string, pos: number): boolean {
  return text[pos] === ',' && isDigit(text[pos - 1]) && isDigit(text[pos + 1]) && isDigit(text[pos + 2]) &&
    isDigit(text[pos + 3]) && !isDigit(text[pos + 4]);
}

function readDigitRun(text: string, start: number): NumberRun {
  let end = start;
  while (end < text.length && (isNumberChar(text[end]) || isThousandsComma(text, end))) end++;
  while (end > start && text[end - 1] === '.') end--; // `1.` outline label, sentence-final dot
  const raw = text.slice(start, end).replace(/,/g, '');
  const damaged = raw.includes(LOST);
  const dots = raw.split('.').length - 1;
  // more than 15 digits cannot be held exactly by a number: no plan writes such a figure
  const value = damaged || dots > 1 || raw === '' || raw.length > 16 ? Number.NaN : Number(raw);
  return { start, end, value, damaged };
}

/**
 * Parses a Chinese numeral such as 一千二百, 十五, 两 (no 万/亿: those are split off as magnitude).
 * Returns NaN when the string is not a well-formed numeral.
 */
export function parseChineseNumeral(s: string): number {
  if (s === '') return Number.NaN;
  let total = 0;
  let digit: number | null = null;
  for (const c of s) {
    if (c in CHINESE_DIGITS) {
      if (digit !== null && digit !== 0) return Number.NaN; // 一二: not a numeral
      digit = CHINESE_DIGITS[c];
    } else if (c in CHINESE_SMALL) {
      total += (digit ?? 1) * CHINESE_SMALL[c];
      digit = null;
    } else {
      return Number.NaN;
    }
  }
  return total + (digit ?? 0);
}

/**
 * Finds every figure in `text`, left to right, in linear time.
 * Input: a task's normalised text (ASCII digits; □ marks a lost character).
 * Output: figures with local offsets; a damaged figure has value/low/high null.
 * Skipped: numbers without a unit, ordinals (第2次), numbers glued to Latin letters (PM2.5, 5G),
 * Chinese numerals other than `两个百分点` / `三倍` / `百分之九十` / `千分之三` (written-out amounts such as
 * 千亿斤 name programmes: 千亿斤粮食产能提升行动).
 */
export function scanFigures(text: string): Figure[] {
  const figures: Figure[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if ((c === '百' && text.startsWith('百分之', i)) || (c === '千' && text.startsWith('千分之', i))) {
      const figure = readPercentWords(text, i, c === '百' ? '%' : '‰');
      if (figure) {
        figures.push(figure);
        i = figure.end;
        continue;
      }
      i += 3;
      continue;
    }
    if (isNumberChar(c) && c !== '.') {
      const figure = readDigitFigure(text, i);
      if (figure.figure) figures.push(figure.figure);
      i = Math.max(figure.next, i + 1);
      continue;
    }
    if (isChineseNumeral(c) && !isChineseNumeral(text[i - 1])) {
      let end = i;
      while (end < text.length && isChineseNumeral(text[end])) end++;
      const figure = readChineseFigure(text, i, end);
      if (figure) figures.push(figure);
      i = end;
      continue;
    }
    i++;
  }
  return figures;
}

function readDigitFigure(text: string, start: number): { figure: Figure | null; next: number } {
  const first = readDigitRun(text, start);
  const next = Math.max(first.end, start + 1);
  const before = text[start - 1];
  if (before === '第' || isAsciiLetter(before) || first.end === start) return { figure: null, next };
  if (!first.damaged && Number.isNaN(first.value)) return { figure: null, next };
  const onlyLost = !/[0-9]/.test(text.slice(first.start, first.end));
  let pos = first.end;
  let more = false;
  if ((text[pos] === '多' || text[pos] === '余') && readUnit(text, pos + 1, true) > 0) {
    more = true;
    pos++;
  }
  // 3万余人次, 2千多家: the floor word between magnitude and unit; the unit is read whole (万人次)
  const magnitude = matchAt(text, pos, MAGNITUDES);
  if (!more && magnitude !== '' && (text[pos + magnitude.length] === '余' || text[pos + magnitude.length] === '多')) {
    const base = matchAt(text, pos + magnitude.length + 1, UNITS);
    if (base !== '') {
      const end = pos + magnitude.length + 1 + base.length;
      return {
        figure: {
          start, end, value: first.damaged ? null : first.value, low: null, high: null,
          unit: foldUnit(magnitude + base), damaged: first.damaged, more: true, range: false, lostOnly: onlyLost,
        },
        next: end,
      };
    }
  }
  const firstUnitEnd = readUnit(text, pos, !onlyLost);
  // PM2.5, 5G: a number glued to Latin letters is a name, unless the letters are its unit (0.5mg/L)
  if (isAsciiLetter(text[first.end]) && !(firstUnitEnd > first.end && /^(?:mg|μg)/.test(text.slice(pos, firstUnitEnd)))) {
    return { figure: null, next };
  }
  // range: 6%-6.5%, 6-6.5%
  const sepPos = firstUnitEnd > 0 ? firstUnitEnd : pos;
  const sepLength = RANGE_SEPARATORS.has(text[sepPos]) && text[sepPos + 1] === text[sepPos] && text[sepPos] !== '至' && text[sepPos] !== '到' ? 2 : 1;
  const afterSep = sepPos + sepLength;
  if (!more && RANGE_SEPARATORS.has(text[sepPos]) && isNumberChar(text[afterSep]) && text[afterSep] !== '.' &&
    !(isChangeSeparator(text[sepPos]) && opensChange(text, start))) {
    const second = readDigitRun(text, afterSep);
    const secondUnitEnd = readUnit(text, second.end, true);
    if (secondUnitEnd > 0 && !isAsciiLetter(text[second.end])) {
      const unit = foldUnit(text.slice(second.end, secondUnitEnd));
      const firstUnit = firstUnitEnd > 0 ? foldUnit(text.slice(pos, firstUnitEnd)) : unit;
      if (firstUnit === unit) {
        const damaged = first.damaged || second.damaged || Number.isNaN(first.value) || Number.isNaN(second.value);
        return {
          figure: {
            start, end: secondUnitEnd, value: null, unit, damaged, more: false, range: true, lostOnly: false,
            low: damaged ? null : first.value, high: damaged ? null : second.value,
          },
          next: secondUnitEnd,
        };
      }
    }
  }
  if (firstUnitEnd < 0) return { figure: null, next };
  return {
    figure: {
      start, end: firstUnitEnd, value: first.damaged ? null : first.value, low: null, high: null,
      unit: foldUnit(text.slice(pos, firstUnitEnd)), damaged: first.damaged, more, range: false, lostOnly: onlyLost,
    },
    next: firstUnitEnd,
  };
}

/** 至 and 到 join a range (`5%至5.5%`) unless a 从/由 before the figure makes them a change (`从4.2%到3.9%`). */
function isChangeSeparator(c: string): boolean {
  return c === '至' || c === '到';
}

/** Whether 从 or 由 opens the figure at `start` (`从4.2%`, `由60.2%`), looking back inside its clause (12 characters). */
function opensChange(text: string, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 12); k--) {
    const c = text[k];
    if (c === '从' || c === '由') return true;
    if ('，,；;。：:、'.includes(c)) return false;
  }
  return false;
}

function readChineseFigure(text: string, start: number, end: number): Figure | null {
  const value = parseChineseNumeral(text.slice(start, end));
  if (Number.isNaN(value)) return null;
  const unit = matchAt(text, end, CHINESE_UNITS);
  if (unit === '') return null;
  return {
    start, end: end + unit.length, value, low: null, high: null,
    unit, damaged: false, more: false, range: false, lostOnly: false,
  };
}

/** `百分之九十` → 90 %, `千分之三` → 3 ‰, `百分之□5` → damaged. */
function readPercentWords(text: string, start: number, unit: '%' | '‰'): Figure | null {
  const from = start + 3;
  if (isDigit(text[from]) || text[from] === LOST) {
    const run = readDigitRun(text, from);
    if (run.end === from || (!run.damaged && Number.isNaN(run.value))) return null;
    return {
      start, end: run.end, value: run.damaged ? null : run.value, low: null, high: null,
      unit, damaged: run.damaged, more: false, range: false, lostOnly: false,
    };
  }
  let end = from;
  while (end < text.length && isChineseNumeral(text[end]) && !(text[end] in CHINESE_BIG)) end++;
  const value = parseChineseNumeral(text.slice(from, end));
  if (Number.isNaN(value)) return null;
  return { start, end, value, low: null, high: null, unit, damaged: false, more: false, range: false, lostOnly: false };
}

function foldUnit(unit: string): string {
  return unit.replace('％', '%');
}
