import type { Plan, Result, Target } from '@plandiff/model';
import { horizonKind, matchTargets, type TargetContext } from '../targets.js';
import { wordedResult } from './worded.js';

/** A target of plan N with the result paired to it (or null), and where that result was stated. */
export interface Pairing {
  target: Target;
  result: Result | null;
  /** the plan (or bulletin) id the result comes from */
  from: string | null;
}

/**
 * The targets of a plan that an outcome can judge: annual, named by an indicator of the dictionary (metricKey),
 * not damaged (a "no target set" statement, modifier none, stays: its row says so); one per metricKey, basis and unit — the committed figure wins
 * over a 力争 one, and the first stated (主要预期目标) over a restatement (经济增长预期目标为5%左右).
 */
export function judgedTargets(plan: Plan): Target[] {
  const out: Target[] = [];
  const seen = new Map<string, number>();
  for (const t of plan.targets) {
    if (!t.metricKey || t.damaged || horizonKind(t) !== 'annual') continue;
    const key = `${t.metricKey}|${t.basis ?? 'level'}|${t.unit ?? ''}`;
    const at = seen.get(key);
    if (at === undefined) {
      seen.set(key, out.length);
      out.push(t);
    } else if (out[at].aspirational && !t.aspirational) {
      out[at] = t;
    }
  }
  return out;
}

/** A result seen as a Target, so that the targets' own pairing rule (targets.ts) can pair it. */
function asTarget(r: Result): Target {
  return {
    id: r.id, taskId: r.taskId ?? '', metric: r.metric, value: r.value, low: r.low, high: r.high, unit: r.unit,
    modifier: r.modifier, aspirational: false, direction: r.direction ?? null, text: r.text, span: r.span, damaged: false,
    metricKey: r.metricKey, basis: r.basis, horizon: { kind: 'annual', endYear: 'year' in r.period ? r.period.year : r.period.to },
  };
}

/** Anywhere in a review: two figures of the same indicator are paired by metricKey alone (targets.ts pairSimilarity). */
const REVIEW: TargetContext = () => 'chapter';

/** Whether a result is stated for exactly `year` (a five-year total or average is not that year's result). */
export function isResultFor(r: Result, year: number): boolean {
  return 'year' in r.period && r.period.year === year;
}

/**
 * Pairs each target of plan N with the result for year N in `sources` (the review of plan N+1, then bulletins of
 * year N), by the targets' pairing rule ({@link matchTargets} of targets.ts: the same metricKey — or a similar name —,
 * the same basis, a compatible unit dimension), the first result in text order winning; a source is asked only for
 * the targets no earlier source answered. A result must have an indicator (metricKey) and the period {year: N}.
 * A target left without a figure may be answered in words in a source's review chapter ({@link wordedResult}: value
 * null). Input: the targets (see {@link judgedTargets}), year N, the sources in order of preference (with their plan
 * for worded results). Output: one Pairing per target, in the targets' order.
 */
export function pairResults(targets: readonly Target[], year: number, sources: readonly { id: string; results: readonly Result[]; plan?: Plan }[]): Pairing[] {
  const pairs: Pairing[] = targets.map((target) => ({ target, result: null, from: null }));
  for (const source of sources) {
    const open = pairs.filter((p) => p.result === null);
    if (open.length === 0) break;
    const results = source.results.filter((r) => r.metricKey && isResultFor(r, year));
    const seen = results.map(asTarget);
    const byTarget = new Map(seen.map((t, i) => [t, results[i]]));
    for (const change of matchTargets(seen, open.map((p) => p.target), REVIEW)) {
      if (change.from === null || change.to === null) continue;
      const pair = open.find((p) => p.target === change.to);
      const result = byTarget.get(change.from);
      if (pair && result) {
        pair.result = result;
        pair.from = source.id;
      }
    }
  }
  // a target no figure answers may be answered in words (财政赤字率和宏观杠杆率下降): unclear, with the sentence
  for (const pair of pairs) {
    if (pair.result !== null) continue;
    for (const source of sources) {
      const worded = source.plan ? wordedResult(source.plan, pair.target, year) : null;
      if (worded) {
        pair.result = worded;
        pair.from = source.id;
        break;
      }
    }
  }
  return pairs;
}
