import { readFileSync } from 'node:fs';
import { parsePlan } from './parse-plan.js';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { IngestError } from '../src/errors.js';
import { DEFAULT_INGEST_LIMITS } from '../src/limits.js';
import { isBiffWorkbook } from '../src/sheets/biff8.js';
import { readSpreadsheet } from '../src/sheets/index.js';
import type { IngestedNotice } from '../src/types.js';

const data = (name: string) => new Uint8Array(readFileSync(new URL(`./data/sheets/${name}`, import.meta.url)));
/** a shared case the parse package already keeps a copy of (packages/parse/test/cases, PROVENANCE.md there) */
const sharedCase = (name: string) => new Uint8Array(readFileSync(new URL(`../../parse/test/cases/${name}`, import.meta.url)));
const html = (notice: IngestedNotice) => (notice.body.kind === 'html' ? notice.body.html : '');

const RESPONSIBLE = '各市、州、直管市及神农架林区生态环境局';

describe('a 任务分解表 (XLSX made from the Hubei 2024 工作要点, two sheets, title row, merged columns)', () => {
  for (const [file, format] of [['hubei-2024-task-table.xlsx', 'xlsx'], ['hubei-2024-task-table.xls', 'xls']] as const) {
    it(`${format}: one task per row with its lead and responsible units and deadline, each sheet a section`, async () => {
      const notice = await readSpreadsheet(data(file), format, { name: file }, DEFAULT_INGEST_LIMITS);
      expect(notice.title).toBe('2024年全省生态环境工作要点任务分解表');
      expect(notice.warnings).toEqual([]);
      expect(html(notice)).toContain('<tr data-sheet="二、重点工作" data-row="3"><th>序号</th><th>重点任务</th><th>牵头单位</th>');
      const plan = parsePlan(html(notice));
      expect(plan.quality?.verdict).toBe('ok');
      expect(plan.sections.map((s) => s.title).filter(Boolean)).toEqual(['重点工作', '重要举措']);
      expect(plan.tasks).toHaveLength(25);
      const first = plan.tasks[0];
      expect(first.path).toEqual(['二', '1']);
      expect(first.text).toBe(`2024年12月底前，全力服务经济稳增长。（牵头单位：环评处；责任单位：${RESPONSIBLE}）`);
      expect(first.assignments[0]).toMatchObject({ lead: ['环评处'], responsible: [RESPONSIBLE] });
      // the 责任单位 and 完成时限 cells are merged down the sheet: the last row has them too
      const last = plan.tasks[24];
      expect(last.path).toEqual(['三', '8']);
      expect(last.assignments[0]).toMatchObject({ lead: ['人事处'], responsible: [RESPONSIBLE], partners: ['督察办', '监测处', '执法局'] });
      expect(last.text.startsWith('2024年12月底前，强化干部队伍建设。')).toBe(true);
      expect(plan.tasks.find((t) => t.path.join('.') === '二.6')?.text).toContain('加强“三湖一库”流域专项治理攻坚');
    });
  }

  it('gives exactly the tasks of the same table as HTML (the shared case task-table-rowspan.html)', async () => {
    const fromHtml = parsePlan(sharedCase('task-table-rowspan.html'));
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['2024年全市生态环境工作要点']);
    sheet.mergeCells(1, 1, 1, 4);
    sheet.addRow(['一、深入打好蓝天保卫战']);
    sheet.mergeCells(2, 1, 2, 4);
    sheet.addRow(['序号', '重点任务', '牵头单位', '完成时限']);
    sheet.addRow([1, '完成3家钢铁企业超低排放改造。', '市大气办', '2024年底前']);
    sheet.addRow([2, '新增新能源公交车500辆以上。', null, '2024年6月底前']);
    sheet.mergeCells(4, 3, 5, 3);
    sheet.addRow([3, '城市黑臭水体消除比例达到80%。', '市生态环境局', '2024年底前']);
    const notice = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx', {}, DEFAULT_INGEST_LIMITS);
    const fromSheet = parsePlan(html(notice));
    const tasks = (plan: typeof fromHtml) => plan.tasks.map((t) => ({ path: t.path, text: t.text, assignments: t.assignments.map((a) => a.lead), targets: t.targets.map((x) => [x.metric, x.value, x.unit]) }));
    expect(tasks(fromHtml)).toHaveLength(3);
    expect(tasks(fromSheet)).toEqual(tasks(fromHtml));
    expect(fromSheet.meta.title).toBe(fromHtml.meta.title);
    expect(fromSheet.quality).toEqual(fromHtml.quality);
  });

  it('finds the header row below a title and notes, and fills a merge across the task column', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Sheet1');
    sheet.addRow(['附件']);
    sheet.addRow(['2024年全市生态环境工作要点责任清单']);
    sheet.mergeCells(2, 1, 2, 4);
    sheet.addRow(['填报单位：市生态环境局']);
    sheet.addRow([]);
    sheet.addRow(['序号', '工作任务', '责任单位', '完成时间']);
    sheet.addRow(['一、深入打好蓝天保卫战']);
    sheet.mergeCells(6, 1, 6, 4);
    sheet.addRow([1, '完成3家钢铁企业超低排放改造', '市大气办', '2024年底前']);
    sheet.addRow([2, '新增新能源公交车500辆以上', null, '2024年6月底前']);
    sheet.mergeCells(7, 3, 8, 3);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const notice = await readSpreadsheet(bytes, 'xlsx', {}, DEFAULT_INGEST_LIMITS);
    expect(notice.title).toBe('2024年全市生态环境工作要点责任清单');
    const plan = parsePlan(html(notice));
    expect(plan.tasks.map((t) => [t.number, t.assignments[0]?.responsible])).toEqual([['1', ['市大气办']], ['2', ['市大气办']]]);
    expect(plan.tasks[1].targets.map((t) => [t.metric, t.value])).toEqual([['新能源公交车', 500]]);
    expect(plan.sections.some((s) => s.title === '深入打好蓝天保卫战')).toBe(true);
  });
});

describe('a two-row header (责任分工 over 牵头单位 | 配合单位), as 任务分解表 are often drawn', () => {
  it('reads the lower names as the columns and makes no task of the second header row', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('重要举措');
    sheet.addRow(['2024年全省生态环境工作要点任务分解表']);
    sheet.mergeCells(1, 1, 1, 5);
    sheet.addRow(['序号', '重点任务', '责任分工', null, '完成时限']);
    sheet.addRow([null, null, '牵头单位', '配合单位', null]);
    sheet.mergeCells(2, 1, 3, 1);
    sheet.mergeCells(2, 2, 3, 2);
    sheet.mergeCells(2, 3, 2, 4);
    sheet.mergeCells(2, 5, 3, 5);
    sheet.addRow(['三、重要举措']);
    sheet.mergeCells(4, 1, 4, 5);
    // 8.强化干部队伍建设 of the Hubei 2024 text: 牵头单位：人事处会同督察办、监测处、执法局
    sheet.addRow([1, '强化干部队伍建设', '人事处', '督察办、监测处、执法局', '2024年12月底前']);
    sheet.addRow([2, '加强党风廉政建设', '机关党委', '厅机关各处室、单位', '2024年12月底前']);
    const notice = await readSpreadsheet(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx', {}, DEFAULT_INGEST_LIMITS);
    expect(html(notice)).toContain('<tr data-sheet="重要举措" data-row="2"><th>序号</th><th>重点任务</th><th>牵头单位</th><th>配合单位</th><th>完成时限</th></tr>');
    expect(html(notice)).not.toContain('data-row="3"');
    const plan = parsePlan(html(notice));
    expect(plan.tasks.map((t) => [t.number, t.assignments[0]?.lead, t.assignments[0]?.partners])).toEqual([
      ['1', ['人事处'], ['督察办', '监测处', '执法局']],
      ['2', ['机关党委'], ['厅机关各处室、单位']],
    ]);
    expect(plan.tasks[0].path).toEqual(['三', '1']);
  });
});

describe('a list of people is read as a table and judged not a plan', () => {
  it('mofcom-hires-2023.xlsx: header row, LIST_NOT_PLAN, parse says unusable NOT_A_PLAN_TEXT', async () => {
    const notice = await readSpreadsheet(data('mofcom-hires-2023.xlsx'), 'xlsx', {}, DEFAULT_INGEST_LIMITS);
    expect(notice.title).toBe('商务部2023年度拟录用公务员名单');
    expect(html(notice)).toContain('<tr data-sheet="Table 1" data-row="2"><th>序号</th><th>拟录用职位</th><th>职位代码</th><th>姓名</th><th>性别</th><th>准考证号</th><th>毕业院校</th><th>工作单位</th><th>备注</th></tr>');
    expect(notice.warnings).toEqual([{
      code: 'LIST_NOT_PLAN', severity: 'error', span: null,
      message: 'sheet "Table 1": a list of 29 people (姓名, 性别, 准考证号 …), not a task table',
    }]);
    const plan = parsePlan(html(notice));
    expect(plan.quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT'] });
  });

  it('publicity-hires-2023.xls (BIFF8): the same, read by the BIFF8 reader', async () => {
    const bytes = data('publicity-hires-2023.xls');
    expect(isBiffWorkbook(bytes)).toBe(true);
    const notice = await readSpreadsheet(bytes, 'xls', {}, DEFAULT_INGEST_LIMITS);
    expect(notice.title).toBe('中央宣传部2023年度公务员考录拟录用人选名单');
    expect(html(notice)).toContain('<th>准考证号</th><th>学历</th><th>毕业院校</th>');
    expect(html(notice)).toContain('<td>樊志威</td><td>男</td><td>006164014302015</td>');
    expect(notice.warnings.map((w) => w.message)).toEqual(['sheet "总名单": a list of 9 people (姓名, 性别, 准考证号 …), not a task table']);
    expect(parsePlan(html(notice)).quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT'] });
  });
});

describe('bad spreadsheets get a named refusal', () => {
  const refusal = async (bytes: Uint8Array, format: 'xlsx' | 'xls') => {
    try {
      await readSpreadsheet(bytes, format, {}, DEFAULT_INGEST_LIMITS);
    } catch (error) {
      return error instanceof IngestError ? error.code : String(error);
    }
    return 'read';
  };

  it('a truncated XLSX is TRUNCATED', async () => {
    const bytes = data('mofcom-hires-2023.xlsx');
    expect(await refusal(bytes.subarray(0, bytes.length / 2), 'xlsx')).toBe('TRUNCATED');
  });

  it('a truncated XLS is TRUNCATED', async () => {
    const bytes = data('publicity-hires-2023.xls');
    expect(await refusal(bytes.subarray(0, 2000), 'xls')).toBe('TRUNCATED');
  });

  it('a workbook with no text is EMPTY_FILE', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Sheet1');
    expect(await refusal(new Uint8Array(await workbook.xlsx.writeBuffer()), 'xlsx')).toBe('EMPTY_FILE');
  });

  it('an XLSX whose parts inflate past the bound is TOO_LARGE before exceljs opens it', async () => {
    const bytes = data('mofcom-hires-2023.xlsx');
    await expect(readSpreadsheet(bytes, 'xlsx', {}, { ...DEFAULT_INGEST_LIMITS, maxInflatedBytes: 10_000 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});

describe('through the front door', () => {
  it('an XLSX 任务分解表 given to ingestNotice comes out as its task table', async () => {
    const { ingestNotice } = await import('../src/ingest-notice.js');
    const notice = await ingestNotice(data('hubei-2024-task-table.xlsx'), { name: '附件2：任务分解表.xlsx' });
    expect(notice.format).toBe('xlsx');
    expect(parsePlan(html(notice)).tasks).toHaveLength(25);
  });
});

describe('a hostile merged range', () => {
  it('A1:XFD1048576 is refused as TOO_LARGE before exceljs would visit its 17 billion cells', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(data('hubei-2024-task-table.xlsx'));
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('<mergeCells');
    parts['xl/worksheets/sheet1.xml'] = new TextEncoder().encode(sheet.replace(/<mergeCell ref="[^"]+"\/>/, '<mergeCell ref="A1:XFD1048576"/>'));
    const started = performance.now();
    await expect(readSpreadsheet(zipSync(parts), 'xlsx', {}, DEFAULT_INGEST_LIMITS)).rejects.toMatchObject({
      code: 'TOO_LARGE', message: expect.stringContaining('merged cells cover more than 2000000 cells'),
    });
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('XML entity expansion in a workbook part', () => {
  it('a billion-laughs DOCTYPE in sharedStrings.xml is refused fast, never expanded', async () => {
    const { unzipSync, zipSync } = await import('fflate');
    const parts = unzipSync(data('hubei-2024-task-table.xlsx'));
    const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml']);
    const laughs = ['<!ENTITY a0 "ha">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY a${i + 1} "${`&a${i};`.repeat(10)}">`)].join('');
    const bomb = strings.replace('?>', `?><!DOCTYPE sst [${laughs}]>`).replace('<t>序号</t>', '<t>&a9;</t>');
    expect(bomb).toContain('&a9;');
    parts['xl/sharedStrings.xml'] = new TextEncoder().encode(bomb);
    const started = performance.now();
    const outcome = await readSpreadsheet(zipSync(parts), 'xlsx', {}, DEFAULT_INGEST_LIMITS).then(
      (notice) => (html(notice).includes('haha') ? 'expanded' : 'read'),
      (error: IngestError) => error.code,
    );
    expect(outcome).toBe('TRUNCATED');
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
