/** Loads a real fixture through the real parser (@plandiff/parse), once per test file. */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { parseIngested, parsePlan, type IngestedNotice } from '@plandiff/parse';
import type { Plan } from '@plandiff/model';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'fixtures');
const cache = new Map<string, Plan>();

export function fixtureText(series: string, year: number): string {
  return readFileSync(join(root, series, String(year), 'source.txt'), 'utf8');
}

export function loadPlan(series: string, year: number, coverage: 'full' | 'excerpt' = 'full'): Plan {
  const key = `${series}/${year}/${coverage}`;
  let p = cache.get(key);
  if (!p) {
    // a notice stored as published (DOCX …) is parsed from what the ingest stage read from it, as the corpus does
    const ingested = join(root, series, String(year), 'ingested.json');
    if (existsSync(ingested)) {
      const { html, ...rest } = JSON.parse(readFileSync(ingested, 'utf8')) as Omit<IngestedNotice, 'body'> & { html: string };
      p = parseIngested({ ...rest, body: { kind: 'html', html } }, { series, year, coverage });
    } else {
      p = parsePlan(readFileSync(join(root, series, String(year), 'source.txt')), { series, year, coverage });
    }
    cache.set(key, p);
  }
  return p;
}

/** The only task of `plan` whose text contains `phrase` (fails loudly otherwise). */
export function taskWith(plan: Plan, phrase: string) {
  const hits = plan.tasks.filter((t) => t.text.includes(phrase));
  if (hits.length !== 1) throw new Error(`${plan.id}: ${hits.length} tasks contain "${phrase}"`);
  return hits[0];
}
