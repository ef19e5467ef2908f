import { CorpusUsageError } from './errors.js';

const SERIES_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/**
 * Checks a series id (lower-case ASCII letters, digits and hyphens, ≤ 64 chars) so that it can never name a
 * path outside fixtures/ (no `..`, `/`, `\`, `%2F`, absolute paths). Returns the id; throws CorpusUsageError.
 */
export function checkSeriesId(id: string): string {
  if (!SERIES_ID.test(id)) throw new CorpusUsageError(`not a series id: ${JSON.stringify(id)} (use lower-case letters, digits and hyphens)`);
  return id;
}

/** Parses a year given as text or number: an integer 1949–2100. Throws CorpusUsageError. */
export function checkYear(year: string | number): number {
  const n = typeof year === 'number' ? year : /^\d{4}$/.test(year) ? Number(year) : NaN;
  if (!Number.isInteger(n) || n < 1949 || n > 2100) throw new CorpusUsageError(`not a year: ${JSON.stringify(year)}`);
  return n;
}

/** Splits a `series/year` reference (as used by the CLI) into its parts, or returns null when it is not one. */
export function parsePlanRef(ref: string): { series: string; year: number } | null {
  const m = /^([a-z0-9][a-z0-9-]*)\/(\d{4})$/.exec(ref);
  return m ? { series: m[1], year: Number(m[2]) } : null;
}
