import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { screenshot, startViewerSession, type ViewerSession } from './viewer-session.js';
import { horizontalOverflow, seriousAxeViolations, untranslatedEnglish, watchConsole } from './page-audit.js';

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
  },
  {
    name: 'check-not-a-plan',
    path: '/check',
    act: async (page) => {
      await parseNotice(page, '今天天气很好。');
      await page.getByRole('alert').waitFor();
    },
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
async function visit(context: BrowserContext, { path, act }: PageCase, lang: 'zh' | 'en') {
  const page = await context.newPage();
  const watch = watchConsole(page);
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
