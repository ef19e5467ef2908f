import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { screenshot, useViewerSession } from './viewer-session.js';

const session = useViewerSession();

// Every test reads the real API (GET /api/series/:series/outcomes, GET /api/collections/:id/outcomes) over the stored
// plans: the national 政府工作报告 2021–2025 (each year's targets against the next report's review chapter). Values
// are the reports' own, read by hand: 2022 GDP 5.5%左右 against 3% reported in 2023; 2024 GDP 5%左右 against 5%.
let phone: BrowserContext;
beforeAll(async () => {
  phone = await session.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'zh-CN', acceptDownloads: true });
}, 120_000);
afterAll(async () => {
  await phone?.close();
});

async function open(path: string, ready: string, context: BrowserContext | null = null): Promise<Page> {
  const page = await (context ?? session.context).newPage();
  await page.goto(`${session.server.url}${path}`);
  await page.locator(ready).first().waitFor();
  return page;
}

/** The card of one indicator in the shown scorecard. */
const card = (page: Page, metricKey: string): Locator => page.locator(`.oc-scorecard .oc-card[data-metric="${metricKey}"]`).first();
const field = (c: Locator, name: string) => c.locator(`[data-field="${name}"]`).innerText();
/** How far the page reaches beyond the screen's width, in CSS pixels (0 = nothing to scroll sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

describe('scorecard of a plan (gov-work-report, real API)', () => {
  it('2022: GDP 5.5%左右 against 3% is 未达成, by the 左右 rule, both sentences quoted with their years', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2022', '.oc-scorecard .oc-card');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.locator('.oc-scorecard h2').innerText()).resolves.toBe('2022年目标，对照2023年报告所报结果');
    const gdp = card(page, 'gdp_growth');
    await expect(gdp.locator('.oc-metric').innerText()).resolves.toBe('国内生产总值增长');
    await expect(field(gdp, 'target')).resolves.toBe('5.5%左右');
    await expect(field(gdp, 'result')).resolves.toBe('3%');
    await expect(field(gdp, 'gap')).resolves.toBe('−2.5 个百分点');
    await expect(gdp.locator('[data-verdict]').first().innerText()).resolves.toBe('未达成');
    await expect(gdp.getAttribute('data-verdict')).resolves.toBe('missed');
    // never a verdict without its rule
    await expect(field(gdp, 'rule')).resolves.toContain('左右（比率）：结果 ≥ 目标 − 0.5 个百分点即达成');
    const target = gdp.locator('[data-quote="target"]');
    const result = gdp.locator('[data-quote="result"]');
    await expect(target.innerText()).resolves.toBe('2022年报告：“今年发展主要预期目标是：国内生产总值增长5.5%左右；”');
    await expect(result.innerText()).resolves.toBe('2023年报告：“全年国内生产总值增长3%，城镇新增就业1206万人，年末城镇调查失业率降到5.5%，居民消费价格上涨2%。”');
    await expect(target.locator('a').getAttribute('href')).resolves.toBe('/series/gov-work-report/plans/2022');
    await expect(result.locator('a').getAttribute('href')).resolves.toBe('/series/gov-work-report/plans/2023');
    // the verdict legend names all five verdicts in words
    await expect(page.locator('.oc-legend').first().locator('dt').allInnerTexts()).resolves.toEqual(['达成', '未达成', '无法判断', '未报告', '初步数据']);
    // no English on the zh-CN scorecard (the cards, the counts, the claim, the rules, the legend)
    const text = await page.locator('.oc-scorecard').innerText();
    expect(text.match(/[A-Za-z]{2,}/g)).toBeNull();
    await expect(page.locator('.oc-legend').first().innerText()).resolves.not.toMatch(/[A-Za-z]{2,}/);
    await gdp.scrollIntoViewIfNeeded();
    await screenshot(page, 'outcomes-scorecard-gov-work-report-2022');
    await page.close();
  });

  it('2024: GDP 5%左右 against 5% is 达成; the report\'s own claim is shown beside the figures; a not-reported target says so', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2024', '.oc-scorecard .oc-card');
    const gdp = card(page, 'gdp_growth');
    await expect(field(gdp, 'target')).resolves.toBe('5%左右');
    await expect(field(gdp, 'result')).resolves.toBe('5%');
    await expect(field(gdp, 'gap')).resolves.toBe('0 个百分点');
    await expect(gdp.locator('[data-verdict]').first().innerText()).resolves.toBe('达成');
    await expect(gdp.locator('[data-quote="result"]').innerText()).resolves.toBe('2025年报告：“主要表现在，经济规模稳步扩大，国内生产总值达到134.9万亿元、增长5%，增速居世界主要经济体前列，对全球经济增长的贡献率保持在30%左右。”');
    const claim = page.locator('[data-fact="claim"]');
    await expect(claim.innerText()).resolves.toContain('报告自评（2025年报告）：');
    await expect(claim.innerText()).resolves.toContain('全年经济社会发展主要目标任务顺利完成');
    // 赤字率拟按3%: the 2025 report's review states no 2024 deficit ratio
    const deficit = card(page, 'deficit_ratio');
    await expect(deficit.getAttribute('data-verdict')).resolves.toBe('not_reported');
    await expect(deficit.locator('.oc-verdict').innerText()).resolves.toBe('未报告');
    await expect(field(deficit, 'target')).resolves.toBe('3%');
    await expect(field(deficit, 'result')).resolves.toBe('未报告');
    await expect(field(deficit, 'rule')).resolves.toContain('下一年报告或统计公报中未见该年结果');
    await expect(deficit.locator('[data-quote="result"]').innerText()).resolves.toBe('2025年报告中未见该指标2024年的结果。');
    // the counts agree with the cards
    const verdicts = await page.locator('.oc-scorecard .oc-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-verdict')));
    const met = verdicts.filter((v) => v === 'met').length;
    await expect(page.locator('[data-fact="counts"]').innerText()).resolves.toContain(`共 ${verdicts.length} 项：达成 ${met}`);
    await screenshot(page, 'outcomes-scorecard-gov-work-report-2024');
    await page.close();
  });

  it('exports the outcomes as CSV and Markdown with the rows shown', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2022', '.oc-scorecard .oc-card');
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
    expect(csvDownload.suggestedFilename()).toBe('gov-work-report-outcomes.csv');
    const csv = readFileSync((await csvDownload.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.split(/\r\n/);
    expect(lines[0]).toContain('verdict');
    const gdp2022 = lines.find((l) => l.startsWith('gov-work-report,2022,gdp_growth,'));
    expect(gdp2022).toBeDefined();
    expect(gdp2022).toContain('5.5%左右');
    expect(gdp2022).toContain(',missed,');
    expect(gdp2022).toContain('-2.5');
    expect(lines.some((l) => l.startsWith('gov-work-report,2024,gdp_growth,') && l.includes(',met,'))).toBe(true);
    const [mdDownload] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="markdown"]').click()]);
    expect(mdDownload.suggestedFilename()).toBe('gov-work-report-outcomes.md');
    const md = readFileSync((await mdDownload.path())!, 'utf8');
    expect(md).toContain('## 2022年');
    expect(md).toMatch(/\| 2022 \| 国内生产总值增长 \| 5\.5%左右 \| 3% \| [^|]+ \| -2\.5 \|/);
    expect(md).toContain('报告自评（gov-work-report/2025）');
    await page.close();
  });

  it('the targets page draws target and outcome together, told apart, with a legend', async () => {
    const page = await open('/series/gov-work-report/targets', '.oc-chart[data-metric="gdp_growth"] [data-mark="result"]');
    const chart = page.locator('.oc-chart[data-metric="gdp_growth"]');
    // 2021–2024: four targets (以上 in 2021, 左右 after) and four results coloured by verdict
    await expect(chart.locator('[data-mark^="target-"]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-mark')))).resolves.toEqual([
      'target-at_least', 'target-about', 'target-about', 'target-about',
    ]);
    await expect(chart.locator('[data-mark="result"]').evaluateAll((marks) => marks.map((m) => m.getAttribute('data-verdict')))).resolves.toEqual([
      'met', 'missed', 'met', 'met',
    ]);
    await expect(chart.innerText()).resolves.toContain('5.5%左右');
    // the tolerance the 左右 rule allowed, drawn at 2022–2024's targets (recharts adds error bars in a second pass)
    await chart.locator('.recharts-errorBar').first().waitFor();
    await expect.poll(() => chart.locator('.recharts-errorBar').count()).toBe(3);
    const legend = page.locator('.oc-timeline-legend');
    await expect(legend.locator('[data-legend="about"]').innerText()).resolves.toBe('容差：判定允许的差距（左右、未带修饰的比率；上限指标画在目标之上）');
    await expect(legend.locator('[data-legend="result"]').innerText()).resolves.toBe('结果（实心圆，颜色为判定）');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'outcomes-timeline-gov-work-report');
    await page.close();
  });

  it('2025 (no report of 2026 stored): says so, and shows the latest year that has results', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2025', '.oc-scorecard .oc-card');
    await expect(page.getByTestId('outcomes-none-year').innerText()).resolves.toBe('2025年的目标尚无可对照的结果。');
    await expect(page.locator('.oc-scorecard').getAttribute('data-year')).resolves.toBe('2024');
    // the year buttons switch the scorecard and keep the year in the URL
    await page.getByRole('button', { name: '2023年目标' }).click();
    await page.waitForURL(/year=2023/);
    await expect.poll(() => page.locator('.oc-scorecard').getAttribute('data-year')).toBe('2023');
    await expect(page.getByRole('button', { name: '2023年目标' }).getAttribute('aria-pressed')).resolves.toBe('true');
    await expect(field(card(page, 'gdp_growth'), 'result')).resolves.toBe('5.2%');
    await page.close();
  });

  it('Hailar 2013 (a county report): GDP growth 20% against 10.1% is 未达成 by the bare-rate rule', async () => {
    const page = await open('/series/hailar-gwr/outcomes?year=2013', '.oc-scorecard .oc-card');
    const gdp = card(page, 'gdp_growth');
    await expect(field(gdp, 'target')).resolves.toBe('20%');
    await expect(field(gdp, 'result')).resolves.toBe('10.1%');
    await expect(field(gdp, 'gap')).resolves.toBe('−9.9 个百分点');
    await expect(gdp.locator('.oc-verdict').innerText()).resolves.toBe('未达成');
    await expect(field(gdp, 'rule')).resolves.toContain('未带修饰的比率');
    await expect(gdp.locator('[data-quote="result"]').innerText()).resolves.toBe('2014年报告：“全年地区生产总值完成253.7亿元，同比增长10.1%；”');
    await page.close();
  });

  it('reads in English with lang=en', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2022&lang=en', '.oc-scorecard .oc-card');
    const gdp = card(page, 'gdp_growth');
    await expect(gdp.locator('.oc-verdict').innerText()).resolves.toBe('missed');
    await expect(field(gdp, 'gap')).resolves.toBe('−2.5 pt');
    await expect(gdp.locator('[data-quote="target"] a').innerText().then((text) => text.trim())).resolves.toBe('2022 report:');
    await page.close();
  });
});

describe('on a phone (390 px) nothing is wider than the screen', () => {
  it('the scorecard', async () => {
    const page = await open('/series/gov-work-report/outcomes?year=2022', '.oc-scorecard .oc-card', phone);
    expect(await overflow(page)).toBe(0);
    await screenshot(page, 'phone-outcomes-scorecard-gov-work-report-2022');
    await page.close();
  });
});

describe('provinces: 2025 targets against outcomes (provincial-gwr, real API)', () => {
  for (const [name, context] of [['outcomes-provinces-2025', null], ['phone-outcomes-provinces-2025', 'phone']] as const) {
    it(`every member is listed, a province with rows links to its scorecard, one without reads 未收录 (${name})`, async () => {
      const page = await open('/collections/provincial-gwr/outcomes?year=2025', '[data-testid="province-outcomes"] tbody tr', context ? phone : null);
      await expect(page.locator('h1').innerText()).resolves.toContain('各省目标与结果');
      const rows = page.locator('[data-testid="province-outcomes"] tbody tr');
      // all 31 members of the collection (the national reference is not a province)
      await expect(rows.count()).resolves.toBe(31);
      const states = await rows.evaluateAll((trs) => trs.map((tr) => ({ status: tr.getAttribute('data-status'), series: tr.getAttribute('data-series'), text: (tr as HTMLElement).innerText })));
      for (const s of states) {
        if (s.status === 'missing') expect(s.text).toContain('未收录');
      }
      const stored = states.filter((s) => s.status === 'ok');
      await expect(page.locator('[data-fact="stored"]').innerText()).resolves.toBe(`已有结果 ${stored.length} / 31 省`);
      // none stored yet: the page says why instead of an empty table
      await expect(page.locator('[data-testid="outcomes-none"]').count()).resolves.toBe(stored.length === 0 ? 1 : 0);
      for (const s of stored) {
        await expect(page.locator(`tr[data-series="${s.series}"] th a`).getAttribute('href')).resolves.toBe(`/series/${s.series}/outcomes?year=2025`);
      }
      // 河北's 2026 report is stored as an excerpt: its review may lack results, said beside its name
      await expect(page.locator('tr[data-series="gwr-hebei"] [data-caution="excerpt"]').innerText()).resolves.toBe('2026年仅节选');
      if (context) expect(await overflow(page)).toBe(0);
      await screenshot(page, name, !context);
      await page.close();
    });
  }

  it('sorts by the gap (rows with no gap last, whatever the direction) and is reached from the cross-section', async () => {
    const page = await open('/collections/provincial-gwr?year=2026', '[data-link="outcomes"]');
    await page.locator('[data-link="outcomes"]').click();
    await page.locator('[data-testid="province-outcomes"] tbody tr').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/collections/provincial-gwr/outcomes');
    await expect(page.locator('h1').innerText()).resolves.toContain('2025');
    const reached = new URL(page.url());
    for (const direction of ['asc', 'desc']) {
      // the sort is kept in the address (a link a researcher can share): open it there, then read the rows
      reached.searchParams.set('sort', 'gap');
      reached.searchParams.set('dir', direction);
      await page.goto(reached.toString());
      await page.locator('[data-testid="province-outcomes"] tbody tr').first().waitFor();
      await expect(page.locator('button[data-sort="gap"]').count()).resolves.toBe(1);
      const gaps = await page.locator('[data-testid="province-outcomes"] tbody tr').evaluateAll((trs) =>
        trs.map((tr) => tr.querySelector('[data-gap]')?.getAttribute('data-gap') ?? ''),
      );
      const numbers = gaps.filter((g) => g !== '').map(Number);
      const sorted = [...numbers].sort((a, b) => (direction === 'asc' ? a - b : b - a));
      expect(numbers).toEqual(sorted);
      // no gap (未收录, 未报告) after every number
      expect(gaps.slice(0, numbers.length).every((g) => g !== '')).toBe(true);
    }
    await page.close();
  });
});
