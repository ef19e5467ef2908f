/**
 * CrossSection (DESIGN.md contract): metric × series of one collection for one year, keyed by `metricKey`.
 * Browser-safe.
 */
import type { CrossSection, Plan, Target } from '@plandiff/model';
import { planTargets } from './compare.js';

/** Why a member of a collection has no plan in the cross-section, or `ok` when it has one. */
export type CrossSectionMemberStatus = 'ok' | 'missing_series' | 'missing_year' | 'broken';

/** One series of a collection as found in the store for the cross-section's year. */
export interface CrossSectionMember {
  id: string;
  /** short display name (北京) or null */
  name: string | null;
  nameEn?: string | null;
  status: CrossSectionMemberStatus;
  /** the stored plan of the year; present exactly when status is `ok` */
  plan: Plan | null;
}

export interface CrossSectionInput {
  collection: string;
  year: number;
  members: readonly CrossSectionMember[];
  /** the reference series (national report) and its plan of the same year; null when not stored or none */
  reference: { series: string; plan: Plan } | null;
}

/**
 * The metricKey the dictionary of @plandiff/parse gives GDP growth (DESIGN.md: 地区生产总值增长 / 国内生产总值增长 /
 * 经济增长 → "gdp_growth"); its row comes first because every report leads its main targets with it.
 */
export const GDP_GROWTH_KEY = 'gdp_growth';

/**
 * The targets of a plan that stand for the year in a cross-section, one per metricKey.
 * Input: a Plan. Output: metricKey → Target. Only targets with a non-null `metricKey` are keyed (a target the
 * dictionary does not know has no place in a cross-section); review-chapter figures are excluded (planTargets),
 * and so are five-year targets (`horizon.kind` multi_year: 十五五 / 到2030年 / 年均) and increments (`basis`
 * increment: 比上年增加 N), which are not the year's level. When a metric is stated more than once, the first in
 * planTargets' order wins: the main-targets paragraph (主要预期目标) first, then text order; an undamaged
 * statement is preferred to a damaged one.
 */
export function crossSectionTargets(plan: Plan): Map<string, Target> {
  const chosen = new Map<string, Target>();
  for (const t of planTargets(plan)) {
    const key = t.metricKey;
    if (!key) continue;
    if (t.horizon?.kind === 'multi_year' || t.basis === 'increment') continue;
    const held = chosen.get(key);
    if (!held || (held.damaged && !t.damaged)) chosen.set(key, t);
  }
  return chosen;
}

/**
 * Builds the metric × series table of one year.
 * Input: {@link CrossSectionInput}. Output: a CrossSection whose `series` lists every member in the collection's
 * order with its status, quality and coverage; `metrics` has one row per metricKey that at least one member
 * (or the reference) sets, GDP growth first, then by how many members set it (most first), then by key. In a row,
 * `values[id]` is the member's Target, `null` when its plan exists but sets no target with that key ("not set"),
 * and absent when the member has no plan of the year (see its status: "not found"). For an excerpt, null means
 * "not in the excerpt" — the coverage says so. `metric` names the row with the wording most members use (ties:
 * the earliest member); `unit` is the unit most members state it in. `reference.values` holds the reference plan's
 * targets by metricKey (null for a key it does not set). Never throws on plan content.
 */
export function buildCrossSection(input: CrossSectionInput): CrossSection {
  const perMember = new Map<string, Map<string, Target>>();
  for (const m of input.members) if (m.status === 'ok' && m.plan) perMember.set(m.id, crossSectionTargets(m.plan));
  const referenceTargets = input.reference ? crossSectionTargets(input.reference.plan) : new Map<string, Target>();

  const keys = new Set<string>();
  for (const targets of perMember.values()) for (const k of targets.keys()) keys.add(k);
  for (const k of referenceTargets.keys()) keys.add(k);
  const setBy = (key: string) => [...perMember.values()].filter((t) => t.has(key)).length;
  const ordered = [...keys].sort(
    (a, b) => Number(b === GDP_GROWTH_KEY) - Number(a === GDP_GROWTH_KEY) || setBy(b) - setBy(a) || a.localeCompare(b),
  );

  const metrics = ordered.map((key) => {
    const values: Record<string, Target | null> = {};
    const stated: Target[] = [];
    for (const [id, targets] of perMember) {
      const t = targets.get(key) ?? null;
      values[id] = t;
      if (t) stated.push(t);
    }
    const ref = referenceTargets.get(key);
    const named = stated.length > 0 ? stated : ref ? [ref] : [];
    return { metricKey: key, metric: mostCommon(named.map((t) => t.metric)) ?? key, unit: mostCommon(named.map((t) => t.unit)) ?? null, values };
  });

  return {
    collection: input.collection,
    year: input.year,
    reference: input.reference
      ? {
          series: input.reference.series,
          year: input.year,
          values: Object.fromEntries(ordered.map((k) => [k, referenceTargets.get(k) ?? null])),
        }
      : null,
    series: input.members.map((m) => ({
      id: m.id,
      name: m.name,
      nameEn: m.nameEn ?? null,
      status: m.status,
      quality: m.plan?.quality?.verdict ?? null,
      coverage: m.plan?.meta.coverage ?? null,
    })),
    metrics,
  };
}

/** What one cell of a cross-section says. */
export type CrossSectionCellStatus = 'set' | 'not_set' | 'not_in_excerpt' | Exclude<CrossSectionMemberStatus, 'ok'>;

/**
 * What the cell of `seriesId` × `metricKey` says: `set` (a Target), `not_set` (the member's plan is stored and sets
 * no target with that key), `not_in_excerpt` (the same, but the stored copy is an excerpt, so the full report may
 * set one), or — when nothing of the year is stored to read — the member's own status (`missing_series`,
 * `missing_year`, `broken`): "not found", never "not set".
 */
export function crossSectionCellStatus(cs: CrossSection, seriesId: string, metricKey: string): CrossSectionCellStatus {
  const member = cs.series?.find((s) => s.id === seriesId);
  const row = cs.metrics.find((m) => m.metricKey === metricKey);
  if (member && member.status !== 'ok') return member.status;
  const v = row?.values[seriesId];
  if (v === undefined) return 'missing_year';
  if (v === null) return member?.coverage === 'excerpt' ? 'not_in_excerpt' : 'not_set';
  return 'set';
}

/** The most frequent value (first seen wins a tie), or undefined for an empty list. */
function mostCommon<T>(values: readonly T[]): T | undefined {
  const counts = new Map<T, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: T | undefined;
  let bestCount = 0;
  for (const [v, n] of counts) if (n > bestCount) [best, bestCount] = [v, n];
  return best;
}
