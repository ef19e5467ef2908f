/**
 * One counter value written in a WordprocessingML number format (ECMA-376 Part 1 §17.18.59 ST_NumberFormat), as
 * the reader sees it in Word or WPS: `chineseCounting` 11 → 十一, `decimalEnclosedCircle` 3 → ③.
 *
 * `decimalEnclosedParen` is written as （3） (full-width brackets, the form 公文 type by hand) rather than the
 * single character ⑴ Word draws, so that an auto-numbered item and a typed one read the same.
 *
 * @returns the text of the number, '' for `none`, null for `bullet` (a bullet is no label)
 */
export function formatNumber(value: number, format: string): string | null {
  switch (format) {
    case 'bullet':
      return null;
    case 'none':
      return '';
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(value)].map((digit) => String.fromCharCode(0xff10 + Number(digit))).join('');
    case 'upperLetter':
      return letters(value).toUpperCase();
    case 'lowerLetter':
      return letters(value);
    case 'upperRoman':
      return roman(value);
    case 'lowerRoman':
      return roman(value).toLowerCase();
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'koreanCounting':
      return chineseCounting(value);
    case 'ideographDigital':
    case 'taiwaneseDigital':
    case 'japaneseDigitalTenThousand':
      return [...String(value)].map((digit) => '〇一二三四五六七八九'[Number(digit)]).join('');
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return [...chineseCounting(value)].map((char) => LEGAL[char] ?? char).join('');
    case 'ideographTraditional':
      return cycle(value, '甲乙丙丁戊己庚辛壬癸');
    case 'ideographZodiac':
      return cycle(value, '子丑寅卯辰巳午未申酉戌亥');
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
    case 'ideographEnclosedCircle':
      return value >= 1 && value <= 20 ? String.fromCharCode(0x2460 + value - 1) : `(${value})`;
    case 'decimalEnclosedFullstop':
      return `${value}.`;
    case 'decimalEnclosedParen':
      return `（${value}）`;
    case 'decimal':
    case 'decimalHalfWidth':
    case 'ordinal':
    case 'cardinalText':
    case 'ordinalText':
    default:
      return String(value);
  }
}

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五 (the reading of 公文 chapter numbers). */
export function chineseCounting(value: number): string {
  if (value <= 0) return '〇';
  if (value >= 10000) return String(value);
  const thousands = Math.floor(value / 1000);
  const hundreds = Math.floor((value % 1000) / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let text = '';
  if (thousands) text += `${DIGITS[thousands]}千`;
  if (hundreds) text += `${DIGITS[hundreds]}百`;
  else if (thousands && (tens || ones)) text += '零';
  if (tens) text += `${value < 20 && !text ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) text += '零';
  if (ones) text += DIGITS[ones];
  return text;
}

const DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const LEGAL: Record<string, string> = {
  一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟',
};

function cycle(value: number, symbols: string): string {
  const chars = [...symbols];
  return chars[(((value - 1) % chars.length) + chars.length) % chars.length] ?? String(value);
}

function letters(value: number): string {
  if (value <= 0) return String(value);
  const letter = String.fromCharCode(0x61 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

function roman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = value;
  let text = '';
  for (const [amount, symbol] of table) {
    while (rest >= amount) {
      text += symbol;
      rest -= amount;
    }
  }
  return text;
}
