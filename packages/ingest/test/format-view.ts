import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, Section } from '@plandiff/model';
import { parsePlan } from './parse.js';
import { ingestNotice, type IngestedNotice } from '../src/index.js';

/** The fixtures the format-invariance property runs over (issue #18 point 8): the seed, two national, three provincial reports. */
export const INVARIANCE_SAMPLE = [
  'hubei-sthjt-gzyd/2024',
  'gov-work-report/2024',
  'gov-work-report/2025',
  'gwr-anhui/2026',
  'gwr-beijing/2026',
  'gwr-hebei/2026',
] as const;

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
export const pdfData = fileURLToPath(new URL('./pdf-data/', import.meta.url));

/** A fixture's stored source text and the parse options its meta.json implies. */
export function fixtureSource(name: string): { text: string; options: { series: string; year: number; coverage: 'full' | 'excerpt' } } {
  const [series, year] = name.split('/') as [string, string];
  const meta = JSON.parse(readFileSync(`${fixtures}${name}/meta.json`, 'utf8')) as { sourceFile: string; encoding: string; coverage: 'full' | 'excerpt' };
  const text = new TextDecoder(meta.encoding).decode(readFileSync(`${fixtures}${name}/${meta.sourceFile}`));
  return { text, options: { series, year: Number(year), coverage: meta.coverage } };
}

/** What must not depend on the file format: the outline (labels, titles), task numbers, lead units, targets. */
export function formatView(plan: Plan): { outline: unknown; tasks: unknown; leads: unknown; targets: unknown } {
  const flat: Section[] = [];
  const visit = (list: Section[]): void => list.forEach((s) => { flat.push(s); visit(s.children); });
  visit(plan.sections);
  return {
    outline: flat.map((s) => [s.label, s.title, s.level]),
    tasks: plan.tasks.map((t) => t.number),
    leads: plan.tasks.map((t) => t.assignments.map((a) => a.lead.join('、'))),
    targets: plan.targets.map((t) => [t.metric, t.value, t.low, t.high, t.unit, t.modifier]),
  };
}

/** The keys of {@link formatView} on which two views differ. */
export function viewDifferences(a: ReturnType<typeof formatView>, b: ReturnType<typeof formatView>): string[] {
  return (Object.keys(a) as (keyof typeof a)[]).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/** The forms each sample notice is stored in under test/pdf-data (made by make-test-files.mjs). */
export const FORMATS = ['html', 'min.html', 'typed.docx', 'numbered.docx', 'chromium.pdf', 'libreoffice.pdf'] as const;
export type StoredFormat = (typeof FORMATS)[number];

/**
 * Parses what the ingest stage made of a file, as parse will once it takes an {@link IngestedNotice}: the original
 * bytes for HTML and text, the reader's HTML body for every other format.
 */
export function parseIngested(notice: IngestedNotice, options: Parameters<typeof parsePlan>[1] = {}): Plan {
  return notice.body.kind === 'bytes'
    ? parsePlan(notice.body.bytes, { fileName: `source.${notice.format === 'html' ? 'html' : 'txt'}`, ...options })
    : parsePlan(notice.body.html, { ...options, fileName: 'source.html' });
}

/** A sample notice in one stored form, through the front door and parse. */
export async function readAs(name: string, format: StoredFormat): Promise<Plan> {
  const file = `${name.replace('/', '-')}.${format}`;
  const notice = await ingestNotice(new Uint8Array(readFileSync(`${pdfData}${file}`)), { name: file });
  return parseIngested(notice, fixtureSource(name).options);
}
