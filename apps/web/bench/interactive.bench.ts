/**
 * Bench: how long comparisons take to become interactive in Chromium (gov-work-report 2024 → 2025 in document mode and
 * as the card list, hailar-gwr 2014 → 2015 in document mode), against
 * the home page as the named baseline, both served by the in-process API with its answers cached (runs after a
 * warm-up). Time = performance mark set after React committed the page (src/performance-marks.ts), in ms after
 * navigation start. Prints the median of RUNS fresh page loads of each and their ratio, and the script a first visit
 * of the 2024 → 2025 comparison downloads (compressed bytes as sent, and decoded).
 *
 * Run: `pnpm --filter @plandiff/web bench` (builds dist/ first when stale).
 */
import buildWhenStale from '../test/browser/global-setup.js';
import { startViewerSession } from '../test/browser/viewer-session.js';
import { scriptWeight } from '../test/browser/page-audit.js';

const RUNS = 7;
const PAGES = {
  'home (baseline)': { path: '/', mark: 'plandiff:home-ready' },
  'comparison gov-work-report 2024 → 2025 (document mode, the default)': { path: '/series/gov-work-report/compare?from=2024&to=2025', mark: 'plandiff:comparison-ready' },
  'comparison gov-work-report 2024 → 2025 (changes only, view=changes)': { path: '/series/gov-work-report/compare?from=2024&to=2025&view=changes', mark: 'plandiff:comparison-ready' },
  'comparison hailar-gwr 2014 → 2015 (document mode)': { path: '/series/hailar-gwr/compare?from=2014&to=2015', mark: 'plandiff:comparison-ready' },
  'comparison gov-work-report 2021 → 2022 (document mode, the largest pair: 97 + 92 tasks)': {
    path: '/series/gov-work-report/compare?from=2021&to=2022',
    mark: 'plandiff:comparison-ready',
  },
} as const;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

await buildWhenStale();
const session = await startViewerSession();
try {
  const times = new Map<string, number[]>(Object.keys(PAGES).map((name) => [name, []]));
  for (let run = -1; run < RUNS; run++) {
    for (const [name, { path, mark }] of Object.entries(PAGES)) {
      const page = await session.open(path);
      const ready = await page.waitForFunction((m) => performance.getEntriesByName(m)[0]?.startTime, mark, { timeout: 30_000 });
      const ms = (await ready.jsonValue()) as number;
      if (run >= 0) times.get(name)!.push(ms);
      await page.close();
    }
  }
  const baseline = median(times.get('home (baseline)')!);
  // what a first visit downloads: a fresh browser context, nothing cached
  const fresh = await session.browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const weight = await scriptWeight(fresh, `${session.server.url}/series/gov-work-report/compare?from=2024&to=2025`, '.doc-pair');
  await fresh.close();
  console.log(
    `first load of comparison gov-work-report 2024 → 2025: ${weight.count} scripts, ${(weight.transferred / 1024).toFixed(1)} KB compressed ` +
      `(${[...new Set(weight.encodings)].join(', ')}), ${(weight.decoded / 1024).toFixed(1)} KB decoded; budget 250 KB compressed`,
  );
  for (const [name, values] of times) {
    console.log(
      `${name}: median ${median(values).toFixed(0)} ms over ${values.length} loads (${values.map((v) => v.toFixed(0)).join(', ')}); ratio to home ${(median(values) / baseline).toFixed(2)}`,
    );
  }

  // Scrolling the largest pair's document from top to bottom, a screen at a time, one step per animation frame: the
  // gaps between frames (ms) say whether the virtual list keeps up (16.7 ms = 60 frames a second).
  const page = await session.open('/series/gov-work-report/compare?from=2021&to=2022');
  await page.locator('.doc-pair').first().waitFor();
  const gaps = await page.evaluate(async () => {
    const frames: number[] = [];
    let last = performance.now();
    while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, window.innerHeight);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const now = performance.now();
      frames.push(now - last);
      last = now;
    }
    return frames;
  });
  const sorted = [...gaps].sort((a, b) => a - b);
  console.log(
    `scroll gov-work-report 2021 → 2022 document, a screen per frame: ${gaps.length} frames, median gap ${median(gaps).toFixed(1)} ms, ` +
      `p95 ${sorted[Math.floor(sorted.length * 0.95)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`,
  );
  await page.close();
} finally {
  await session.close();
}
