import type { Plan, SeriesSummary } from '@plandiff/model';

/** Whether a checked notice reads as a plan sound enough to compare, and if not, the warning codes that say why. */
export interface Readiness {
  ready: boolean;
  /** warning codes (worded by src/i18n/catalogue.ts): the verdict's reasons, or what the notice lacks */
  reasons: string[];
}

/**
 * Warning pairs that, together, say a text is no plan whatever its length: no title line and no outline (一、/（一）).
 * A three-line news item about a work report has neither, yet the parser's verdict may still be `ok` (its
 * NO_OUTLINE reason counts only above a length), and comparing it with a stored year would report dozens of
 * "dropped" tasks as if the plan had changed.
 */
const NO_PLAN_SHAPE = ['TITLE_ABSENT', 'NO_OUTLINE'] as const;

/**
 * Whether the check page may compare a parsed notice at once. Input: the parsed Plan. Output: ready when its quality
 * verdict is `ok` (or not assessed) and it has a title or an outline; otherwise not ready with the reasons (the
 * verdict's, else the two missing shapes). A notice that is not ready is compared only when the reader asks.
 */
export function checkReadiness(plan: Plan): Readiness {
  if (plan.quality && plan.quality.verdict !== 'ok') return { ready: false, reasons: [...plan.quality.reasons] };
  const codes = new Set(plan.warnings.map((warning) => warning.code));
  if (NO_PLAN_SHAPE.every((code) => codes.has(code))) return { ready: false, reasons: [...NO_PLAN_SHAPE] };
  return { ready: true, reasons: [] };
}

/**
 * The stored year a checked notice is compared with by default: the same issuer's series (the notice's issuer
 * equals the series' issuer; among several, the one whose name or document kind the notice's title contains), and
 * in it the latest year before the notice's year (the year before, when stored), or its latest year when the
 * notice's year is unknown. Null when the notice names no issuer or no series has it: the reader chooses.
 */
export function suggestStoredYear(plan: Plan, series: readonly SeriesSummary[]): { series: string; year: number } | null {
  const issuer = plan.meta.issuer;
  if (!issuer) return null;
  const same = series.filter((s) => s.issuer === issuer && s.years.length > 0);
  if (same.length === 0) return null;
  const title = plan.meta.title ?? '';
  const chosen = same.find((s) => title.includes(s.documentKind) || title.includes(s.name.zh)) ?? same[0];
  const years = chosen.years.map((y) => y.year).sort((a, b) => b - a);
  const year = plan.year === null ? years[0] : (years.find((y) => y < plan.year!) ?? null);
  return year === null ? null : { series: chosen.id, year };
}
