import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseIngested, parsePlan, type IngestedNotice } from '../src/index.js';

// Issue 19: a reported result is never a target. Over every fixture: no target sits in a review chapter, no target
// overlaps a result, and no target's clause (up to its figure) names 去年/上年 or a year before the plan's year
// other than as a base (比2020年) or an end point (到2025年) — checked here with its own regular expression.
const FIXTURES = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
const fixtures = readdirSync(FIXTURES).flatMap((series) =>
  existsSync(`${FIXTURES}${series}/series.json`)
    ? readdirSync(`${FIXTURES}${series}`).filter((y) => /^\d{4}$/.test(y) && existsSync(`${FIXTURES}${series}/${y}/meta.json`)).map((y) => ({ series, year: Number(y) }))
    : []);

const PAST_IN_CLAUSE = /(?:^|[^比较以])(?:去年|上年|过去一年|过去五年)/;
const YEAR_IN_CLAUSE = /(?:^|[^比较到至\d])(\d{4})年(?![底末前内\d])/g;

describe('no target carries a past period or sits in a review sentence (all fixtures)', () => {
  const counts: string[] = [];
  it.each(fixtures)('$series/$year', ({ series, year }) => {
    const meta = JSON.parse(readFileSync(`${FIXTURES}${series}/${year}/meta.json`, 'utf8')) as { coverage?: 'full' | 'excerpt'; encoding?: string };
    // a DOCX fixture (the 25 provincial 2025 reports) is parsed from what the ingest stage read (ingested.json)
    const ingested = `${FIXTURES}${series}/${year}/ingested.json`;
    const plan = existsSync(ingested)
      ? (() => {
          const { html, ...rest } = JSON.parse(readFileSync(ingested, 'utf8')) as Omit<IngestedNotice, 'body'> & { html: string };
          return parseIngested({ ...rest, body: { kind: 'html', html } }, { series, year, coverage: meta.coverage });
        })()
      : parsePlan(readFileSync(`${FIXTURES}${series}/${year}/source.txt`), { series, year, coverage: meta.coverage, charset: meta.encoding });
    const review = new Set(plan.sections.flatMap(function walk(s): string[] { return s.role === 'review' ? [s.id, ...s.children.flatMap(walk)] : s.children.flatMap(walk); }));
    const taskSection = new Map(plan.tasks.map((t) => [t.id, t.sectionId]));
    for (const t of plan.targets) {
      expect(review.has(taskSection.get(t.taskId)!), `${t.id} ${t.text} in a review chapter`).toBe(false);
      expect(plan.results!.some((r) => r.span[0] < t.span[1] && t.span[0] < r.span[1]), `${t.id} ${t.text} is also a result`).toBe(false);
      const start = Math.max(...['，', '。', '；', '：', '\n'].map((c) => plan.text.lastIndexOf(c, t.span[1] - 1)));
      const clause = plan.text.slice(start + 1, t.span[1]);
      expect(PAST_IN_CLAUSE.test(clause), `${t.id} ${clause} names a past year`).toBe(false);
      for (const m of clause.matchAll(YEAR_IN_CLAUSE)) expect(Number(m[1]), `${t.id} ${clause}`).toBeGreaterThanOrEqual(year);
    }
    for (const r of plan.results!) {
      expect(plan.text.slice(r.span[0], r.span[1])).toBe(r.text);
      if ('year' in r.period) expect(r.period.year).toBeLessThanOrEqual(year);
      else expect(r.period.to).toBeLessThanOrEqual(year);
    }
    counts.push(`${series}/${year}: ${plan.targets.length} targets checked, ${plan.results!.length} results`);
  });
  it('checked every fixture', () => {
    console.info(counts.join('\n'));
    expect(counts.length).toBe(fixtures.length);
    expect(fixtures.length).toBeGreaterThanOrEqual(66); // 41 text fixtures and the 25 provincial 2025 DOCX
  });
});
