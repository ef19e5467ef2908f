import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Corpus } from '@plandiff/corpus';

/** What a warm-up did: the plans and comparisons it computed, what failed, and how long it took. */
export interface WarmReport {
  /** `series/year` of every plan parsed, in the order done */
  plans: string[];
  /** `series/from-to` of every comparison computed (the latest two years of each series) */
  comparisons: string[];
  /** one line per step that threw (a broken fixture): the step and the error message; the warm-up goes on */
  failed: string[];
  /** true when the signal stopped it before the end */
  aborted: boolean;
  /** wall-clock time of the whole warm-up, ms */
  ms: number;
}

/**
 * Fills the Corpus caches so that the first reader does not wait for a parse: every stored plan, then the
 * comparison of the latest two years of each series (what the home page links to and what the comparison page opens
 * by default). Input: the Corpus, and an optional AbortSignal (server closing). Output: a {@link WarmReport}.
 * The Corpus is synchronous, so each plan or comparison is one step on the event loop; between steps the warm-up
 * yields (setImmediate), so requests that arrive meanwhile are answered after at most one step. Never throws: a
 * fixture that fails is listed in `failed` (its request will report the error itself).
 */
export async function warmCorpus(corpus: Corpus, signal?: AbortSignal): Promise<WarmReport> {
  const started = performance.now();
  const report: WarmReport = { plans: [], comparisons: [], failed: [], aborted: false, ms: 0 };
  const step = async (name: string, run: () => void): Promise<boolean> => {
    await nextTurn();
    if (signal?.aborted) {
      report.aborted = true;
      return false;
    }
    try {
      run();
      return true;
    } catch (error) {
      report.failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  const years = new Map<string, number[]>();
  await step('series', () => {
    for (const series of corpus.seriesIds()) years.set(series, corpus.years(series));
  });
  for (const [series, list] of years) {
    for (const year of list) {
      if (await step(`${series}/${year}`, () => corpus.plan(series, year))) report.plans.push(`${series}/${year}`);
      if (report.aborted) break;
    }
    if (report.aborted) break;
  }
  for (const [series, list] of years) {
    if (report.aborted || list.length < 2) continue;
    const [from, to] = list.slice(-2);
    const name = `${series}/${from}-${to}`;
    if (await step(name, () => corpus.comparison(series, from, to))) report.comparisons.push(name);
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
