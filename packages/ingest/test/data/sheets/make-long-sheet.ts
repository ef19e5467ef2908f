/**
 * Writes hubei-2024-paragraphs.xlsx: every non-empty line of the real (partly damaged) text of 湖北省生态环境厅
 * 《2024年全省生态环境工作要点》 (fixtures/hubei-sthjt-gzyd/2024/source.txt), one per row with its line number,
 * each line also split into sentences in the columns to the right, with a few merged ranges. Converted by
 * LibreOffice Calc to hubei-2024-paragraphs.xls (`soffice --headless --convert-to xls`), its shared string table
 * runs over many CONTINUE records, with ASCII-only strings stored in 1 byte per character and Chinese ones in 2,
 * and strings split across records: the BIFF8 reader must give the same cells as exceljs gives from the XLSX.
 * A sheet 格式 holds dates (two date formats) and percentages: the metric names are the text's, the figures (92%,
 * 46.58%) are ours — the text's own lost a digit (达?2%以上, 达?6.58%).
 * Run: `pnpm exec tsx test/data/sheets/make-long-sheet.ts` in packages/ingest.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';

const text = readFileSync(fileURLToPath(new URL('../../../../../fixtures/hubei-sthjt-gzyd/2024/source.txt', import.meta.url)), 'utf8');
const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('全文');
sheet.addRow(['行', '原文', '句一', '句二', '句三']);
lines.forEach((line, i) => {
  const sentences = line.split('。').filter(Boolean).slice(0, 3);
  sheet.addRow([i + 1, line, ...sentences]);
});
sheet.mergeCells(3, 3, 3, 5);
sheet.mergeCells(5, 1, 7, 1);
const ascii = workbook.addWorksheet('ASCII');
for (let i = 0; i < 300; i++) ascii.addRow([`row ${i} PM2.5 VOCs EOD ${'x'.repeat(i % 97)}`, i * 1.5, -i, 1e15 + i]);
const formats = workbook.addWorksheet('格式');
formats.addRow(['序号', '重点任务', '完成时限', '目标值']);
formats.addRow([1, '全省受污染耕地安全利用率', new Date(Date.UTC(2024, 11, 31)), 0.92]);
formats.addRow([2, '农村生活污水治理率', new Date(Date.UTC(2024, 5, 30)), 0.4658]);
formats.getColumn(3).numFmt = 'yyyy"年"m"月"d"日"';
formats.getColumn(4).numFmt = '0.00%';
formats.getCell('C3').numFmt = 'yyyy-mm-dd';
await workbook.xlsx.writeFile(fileURLToPath(new URL('./hubei-2024-paragraphs.xlsx', import.meta.url)));
