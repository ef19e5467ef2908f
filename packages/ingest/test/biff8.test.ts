import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS } from '../src/limits.js';
import { isBiffWorkbook, readBiffSheets } from '../src/sheets/biff8.js';
import { readSpreadsheet } from '../src/sheets/index.js';
import { readXlsxSheets } from '../src/sheets/xlsx.js';
import { sniffMemberFormat } from '../src/zip.js';

const data = (name: string) => new Uint8Array(readFileSync(new URL(`./data/sheets/${name}`, import.meta.url)));
const trimmed = (rows: string[][]) => rows.map((row) => {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
});

describe('the BIFF8 reader gives the cells exceljs gives from the same workbook as XLSX', () => {
  it('the whole Hubei 2024 text, one line a row (an SST over many CONTINUE records, 1- and 2-byte strings)', async () => {
    const fromXls = readBiffSheets(data('hubei-2024-paragraphs.xls'), DEFAULT_INGEST_LIMITS);
    const fromXlsx = await readXlsxSheets(data('hubei-2024-paragraphs.xlsx'), DEFAULT_INGEST_LIMITS);
    expect(fromXls.map((s) => s.name)).toEqual(['全文', 'ASCII', '格式']);
    expect(fromXls[0].rows.length).toBe(fromXlsx[0].rows.length);
    expect(fromXls[0].rows.length).toBe(81);
    expect(trimmed(fromXls[0].rows)).toEqual(trimmed(fromXlsx[0].rows));
    expect(trimmed(fromXls[1].rows)).toEqual(trimmed(fromXlsx[1].rows));
    // a merged range (A5:A7) repeats its top-left text
    expect(fromXls[0].rows[5][0]).toBe(fromXls[0].rows[4][0]);
    expect(fromXls[1].rows[2]).toEqual(['row 2 PM2.5 VOCs EOD xx', '3', '-2', '1000000000000002']);
  });

  it('numbers read as their formats show them: dates as 2024年6月30日, fractions in a % format as 46.58%', async () => {
    const expected = [['序号', '重点任务', '完成时限', '目标值'], ['1', '全省受污染耕地安全利用率', '2024年12月31日', '92%'], ['2', '农村生活污水治理率', '2024年6月30日', '46.58%']];
    expect(readBiffSheets(data('hubei-2024-paragraphs.xls'), DEFAULT_INGEST_LIMITS)[2].rows).toEqual(expected);
    expect((await readXlsxSheets(data('hubei-2024-paragraphs.xlsx'), DEFAULT_INGEST_LIMITS))[2].rows).toEqual(expected);
  });

  it('the 任务分解表 twin: same sheets and cells as its XLSX', async () => {
    const fromXls = readBiffSheets(data('hubei-2024-task-table.xls'), DEFAULT_INGEST_LIMITS);
    const fromXlsx = await readXlsxSheets(data('hubei-2024-task-table.xlsx'), DEFAULT_INGEST_LIMITS);
    expect(fromXls.map((s) => [s.name, trimmed(s.rows)])).toEqual(fromXlsx.map((s) => [s.name, trimmed(s.rows)]));
  });
});

describe('sniffing and ET', () => {
  it('tells an OLE2 workbook from a Word file, and an .et name gives et (WPS writes BIFF8 in OLE2 under .et)', () => {
    const xls = data('hubei-2024-task-table.xls');
    expect(isBiffWorkbook(xls)).toBe(true);
    expect(sniffMemberFormat(xls, '任务分解表.xls')).toBe('xls');
    expect(sniffMemberFormat(xls, '任务分解表.et')).toBe('et');
    expect(sniffMemberFormat(data('hubei-2024-task-table.xlsx'), '任务分解表.xlsx')).toBe('xlsx');
  });

  it('reads a BIFF8 .et as a spreadsheet, and an .et saved as XLSX (a ZIP) through exceljs', async () => {
    for (const file of ['hubei-2024-task-table.xls', 'hubei-2024-task-table.xlsx']) {
      const notice = await readSpreadsheet(data(file), 'et', { name: '任务分解表.et' }, DEFAULT_INGEST_LIMITS);
      expect(notice.format).toBe('et');
      expect(notice.title).toBe('2024年全省生态环境工作要点任务分解表');
    }
  });

  it('refuses a BIFF5 workbook with what to do', async () => {
    const xls = data('hubei-2024-task-table.xls');
    // the BOF record's version field (BIFF8 0x0600) rewritten as BIFF5 (0x0500), in the Workbook stream
    const copy = Uint8Array.from(xls);
    let patched = 0;
    for (let i = 0; i + 6 < copy.length; i++) {
      if (copy[i] === 0x09 && copy[i + 1] === 0x08 && copy[i + 2] === 0x10 && copy[i + 3] === 0x00 && copy[i + 4] === 0x00 && copy[i + 5] === 0x06) {
        copy[i + 5] = 0x05;
        patched++;
        break;
      }
    }
    expect(patched).toBe(1);
    await expect(readSpreadsheet(copy, 'xls', {}, DEFAULT_INGEST_LIMITS)).rejects.toMatchObject({
      code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('save it as .xlsx'),
    });
  });
});

describe('damaged workbooks end in a named refusal, never a crash or a hang', () => {
  it('every cut and every flipped byte region of the XLS either reads or throws an IngestError', async () => {
    const xls = data('hubei-2024-paragraphs.xls');
    const outcomes = new Set<string>();
    const cases: Uint8Array[] = [];
    for (let cut = 512; cut < xls.length; cut += 4093) cases.push(xls.subarray(0, cut));
    for (let at = 600; at < xls.length; at += 2999) {
      const copy = Uint8Array.from(xls);
      for (let i = at; i < Math.min(at + 64, copy.length); i++) copy[i] = (copy[i] * 31 + 7) & 0xff;
      cases.push(copy);
    }
    for (const bytes of cases) {
      try {
        await readSpreadsheet(bytes, 'xls', {}, DEFAULT_INGEST_LIMITS);
        outcomes.add('read');
      } catch (error) {
        expect((error as Error).name).toBe('IngestError');
        outcomes.add((error as { code: string }).code);
      }
    }
    expect(cases.length).toBeGreaterThan(40);
    expect(outcomes.has('TRUNCATED')).toBe(true);
  });
});
