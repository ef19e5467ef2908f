import { setImmediate as nextTurn } from 'node:timers/promises';
import type { StoredAnswers } from './stored-answers.js';

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
 * Fills the caches of stored answers so that the first reader does not wait for a parse: the series list, every
 * stored plan, then the comparison of the latest two years of each series (what the home page links to and what the
 * comparison page opens by default). Input: the StoredAnswers, and an optional AbortSignal (server closing).
 * Output: a {@link WarmReport}. Every step runs in the worker pool (see StoredAnswers), one after the other, so the
 * event loop only lists folders and keeps answering requests meanwhile; a step over the pool's time budget fails
 * like any other. Never throws: a fixture that fails is listed in `failed` (its request will report the error itself).
 */
export async function warmCorpus(stored: StoredAnswers, signal?: AbortSignal): Promise<WarmReport> {
  const corpus = stored.corpus;
  const started = performance.now();
  const report: WarmReport = { plans: [], comparisons: [], failed: [], aborted: false, ms: 0 };
  const step = async (name: string, run: () => unknown): Promise<boolean> => {
    await nextTurn();
    if (signal?.aborted) {
      report.aborted = true;
      return false;
    }
    try {
      await run();
      return true;
    } catch (error) {
      report.failed.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    }
  };
  const years = new Map<string, number[]>();
  await step('series', async () => {
    for (const series of corpus.seriesIds()) years.set(series, corpus.years(series));
    await stored.answer({ kind: 'series-list' });
  });
  for (const [series, list] of years) {
    for (const year of list) {
      if (await step(`${series}/${year}`, () => stored.answer({ kind: 'plan', series, year }))) report.plans.push(`${series}/${year}`);
      if (report.aborted) break;
    }
    if (report.aborted) break;
  }
  for (const [series, list] of years) {
    if (report.aborted || list.length < 2) continue;
    const [from, to] = list.slice(-2);
    const name = `${series}/${from}-${to}`;
    if (await step(name, () => stored.answer({ kind: 'compare', series, from, to }))) report.comparisons.push(name);
  }
  report.ms = Math.round(performance.now() - started);
  return report;
}
