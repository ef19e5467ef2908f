import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plan } from '@plandiff/model';
import { DEFAULT_INGEST_LIMITS, ingestNotice, type IngestedNotice } from '@plandiff/ingest';
import { parseIngested, parsePlan, type ParseOptions } from '@plandiff/parse';
import type { Corpus, Fixture } from './corpus.js';
import type { FixtureCheck } from './check-fixtures.js';
import { writeFileAtomically } from './atomic-write.js';
import { CorpusBrokenFixtureError } from './errors.js';

/**
 * `ingested.json` beside a `source.<ext>` that is neither HTML nor text (PDF, DOCX, DOC, spreadsheets, ZIP): what
 * the ingest stage read from it (format, the HTML of its blocks with their origins, title hint, pages, members,
 * warnings). The original bytes stay in `source.<ext>`; this file is a derived snapshot like plan.json, so that
 * reading a stored plan stays synchronous (PDF reading is asynchronous) — `plandiff check` reads every source
 * again and reports an `ingested.json` that no longer matches ({@link reingestFixture}).
 */
export const INGESTED_FILE = 'ingested.json';

/** The stored form of an IngestedNotice whose body is HTML (one key per line, stable order). */
export function serialiseIngested(notice: IngestedNotice): string {
  if (notice.body.kind !== 'html') throw new Error('only a notice read into HTML is stored as ingested.json');
  const stored = {
    format: notice.format,
    title: notice.title,
    pages: notice.pages,
    member: notice.member,
    members: notice.members,
    warnings: notice.warnings,
    html: notice.body.html,
  };
  return JSON.stringify(stored, null, 2) + '\n';
}

/** The IngestedNotice stored in a fixture's ingested.json, or null when the fixture has none (HTML / text). */
export function readIngested(fixture: Fixture): IngestedNotice | null {
  const path = join(fixture.dir, INGESTED_FILE);
  if (!existsSync(path)) return null;
  try {
    const stored = JSON.parse(readFileSync(path, 'utf8')) as Omit<IngestedNotice, 'body'> & { html: string };
    if (typeof stored.html !== 'string' || typeof stored.format !== 'string') throw new Error('no format or html');
    const { html, ...rest } = stored;
    return { ...rest, body: { kind: 'html', html } };
  } catch (error) {
    throw new CorpusBrokenFixtureError(`${fixture.series}/${fixture.year}/${INGESTED_FILE}`, `not a stored ingest result: ${(error as Error).message}`);
  }
}

/**
 * The plan of a stored fixture, as `add` made it: from ingested.json when there is one, else its source bytes
 * (HTML / text) as parse reads them, with the encoding meta.json records.
 */
export function parseFixture(fixture: Fixture): Plan {
  const options: ParseOptions = {
    series: fixture.series, year: fixture.year, coverage: fixture.meta.coverage, sourceUrl: fixture.meta.sourceUrl,
    fileName: fixture.meta.sourceFile,
    // the encoding the notice was read with when it was added (by detection or by --encoding) reads it again
    charset: fixture.meta.encoding,
  };
  const ingested = readIngested(fixture);
  return ingested ? parseIngested(ingested, options) : parsePlan(readFileSync(fixture.sourcePath), options);
}

/**
 * Reads a fixture's source again with the ingest stage and compares it with its ingested.json. Output: null when
 * they match (or the fixture is HTML / text), else the serialised fresh reading (for `check --update`).
 */
export async function reingestFixture(fixture: Fixture): Promise<string | null> {
  const path = join(fixture.dir, INGESTED_FILE);
  if (!existsSync(path)) return null;
  const fresh = await ingestNotice(new Uint8Array(readFileSync(fixture.sourcePath)), { name: fixture.meta.sourceFile }, DEFAULT_INGEST_LIMITS);
  if (fresh.body.kind !== 'html') return null;
  const serialised = serialiseIngested(fresh);
  return serialised === readFileSync(path, 'utf8') ? null : serialised;
}

/**
 * The ingest half of `plandiff check`: every fixture with an ingested.json has its source read again; one that no
 * longer matches is reported `differs` (with `update`, rewritten), one whose source cannot be read any more
 * `error`. Fixtures of HTML / text are not listed. Never throws for one fixture.
 */
export async function checkIngestedFixtures(corpus: Corpus, update = false): Promise<FixtureCheck[]> {
  const results: FixtureCheck[] = [];
  for (const series of corpus.seriesIds()) {
    let years: number[];
    try {
      years = corpus.years(series);
    } catch {
      continue;
    }
    for (const year of years) {
      let fixture: Fixture;
      try {
        fixture = corpus.fixture(series, year);
      } catch {
        continue; // reported by checkFixtures
      }
      if (!existsSync(join(fixture.dir, INGESTED_FILE))) continue;
      const path = `${series}/${year}/${INGESTED_FILE}`;
      try {
        const fresh = await reingestFixture(fixture);
        if (fresh !== null && update) writeFileAtomically(join(fixture.dir, INGESTED_FILE), fresh);
        results.push({ series, year, path, status: fresh === null ? 'same' : 'differs', detail: fresh === null ? null : `a fresh read of ${fixture.meta.sourceFile} differs` });
      } catch (error) {
        results.push({ series, year, path, status: 'error', detail: `${fixture.meta.sourceFile}: ${(error as Error).message}` });
      }
    }
  }
  return results;
}
