import { readFileSync } from 'node:fs';
import type { Plan } from '@plandiff/model';
import { describe, expect, it } from 'vitest';
import { screenshot, useViewerSession } from './viewer-session.js';

const session = useViewerSession();

describe('Chinese first, English on request', () => {
  it('the 粮食产量 row of 2024 → 2025 reads 提高 and 以上 → 左右; ?lang=en switches and stays in the URL', async () => {
    const page = await session.open('/series/gov-work-report/compare?from=2024&to=2025');
    const grain = page.locator('tr[data-metric="粮食产量"]');
    await grain.waitFor();
    await expect(grain.locator('td').allInnerTexts().then((cells) => cells.slice(0, 3))).resolves.toEqual([
      '1.3万亿斤以上',
      '1.4万亿斤左右',
      '提高以上 → 左右',
    ]);
    await expect(grain.locator('.change').allInnerTexts()).resolves.toEqual(['提高', '以上 → 左右']);
    await expect(page.locator('.summary-line').innerText()).resolves.toContain('46 修改');
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForURL(/lang=en/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => grain.locator('.change').allInnerTexts()).toEqual(['raised', 'modifier at least → about']);
    // a link inside the app keeps the language
    await page.getByRole('link', { name: 'Targets by year' }).click();
    await page.waitForURL(/\/targets\?lang=en/);
    await page.getByRole('heading', { name: /Targets by year/ }).waitFor();
    await page.getByRole('button', { name: '中文' }).click();
    await page.waitForURL((url) => !url.searchParams.has('lang'));
    await page.getByRole('heading', { name: /历年目标/ }).waitFor();
    await page.close();
  });
});

describe('charts that cannot mislead (gov-work-report targets)', () => {
  it('CPI and GDP share one % axis, their figures labelled as the plans write them, 以上 and 左右 marked', async () => {
    const page = await session.open('/series/gov-work-report/targets');
    const percent = page.locator('figure.unit-chart[data-unit="%"][data-kind="level"]');
    await percent.waitFor();
    const legend = await percent.locator('.chart-legend li').allInnerTexts();
    expect(legend).toContain('居民消费价格涨幅');
    expect(legend).toContain('国内生产总值增长');
    // one y-axis for all of them
    await expect(percent.locator('.recharts-yAxis').count()).resolves.toBe(1);
    // the figures as written, in the table under the chart (labels on the lines overlapped)
    const labels = await percent.locator('.chart-table td').allTextContents();
    expect(labels).toContain('2%左右'); // CPI 2025
    expect(labels).toContain('6%以上'); // GDP 2021
    expect(labels).toContain('5%左右'); // GDP 2025
    await expect(percent.locator('[data-mark="at_least"]').count()).resolves.toBeGreaterThan(0);
    await expect(percent.locator('[data-mark="about"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'zh-targets-gov-work-report-charts');
    await page.close();
  });

  it('hailar: the search narrows the long timeline (kept in the URL)', async () => {
    const page = await session.open('/series/hailar-gwr/targets');
    const count = page.getByTestId('metric-count');
    await count.waitFor();
    const total = Number(/\/ (\d+)/.exec(await count.innerText())![1]);
    expect(total).toBeGreaterThan(100);
    await page.getByRole('searchbox').fill('旅游');
    await page.waitForURL(/q=/);
    const rows = page.locator('.timeline-table tbody tr');
    await expect.poll(() => rows.count()).toBeLessThan(total);
    const names = await rows.locator('th').allInnerTexts();
    expect(names.length).toBeGreaterThan(0);
    await screenshot(page, 'targets-hailar-search');
    await page.close();
  });
});

describe('exports of what is shown', () => {
  it('a filtered CSV holds only the filtered rows and says so; its Markdown counts equal the summary', async () => {
    const page = await session.open('/series/gov-work-report/compare?from=2024&to=2025&kind=moved');
    await page.locator('.doc-pair').first().waitFor();
    await expect(page.getByTestId('filter-note').innerText()).resolves.toContain('类型=调整位置');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    expect(csv.suggestedFilename()).toBe('gov-work-report-2024-2025-filtered-kind-moved.csv');
    const lines = new TextDecoder('utf-8').decode(readFileSync((await csv.path())!).subarray(3)).split('\r\n');
    expect(lines[0]).toBe('# 已按当前筛选导出：类型=调整位置 (11/82)');
    const tasks = lines.filter((line) => line.startsWith('task,'));
    expect(tasks).toHaveLength(11);
    expect(tasks.every((line) => line.startsWith('task,调整位置,'))).toBe(true);
    expect(lines[1]).toContain('path_2024,text_2024');
    // display paths, never ids
    expect(lines.join('\n')).not.toMatch(/\bt\d+(\.\d+)*\.p\d+\b/);

    await page.goto(`${session.server.url}/series/gov-work-report/compare?from=2024&to=2025`);
    await page.locator('.doc-pair').first().waitFor();
    const [md] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="md"]').click()]);
    const markdown = readFileSync((await md.path())!, 'utf8');
    expect(markdown.split('\n')[0]).toBe('# 国务院政府工作报告 2024 → 2025');
    // each kind's heading counts its links: equal to the summary line (46 修改, 11 调整位置 …)
    const summary = await page.locator('.summary-line').innerText();
    // (a kind with no plan link, 0 合并 here, has no heading; the review chapters are counted apart, ### headings)
    for (const [kind, count] of [...summary.matchAll(/(\d+) (新增|删除|修改|调整位置|合并)/g)].map((m) => [m[2], m[1]])) {
      if (count === '0') expect(markdown).not.toMatch(new RegExp(`^## ${kind} \\(`, 'm'));
      else expect(markdown).toContain(`## ${kind} (${count})`);
    }
    await page.close();
  });
});

describe('check page', () => {
  it('an older notice checked against a stored later year goes on the left; its targets are listed at once', async () => {
    const notice = readFileSync(new URL('../../../../fixtures/gov-work-report/2024/source.txt', import.meta.url), 'utf8');
    const page = await session.open('/check');
    await page.locator('textarea').fill(notice);
    await page.locator('.notice-input button[type="submit"], .notice-input .button').last().click();
    await page.locator('#parsed-heading').waitFor();
    await expect(page.locator('#parsed-targets-heading').isVisible()).resolves.toBe(true);
    // the 2024 report's targets, without opening anything: 粮食产量 1.3万亿斤以上
    await expect(page.locator('.parsed-targets tr[data-metric="粮食产量"] td').first().innerText()).resolves.toBe('1.3万亿斤以上');
    await page.locator('.compare-form select').selectOption('gov-work-report/2025');
    await expect(page.locator('.compare-form optgroup').count()).resolves.toBeGreaterThan(1);
    await page.locator('.compare-form button[type="submit"]').click();
    await page.locator('.doc-columns').waitFor();
    await expect(page.getByTestId('order-note').innerText()).resolves.toContain('新文件（2024年）在左，2025 年在右');
    await expect(page.locator('.doc-columns').innerText()).resolves.toMatch(/^2024\s+2025$/);
    await screenshot(page, 'check-older-notice-left');
    await page.locator('.doc-columns').scrollIntoViewIfNeeded();
    await screenshot(page, 'check-older-notice-left-document');
    await page.close();
  });
});

describe('quality banner', () => {
  it('a doubtful plan carries a banner saying why, on its plan page and on a comparison that shows it', async () => {
    const page = await session.context.newPage();
    // the real 2024 plan as the API serves it, with the verdict the parser will give (#9): doubtful, NO_OUTLINE
    await page.route('**/api/series/gov-work-report/plans/2024', async (route) => {
      const response = await route.fetch();
      const plan = (await response.json()) as Plan;
      plan.quality = { verdict: 'doubtful', reasons: ['NO_OUTLINE'] };
      await route.fulfill({ response, json: plan });
    });
    await page.goto(`${session.server.url}/series/gov-work-report/plans/2024`);
    const banner = page.getByTestId('quality-banner');
    await banner.waitFor();
    await expect(banner.getAttribute('data-reasons')).resolves.toBe('NO_OUTLINE');
    // the reason in Chinese words (src/i18n/catalogue.ts), not its code
    await expect(banner.innerText()).resolves.toContain('没有找到章节标题');
    await page.goto(`${session.server.url}/series/gov-work-report/compare?from=2024&to=2025`);
    await page.getByTestId('quality-banner').waitFor();
    await expect(page.getByTestId('quality-banner').innerText()).resolves.toContain('2024 · 此计划的解析结果存疑');
    await page.close();
  });
});

describe('screenshots of every page, desktop and phone (zh-CN)', () => {
  const pages: [string, string][] = [
    ['home', '/'],
    ['comparison-document-gov-2024-2025', '/series/gov-work-report/compare?from=2024&to=2025'],
    ['comparison-changes-gov-2024-2025', '/series/gov-work-report/compare?from=2024&to=2025&view=changes'],
    ['comparison-document-hailar-2014-2015', '/series/hailar-gwr/compare?from=2014&to=2015'],
    ['targets-gov', '/series/gov-work-report/targets'],
    ['plan-hubei-2024', '/series/hubei-sthjt-gzyd/plans/2024'],
    ['check', '/check'],
    ['cross-section-provinces-2026', '/collections/provincial-gwr?year=2026'],
    ['plan-gwr-beijing-2026', '/series/gwr-beijing/plans/2026'],
  ];
  for (const [size, viewport] of [
    ['desktop', { width: 1440, height: 900 }],
    ['phone', { width: 390, height: 844 }],
  ] as const) {
    it(`${size} ${viewport.width}×${viewport.height}: nothing wider than the screen`, async () => {
      const context = await session.browser.newContext({ viewport, locale: 'zh-CN', isMobile: size === 'phone' });
      const page = await context.newPage();
      for (const [name, path] of pages) {
        await page.goto(`${session.server.url}${path}`);
        await page.locator('main h1').first().waitFor();
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(200);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        expect(overflow, name).toBeLessThanOrEqual(0);
        await screenshot(page, `zh-${size}-${name}`);
        // the home page whole: the series grouped by kind, the provincial reports one block
        if (name === 'home') await screenshot(page, `zh-${size}-home-full`, true);
      }
      // the filter bar of a comparison: on a phone the section filter takes a whole line, readable, not an arrow
      await page.goto(`${session.server.url}/series/gov-work-report/compare?from=2024&to=2025&view=changes`);
      const section = page.locator('.filters select').first();
      await section.waitFor();
      await section.scrollIntoViewIfNeeded();
      expect(await section.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(size === 'phone' ? 250 : 150);
      await screenshot(page, `zh-${size}-comparison-filters`);
      await context.close();
    });
  }
});
