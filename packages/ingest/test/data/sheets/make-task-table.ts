/**
 * Writes hubei-2024-task-table.xlsx: a 任务分解表 as provincial departments publish them, made from the real text of
 * 湖北省生态环境厅《2024年全省生态环境工作要点》 (fixtures/hubei-sthjt-gzyd/2024/source.txt): one row per numbered
 * task of 二、重点工作 (17) and 三、重要举措 (8) — the task's lead sentence and its first 牵头单位 as written there,
 * one sheet per part, named as the part's heading (二、重点工作, 三、重要举措; the first with a blank row under its title),
 * the 责任单位 the text gives for every task (merged down the column, as such tables merge it). The text sets no
 * per-task deadline; the 完成时限 column holds the plan year's end (2024年12月底前), merged down the column too.
 * Run: `pnpm exec tsx test/data/sheets/make-task-table.ts` in packages/ingest (then
 * `soffice --headless --convert-to xls` makes the .xls twin the BIFF8 test reads).
 */
import ExcelJS from 'exceljs';
import { fileURLToPath } from 'node:url';

const RESPONSIBLE = '各市、州、直管市及神农架林区生态环境局';
const DEADLINE = '2024年12月底前';

const KEY_WORK: [string, string][] = [
  ['全力服务经济稳增长', '环评处'],
  ['加快打造全国碳市场核心枢纽', '气候处'],
  ['加大向上争取力度', '综合处、财务处、水处、大气处、土壤处'],
  ['扎实推进小流域综合治理试点', '流域处'],
  ['持续推进长江高水平保护', '流域处、水处、监测处、执法局'],
  ['加强“三湖一库”流域专项治理攻坚', '水处、流域处、监测处'],
  ['持续深入打好蓝天保卫战', '大气处'],
  ['持续深入打好碧水保卫战', '水处'],
  ['持续深入打好净土保卫战', '土壤处'],
  ['持续推进无废城市建设', '固体处、固防中心'],
  ['强化美丽湖北建设顶层设计', '综合处'],
  ['深入推进生态省建设', '生态处'],
  ['大力推进农村环境治理', '土壤处'],
  ['守牢生态环境安全底线', '生态处'],
  ['强力推进突出生态环境问题整改', '督察办、各专员办'],
  ['持续深化生态环境领域改革', '综合处'],
  ['全面提升生态环境治理能力', '监测处、监测中心站、环科院、信息中心、驻地方监测中心'],
];

const MEASURES: [string, string][] = [
  ['加强跨地区跨部门联合执法', '执法局'],
  ['加强省市协同共建', '厅机关各处室、单位'],
  ['深入开展基层基础建设提升年活动', '机关党委、生态处、土壤处、应急信访处'],
  ['强化生态文明宣传教育', '宣教处、宣教中心'],
  ['加强政治机关建设', '机关党委、办公室、人事处会同厅机关各处室、单位'],
  ['强化思想理论武装', '机关党委、办公室会同厅机关各处室、单位'],
  ['加强党风廉政建设', '机关党委会同厅机关各处室、单位'],
  ['强化干部队伍建设', '人事处会同督察办、监测处、执法局'],
];

/** One sheet: a merged title row, an optional note row, the header, then one row per task. */
function addSheet(workbook: ExcelJS.Workbook, name: string, title: string, note: string | null, tasks: [string, string][]): void {
  const sheet = workbook.addWorksheet(name);
  sheet.addRow([title]);
  sheet.mergeCells(1, 1, 1, 5);
  if (note !== null) {
    sheet.addRow([note]);
    sheet.mergeCells(2, 1, 2, 5);
  }
  sheet.addRow(['序号', '重点任务', '牵头单位', '责任单位', '完成时限']);
  const first = sheet.rowCount + 1;
  tasks.forEach(([task, lead], i) => sheet.addRow([i + 1, task, lead, i === 0 ? RESPONSIBLE : null, i === 0 ? DEADLINE : null]));
  const last = sheet.rowCount;
  sheet.mergeCells(first, 4, last, 4);
  sheet.mergeCells(first, 5, last, 5);
  sheet.columns.forEach((column, i) => (column.width = [6, 36, 28, 24, 16][i]));
}

const workbook = new ExcelJS.Workbook();
workbook.creator = 'plandiff test data';
addSheet(workbook, '二、重点工作', '2024年全省生态环境工作要点任务分解表', '', KEY_WORK);
addSheet(workbook, '三、重要举措', '2024年全省生态环境工作要点任务分解表', null, MEASURES);
await workbook.xlsx.writeFile(fileURLToPath(new URL('./hubei-2024-task-table.xlsx', import.meta.url)));
