import { collectionOutcomes, seriesOutcomes, type OutcomeInput } from '@plandiff/compare';
import type { CollectionOutcomes, Outcomes, Plan, SeriesInfo } from '@plandiff/model';
import type { Corpus } from './corpus.js';
import { readCollection } from './collection.js';
import { CorpusNotFoundError } from './errors.js';
import { checkSeriesId, checkYear } from './ids.js';

/** A series' kind: `plan` unless its series.json says `bulletin`. */
export function seriesKind(info: SeriesInfo): 'plan' | 'bulletin' {
  return info.kind ?? 'plan';
}

/**
 * The readable plans of a series (a year whose notice no longer parses is left out, as in the timeline); with
 * `years`, only those (outcomes of year N need plans N and N+1 only).
 */
function readablePlans(corpus: Corpus, series: string, years?: readonly number[]): Plan[] {
  return corpus.years(series).filter((y) => years === undefined || years.includes(y)).flatMap((y) => {
    try {
      return [corpus.plan(series, y)];
    } catch {
      return [];
    }
  });
}

/**
 * The bulletin series linked to a plan series: stored series of kind `bulletin` whose `region` equals the plan
 * series' `region` (both set in series.json). Output: their readable reports of results, any years.
 */
export function linkedBulletins(corpus: Corpus, series: string, years?: readonly number[]): Plan[] {
  let region: string | undefined;
  try {
    region = corpus.seriesInfo(series).region;
  } catch {
    return [];
  }
  if (region === undefined) return [];
  return corpus.seriesIds().flatMap((id) => {
    try {
      const info = corpus.seriesInfo(id);
      return id !== series && seriesKind(info) === 'bulletin' && info.region === region ? readablePlans(corpus, id, years) : [];
    } catch {
      return [];
    }
  });
}

function outcomeInput(corpus: Corpus, series: string, year?: number): OutcomeInput {
  const years = year === undefined ? undefined : [year, year + 1];
  // nothing to judge without the plan of the year: its review is not even read
  if (year !== undefined && !corpus.years(series).includes(year)) return { series, plans: [], year };
  return {
    series, plans: readablePlans(corpus, series, years), bulletins: linkedBulletins(corpus, series, year === undefined ? undefined : [year]),
    ...(year !== undefined ? { year } : {}),
  };
}

/**
 * Outcomes of a stored series (DESIGN.md Outcomes): its targets of year N against the review of year N in plan N+1
 * or a linked bulletin (seriesOutcomes in @plandiff/compare). Input: the series id and optionally one year.
 * Throws CorpusUsageError for a malformed id or year, CorpusNotFoundError for a series not stored.
 */
export function outcomes(corpus: Corpus, series: string, year?: number | string): Outcomes {
  checkSeriesId(series);
  if (!corpus.seriesIds().includes(series)) throw new CorpusNotFoundError(`no series ${series} in fixtures`);
  return seriesOutcomes(outcomeInput(corpus, series, year === undefined ? undefined : checkYear(year)));
}

/**
 * Outcomes of a collection for one year: every member series, with an empty list for one not stored or without both
 * plans of the year and the next (so a province appears by itself when its documents are stored).
 * Throws CorpusUsageError for a malformed id or year, CorpusNotFoundError for an unknown collection.
 */
export function collectionOutcomesOf(corpus: Corpus, id: string, year: number | string): CollectionOutcomes {
  const y = checkYear(year);
  const collection = readCollection(corpus, id);
  const stored = new Set(corpus.seriesIds());
  const members = collection.series.map((s) => (stored.has(s) ? outcomeInput(corpus, s, y) : { series: s, plans: [] }));
  return collectionOutcomes(collection.id, y, members);
}
