import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import type { CrossSection } from '@plandiff/model';
import { screenshot, screenshotDir, useViewerSession } from './viewer-session.js';
import { keyedCrossSection } from '../support/keyed-cross-section.js';

const session = useViewerSession();
const PAGE = '/collections/provincial-gwr?year=2026';

// The parser's indicator dictionary (metricKey, issue #10) is not in this branch: the real API's cross-section has
// no rows yet. The tests below that need rows answer the page's one cross-section request with the cross-section of
// the same real stored plans, metricKey added by the test table (test/support/keyed-cross-section.ts).
let keyed: CrossSection;
let phone: BrowserContext;
beforeAll(async () => {
  keyed = await keyedCrossSection(2026);
  phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', acceptDownloads: true });
}, 120_000);
afterAll(async () => {
  await phone?.close();
});

async function openKeyed(context: BrowserContext | null = null): Promise<Page> {
  const page = await (context ?? session.context).newPage();
  await page.route('**/api/collections/provincial-gwr/targets?year=2026', (route) => route.fulfill({ json: keyed }));
  await page.goto(`${session.server.url}${PAGE}`);
  await page.locator('.xs-table tbody tr').first().waitFor();
  return page;
}

describe('across provinces (provincial-gwr 2026)', () => {
  it('is linked from the home page and answers from the real API: 25 of 31 provinces stored, no national report of 2026', async () => {
    const page = await session.open('/');
    const link = page.locator('a[data-collection="provincial-gwr"]');
    await expect(link.innerText()).resolves.toBe('Across provinces: 省级政府工作报告 2026');
    await link.click();
    await page.locator('.xs-table tbody tr').first().waitFor();
    await expect(page.locator('[data-fact="stored"]').innerText()).resolves.toBe('25 of 31 provinces stored');
    await expect(page.locator('[data-fact="reference"]').innerText()).resolves.toContain('No national report of 2026 is stored');
    await expect(page.locator('tr[data-series="gwr-hubei"]').getAttribute('data-status')).resolves.toBe('missing_series');
    await expect(page.locator('tr[data-series="gwr-hebei"] .tag-excerpt').innerText()).resolves.toBe('excerpt');
    await page.close();
  });

  it('shows each province\'s GDP growth as written, "not set" apart from "not found", the sentence on click', async () => {
    const page = await openKeyed();
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    await screenshot(page, 'cross-section-provinces-2026', true);
    const gdp = (series: string) => page.locator(`tr[data-series="${series}"] td`).first();
    await expect(page.locator('.xs-table thead th').nth(1).innerText()).resolves.toContain('地区生产总值增长');
    await expect(gdp('gwr-beijing').innerText()).resolves.toBe('5%左右');
    await expect(gdp('gwr-shanxi').innerText()).resolves.toBe('4.5–5%');
    await expect(gdp('gwr-chongqing').innerText()).resolves.toBe('5%以上');
    await expect(gdp('gwr-hubei').innerText()).resolves.toBe('not found');
    // Chongqing's report never mentions consumer prices: "not set", not "not found"
    const cpiColumn = await page.locator('.xs-table thead th').evaluateAll((ths) => ths.findIndex((th) => th.getAttribute('data-metric-key') === 'cpi'));
    const cpi = page.locator('tr[data-series="gwr-chongqing"] > *').nth(cpiColumn);
    await expect(cpi.innerText()).resolves.toBe('not set');
    await expect(cpi.getAttribute('data-status')).resolves.toBe('not_set');
    // the sentence: on hover (title) and on click (panel)
    const figure = gdp('gwr-anhui').locator('button');
    await expect(figure.getAttribute('title')).resolves.toBe('地区生产总值增长5%—5.5%');
    await figure.click();
    const panel = page.locator('.xs-source');
    await expect(panel.locator('.xs-sentence').innerText()).resolves.toBe('地区生产总值增长5%—5.5%');
    await expect(panel.innerText()).resolves.toContain('range');
    await panel.getByRole('button', { name: 'Close' }).click();
    await page.close();
  });

  it('sorts by an indicator, highest first, then lowest first', async () => {
    const page = await openKeyed();
    const firstRows = async () => page.locator('.xs-table tbody tr th').evaluateAll((ths) => ths.slice(0, 2).map((th) => th.textContent));
    await page.getByRole('button', { name: 'Sort by 地区生产总值增长' }).click();
    await page.locator('.xs-table thead th[data-metric-key="gdp_growth"][aria-sort="descending"]').waitFor();
    await expect(firstRows()).resolves.toEqual(['海南', '新疆']);
    await page.getByRole('button', { name: 'Sort by 地区生产总值增长' }).click();
    await page.locator('.xs-table thead th[data-metric-key="gdp_growth"][aria-sort="ascending"]').waitFor();
    // lowest first: one of the 4.5% provinces (天津 4.5%, 辽宁/云南/青海 4.5%左右), never a province without a number
    expect(['天津', '辽宁', '云南', '青海']).toContain((await firstRows())[0]);
    await page.close();
  });

  it('draws the ranked chart: one bar per province with a number, ranges as ranges, the others listed', async () => {
    const page = await openKeyed();
    const chart = page.locator('.xs-chart[data-metric-key="gdp_growth"]');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await expect(chart.locator('.recharts-bar-rectangle').count()).resolves.toBe(23);
    await expect(chart.locator('[data-list="not-found"]').innerText()).resolves.toBe('not found: 上海、浙江、湖北、广东、四川、西藏');
    await expect(chart.innerText()).resolves.toContain('a range is drawn from its low to its high end');
    // the CPI chart lists Chongqing and Yunnan as not set
    await page.locator('select[name="chart-metric"]').selectOption('cpi');
    await expect(page.locator('.xs-chart[data-metric-key="cpi"] [data-list="not-set"]').innerText()).resolves.toContain('重庆');
    await page.locator('select[name="chart-metric"]').selectOption('gdp_growth');
    await page.locator('.xs-chart[data-metric-key="gdp_growth"]').screenshot({ path: join(screenshotDir, 'cross-section-chart-gdp-2026.png') });
    await page.close();
  });

  it('exports the cross-section as CSV (BOM, one record per province × indicator)', async () => {
    const page = await openKeyed();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-action="export-csv"]').click()]);
    expect(download.suggestedFilename()).toBe('provincial-gwr-2026.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFFseries,name,status')).toBe(true);
    // the quality column is empty until the parser judges plans (issue #9), then 'ok'
    expect(text).toMatch(/\r\ngwr-chongqing,重庆,not_set,full,(ok)?,cpi,/u);
    expect(text).toMatch(/\r\ngwr-shanxi,山西,set,full,(ok)?,gdp_growth,地区生产总值增长,4\.5–5%,,4\.5,5,%,range,/u);
    await page.close();
  });

  it('on a phone (390 px) the table scrolls inside its box and nothing else is wider than the screen', async () => {
    const page = await openKeyed(phone);
    await page.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await screenshot(page, 'phone-cross-section-provinces-2026');
    await page.locator('tr[data-series="gwr-beijing"] td button').first().click();
    await expect(page.locator('.xs-source .xs-sentence').innerText()).resolves.toBe('地区生产总值增长5%左右');
    await screenshot(page, 'phone-cross-section-source');
    await page.close();
  });
});
