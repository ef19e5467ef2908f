import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenshot, useViewerSession, en } from './viewer-session.js';

const session = useViewerSession();

describe('comparison page', () => {
  it('summary line says how many changed targets were raised and lowered (gov-work-report 2024 → 2025)', async () => {
    const page = await session.open(en('/series/gov-work-report/compare?from=2024&to=2025'));
    const changed = page.locator('[data-count="targets-changed"]');
    await changed.waitFor();
    // 居民消费价格涨幅 3%→2% is the one lowered; 粮食产量, 单位GDP能耗, 赤字率, 赤字规模, 一般公共预算支出规模,
    // 超长期特别国债, 地方政府专项债券 and 中央预算内投资 were raised
    await expect(changed.innerText()).resolves.toBe('9 changed (8 raised, 1 lowered)');
    await page.close();
  });

  it('a year the series does not store is said plainly, with the stored years, not as an HTTP 404', async () => {
    const page = await session.open(en('/series/gov-work-report/compare?from=1999&to=2025'));
    const notice = page.locator('.state-empty');
    await notice.waitFor();
    await expect(notice.innerText()).resolves.toContain('no stored plan for 1999');
    await expect(notice.innerText()).resolves.toContain('2021, 2022, 2023, 2024, 2025');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await expect(page.locator('.year-picker select').first().inputValue()).resolves.toBe('1999');
    await page.close();
  });

  it('a URL naming one year compares it with the next stored year (it used to be replaced by the latest two)', async () => {
    const page = await session.open(en('/series/gov-work-report/compare?from=2022'));
    await page.waitForURL(/from=2022&to=2023/);
    await expect(page.locator('h1 .years').innerText()).resolves.toBe('2022 → 2023');
    await page.locator('.link-row').first().waitFor();
    await page.close();
  });

  it('an unknown series is a 404 with the API detail and no pointless "Try again"', async () => {
    const page = await session.open(en('/series/no-such-series/compare'));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('Could not load series no-such-series (HTTP 404). Not found: no series no-such-series in fixtures');
    await expect(alert.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0);
    await page.close();
  });

  it('hubei 2023 → 2024: tasks beyond the excerpt are greyed and explained; a moved gov task says where it came from', async () => {
    const page = await session.open(en('/series/hubei-sthjt-gzyd/compare?from=2023&to=2024&kind=outside_excerpt'));
    const outside = page.locator('.link-row[data-kind="outside_excerpt"]').first();
    await outside.waitFor();
    await expect(page.locator('.filter-count').innerText()).resolves.toContain('27');
    await expect(outside.locator('.link-sides').evaluate((el) => Number(getComputedStyle(el).opacity))).resolves.toBeLessThan(1);
    await expect(outside.locator('.outside-note').innerText()).resolves.toContain("2023's notice is only an excerpt");
    await expect(outside.locator('.side-from .side-empty').innerText()).resolves.toBe('not covered by the 2023 excerpt');

    await page.goto(`${session.server.url}${en(`/series/gov-work-report/compare?from=2024&to=2025&kind=moved`)}`);
    const moved = page.locator('.link-row[data-kind="moved"]').first();
    await moved.waitFor();
    await expect(moved.locator('.moved-note').innerText()).resolves.toMatch(/^Moved from .+ to .+/);
    await page.close();
  });

  it('keyboard: n / p step through changes, Esc leaves the text filter, and n typed there stays a letter', async () => {
    const page = await session.open(en('/series/npc-gwr-resolution/compare?from=2024&to=2025'));
    await page.locator('.link-row').first().waitFor();
    const search = page.getByRole('searchbox');
    await search.focus();
    await page.keyboard.type('n');
    await expect(search.inputValue()).resolves.toBe('n');
    await search.fill('');
    await page.keyboard.press('Escape');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('type'))).resolves.not.toBe('search');
    await page.keyboard.press('n');
    await page.waitForURL(/at=/);
    const focusedKey = () => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
    await expect.poll(focusedKey).not.toBeNull();
    const first = await focusedKey();
    expect(new URL(page.url()).searchParams.get('at')).toBe(first);
    await page.keyboard.press('p');
    // nothing before the first change: the focus stays
    await expect(focusedKey()).resolves.toBe(first);
    await page.close();
  });

  it('n brings each change into view below the sticky filter bar, never under it (gov-work-report 2024 → 2025)', async () => {
    const page = await session.open(en('/series/gov-work-report/compare?from=2024&to=2025'));
    await page.locator('.link-row').first().waitFor();
    await page.locator('#tasks-heading').click();
    for (let step = 1; step <= 6; step++) {
      const before = await page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null);
      await page.keyboard.press('n');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-key') ?? null)).not.toBe(before);
      // let the virtual list settle its measured row heights, then compare the row's top with the bar's bottom
      await page.waitForTimeout(150);
      const { rowTop, barBottom } = await page.evaluate(() => ({
        rowTop: (document.activeElement as HTMLElement).getBoundingClientRect().top,
        barBottom: document.querySelector('.filters')!.getBoundingClientRect().bottom,
      }));
      expect(rowTop, `change ${step}`).toBeGreaterThanOrEqual(barBottom);
    }
    await screenshot(page, 'comparison-next-change-below-filters');
    await page.close();
  });

  it('check page: the comparison of a pasted notice with a stored year can be exported (CSV with BOM, one row per link)', async () => {
    const notice = readFileSync(new URL('../../../../fixtures/npc-gwr-resolution/2025/source.txt', import.meta.url), 'utf8');
    const page = await session.open(en('/check'));
    await page.locator('textarea').fill(notice);
    await page.getByRole('button', { name: 'Parse the notice' }).click();
    // the resolution has no title line and no outline (TITLE_ABSENT, NO_OUTLINE): the page asks before comparing
    await page.getByRole('button', { name: 'Compare all the same' }).click();
    await page.locator('.compare-form select').selectOption('npc-gwr-resolution/2024');
    await page.getByRole('button', { name: /Compare/ }).click();
    await page.locator('.summary-line').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('check-npc-gwr-resolution-2024-new-notice.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder('utf-8').decode(bytes.subarray(3)).split('\r\n').filter((line) => line !== '');
    const links = Number(await page.locator('.filter-count').innerText().then((text) => /(\d+) links/.exec(text)![1]));
    expect(lines.filter((line) => line.startsWith('task,'))).toHaveLength(links);
    expect(lines.some((line) => /[\u4e00-\u9fff]/.test(line))).toBe(true);
    await page.close();
  });

  it('check page: a PDF cut off after its header is read by the PDF reader and refused as TRUNCATED, with what to do', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'plandiff-pdf-'));
    const pdf = join(dir, '2026年工作要点.pdf');
    // the opening bytes every PDF file has (ISO 32000-1 §7.5.2): a header line and a binary-marker comment
    writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<<>>\nendobj\n')]));
    const page = await session.open(en('/check'));
    await page.locator('input[type="file"]').setInputFiles(pdf);
    await page.getByRole('button', { name: 'Parse the notice' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('Could not load a plan from this notice (HTTP 422)');
    // PDFs are read since issue 18: this one has a header and no pages, so the reader says it is cut off
    await expect(alert.innerText()).resolves.toMatch(/TRUNCATED|cut off|damaged|incomplete/i);
    await expect(alert.innerText()).resolves.not.toContain('pdftotext');
    await expect(page.locator('#parsed-heading').count()).resolves.toBe(0);
    await page.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('check page: a Word file (the 2025 Beijing report as WPS saved it) is read, says it was read as .docx, and is compared with the stored 2026', async () => {
    const docx = fileURLToPath(new URL('../../../../packages/ingest/test/data/docx/beijing-2025.docx', import.meta.url));
    const page = await session.open('/check');
    await page.locator('input[type="file"]').setInputFiles(docx);
    await page.locator('.notice-input button[type="submit"]').click();
    await page.locator('#parsed-heading').waitFor();
    await expect(page.locator('[data-source-format]').getAttribute('data-source-format')).resolves.toBe('docx');
    await expect(page.locator('[data-source-format]').innerText()).resolves.toBe('读取为：Word 文档（.docx）');
    await expect(page.locator('.quality-verdict').getAttribute('data-verdict')).resolves.toBe('ok');
    await expect(page.locator('#parsed-heading').locator('..').innerText()).resolves.toContain('地区生产总值增长');
    await page.close();
  });
});

