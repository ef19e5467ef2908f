import { readFileSync } from 'node:fs';
import type { Plan } from '@plandiff/model';
import { parsePlan } from './parse.js';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS, ingestNotice, type IngestedNotice } from '../src/index.js';
import { fixtureSource, formatView, pdfData } from './format-view.js';

/**
 * The PDF reader on real printed documents (test/pdf-data, made by make-test-files.mjs: fixture texts printed by
 * Chromium with a running header and `— N —` page numbers, and converted by LibreOffice).
 */
const file = (name: string): Uint8Array => new Uint8Array(readFileSync(`${pdfData}${name}`));
const read = (name: string): Promise<IngestedNotice> => ingestNotice(file(name), { name });
const htmlOf = (notice: IngestedNotice): string => (notice.body.kind === 'html' ? notice.body.html : '');
const blocksOf = (notice: IngestedNotice) => {
  const $ = cheerio.load(htmlOf(notice));
  return $('body > *')
    .toArray()
    .map((element) => ({ tag: element.tagName, page: Number($(element).attr('data-page')), text: $(element).text() }));
};
/** the paragraphs of a fixture's normalised text (one per line), as printed into the PDFs */
const paragraphsOf = (fixture: string): string[] =>
  (JSON.parse(readFileSync(new URL(`../../../fixtures/${fixture}/plan.json`, import.meta.url), 'utf8')) as Plan).text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const parseHtml = (notice: IngestedNotice, fixture: string): Plan => parsePlan(htmlOf(notice), { ...fixtureSource(fixture).options, fileName: 'x.html' });

describe('PDF: a 30-page report printed by Chromium (running header, page numbers — N —, first-line indents)', async () => {
  const notice = await read('gov-work-report-2024.chromium.pdf');
  const blocks = blocksOf(notice);

  it('gives every paragraph of the report as one block, in order, including those that run across a page break', () => {
    expect(notice.format).toBe('pdf');
    expect(notice.pages).toBe(30);
    expect(blocks.map((block) => block.text)).toEqual(paragraphsOf('gov-work-report/2024'));
    // paragraphs that started on one page and ended on the next were joined: the blocks span all 30 pages
    expect(new Set(blocks.map((block) => block.page)).size).toBe(30);
  });

  it('takes the title from the largest text on page 1 into <title> and <h1>, and marks every block with its page', () => {
    expect(blocks[0]).toEqual({ tag: 'h1', page: 1, text: '政府工作报告' });
    expect(cheerio.load(htmlOf(notice))('title').text()).toBe('政府工作报告');
    expect(blocks.every((block) => block.page >= 1 && block.page <= 30)).toBe(true);
    const pages = blocks.map((block) => block.page);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });

  it('removes the 30 page numbers and 29 running headers, and says so once', () => {
    const furniture = notice.warnings.filter((warning) => warning.code === 'PAGE_FURNITURE_REMOVED');
    expect(furniture).toHaveLength(1);
    expect(furniture[0]?.severity).toBe('info');
    expect(furniture[0]?.message).toMatch(/^59 page number and running header\/footer lines removed; running header\/footer: “政府工作报告”/);
    expect(htmlOf(notice)).not.toMatch(/—\s*\d+\s*—/);
  });

  it('parses to the same tasks as the text fixture (79), however the PDF is extracted', () => {
    const base = formatView(parsePlan(fixtureSource('gov-work-report/2024').text, fixtureSource('gov-work-report/2024').options));
    const plan = parseHtml(notice, 'gov-work-report/2024');
    expect(plan.tasks).toHaveLength(79);
    expect(formatView(plan)).toEqual(base);
  });
});

describe('PDF: WPS-style digits in another font (`2026 年`, `5 %`)', async () => {
  const notice = await read('gwr-hebei-2026.wps-digits.pdf');

  it('closes the gap a font change leaves between digits and 年 / % / 万 / 亿', () => {
    const html = htmlOf(notice);
    expect(html).toContain('地区生产总值增长5%以上，一般公共预算收入增长2%左右，规上工业增加值增长5.5%左右');
    expect(html).toContain('从2020年的3.68万亿元增长到2025年的4.93万亿元');
    expect(html).not.toMatch(/\d [年%万亿个元]/);
    expect(html).not.toMatch(/[\u4e00-\u9fff] \d/);
  });

  it('marks the chapter headings set in a 黑体-like face the body does not use as <h2>', () => {
    expect(blocksOf(notice).filter((block) => block.tag === 'h2')).toEqual([
      { tag: 'h2', page: 1, text: '一、“十四五”时期经济社会发展回顾' },
      { tag: 'h2', page: 6, text: '二、“十五五”时期的主要目标任务' },
      { tag: 'h2', page: 11, text: '三、2026年主要工作' },
    ]);
  });

  it('gives the same outline, tasks, leads and targets as the text fixture', () => {
    const { text, options } = fixtureSource('gwr-hebei/2026');
    expect(formatView(parseHtml(notice, 'gwr-hebei/2026'))).toEqual(formatView(parsePlan(text, options)));
  });
});

describe('PDF: converted from DOCX by LibreOffice (ragged right edge: a figure that did not fit leaves a line short)', async () => {
  const notice = await read('gwr-hebei-2026.libreoffice.pdf');

  it('finds the paragraphs from first-line indents and short last lines, not from a line a figure did not fit on', () => {
    expect(blocksOf(notice).map((block) => block.text)).toEqual(paragraphsOf('gwr-hebei/2026'));
    expect(notice.pages).toBe(18);
  });
});

describe('PDF: layout', () => {
  it('reads a two-column page column by column, each paragraph whole', async () => {
    const notice = await read('two-columns.pdf');
    const blocks = blocksOf(notice);
    expect(blocks[0]).toEqual({ tag: 'h1', page: 1, text: '2026年河北省政府工作报告' });
    const expected = paragraphsOf('gwr-hebei/2026').slice(7, 11);
    expect(blocks.slice(1).map((block) => block.text)).toEqual(expected);
  });

  it('reads a task table (rows by y, cells by x) as a <table> that parse takes as tasks with lead units', async () => {
    const notice = await read('task-table.pdf');
    const $ = cheerio.load(htmlOf(notice));
    const rows = $('table tr').toArray().map((row) => $(row).find('td').toArray().map((cell) => $(cell).text()));
    expect(rows[0]).toEqual(['序号', '重点任务', '牵头单位', '完成时限']);
    expect(rows[2]).toEqual(['2', '新增新能源公交车500辆以上。', '市交通运输局', '2024年6月底前']);
    expect(rows).toHaveLength(6);
    const plan = parsePlan(htmlOf(notice), { fileName: 'x.html' });
    expect(plan.tasks.map((task) => [task.number, task.assignments.flatMap((a) => a.lead)])).toEqual([
      ['1', ['市大气办']],
      ['2', ['市交通运输局']],
      ['3', ['市生态环境局']],
      ['4', ['市发展改革委']],
      ['5', ['市生态环境局']],
    ]);
  });
});

describe('PDF: a landscape task table stored as WPS stores one (portrait page, content sideways, /Rotate 90)', async () => {
  const notice = await read('landscape-rotated.pdf');

  it('reads the page as displayed: title, then a table of five columns with lead and partner units', () => {
    const $ = cheerio.load(htmlOf(notice));
    expect($('h1').text()).toBe('2024年全市生态环境工作要点重点任务分解表');
    const rows = $('table tr').toArray().map((row) => $(row).find('td').toArray().map((cell) => $(cell).text()));
    expect(rows).toEqual([
      ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '完成3家钢铁企业超低排放改造。', '市大气办', '市工业和信息化局', '2024年底前'],
      ['2', '新增新能源公交车500辆以上。', '市交通运输局', '市财政局', '2024年6月底前'],
      ['3', '城市黑臭水体消除比例达到80%。', '市生态环境局', '市住房城乡建设局', '2024年底前'],
      ['4', '完成重点行业清洁生产审核20家。', '市发展改革委', '市生态环境局', '2024年9月底前'],
    ]);
  });
});

describe('PDF: what cannot be read is refused with a reason', () => {
  it('a password-protected PDF (qpdf AES-256): ENCRYPTED', async () => {
    await expect(read('encrypted.pdf')).rejects.toMatchObject({ name: 'IngestError', code: 'ENCRYPTED', message: expect.stringMatching(/password/) });
  });

  it('a PDF cut short (half the bytes, or the last 3 KB missing) or with no PDF structure: TRUNCATED', async () => {
    const bytes = file('gwr-hebei-2026.chromium.pdf');
    for (const cut of [bytes.slice(0, bytes.length / 2), bytes.slice(0, bytes.length - 3000), new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<<')]) {
      await expect(ingestNotice(cut, { name: 'x.pdf' })).rejects.toMatchObject({ code: 'TRUNCATED', message: expect.stringMatching(/damaged or cut short/) });
    }
  });

  it('more pages than the limit: TOO_LARGE before any page is read', async () => {
    await expect(ingestNotice(file('gwr-hebei-2026.chromium.pdf'), { name: 'x.pdf' }, { ...DEFAULT_INGEST_LIMITS, maxPages: 10 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      message: expect.stringMatching(/17 pages; at most 10/),
    });
  });

  it('a PDF with some scanned pages: read, the pages without text named in a SCANNED_NO_TEXT warning', async () => {
    const notice = await read('partly-scanned.pdf');
    expect(notice.pages).toBe(3);
    expect(blocksOf(notice)[0]).toEqual({ tag: 'h1', page: 1, text: '2024年全市生态环境工作要点' });
    expect(notice.warnings).toEqual([
      { code: 'SCANNED_NO_TEXT', severity: 'warning', message: 'pages 2, 3 of 3 have no text layer (scanned or images): their text is missing' },
    ]);
  });

  it('fonts without Unicode maps: their glyphs kept as □ and counted, UNMAPPED_GLYPHS an error when most of the text is lost', async () => {
    const notice = await read('unmapped-glyphs.pdf');
    const warning = notice.warnings.find((w) => w.code === 'UNMAPPED_GLYPHS');
    expect(warning).toMatchObject({ severity: 'error', message: expect.stringMatching(/^\d+ of \d+ characters have no Unicode mapping/) });
    const [unmapped, total] = (warning?.message.match(/\d+/g) ?? []).map(Number);
    expect(unmapped! / total!).toBeGreaterThan(0.5);
    // no glyph number read as a letter of an unrelated script (ᠣଗឱ …) is left in the text
    expect(htmlOf(notice)).not.toMatch(/[\u0500-\u1FFF]/u);
    expect(htmlOf(notice)).toContain('□');
  });

  it('a scan with no text layer: read, with an empty body and SCANNED_NO_TEXT (severity error: the plan is unusable)', async () => {
    const notice = await read('scanned.pdf');
    expect(notice.pages).toBe(2);
    expect(blocksOf(notice)).toEqual([]);
    expect(notice.warnings).toEqual([expect.objectContaining({ code: 'SCANNED_NO_TEXT', severity: 'error', message: expect.stringMatching(/no page of this PDF has a text layer/) })]);
  });
});
