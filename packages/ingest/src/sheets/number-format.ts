/**
 * How a number cell reads, by its number format: a date (Excel stores dates as serial day numbers), a percentage
 * (0.85 shown as 85%), or a plain number. Sources: ECMA-376 Part 1 §18.8.30 (numFmt: the built-in format ids —
 * 9, 10 percent; 14–22, 45–47 dates and times) and the East Asian built-ins 27–36 and 50–58, which are dates in
 * the zh-CN locale ([MS-XLS] §2.5.165 IFmt lists the same ids for BIFF8).
 */
export type NumberFormatKind = 'date' | 'percent' | 'number';

const BUILTIN_PERCENT = new Set([9, 10]);
const BUILTIN_DATE = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/**
 * The kind of a number format, from its built-in id or its format code (`yyyy"年"m"月"d"日"`, `0.0%`).
 * Quoted text, `[…]` sections (colours, locales) and `\`-escaped characters are ignored before looking for
 * `%` or date letters (y, m, d, h, s) and 年/月/日. Throws nothing.
 */
export function numberFormatKind(id: number | null, code: string | null): NumberFormatKind {
  if (id !== null && BUILTIN_PERCENT.has(id)) return 'percent';
  if (id !== null && BUILTIN_DATE.has(id)) return 'date';
  if (!code) return 'number';
  const bare = code.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '').replace(/\\./g, '').replace(/_.|\*./g, '');
  if (bare.includes('%')) return 'percent';
  if (/[ydmhs]/i.test(bare.replace(/general/gi, '')) || /[年月日]/.test(code)) return 'date';
  return 'number';
}

/** Excel's day 0 in the 1900 date system, as the serial numbers count (1899-12-30, which absorbs the 1900 leap-year bug). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** A serial day number (1900 date system) as a Chinese date, 2024年6月30日; null outside 1900–9999. */
export function serialDateText(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  return dateText(new Date(EPOCH_MS + Math.round(serial * 86400) * 1000));
}

/** A date (read as UTC, as spreadsheet libraries hand them out) as 2024年6月30日. */
export function dateText(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** A fraction as the percentage a cell shows (0.85 → 85%, 0.125 → 12.5%). */
export function percentText(value: number): string {
  return `${Number((value * 100).toPrecision(12))}%`;
}
