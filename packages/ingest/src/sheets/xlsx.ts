import ExcelJS from 'exceljs';
import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import { checkZipBounds, inflateZipEntry, type ZipEntry } from '../zip-directory.js';
import { cellText, MAX_SHEET_CELLS, type SheetGrid } from './grid.js';
import { dateText, numberFormatKind, percentText, serialDateText } from './number-format.js';

/**
 * Reads an XLSX workbook (Office Open XML, ECMA-376 Part 1 §18 SpreadsheetML) with exceljs into sheet grids:
 * every worksheet in workbook order, each cell as the text a person sees (rich text joined, a formula's cached
 * result, numbers as written), merged ranges filled with their top-left text (exceljs reports a merged cell's
 * master value on every covered cell; the master is read explicitly all the same).
 * The ZIP container is checked first ({@link checkZipBounds}): parts that declare or inflate past
 * `limits.maxInflatedBytes` are refused before exceljs opens them.
 * @throws IngestError TOO_LARGE (bounds, or more than {@link MAX_SHEET_CELLS} cells), TRUNCATED (a damaged
 *   package), ENCRYPTED (an OLE2 "EncryptedPackage" never reaches here: it is not a ZIP).
 */
export async function readXlsxSheets(bytes: Uint8Array, limits: IngestLimits): Promise<SheetGrid[]> {
  const entries = checkZipBounds(bytes, limits);
  checkMergedArea(bytes, entries, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch (error) {
    throw new IngestError('TRUNCATED', `the spreadsheet could not be opened (${(error as Error).message}): it is damaged; open it and save it again as .xlsx`);
  }
  const sheets: SheetGrid[] = [];
  let cells = 0;
  for (const worksheet of workbook.worksheets) {
    const rows: string[][] = [];
    cells += worksheet.rowCount * worksheet.columnCount;
    if (cells > MAX_SHEET_CELLS) throw new IngestError('TOO_LARGE', `the workbook has more than ${MAX_SHEET_CELLS} cells: too large to be a notice`);
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const texts: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, colNumber) => {
        const source = cell.isMerged ? cell.master : cell;
        texts[colNumber - 1] = cellText(shownText(source));
      });
      rows[rowNumber - 1] = Array.from(texts, (text) => text ?? '');
    });
    sheets.push({ name: worksheet.name, rows: Array.from(rows, (row) => row ?? []) });
  }
  return sheets;
}

const MERGE_REF = /<(?:\w+:)?mergeCell\b[^>]*\bref="([A-Z]{1,3})(\d{1,7}):([A-Z]{1,3})(\d{1,7})"/g;

/**
 * Refuses a workbook whose merged ranges cover more than {@link MAX_SHEET_CELLS} cells in all, before exceljs
 * opens it: exceljs visits every cell of a merged range when it loads one, so a single `<mergeCell
 * ref="A1:XFD1048576"/>` (17 billion cells, a few bytes of XML) would never finish.
 * @throws IngestError TOO_LARGE.
 */
function checkMergedArea(bytes: Uint8Array, entries: ZipEntry[], limits: IngestLimits): void {
  let area = 0;
  for (const entry of entries) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) continue;
    const xml = new TextDecoder().decode(inflateZipEntry(bytes, entry, limits.maxInflatedBytes));
    for (const m of xml.matchAll(MERGE_REF)) {
      area += (Math.abs(Number(m[4]) - Number(m[2])) + 1) * (Math.abs(columnNumber(m[3]) - columnNumber(m[1])) + 1);
      if (area > MAX_SHEET_CELLS) {
        throw new IngestError('TOO_LARGE', `the workbook's merged cells cover more than ${MAX_SHEET_CELLS} cells: too large to be a notice`);
      }
    }
  }
}

/** A column's letters as its number (A → 1, Z → 26, AA → 27, XFD → 16384). */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/**
 * A cell's text as the sheet shows it: a date as 2024年6月30日 (exceljs hands date-formatted cells out as Date
 * objects; a formula's date result stays a serial number, read by its format), a number in a percent format as
 * 85%, anything else as exceljs's `text` (rich text joined, a formula's cached result, a hyperlink's text).
 */
function shownText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return dateText(value);
  const result = value && typeof value === 'object' && 'result' in value ? value.result : value;
  if (result instanceof Date) return dateText(result);
  if (typeof result === 'number') {
    const kind = numberFormatKind(null, cell.numFmt ?? null);
    if (kind === 'percent') return percentText(result);
    if (kind === 'date') return serialDateText(result) ?? String(result);
  }
  return cell.text ?? '';
}
