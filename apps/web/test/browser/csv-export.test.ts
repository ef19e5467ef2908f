// Issue 22, finding 3: the viewer's CSV export wrote `=HYPERLINK(…)`, `@SUM(…)`, `+1+2`, `-…` unchanged. Here a
// comparison whose notices carry such text is exported from the UI (the CSV button of the comparison page) and the
// downloaded file is read: every such cell is neutralised by the one OWASP rule (csvField of @plandiff/compare).
// Finding 5 too: a year left between the two renames of an interrupted `add --force` (`.2023.new` + `.2023.old`, no
// `2023/`; the real SIGKILL is in packages/corpus/test/durability.test.ts) is shown as broken on the home page.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@plandiff/api';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const webDir = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = mkdtempSync(join(tmpdir(), 'plandiff-csv-'));

/** Two years of a made-up environmental work plan; 2025 is the 2024 text with formulas at the start of its tasks. */
function writeSeries(): void {
  const series = join(fixtures, 'csv-probe');
  mkdirSync(series);
  writeFileSync(join(series, 'series.json'), JSON.stringify({ id: 'csv-probe', issuer: '某市生态环境局', documentKind: '工作要点', name: { zh: '某市生态环境工作要点', en: 'csv probe' } }));
  const plan = (year: number, lead: [string, string, string]) =>
    `${year}年某市生态环境工作要点\n\n一、深入打好蓝天保卫战\n\n${lead[0]}推进大气污染防治，细颗粒物浓度下降5%。（牵头单位：市生态环境局）\n\n` +
    `${lead[1]}做好水环境治理，地表水优良比例达到90%。（牵头单位：市水务局）\n\n二、深入打好净土保卫战\n\n${lead[2]}加强土壤污染防治工作。（牵头单位：市自然资源局）\n`;
  for (const [year, lead] of [[2024, ['', '', '']], [2025, ['=HYPERLINK("http://evil.example/","点击查看")', '@SUM(1+2)', '-2+3']]] as const) {
    mkdirSync(join(series, String(year)));
    writeFileSync(join(series, String(year), 'meta.json'), JSON.stringify({ sourceUrl: null, retrievedOn: null, coverage: 'full', encoding: 'utf-8', sourceFile: 'source.txt' }));
    writeFileSync(join(series, String(year), 'source.txt'), plan(year, [...lead]));
  }
  // what a kill between the renames of `add --force` leaves of 2023
  for (const leftover of ['.2023.new', '.2023.old']) cpSync(join(series, '2024'), join(series, leftover), { recursive: true });
}

/** The fields of one CSV record (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks). */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}

let server: RunningServer;
let browser: Browser;
beforeAll(async () => {
  writeSeries();
  const before = process.env.PLANDIFF_FIXTURES;
  process.env.PLANDIFF_FIXTURES = fixtures; // the server's Corpus reads this temporary folder (read at start only)
  try {
    server = await startServer('127.0.0.1', 0, { webRoot: join(webDir, 'dist'), warm: false });
  } finally {
    if (before === undefined) delete process.env.PLANDIFF_FIXTURES;
    else process.env.PLANDIFF_FIXTURES = before;
  }
  browser = await chromium.launch({
    executablePath: process.env.PLANDIFF_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});
afterAll(async () => {
  await browser?.close();
  await server?.close(1000);
  rmSync(fixtures, { recursive: true, force: true });
});

describe('the CSV the viewer exports', () => {
  it('neutralises every cell a spreadsheet would run as a formula (=HYPERLINK, @SUM, -2+3)', async () => {
    const context = await browser.newContext({ acceptDownloads: true, locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/series/csv-probe/compare?from=2024&to=2025`);
    await page.locator('.doc-pair').first().waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    const text = new TextDecoder('utf-8').decode(readFileSync((await download.path())!)).replace(/^\uFEFF/, '');
    const cells = csvRecords(text).flat();
    const formulaCells = cells.filter((cell) => /HYPERLINK|@SUM|-2\+3/.test(cell));
    expect(formulaCells.length).toBeGreaterThanOrEqual(3);
    // the neutralised form: a leading apostrophe, shown as text by spreadsheets and never evaluated
    expect(formulaCells.some((cell) => cell.startsWith(`'=HYPERLINK（"http://evil.example/","点击查看"）推进大气污染防治`))).toBe(true);
    expect(formulaCells.some((cell) => cell.startsWith("'@SUM"))).toBe(true);
    expect(formulaCells.some((cell) => cell.startsWith("'-2+3"))).toBe(true);
    // no cell of the whole file starts like a formula
    expect(cells.filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);
    // and the raw file holds the quoted form, as the CLI's --csv writes it
    expect(text).toContain(`"'=HYPERLINK（""http://evil.example/"",""点击查看""）`);
    await context.close();
  });
});

describe('the home page', () => {
  it('lists a year left between the renames of an interrupted add --force as broken, with what to do', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const card = page.locator('[data-series="csv-probe"]');
    await card.waitFor();
    const broken = card.locator('.series-broken');
    await expect(broken.locator('summary').innerText()).resolves.toBe('2 个文件无法读取');
    await broken.locator('summary').click();
    await expect(broken.locator('li').allInnerTexts()).resolves.toEqual([
      expect.stringContaining('fixtures/csv-probe/.2023.new: csv-probe/2023 was left between the two renames'),
      expect.stringContaining('fixtures/csv-probe/.2023.old: leftover of an interrupted `add`'),
    ]);
    await expect(card.locator('.year-chip').allInnerTexts()).resolves.toEqual(['2024', '2025']);
    await context.close();
  });
});
