/**
 * What a sheet's header row says the sheet is: a table of tasks (任务分解表, 责任清单) or a list of people or
 * items (名单, 一览表). Rules as named tables: {@link TASK_HEADER} mirrors the task-table columns that
 * `@plandiff/parse` reads (its `TASK_COLUMNS`), {@link LIST_HEADER} the columns of lists that government sites
 * publish beside their notices (拟录用人员名单, 职位表, 考生名单 …).
 */

/** Header cells of a table of tasks, by the column they name (a cell of at most {@link MAX_HEADER_CELL} chars). */
export const TASK_HEADER = {
  task: /任务|工作内容|工作事项|具体内容|主要内容|内容|措施|事项|目标/,
  lead: /牵头/,
  responsible: /责任|主责|承办/,
  partners: /配合|参与|协办|协同/,
  deadline: /时限|时间|时序|进度|完成期限|节点/,
};

/** Header cells of a list of people (the first group) or of items, with the word the reason uses for the kind. */
export const LIST_HEADER: { cell: RegExp; of: 'people' | 'items' }[] = [
  { cell: /^(?:姓名|名字)$/, of: 'people' },
  { cell: /^性别$/, of: 'people' },
  { cell: /准考证号|考号|考生号/, of: 'people' },
  { cell: /身份证/, of: 'people' },
  { cell: /出生(?:年月|日期)|年龄/, of: 'people' },
  { cell: /毕业院校|毕业学校|学历|学位|专业/, of: 'people' },
  { cell: /民族|政治面貌|籍贯/, of: 'people' },
  { cell: /职位代码|岗位代码|职位名称|拟录用职位|报考职位|招录机关/, of: 'people' },
  { cell: /成绩|笔试|面试|总分|名次|排名/, of: 'people' },
  { cell: /联系电话|手机|电子邮箱/, of: 'people' },
  { cell: /^(?:职务|职称|职级)$/, of: 'people' },
  { cell: /^(?:名称|单位名称|企业名称|项目名称)$/, of: 'items' },
  { cell: /^(?:地址|所在地|规格|型号|数量|单价|金额)$/, of: 'items' },
];

/** Longer cells are text, not a column's name. */
export const MAX_HEADER_CELL = 12;
/** The header row is looked for among a sheet's first rows only (a title and a note or two sit above it). */
export const HEADER_SEARCH_ROWS = 10;
/** A row with at least this many list columns (and no task header) is the header of a list. */
const MIN_LIST_COLUMNS = 2;

export type SheetKind =
  | { kind: 'tasks'; headerRow: number; header: string[]; headerRows: 1 | 2 }
  | { kind: 'list'; headerRow: number; header: string[]; of: 'people' | 'items'; listColumns: string[] }
  | { kind: 'other' };

/**
 * Finds the header row in a sheet's first {@link HEADER_SEARCH_ROWS} rows and says what the sheet is.
 * A task header has a task column and a lead, responsible or deadline column (as parse's task table needs);
 * a list header has {@link MIN_LIST_COLUMNS} or more {@link LIST_HEADER} columns (姓名, 性别, 准考证号 …).
 * Input: rows with merged cells filled. Output: the kind, the 0-based header row and its cells. Throws nothing.
 */
export function classifySheet(rows: string[][]): SheetKind {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const header = (rows[r] ?? []).map((cell) => cell ?? '');
    const short = header.filter((cell) => cell !== '' && cell.length <= MAX_HEADER_CELL);
    const has = (re: RegExp) => short.some((cell) => re.test(cell));
    if (has(TASK_HEADER.task) && (has(TASK_HEADER.lead) || has(TASK_HEADER.responsible) || has(TASK_HEADER.deadline))) {
      const sub = subHeader(header, rows[r + 1] ?? []);
      return sub ? { kind: 'tasks', headerRow: r, header: sub, headerRows: 2 } : { kind: 'tasks', headerRow: r, header, headerRows: 1 };
    }
    const listColumns = short.filter((cell) => LIST_HEADER.some((column) => column.cell.test(cell)));
    if (new Set(listColumns).size >= MIN_LIST_COLUMNS) {
      const people = listColumns.some((cell) => LIST_HEADER.some((column) => column.of === 'people' && column.cell.test(cell)));
      const rank = (cell: string) => LIST_HEADER.findIndex((column) => column.cell.test(cell));
      const ordered = [...new Set(listColumns)].sort((a, b) => rank(a) - rank(b));
      return { kind: 'list', headerRow: r, header, of: people ? 'people' : 'items', listColumns: ordered };
    }
  }
  return { kind: 'other' };
}

/**
 * A header of two rows, as 任务分解表 often have: 序号 | 重点任务 | 责任分工 (merged over two columns) | 完成时限 above
 * 牵头单位 | 配合单位. The row under the header is a second header row when it names a lead, responsible, partner or
 * deadline column and every text in it is a column name (short, and either a task-header word or the text of the
 * merged cell above it). Output: the combined header (the lower name where there is one), or null.
 */
function subHeader(header: string[], next: string[]): string[] | null {
  const names = [TASK_HEADER.lead, TASK_HEADER.responsible, TASK_HEADER.partners, TASK_HEADER.deadline];
  const isName = (cell: string, c: number) => cell === '' || (cell.length <= MAX_HEADER_CELL && (cell === header[c] || Object.values(TASK_HEADER).some((re) => re.test(cell))));
  if (!next.some((cell, c) => cell !== header[c] && cell.length <= MAX_HEADER_CELL && names.some((re) => re.test(cell)))) return null;
  if (!next.every((cell, c) => isName(cell, c))) return null;
  const width = Math.max(header.length, next.length);
  return Array.from({ length: width }, (_, c) => (next[c] && next[c] !== header[c] ? next[c] : header[c] ?? ''));
}
