import type { CollectionOutcomes, OutcomeRow, Outcomes, Plan, Result } from '@plandiff/model';
import { reviewClaim, sentenceAt } from './claims.js';
import { isResultFor, judgedTargets, pairResults } from './pair.js';
import { ruleOf, VERDICT_RULES } from './rules.js';
import { judge } from './verdict.js';

/** What outcomes are computed from: the plans of a series and the bulletins (reports of results) linked to it. */
export interface OutcomeInput {
  series: string;
  /** the series' plans, any order; plans without a year are ignored */
  plans: readonly Plan[];
  /** reports of results of the same region (bulletin series linked to this one), any years */
  bulletins?: readonly Plan[];
  /** only this year's targets */
  year?: number;
}

/**
 * Outcomes of a series (DESIGN.md Outcomes contract): for each plan N with judged targets ({@link judgedTargets})
 * and a place where year N is reviewed — the review chapter of plan N+1 of the same series, then bulletins of year N
 * — one row per target: the paired result ({@link pairResults}), where it was stated, the verdict and its rule
 * ({@link judge}, rules.ts), the gap, both sentences, and the report's own claim (claims.ts) beside them. Years with
 * no review stored yet (the latest plan) give no rows. Output: `{ series, rows, claims, rules }` (rules: the verdict
 * table, so the answer explains itself), rows by year then target order.
 * Pure; never throws.
 */
export function seriesOutcomes(input: OutcomeInput): Outcomes {
  const byYear = new Map<number, Plan>();
  for (const p of input.plans) if (p.year !== null) byYear.set(p.year, p);
  const rows: OutcomeRow[] = [];
  const claims: NonNullable<Outcomes['claims']> = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    if (input.year !== undefined && year !== input.year) continue;
    const plan = byYear.get(year)!;
    const next = byYear.get(year + 1);
    const sources = [
      ...(next ? [{ id: next.id, plan: next, results: next.results ?? [] }] : []),
      ...(input.bulletins ?? []).filter((b) => b.year === year).map((b) => ({ id: b.id, plan: b, results: b.results ?? [] })),
    ];
    if (sources.length === 0) continue;
    const claimText = next ? reviewClaim(next) : null;
    const claim = claimText !== null && next ? { text: claimText, plan: next.id } : null;
    if (claim !== null) claims.push({ year, claim });
    const gdpGrowth = firstResult(sources, 'gdp_growth', year);
    for (const pair of pairResults(judgedTargets(plan), year, sources)) {
      const source = sources.find((s) => s.id === pair.from);
      const resultSentence = pair.result && source ? sentenceAt(source.plan.text, pair.result.span[0], pair.result.span[1]) : null;
      // the result's own clause up to its figure (年末城镇调查失业率降到5.5% is a year-end figure; the next clause is not)
      const lead = resultSentence && pair.result ? resultSentence.slice(0, Math.max(0, resultSentence.indexOf(pair.result.text))).split(/[，,；]/).pop() ?? '' : '';
      const judged = judge(pair.target, pair.result, { gdpGrowth, resultLead: lead });
      rows.push({
        year, metricKey: pair.target.metricKey ?? null, metric: pair.target.metric,
        target: pair.target, targetFrom: { plan: plan.id },
        result: pair.result, resultFrom: pair.from === null ? null : { plan: pair.from },
        verdict: judged.verdict,
        ...(judged.provisionalVerdict ? { provisionalVerdict: judged.provisionalVerdict } : {}),
        rule: judged.rule, ruleText: ruleOf(judged.rule.replace(/\+estimate$/, '')).text,
        gap: judged.gap, note: judged.note, claim,
        targetSentence: sentenceAt(plan.text, pair.target.span[0], pair.target.span[1]),
        resultSentence,
      });
    }
  }
  return { series: input.series, rows, claims, rules: [...VERDICT_RULES] };
}

/** The first result of an indicator stated for `year` in the sources, in order, or null. */
function firstResult(sources: readonly { results: readonly Result[] }[], key: string, year: number): Result | null {
  for (const s of sources) {
    const r = s.results.find((x) => x.metricKey === key && x.unit === '%' && isResultFor(x, year));
    if (r) return r;
  }
  return null;
}

/**
 * Outcomes of a collection for one year (DESIGN.md): `{ collection, year, series: { id: rows } }`, every member
 * series listed (an empty list when it has no plan of that year or no review of it yet, so a province appears by
 * itself once its documents are stored). Input: the collection id, the year and each member's {@link OutcomeInput}.
 */
export function collectionOutcomes(collection: string, year: number, members: readonly OutcomeInput[]): CollectionOutcomes {
  const series: Record<string, OutcomeRow[]> = {};
  for (const m of members) series[m.series] = seriesOutcomes({ ...m, year }).rows;
  return { collection, year, series, rules: [...VERDICT_RULES] };
}
