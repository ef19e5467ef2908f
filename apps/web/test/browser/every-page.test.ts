import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, startViewerSession, type ViewerSession } from './viewer-session.js';
import { horizontalOverflow, scriptWeight, seriousAxeViolations, untranslatedEnglish, watchConsole } from './page-audit.js';

/**
 * Every page and state of the viewer, in both languages and on three screens (1440×900, 390×844, 360×740): no
 * console error or CSP violation, no serious or critical axe-core violation, nothing wider than a phone's screen,
 * no untranslated English on a zh-CN page; screenshots of each at 1440×900 and 390×844 (zh-CN) as
 * screenshots/page-<name>-<width>.png.
 */

const fixture = (path: string) => readFileSync(new URL(`../../../../fixtures/${path}`, import.meta.url), 'utf8');

/** A three-line news item (the kind of text a staff member pastes by mistake): it is no plan and must not be compared. */
export const NEWS_ITEM = [
  '新华社北京3月5日电 十四届全国人大三次会议5日上午在人民大会堂开幕。',
  '国务院总理李强代表国务院向大会作政府工作报告，提出今年发展主要预期目标是国内生产总值增长5%左右。',
  '报告指出，要大力提振消费、提高投资效益，全方位扩大国内需求。',
].join('\n');

const tmp = mkdtempSync(join(tmpdir(), 'plandiff-every-page-'));
const pdf = join(tmp, '2026年工作要点.pdf');
// the opening bytes every PDF file has (ISO 32000-1 §7.5.2): a header line and a binary-marker comment
writeFileSync(pdf, Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<<>>\nendobj\n')]));

async function parseNotice(page: Page, text: string): Promise<void> {
  await page.locator('textarea').fill(text);
  await page.locator('.notice-input button[type="submit"]').click();
}

interface PageCase {
  name: string;
  path: string;
  /** what a reader does on the page before it is looked at (the check page's states) */
  act?: (page: Page) => Promise<void>;
  /** the console line Chromium writes for an API answer the state expects (a refused notice: 415, 422) */
  expectedConsole?: RegExp;
}

const PAGES: PageCase[] = [
  { name: 'home', path: '/' },
  { name: 'comparison-gov-2024-2025', path: '/series/gov-work-report/compare?from=2024&to=2025' },
  { name: 'comparison-changes-gov-2024-2025', path: '/series/gov-work-report/compare?from=2024&to=2025&view=changes' },
  { name: 'comparison-hubei-2023-2024', path: '/series/hubei-sthjt-gzyd/compare?from=2023&to=2024' },
  { name: 'comparison-hailar-2014-2015', path: '/series/hailar-gwr/compare?from=2014&to=2015' },
  { name: 'series-targets-gov', path: '/series/gov-work-report/targets' },
  { name: 'series-targets-hubei', path: '/series/hubei-sthjt-gzyd/targets' },
  { name: 'plan-gov-2025', path: '/series/gov-work-report/plans/2025' },
  { name: 'plan-hubei-2024', path: '/series/hubei-sthjt-gzyd/plans/2024' },
  { name: 'cross-section-provinces', path: '/collections/provincial-gwr' },
  { name: 'not-found', path: '/no/such/page' },
  { name: 'check', path: '/check' },
  {
    name: 'check-compared',
    path: '/check',
    act: async (page) => {
      await parseNotice(page, fixture('gov-work-report/2025/source.txt'));
      await page.locator('.compare-form button[type="submit"]').click();
      await page.locator('.summary-line').waitFor();
    },
  },
  {
    name: 'check-news-item',
    path: '/check',
    act: async (page) => {
      await parseNotice(page, NEWS_ITEM);
      await page.locator('#parsed-heading, [role="alert"]').first().waitFor();
    },
  },
  {
    name: 'check-pdf-refused',
    path: '/check',
    act: async (page) => {
      await page.locator('input[type="file"]').setInputFiles(pdf);
      await page.locator('.notice-input button[type="submit"]').click();
      await page.getByRole('alert').waitFor();
    },
    expectedConsole: /Failed to load resource: the server responded with a status of 422/,
  },
  {
    name: 'check-not-a-plan',
    path: '/check',
    act: async (page) => {
      await parseNotice(page, '今天天气很好。');
      await page.getByRole('alert').waitFor();
    },
    expectedConsole: /Failed to load resource: the server responded with a status of 422/,
  },
];

const SCREENS = {
  desktop: { viewport: { width: 1440, height: 900 }, isMobile: false },
  phone: { viewport: { width: 390, height: 844 }, isMobile: true },
  small: { viewport: { width: 360, height: 740 }, isMobile: true },
} as const;

let session: ViewerSession;
const contexts = new Map<string, BrowserContext>();

beforeAll(async () => {
  session = await startViewerSession();
  for (const [screen, { viewport, isMobile }] of Object.entries(SCREENS)) {
    for (const locale of ['zh-CN', 'en']) {
      contexts.set(`${screen}/${locale}`, await session.browser.newContext({ viewport, isMobile, hasTouch: isMobile, locale }));
    }
  }
});

afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await session?.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** Opens a page in a context, does what the case does, and waits until it has settled (its data arrived). */
async function visit(context: BrowserContext, { path, act, expectedConsole }: PageCase, lang: 'zh' | 'en') {
  const page = await context.newPage();
  const watch = watchConsole(page, expectedConsole);
  const url = new URL(path, session.server.url);
  if (lang === 'en') url.searchParams.set('lang', 'en');
  await page.goto(url.toString());
  await page.locator('main h1').first().waitFor();
  await page.waitForLoadState('networkidle');
  if (act) await act(page);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(150);
  return { page, watch };
}

/** Prints a finding in full (vitest's message cuts long strings) and returns it for the assertion. */
function shown(label: string, value: string): string {
  if (value !== '' && value !== '[]') console.log(`${label}\n${value}`);
  return value;
}

describe('every page and state', () => {
  for (const pageCase of PAGES) {
    it(`${pageCase.name}: no console error, axe clean, no English in zh-CN, nothing wider than 360 or 390 px`, async () => {
      const desktop = await visit(contexts.get('desktop/zh-CN')!, pageCase, 'zh');
      expect.soft(shown(`${pageCase.name} english`, (await untranslatedEnglish(desktop.page)).join('\n')), 'untranslated English (zh-CN)').toBe('');
      expect.soft(shown(`${pageCase.name} axe`, JSON.stringify(await seriousAxeViolations(desktop.page), null, 1)), 'axe-core, serious or critical').toBe('[]');
      await screenshot(desktop.page, `page-${pageCase.name}-1440`);
      expect.soft(shown(`${pageCase.name} console`, desktop.watch.problems.join('\n')), 'console (zh-CN, 1440 px)').toBe('');
      await desktop.page.close();

      for (const [screen, lang] of [['phone', 'zh'], ['small', 'zh'], ['phone', 'en'], ['small', 'en']] as const) {
        const { page, watch } = await visit(contexts.get(`${screen}/${lang === 'zh' ? 'zh-CN' : 'en'}`)!, pageCase, lang);
        expect.soft(await horizontalOverflow(page), `overflow at ${SCREENS[screen].viewport.width} px (${lang})`).toBe(0);
        if (screen === 'phone' && lang === 'zh') {
          expect.soft(shown(`${pageCase.name} axe phone`, JSON.stringify(await seriousAxeViolations(page), null, 1)), 'axe-core on a phone').toBe('[]');
          await screenshot(page, `page-${pageCase.name}-390`);
        }
        expect.soft(shown(`${pageCase.name} console ${screen} ${lang}`, watch.problems.join('\n')), `console (${lang}, ${SCREENS[screen].viewport.width} px)`).toBe('');
        await page.close();
      }
    });
  }
});

describe('the check page cannot mislead', () => {
  it('a three-line news item is shown with its reasons and not compared until the reader asks', async () => {
    const { page, watch } = await visit(contexts.get('desktop/zh-CN')!, { name: 'news', path: '/check' }, 'zh');
    await parseNotice(page, NEWS_ITEM);
    const notCompared = page.getByTestId('not-compared');
    await notCompared.waitFor();
    await expect(notCompared.innerText()).resolves.toContain('未与已存年份对照');
    // the reason in words: the parser reads it as a news item (kind notice), not a plan — verdict unusable
    await expect(notCompared.getAttribute('data-reasons')).resolves.toBe('NOT_A_PLAN_TEXT');
    await expect(notCompared.innerText()).resolves.toContain('这不像一份工作计划');
    // nothing compared, no form to compare with, until the button
    await expect(page.locator('.compare-form').count()).resolves.toBe(0);
    await expect(page.locator('.summary-line').count()).resolves.toBe(0);
    await screenshot(page, 'check-news-item-not-compared');
    await page.getByRole('button', { name: '仍要对照' }).click();
    await expect(page.locator('.compare-form').count()).resolves.toBe(1);
    await expect(page.locator('.summary-line').count()).resolves.toBe(0);
    expect(watch.problems).toEqual([]);
    await page.close();
  });

  it('a sound notice: the same issuer’s previous year is chosen, the result is in view, both sides are labelled with their year', async () => {
    const { page } = await visit(contexts.get('desktop/zh-CN')!, { name: 'gov-2025', path: '/check' }, 'zh');
    await parseNotice(page, fixture('gov-work-report/2025/source.txt'));
    await page.locator('#parsed-heading').waitFor();
    // the 2025 report names its issuer (国务院): gov-work-report 2024 is chosen
    await expect(page.locator('.compare-form select').inputValue()).resolves.toBe('gov-work-report/2024');
    // the parse result is scrolled into view: its heading is on the screen
    const top = await page.locator('#parsed-heading').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(900);
    await page.locator('.compare-form button[type="submit"]').click();
    const note = page.getByTestId('order-note');
    await note.waitFor();
    await expect(note.innerText()).resolves.toBe('较早的年份总在左侧：2024 年在左，新文件（2025年）在右。');
    const noteTop = await note.evaluate((el) => el.getBoundingClientRect().top);
    expect(noteTop).toBeGreaterThanOrEqual(-1);
    expect(noteTop).toBeLessThan(900);
    await page.close();
  });
});

describe('targets as written', () => {
  it('2024 → 2025: 居民医保 (人均财政补助标准) 再提高30元 in both years reads +30元 → +30元, unchanged; 基本养老金 +20元', async () => {
    const { page } = await visit(contexts.get('desktop/zh-CN')!, { name: 'gov', path: '/series/gov-work-report/compare?from=2024&to=2025' }, 'zh');
    const rowOf = (metric: string) => page.locator(`tr[data-metric^="${metric}"]`).first();
    // unchanged targets wait behind their toggle
    await page.getByRole('button', { name: /项未变目标/ }).click();
    await rowOf('居民医保').waitFor();
    const cells = rowOf('居民医保').locator('td');
    await expect(cells.nth(0).innerText()).resolves.toBe('+30元');
    await expect(cells.nth(1).innerText()).resolves.toBe('+30元');
    await expect(cells.nth(2).innerText()).resolves.toBe('未变');
    const pension = page.locator('tr[data-metric*="基础养老金"]').first();
    await expect(pension.locator('td').nth(1).innerText()).resolves.toBe('+20元');
    // the 以旧换新 allocation is not the 1万亿 → 1.3万亿元 row: named from its sentence
    const bonds = page.locator('tr[data-metric="超长期特别国债"] th');
    await expect(bonds.allInnerTexts()).resolves.toEqual(['超长期特别国债', '超长期特别国债（支持消费品以旧换新）']);
    await page.close();
  });

  it('the targets page: increments and declines have charts of their own, named so; a rank is a place (力争第一位)', async () => {
    const { page } = await visit(contexts.get('desktop/zh-CN')!, { name: 'targets', path: '/series/gov-work-report/targets' }, 'zh');
    await page.locator('figure.unit-chart').first().waitFor();
    const increment = page.locator('figure.unit-chart[data-kind="increment"][data-unit="元"]');
    await expect(increment.locator('figcaption').innerText()).resolves.toContain('比上年增加');
    await expect(increment.locator('.chart-legend').innerText()).resolves.toContain('居民医保');
    await expect(page.locator('figure.unit-chart[data-kind="level"] .chart-legend').allInnerTexts()).resolves.not.toContainEqual(
      expect.stringContaining('居民医保'),
    );
    await page.goto(`${session.server.url}/series/hubei-sthjt-gzyd/targets`);
    const rank = page.locator('tr[data-metric="区域碳市场年度交易量排名"]');
    await rank.waitFor();
    await expect(rank.innerText()).resolves.toContain('力争第一位');
    await page.close();
  });
});

describe('damage is not change (page side): hubei 2023 → 2024', () => {
  it('the damage count and legend are on the comparison page; the targets beyond the 2023 excerpt are listed without a click', async () => {
    const { page } = await visit(contexts.get('desktop/zh-CN')!, { name: 'hubei', path: '/series/hubei-sthjt-gzyd/compare?from=2023&to=2024' }, 'zh');
    const damage = page.getByTestId('damage-notice');
    await damage.waitFor();
    // the same count as the 2024 plan page's header
    const plan = await page.context().newPage();
    await plan.goto(`${session.server.url}/series/hubei-sthjt-gzyd/plans/2024`);
    const contents = await plan.locator('.plan-meta').innerText();
    const [, lost, repaired] = /(\d+) 个字缺损，(\d+) 个字已修复/.exec(contents)!;
    await plan.close();
    await expect(damage.locator('.damage-count[data-year="2024"]').innerText()).resolves.toBe(`2024 年：${lost} 个字缺损，${repaired} 个字已修复。`);
    await expect(damage.innerText()).resolves.toContain('表示原文缺损的字');
    // the targets this series exists for, beyond the 2023 excerpt: listed under the line that says why, no click
    const group = page.locator('tr.group-row[data-group="outside_excerpt"]');
    await expect(group.innerText()).resolves.toContain('2023 年只有节选，无法说明当年是否设定了这些目标');
    for (const metric of ['受污染耕地安全利用率', '农村生活污水治理率']) {
      await expect(page.locator(`tr.target-outside_excerpt[data-metric^="${metric}"]`).first().isVisible(), metric).resolves.toBe(true);
    }
    await expect(page.getByRole('button', { name: /超出节选的目标/ }).count()).resolves.toBe(0);
    await page.close();
  });
});

describe('provinces (2026)', () => {
  it('a split income target is shown in parts, not 未设定; no internal ids; a heading per block; the chart is a named image', async () => {
    const { page } = await visit(contexts.get('desktop/zh-CN')!, { name: 'xs', path: '/collections/provincial-gwr?year=2026' }, 'zh');
    const cell = (series: string) => page.locator(`tr[data-series="${series}"] td`).nth(4);
    // the 居民收入增长 column (the fifth indicator): 江西 城镇 4.5% / 农村 5.5%左右, 安徽 城镇 高于全国平均水平
    await expect(page.locator('thead th').nth(5).innerText()).resolves.toContain('居民收入增长');
    await expect(cell('gwr-jiangxi').getAttribute('data-status')).resolves.toBe('set_in_parts');
    await expect(cell('gwr-jiangxi').innerText()).resolves.toMatch(/城镇 4\.5%[\s\S]*农村 5\.5%左右/);
    await expect(cell('gwr-anhui').innerText()).resolves.toContain('城镇');
    await expect(cell('gwr-anhui').innerText()).resolves.not.toContain('未设定');
    await expect(page.locator('main').innerText()).resolves.not.toContain('gov-work-report');
    await expect(page.locator('main h2').count()).resolves.toBeGreaterThanOrEqual(2);
    const chart = page.locator('.xs-chart [role="img"]');
    await expect(chart.getAttribute('aria-label')).resolves.toMatch(/^各省.+排序条形图：/);
    await expect(page.locator('[role="application"]').count()).resolves.toBe(0);
    await page.goto(`${session.server.url}/`);
    const missing = page.locator('.member-missing').first();
    if ((await page.locator('.member-missing').count()) > 0) await expect(missing.innerText()).resolves.toContain('未收录');
    await page.close();
  });
});

describe('weight', () => {
  it('the first load of the 2024 → 2025 comparison fetches at most 250 KB of script, compressed at build time', async () => {
    const fresh = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    const weight = await scriptWeight(fresh, `${session.server.url}/series/gov-work-report/compare?from=2024&to=2025`, '.doc-pair');
    await fresh.close();
    console.log(`first load, comparison 2024 → 2025: ${weight.count} scripts, ${(weight.transferred / 1024).toFixed(1)} KB sent, ${(weight.decoded / 1024).toFixed(1)} KB decoded`);
    // sent compressed (the build's .br/.gz copies; only files under 1 KB go as they are)
    expect(weight.uncompressedLarge).toEqual([]);
    expect(weight.encodings.some((encoding) => encoding === 'br' || encoding === 'gzip')).toBe(true);
    expect(weight.transferred).toBeLessThan(weight.decoded / 2);
    expect(weight.transferred).toBeLessThanOrEqual(250 * 1024);
  });
});
