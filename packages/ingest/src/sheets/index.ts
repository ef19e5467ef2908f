import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import type { IngestHints, IngestedNotice, SourceFormat } from '../types.js';
import type { Warning } from '@plandiff/model';
import type { SheetGrid } from './grid.js';
import { classifySheet } from './header-row.js';
import { listNotPlanWarning } from './list-not-plan.js';
import { sheetsToHtml, sheetTitle, type ClassifiedSheet } from './sheet-html.js';
import { readXlsxSheets } from './xlsx.js';
import { readBiffSheets } from './biff8.js';

/**
 * Reads a spreadsheet — XLSX (exceljs), XLS and ET (BIFF8 in OLE2, our reader of [MS-XLS]; an ET saved as
 * XLSX is a ZIP and read as XLSX) — into the HTML body parse reads: one `<table>` per sheet (see
 * {@link sheetsToHtml}). A 任务分解表 becomes parse's task table (one task per row, lead/responsible units,
 * deadline); a sheet that is a list of people or items (名单) is returned as a table with the warning
 * LIST_NOT_PLAN (severity error) that says what it looks like.
 * Input: bytes, the sniffed format, hints (name), limits. Output: an {@link IngestedNotice} of kind html.
 * @throws IngestError TOO_LARGE, TRUNCATED, ENCRYPTED, UNSUPPORTED_FORMAT (BIFF5 and older), EMPTY_FILE (no cells).
 */
export async function readSpreadsheet(
  bytes: Uint8Array,
  format: SourceFormat,
  _hints: IngestHints,
  limits: IngestLimits,
): Promise<IngestedNotice> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const grids: SheetGrid[] = isZip ? await readXlsxSheets(bytes, limits) : readBiffSheets(bytes, limits);
  const sheets: ClassifiedSheet[] = grids.map((grid) => ({ grid, kind: classifySheet(grid.rows) }));
  if (sheets.every((sheet) => sheet.grid.rows.every((row) => row.every((cell) => cell === '')))) {
    throw new IngestError('EMPTY_FILE', 'the spreadsheet has no cells with text');
  }
  const { html, title } = sheetsToHtml(sheets);
  const warnings: Warning[] = [];
  const hasTasks = sheets.some((sheet) => sheet.kind.kind === 'tasks');
  if (!hasTasks) {
    for (const sheet of sheets) {
      const warning = listNotPlanWarning(sheet);
      if (warning) warnings.push(warning);
    }
  }
  const firstTitle = title ?? sheets.map(sheetTitle).find((t) => t !== null) ?? null;
  return { format, body: { kind: 'html', html }, title: firstTitle, pages: null, member: null, members: [], warnings };
}
