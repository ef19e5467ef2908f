import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@plandiff/api';
import { describe, expect, it } from 'vitest';
import { screenshot, useViewerSession, en } from './viewer-session.js';

const session = useViewerSession();

describe('page titles and history', () => {
  it('every page has its own <title>, also after the back and forward buttons', async () => {
    const page = await session.open(en('/'));
    await page.locator('.series-card').first().waitFor();
    await expect(page.title()).resolves.toBe("plandiff — what changed in China's yearly work plans");
    await page.locator('[data-series="gov-work-report"]').getByRole('link', { name: 'Compare 2024 → 2025' }).click();
    await page.locator('.comparison').first().waitFor();
    await expect(page.title()).resolves.toBe('国务院政府工作报告 2024 → 2025 · plandiff');
    await page.getByRole('link', { name: 'Plan 2025' }).click();
    await page.locator('.outline').waitFor();
    await expect(page.title()).resolves.toBe('国务院政府工作报告 2025 · plandiff');
    await expect(page.locator('h1').innerText()).resolves.toBe('Plan 2025 国务院政府工作报告');
    await page.goBack();
    await page.locator('.comparison').first().waitFor();
    await expect(page.title()).resolves.toBe('国务院政府工作报告 2024 → 2025 · plandiff');
    await page.goBack();
    await page.locator('.series-card').first().waitFor();
    // the home page used to keep the title of the comparison it was left for
    await expect(page.title()).resolves.toBe("plandiff — what changed in China's yearly work plans");
    await page.goForward();
    await page.locator('.comparison').first().waitFor();
    await expect(page.title()).resolves.toBe('国务院政府工作报告 2024 → 2025 · plandiff');
    await page.getByRole('link', { name: 'Check a new notice' }).click();
    await expect.poll(() => page.title()).toBe('Check a new notice · plandiff');
    await page.goto(`${session.server.url}${en(`/no/such/page`)}`);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expect(page.title()).resolves.toBe('Page not found · plandiff');
    await page.close();
  });
});

describe('home offers every year-on-year comparison', () => {
  it('lists the earlier pairs of each series next to the latest, and each opens its comparison', async () => {
    const page = await session.open(en('/'));
    const gov = page.locator('[data-series="gov-work-report"]');
    await gov.waitFor();
    await expect(gov.locator('[data-pair]').evaluateAll((links) => links.map((a) => a.getAttribute('data-pair')))).resolves.toEqual([
      '2023-2024', '2022-2023', '2021-2022',
    ]);
    await expect(page.locator('[data-series="hailar-gwr"] [data-pair]').count()).resolves.toBe(2);
    // hubei has two years only: the button is the one pair
    await expect(page.locator('[data-series="hubei-sthjt-gzyd"] [data-pair]').count()).resolves.toBe(0);
    await gov.locator('[data-pair="2021-2022"]').click();
    await page.waitForURL(/from=2021&to=2022/);
    // the 2022 report sets no energy-intensity figure (能耗强度目标在“十四五”规划期内统筹考核); 2021 said 降低3%左右
    // (the metric has a second, dropped row: the 十四五 goal 单位国内生产总值能耗和二氧化碳排放分别降低13.5%)
    const energy = page.locator('tr[data-metric="单位国内生产总值能耗"]', { hasText: '降低3%左右' });
    await energy.waitFor();
    await expect(energy.locator('td').allInnerTexts().then((cells) => cells.slice(0, 3))).resolves.toEqual([
      '降低3%左右', 'no target set', 'no target set in 2022',
    ]);
    await page.close();
  });
});

describe('the API stops while a reader is on the viewer', () => {
  it('says that the server is not answering, and a page whose code cannot load says so inside the frame', async () => {
    // a server of its own, so that stopping it leaves the other tests alone; a fresh context has no cached code
    const webRoot = join(fileURLToPath(new URL('../../', import.meta.url)), 'dist');
    const own = await startServer('127.0.0.1', 0, { webRoot, warm: false });
    const context = await session.browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    try {
      await page.goto(`${own.url}${en('/')}`);
      await page.locator('.series-card').first().waitFor();
      await own.close(500);

      // a page whose data cannot be fetched: an error state that says why, with a retry
      await page.locator('[data-series="npc-gwr-resolution"]').getByRole('link', { name: '2024', exact: true }).click();
      const alert = page.getByRole('alert');
      await alert.waitFor();
      await expect(alert.innerText()).resolves.toContain('the plandiff server is not answering');
      await expect(alert.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);
      await screenshot(page, 'server-down-plan');

      // the targets page is loaded on demand: its code cannot arrive, and the frame stays with a reload button
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Series', exact: true }).click();
      await page.locator('[data-series="npc-gwr-resolution"]').getByRole('link', { name: 'Targets by year' }).click();
      await page.getByRole('heading', { name: 'This page could not be loaded' }).waitFor();
      await expect(page.getByRole('alert').innerText()).resolves.toContain('did not deliver the code of this page');
      await expect(page.getByRole('button', { name: 'Reload' }).count()).resolves.toBe(1);
      await expect(page.locator('.site-header').count()).resolves.toBe(1);
      await expect(page.title()).resolves.toBe('Page not loaded · plandiff');
    } finally {
      await context.close();
    }
  });
});
