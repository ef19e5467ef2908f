import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer, type RunningServer } from '@plandiff/api';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

const webDir = fileURLToPath(new URL('../../', import.meta.url));

/** Where the tests write their screenshots: $PLANDIFF_SCREENSHOTS, else apps/web/screenshots (committed). */
export const screenshotDir = process.env.PLANDIFF_SCREENSHOTS ?? join(webDir, 'screenshots');

/** The API (serving the built viewer) on a free port of 127.0.0.1, and a headless Debian Chromium. */
export interface ViewerSession {
  server: RunningServer;
  browser: Browser;
  context: BrowserContext;
  /** Opens a fresh page at a viewer path such as `/series/gov-work-report/compare`. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Starts the real API in-process (createApp via startServer, with @hono/node-server, web root apps/web/dist,
 * real fixtures/) and launches the system Chromium ($PLANDIFF_CHROMIUM or /usr/bin/chromium; never a
 * downloaded browser). The context accepts downloads and uses a 1440×900 window and zh-CN locale.
 */
export async function startViewerSession(): Promise<ViewerSession> {
  const server = await startServer('127.0.0.1', 0, { webRoot: join(webDir, 'dist') });
  const browser = await chromium.launch({
    executablePath: process.env.PLANDIFF_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  mkdirSync(screenshotDir, { recursive: true });
  return {
    server,
    browser,
    context,
    async open(path: string) {
      const page = await context.newPage();
      await page.goto(`${server.url}${path}`);
      return page;
    },
    async close() {
      await context.close();
      await browser.close();
      await server.close(1000);
    },
  };
}

/**
 * One viewer session for the test file that calls it: started before its first test, closed after its last.
 * Returns the session (its members are read when a test uses them; using it outside a test throws).
 */
export function useViewerSession(): ViewerSession {
  let session: ViewerSession | undefined;
  beforeAll(async () => {
    session = await startViewerSession();
  });
  afterAll(async () => {
    await session?.close();
  });
  return new Proxy({} as ViewerSession, {
    get(_target, key) {
      if (!session) throw new Error('the viewer session is used before beforeAll started it');
      return Reflect.get(session, key);
    },
  });
}

/** Saves a screenshot of the page (the visible window, or the full page) as screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage });
}

/**
 * A viewer path in English and, for a comparison, as the card list of changes (`lang=en`, `view=changes`): the
 * tests written before the viewer became Chinese-first with a document mode check those wordings and that list.
 */
export function en(path: string): string {
  const url = new URL(path, 'http://viewer');
  url.searchParams.set('lang', 'en');
  if (url.pathname.endsWith('/compare')) url.searchParams.set('view', 'changes');
  return `${url.pathname}${url.search}${url.hash}`;
}
