import type { Warning } from '@plandiff/model';
import type { ClassifiedSheet } from './sheet-html.js';

/** How many of a list's column names the reason quotes before "…". */
const QUOTED_COLUMNS = 3;

/**
 * LIST_NOT_PLAN (severity error): the sheet is a list of people or items (its header row has 姓名, 性别, 准考证号 …),
 * not a task table. The message says what it looks like: `sheet "Table 1": a list of 29 people (姓名, 性别, 准考证号 …),
 * not a task table`, counting the non-empty rows below the header. Null for any other sheet.
 */
export function listNotPlanWarning(sheet: ClassifiedSheet): Warning | null {
  if (sheet.kind.kind !== 'list') return null;
  const count = sheet.grid.rows.slice(sheet.kind.headerRow + 1).filter((row) => row.some((cell) => cell !== '')).length;
  const quoted = sheet.kind.listColumns.slice(0, QUOTED_COLUMNS).join(', ');
  const more = sheet.kind.listColumns.length > QUOTED_COLUMNS ? ' …' : '';
  return {
    code: 'LIST_NOT_PLAN',
    severity: 'error',
    span: null,
    message: `sheet "${sheet.grid.name}": a list of ${count} ${sheet.kind.of} (${quoted}${more}), not a task table`,
  };
}
