import type { SheetGrid } from './grid.js';
import type { SheetKind } from './header-row.js';

/** A row above the header is the sheet's title when it holds one text (a merged title row) of at least this length. */
const MIN_TITLE_LENGTH = 4;

/** Names a spreadsheet program gives a sheet by itself (Sheet1, 工作表1, Table 1): they say nothing of its content. */
const DEFAULT_SHEET_NAME = /^(?:sheet|工作表|table|表)\s*\d*$/i;

/** A sheet as read, with what its header row says it is. */
export interface ClassifiedSheet {
  grid: SheetGrid;
  kind: SheetKind;
}

/**
 * The title a sheet gives itself: the first row above its header (or among its first rows when it has none)
 * whose non-empty cells are all one text, e.g. a merged A1:E1 "2024年全省生态环境工作要点任务分解表". Null when none.
 */
export function sheetTitle(sheet: ClassifiedSheet): string | null {
  const end = sheet.kind.kind === 'other' ? Math.min(sheet.grid.rows.length, 3) : sheet.kind.headerRow;
  for (let r = 0; r < end; r++) {
    const cells = (sheet.grid.rows[r] ?? []).filter((cell) => cell !== '');
    if (cells.length > 0 && cells.every((cell) => cell === cells[0]) && cells[0].length >= MIN_TITLE_LENGTH) return cells[0];
  }
  return null;
}

/**
 * Writes the workbook as the small HTML document parse reads (see `IngestedNotice`): the title of the first
 * task sheet as `<title>` and `<h1>`; per sheet one `<table data-sheet>` with the sheet name as `<caption>`, from
 * its header row on (rows above it other than the title as `<p>`), every `<tr>` carrying `data-sheet` and
 * `data-row` (the 1-based row in the sheet); a two-row header is written as one row of the lower names. When a workbook has several task sheets, each named sheet's name comes
 * first as an `<h2>` (a 任务分解表 split by part, 二、重点工作 | 三、重要举措, gives the plan's outline); merged cells are already filled, so no `rowspan`/`colspan`.
 * A list sheet (名单) gets no `<title>`/`<h1>`: a list's name is not a plan's title, so parse judges its text alone.
 * Input: the sheets in workbook order. Output: the HTML and the document title (or null). Throws nothing.
 */
export function sheetsToHtml(sheets: ClassifiedSheet[]): { html: string; title: string | null } {
  const taskSheet = sheets.find((sheet) => sheet.kind.kind === 'tasks');
  const title = taskSheet ? sheetTitle(taskSheet) : null;
  const parts: string[] = [];
  if (title) parts.push(`<h1>${escapeHtml(title)}</h1>`);
  const taskSheets = sheets.filter((sheet) => sheet.kind.kind === 'tasks').length;
  for (const sheet of sheets) {
    const rows = sheet.grid.rows;
    if (rows.every((row) => row.every((cell) => cell === ''))) continue;
    const start = sheet.kind.kind === 'other' ? 0 : sheet.kind.headerRow;
    const name = escapeHtml(sheet.grid.name);
    if (taskSheets > 1 && sheet.kind.kind === 'tasks' && !DEFAULT_SHEET_NAME.test(sheet.grid.name)) {
      parts.push(`<h2 data-sheet="${name}">${name}</h2>`);
    }
    for (let r = 0; r < start; r++) {
      const cells = [...new Set(rows[r].filter((cell) => cell !== ''))];
      if (cells.length === 0 || (cells.length === 1 && cells[0] === title)) continue;
      parts.push(`<p data-sheet="${name}" data-row="${r + 1}">${escapeHtml(cells.join(' '))}</p>`);
    }
    // the last column with text (a stray formatted cell far to the right adds no empty columns)
    const width = rows.slice(start).reduce((most, row) => {
      let end = row.length;
      while (end > 0 && row[end - 1] === '') end--;
      return Math.max(most, end);
    }, 0);
    const body: string[] = [];
    const headerRows = sheet.kind.kind === 'tasks' ? sheet.kind.headerRows : 1;
    for (let r = start; r < rows.length; r++) {
      if (r > start && r < start + headerRows) continue; // the lower row of a two-row header, merged into the first
      const row = r === start && sheet.kind.kind === 'tasks' ? sheet.kind.header : rows[r] ?? [];
      if (row.every((cell) => cell === '')) continue;
      const tag = r === start && sheet.kind.kind !== 'other' ? 'th' : 'td';
      const cells = Array.from({ length: width }, (_, c) => `<${tag}>${escapeHtml(row[c] ?? '')}</${tag}>`).join('');
      body.push(`<tr data-sheet="${name}" data-row="${r + 1}">${cells}</tr>`);
    }
    parts.push(`<table data-sheet="${name}"><caption>${name}</caption>${body.join('')}</table>`);
  }
  const head = `<meta charset="utf-8">${title ? `<title>${escapeHtml(title)}</title>` : ''}`;
  return { html: `<!DOCTYPE html><html><head>${head}</head><body>${parts.join('\n')}</body></html>`, title };
}

/** Text as HTML character data or a double-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
