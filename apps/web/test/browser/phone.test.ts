import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, startViewerSession, type ViewerSession, en } from './viewer-session.js';

let session: ViewerSession;
let phone: BrowserContext;

beforeAll(async () => {
  session = await startViewerSession();
  // an iPhone-sized screen (390 × 844 CSS pixels), touch, mobile viewport meta honoured
  phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN' });
});

afterAll(async () => {
  await phone?.close();
  await session?.close();
});

async function open(path: string, ready: string): Promise<Page> {
  const page = await phone.newPage();
  await page.goto(`${session.server.url}${en(`${path}`)}`);
  await page.locator(ready).first().waitFor();
  return page;
}

/** How far the page reaches beyond the screen's width, in CSS pixels (0 = nothing to scroll sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('on a phone (390 px wide) nothing is wider than the screen', () => {
  const pages: [string, string, string][] = [
    ['/', '.series-card', 'phone-home'],
    ['/series/gov-work-report/compare?from=2024&to=2025', '.link-row', 'phone-comparison-gov-work-report-2024-2025'],
    ['/series/gov-work-report/compare?from=2021&to=2022', '.link-row', 'phone-comparison-gov-work-report-2021-2022'],
    ['/series/hubei-sthjt-gzyd/compare?from=2023&to=2024', '.link-row', 'phone-comparison-hubei-2023-2024'],
    ['/series/hailar-gwr/compare?from=2014&to=2015', '.link-row', 'phone-comparison-hailar-2014-2015'],
    ['/series/gov-work-report/targets', '.timeline-table', 'phone-targets-gov-work-report'],
    ['/series/hubei-sthjt-gzyd/plans/2024', '.outline', 'phone-plan-hubei-2024'],
    ['/check', 'textarea', 'phone-check'],
  ];
  for (const [path, ready, name] of pages) {
    it(path, async () => {
      const page = await open(path, ready);
      // the long section titles of the filter (一、2023年工作回顾 …) and the hidden table captions used to widen it
      expect(await overflow(page)).toBe(0);
      await screenshot(page, name);
      await page.close();
    });
  }

  it('target changes are cards: metric, each figure labelled with its year, the change in words', async () => {
    const page = await open('/series/gov-work-report/compare?from=2024&to=2025', 'tr[data-metric="单位国内生产总值能耗"]');
    const row = page.locator('tr[data-metric="单位国内生产总值能耗"]');
    await expect(row.locator('td').nth(0).getAttribute('data-year')).resolves.toBe('2024');
    await expect(row.locator('td').nth(1).getAttribute('data-year')).resolves.toBe('2025');
    // 2024: 单位国内生产总值能耗降低2.5%左右; 2025: 降低3%左右
    await expect(row.locator('td').nth(0).innerText()).resolves.toBe('降低2.5%左右');
    await expect(row.locator('td').nth(2).innerText()).resolves.toBe('raised: a larger cut');
    const box = await row.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    // the filter bar does not stay on top of a small screen
    await expect(page.locator('.filters').evaluate((el) => getComputedStyle(el).position)).resolves.toBe('static');
    await page.close();
  });
});

describe('targets of a series with an excerpt year', () => {
  it('marks what the hubei 2023 excerpt cannot speak for as unknown (?), not as "no target"', async () => {
    const page = await session.open(en('/series/hubei-sthjt-gzyd/targets'));
    // 受污染耕地安全利用率 is in 2024's 重要目标 (figure lost: 达□2%以上), beyond the ≈2,000 characters of the 2023 excerpt
    const soil = page.locator('tr[data-metric="受污染耕地安全利用率"]');
    await soil.waitFor();
    await expect(soil.locator('td').nth(0).getAttribute('class')).resolves.toContain('cell-outside');
    await expect(soil.locator('td').nth(0).innerText()).resolves.toContain('?');
    await expect(soil.locator('td').nth(1).innerText()).resolves.toBe('□ (damaged)');
    // 劣Ⅴ类断面比例 0.3%以内 is in the 2023 excerpt and not in 2024 (a full year): a plain gap
    const worst = page.locator('tr[data-metric="劣Ⅴ类断面比例"]');
    await expect(worst.locator('td').nth(0).innerText()).resolves.toBe('0.3%以内');
    await expect(worst.locator('td').nth(1).getAttribute('class')).resolves.toBe('cell-gap');
    await expect(page.locator('.table-legend').innerText()).resolves.toContain('that year is an excerpt');
    await screenshot(page, 'targets-hubei-excerpt');
    // a series without an excerpt year has no use for that legend entry
    await page.goto(`${session.server.url}${en(`/series/gov-work-report/targets`)}`);
    await page.locator('tr[data-metric="城镇新增就业"]').waitFor();
    await expect(page.locator('.table-legend').innerText()).resolves.not.toContain('that year is an excerpt');
    await page.close();
  });
});
