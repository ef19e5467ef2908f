import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe-core's browser build (a dev dependency), evaluated in the page by the test — not a <script> tag, which the CSP refuses. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Collects what a page reports as wrong while a test drives it: console errors (a Content-Security-Policy
 * violation is one: Chromium logs "Refused to …"), uncaught exceptions, and `securitypolicyviolation` events.
 * Call before the page navigates; read `problems` after. `expected`: a line the test expects (e.g. the network
 * error Chromium logs for an API refusal the page is meant to show).
 */
export function watchConsole(page: Page, expected?: RegExp): { problems: string[] } {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected?.test(message.text())) problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`));
  return { problems };
}

/** One axe-core violation of impact serious or critical: rule id, impact, and the first few offending nodes. */
export interface AxeProblem {
  id: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.x A/AA rules and best practices) on the page as it is and returns the violations of
 * impact `serious` or `critical`. Color contrast is checked too.
 */
export async function seriousAxeViolations(page: Page): Promise<AxeProblem[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact ?? '', help: v.help, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
}

/**
 * Latin words a Chinese page may show: units and measures (PM2.5, GDP, CPI …), formats and file names, the
 * product's own name, proper names of the plans' terms. Anything else made of Latin letters on a zh-CN page is
 * untranslated English.
 */
const ALLOWED_LATIN = new Set(
  [
    'plandiff', 'PM', 'GDP', 'CPI', 'PPI', 'CSV', 'JSON', 'Markdown', 'PDF', 'OCR', 'Word', 'WPS', 'Excel', 'HTML', 'docx', 'doc', 'xlsx', 'xls', 'et', 'wps', 'zip', 'ZIP', 'UTF', 'BOM',
    'HTTP', 'API', 'AI', 'km', 'kW', 'kWh', 'MW', 'GW', 'ha', 'pdftotext', 'enc', 'txt', 'html', 'docx', 'doc', 'xlsx', 'xls',
    'pnpm', 'filter', 'start', 'build', 'web', 'api', 'COD', 'SO', 'NOx', 'NO', 'VOCs', 'CO', 'O', 'R', 'D', 'A', 'B', 'C',
    'English', 'GBK', 'GB', 'KB', 'MB', 'Esc', 'EOD', 'CBD', 'IPO', 'ETF', 'QFLP', 'QDLP', 'RCEP', 'WTO', 'APEC', 'CIIE', 'G20', 'ICT', 'IT', 'IP', 'IPv', 'G', 'F',
  ].map((w) => w.toLowerCase()),
);

/**
 * Latin words (two letters or more) in the page's visible text, and in its title, placeholder, alt, aria-label and
 * title attributes, that are not in the allowed list — the untranslated English of a zh-CN page. Output: the
 * distinct words with a little of the text around the first occurrence of each.
 */
export async function untranslatedEnglish(page: Page): Promise<string[]> {
  const texts = await page.evaluate(() => {
    // visible text, leaving out what is marked not to be translated (HTML translate="no": URLs, encodings, source
    // quotes); evidence lines are checked too, since they are data rendered through the catalogue (issue #20)
    const out = [document.title];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest('[translate="no"], textarea, script, style')) continue;
      if (!parent.checkVisibility()) continue;
      out.push(node.textContent ?? '');
    }
    for (const el of document.querySelectorAll('[placeholder],[aria-label],[title],[alt]')) {
      for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
        const value = el.getAttribute(name);
        if (value) out.push(value);
      }
    }
    return out;
  });
  const found = new Map<string, string>();
  for (const raw of texts) {
    // a damage note quotes the source's own bytes (原文为“rdquo;”): a quote, not words of the viewer
    const text = raw.replace(/原文为“[^”]*”/g, '');
    for (const match of text.matchAll(/[A-Za-z]+(?:['-][A-Za-z]+)*/g)) {
      const word = match[0];
      if (ALLOWED_LATIN.has(word.toLowerCase()) || found.has(word)) continue;
      found.set(word, text.slice(Math.max(0, match.index - 20), match.index + word.length + 20).replace(/\s+/g, ' '));
    }
  }
  return [...found].map(([word, around]) => `${word}: …${around}…`);
}

/** How far the page reaches beyond the screen's width, in CSS pixels (0 = nothing to scroll sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** The scripts a page load fetched: how many, their bytes as sent (compressed) and as run, and their encodings. */
export interface ScriptWeight {
  count: number;
  transferred: number;
  decoded: number;
  encodings: string[];
  /** scripts of 1 KB or more that were sent uncompressed (should be none) */
  uncompressedLarge: string[];
}

/**
 * Opens `url` in a fresh page of `context` (use a fresh context: nothing cached) and sums the script responses of
 * the load until the network is idle: body bytes as sent (`request.sizes().responseBodySize`, i.e. compressed when
 * the server compressed) and as decoded, with each response's Content-Encoding.
 */
export async function scriptWeight(context: import('playwright-core').BrowserContext, url: string, ready: string): Promise<ScriptWeight> {
  const page = await context.newPage();
  const responses: import('playwright-core').Response[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'script') responses.push(response);
  });
  await page.goto(url);
  await page.locator(ready).first().waitFor();
  await page.waitForLoadState('networkidle');
  let transferred = 0;
  let decoded = 0;
  const encodings: string[] = [];
  const uncompressedLarge: string[] = [];
  for (const response of responses) {
    const sizes = await response.request().sizes();
    transferred += sizes.responseBodySize;
    const size = (await response.body()).length;
    decoded += size;
    const encoding = (await response.headerValue('content-encoding')) ?? 'identity';
    encodings.push(encoding);
    // the build compresses every text asset of 1 KB or more (precompress.ts): a larger one sent as it is is a fault
    if (encoding === 'identity' && size >= 1024) uncompressedLarge.push(`${new URL(response.url()).pathname} (${size} B)`);
  }
  await page.close();
  return { count: responses.length, transferred, decoded, encodings, uncompressedLarge };
}
