import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, screenshotDir, useViewerSession } from './viewer-session.js';

const session = useViewerSession();
const PAGE = '/collections/provincial-gwr?year=2026';

// Every test reads the real API over the real stored plans (25 provincial reports of 2026, metricKey from the
// parser's indicator dictionary, issue #10): no stub. Figures are those of the reports, read by hand in
// packages/corpus/test/gold/provincial-gwr-2026.json.
let phone: BrowserContext;
beforeAll(async () => {
  phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', acceptDownloads: true });
}, 120_000);
afterAll(async () => {
  await phone?.close();
});

async function open(path = PAGE, context: BrowserContext | null = null): Promise<Page> {
  const page = await (context ?? session.context).newPage();
  await page.goto(`${session.server.url}${path}`);
  await page.locator('.xs-table tbody tr').first().waitFor();
  return page;
}

/** The cell of one province in the column of one indicator (by metricKey). */
async function cell(page: Page, series: string, metricKey: string) {
  const column = await page.locator('.xs-table thead th').evaluateAll((ths, key) => ths.findIndex((th) => th.getAttribute('data-metric-key') === key), metricKey);
  expect(column).toBeGreaterThan(0);
  return page.locator(`tr[data-series="${series}"] > *`).nth(column);
}

describe('across provinces (provincial-gwr 2026, real API)', () => {
  it('is one block on the home page, in Chinese: 25 of 31 provinces stored, no national report of 2026', async () => {
    const page = await session.open('/');
    const block = page.locator('[data-collection-block="provincial-gwr"]');
    await block.waitFor();
    // the 25 one-year provincial reports are chips of one block, not 25 cards
    await expect(page.locator('.series-card[data-series^="gwr-"]').count()).resolves.toBe(0);
    await expect(block.locator('.member-chip').count()).resolves.toBe(31);
    // a province not stored says so in words, not by a dashed border alone
    const missing = (await block.locator('.member-missing').allInnerTexts()).map((text) => text.replace(/\s+/g, ''));
    expect(missing).toEqual(['上海', '浙江', '湖北', '广东', '四川', '西藏'].map((name) => `${name}未收录`));
    // one link per stored year: 2025 (the DOCX reports) and 2026
    await expect(page.locator('a[data-collection="provincial-gwr"][data-year="2025"]').innerText()).resolves.toBe('各省对照：省级政府工作报告 2025');
    const link = page.locator('a[data-collection="provincial-gwr"][data-year="2026"]');
    await expect(link.innerText()).resolves.toBe('各省对照：省级政府工作报告 2026');
    await link.click();
    await page.locator('.xs-table tbody tr').first().waitFor();
    await expect(page.locator('h1').innerText()).resolves.toContain('各省对照');
    await expect(page.locator('[data-fact="stored"]').innerText()).resolves.toBe('已收录 25 / 31 个省份');
    await expect(page.locator('[data-fact="reference"]').innerText()).resolves.toBe('未收录2026年的全国政府工作报告，因此没有全国参照线。');
    await expect(page.locator('tr[data-series="gwr-hubei"]').getAttribute('data-status')).resolves.toBe('missing_series');
    await expect(page.locator('tr[data-series="gwr-hebei"] .tag-excerpt').innerText()).resolves.toBe('节选');
    await page.close();
  });

  it('shows each province\'s GDP growth as written, 未设定 (not set) apart from 未收录 (not found), the sentence on click', async () => {
    const page = await open();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'cross-section-provinces-2026', true);
    await expect(page.locator('.xs-table thead th').nth(1).innerText()).resolves.toContain('地区生产总值增长');
    await expect((await cell(page, 'gwr-beijing', 'gdp_growth')).innerText()).resolves.toBe('5%左右');
    await expect((await cell(page, 'gwr-shanxi', 'gdp_growth')).innerText()).resolves.toBe('4.5–5%');
    await expect((await cell(page, 'gwr-chongqing', 'gdp_growth')).innerText()).resolves.toBe('5%以上');
    await expect((await cell(page, 'gwr-hubei', 'gdp_growth')).innerText()).resolves.toBe('未收录');
    // Chongqing's report never mentions consumer prices: 未设定, not 未收录
    const cpi = await cell(page, 'gwr-chongqing', 'cpi');
    await expect(cpi.innerText()).resolves.toBe('未设定');
    await expect(cpi.getAttribute('data-status')).resolves.toBe('not_set');
    await expect(cpi.getAttribute('title')).resolves.toBe('已收录该省报告，报告未对此指标设定目标');
    // the sentence: on hover (title) and on click (panel), the modifier in the reports' own word
    const figure = (await cell(page, 'gwr-anhui', 'gdp_growth')).locator('button');
    await expect(figure.getAttribute('title')).resolves.toBe('地区生产总值增长5%—5.5%');
    await figure.click();
    const panel = page.locator('.xs-source');
    await expect(panel.locator('.xs-sentence').innerText()).resolves.toBe('地区生产总值增长5%—5.5%');
    await expect(panel.innerText()).resolves.toContain('区间');
    await (await cell(page, 'gwr-beijing', 'gdp_growth')).locator('button').click();
    await expect(panel.innerText()).resolves.toContain('左右');
    await panel.getByRole('button', { name: '关闭' }).click();
    await expect(panel.count()).resolves.toBe(0);
    await page.close();
  });

  it('sorts by an indicator, highest first, then lowest first', async () => {
    const page = await open();
    const firstRows = async () => page.locator('.xs-table tbody tr th').evaluateAll((ths) => ths.slice(0, 2).map((th) => th.textContent));
    await page.getByRole('button', { name: '按地区生产总值增长排序' }).click();
    await page.locator('.xs-table thead th[data-metric-key="gdp_growth"][aria-sort="descending"]').waitFor();
    // 海南 6%左右, then 新疆 5.5–6%
    await expect(firstRows()).resolves.toEqual(['海南', '新疆']);
    await page.getByRole('button', { name: '按地区生产总值增长排序' }).click();
    await page.locator('.xs-table thead th[data-metric-key="gdp_growth"][aria-sort="ascending"]').waitFor();
    // lowest first: one of the 4.5% provinces (天津 4.5%, 辽宁/云南/青海 4.5%左右), never a province without a number
    expect(['天津', '辽宁', '云南', '青海']).toContain((await firstRows())[0]);
    await page.close();
  });

  it('draws the ranked chart: one bar per province with a number, ranges as ranges, the others listed', async () => {
    const page = await open();
    const chart = page.locator('.xs-chart[data-metric-key="gdp_growth"]');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    // all 25 stored provinces set a GDP growth figure (Gansu's and Neimenggu's sit under chapter headings without a
    // numeral, read since PARSER_VERSION 0.9.1)
    await expect(chart.locator('.recharts-bar-rectangle').count()).resolves.toBe(25);
    await expect(chart.locator('[data-list="not-found"]').innerText()).resolves.toBe('未收录： 上海、浙江、湖北、广东、四川、西藏');
    await expect(chart.innerText()).resolves.toContain('区间目标从下限画到上限');
    // the CPI chart lists Chongqing and Yunnan as not set
    await page.locator('select[name="chart-metric"]').selectOption('cpi');
    const notSet = page.locator('.xs-chart[data-metric-key="cpi"] [data-list="not-set"]');
    await expect(notSet.innerText()).resolves.toMatch(/^未设定：.*重庆.*云南/);
    await page.locator('select[name="chart-metric"]').selectOption('gdp_growth');
    await page.locator('.xs-chart[data-metric-key="gdp_growth"]').screenshot({ path: join(screenshotDir, 'cross-section-chart-gdp-2026.png') });
    await page.close();
  });

  it('exports the cross-section as CSV (BOM, one record per province × indicator)', async () => {
    const page = await open();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    expect(download.suggestedFilename()).toBe('provincial-gwr-2026.csv');
    await expect(page.locator('[data-action="export-csv"]').innerText()).resolves.toBe('导出 CSV');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFseries,name,status')).toBe(true);
    // the quality column is empty until the parser judges plans (issue #9), then 'ok'
    expect(text).toMatch(/\r\ngwr-chongqing,重庆,not_set,full,(ok)?,cpi,/u);
    expect(text).toMatch(/\r\ngwr-shanxi,山西,set,full,(ok)?,gdp_growth,地区生产总值增长,4\.5–5%,,4\.5,5,%,range,/u);
    await page.close();
  });

  it('in English (?lang=en): English province names and labels, "not set" apart from "not found"', async () => {
    const page = await open(`${PAGE}&lang=en`);
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toContain('Across provinces');
    await expect(page.locator('[data-fact="stored"]').innerText()).resolves.toBe('25 of 31 provinces stored');
    await expect(page.locator('tr[data-series="gwr-chongqing"] th').innerText()).resolves.toBe('Chongqing');
    await expect((await cell(page, 'gwr-chongqing', 'cpi')).innerText()).resolves.toBe('not set');
    await expect((await cell(page, 'gwr-hubei', 'gdp_growth')).innerText()).resolves.toBe('not found');
    await expect(page.locator('tr[data-series="gwr-hebei"] .tag-excerpt').innerText()).resolves.toBe('excerpt');
    // figures stay as the reports write them
    await expect((await cell(page, 'gwr-beijing', 'gdp_growth')).innerText()).resolves.toBe('5%左右');
    await page.getByRole('button', { name: 'Sort by 地区生产总值增长' }).click();
    await page.locator('.xs-table thead th[data-metric-key="gdp_growth"][aria-sort="descending"]').waitFor();
    await page.locator('.crumbs a').click();
    await page.waitForURL(/\/\?lang=en$/);
    await expect(page.locator('a[data-collection="provincial-gwr"][data-year="2026"]').innerText()).resolves.toBe('Across provinces: Provincial government work reports 2026');
    await page.close();
  });

  it('on a phone (390 px) the table scrolls inside its box and nothing else is wider than the screen', async () => {
    const page = await open(PAGE, phone);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'phone-cross-section-provinces-2026');
    await page.locator('tr[data-series="gwr-beijing"] td button').first().click();
    await expect(page.locator('.xs-source .xs-sentence').innerText()).resolves.toBe('地区生产总值增长5%左右');
    await screenshot(page, 'phone-cross-section-source');
    await page.close();
  });
});
