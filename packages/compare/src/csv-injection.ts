/**
 * CSV injection (formula injection) defence, after OWASP's "CSV Injection" rule
 * (https://owasp.org/www-community/attacks/CSV_Injection): a spreadsheet runs a cell that starts with `=`, `+`,
 * `-`, `@`, a tab (0x09) or a carriage return (0x0D) as a formula, so a crafted notice could put
 * `=HYPERLINK(…)` into an exported task title. Such a cell gets a leading apostrophe (which spreadsheets show as
 * text and do not evaluate) and is always quoted.
 */

const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Neutralises one text cell: returns `'` + the text when it starts with `= + - @`, tab or CR, else the text
 * unchanged. Numbers the exporter computed are written as numbers by csvField and never reach this. Input and
 * output are the cell's text before RFC 4180 quoting.
 */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** Whether a text cell would be read as a formula by a spreadsheet (see {@link neutraliseFormula}). */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}
