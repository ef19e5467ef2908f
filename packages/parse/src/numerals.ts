const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * Reads a Chinese numeral of heading labels, 1–99: 一 … 十, 十一 … 九十九 (also 廿 = 20).
 * Input: the numeral without brackets or 、. Output: its value, or null when it is not such a numeral.
 */
export function chineseNumeralValue(numeral: string): number | null {
  if (numeral === '') return null;
  if (numeral === '廿') return 20;
  const ten = numeral.indexOf('十');
  if (ten === -1) return numeral.length === 1 && numeral in DIGITS && DIGITS[numeral] > 0 ? DIGITS[numeral] : null;
  if (numeral.indexOf('十', ten + 1) !== -1) return null;
  const tensPart = numeral.slice(0, ten);
  const unitsPart = numeral.slice(ten + 1);
  const tens = tensPart === '' ? 1 : tensPart.length === 1 && DIGITS[tensPart] > 0 ? DIGITS[tensPart] : null;
  const units = unitsPart === '' ? 0 : unitsPart.length === 1 && DIGITS[unitsPart] > 0 ? DIGITS[unitsPart] : null;
  if (tens === null || units === null) return null;
  return tens * 10 + units;
}

const NAMES = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * Writes 1–99 as a Chinese heading numeral (1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 23 → 二十三).
 * Input: an integer 1–99. Output: the numeral; other numbers are written in Arabic digits.
 */
export function chineseNumeral(value: number): string {
  if (!Number.isInteger(value) || value < 1 || value > 99) return String(value);
  if (value < 10) return NAMES[value];
  const tens = Math.floor(value / 10);
  return `${tens === 1 ? '' : NAMES[tens]}十${NAMES[value % 10]}`;
}
