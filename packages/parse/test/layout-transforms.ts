import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import type { Plan, Section } from '@plandiff/model';
import type { ParseOptions } from '../src/index.js';

/**
 * The layouts one notice is published in (issue 9, "layout invariance"): the same text joined into one line with
 * U+3000 pairs or with nothing, with U+2028/U+2029 line breaks, hard-wrapped as PDF text (28–40 columns, a page
 * number line, a running header and a form feed every ~30 lines), one HTML <p> per paragraph, re-encoded as
 * GB18030 (GBK's superset, so nothing is lost). Each transform takes the notice's text and gives bytes or a
 * string plus the file name it would arrive under.
 */
export type Layout = (text: string, seed: number) => { input: Uint8Array | string; fileName: string };

const paragraphs = (text: string) => text.split('\n').map((l) => l.trim()).filter((l) => l !== '');

/** Printed width as a Chinese font sets it: CJK and full-width 1 column, ASCII ½. */
const width = (ch: string) => (ch.charCodeAt(0) < 0x2000 ? 0.5 : 1);

/** Hard-wraps paragraphs (indented by two U+3000) at `columns`, with page furniture every `pageLines` lines. */
function pdfText(text: string, columns: number, pageLines: number): string {
  const out: string[] = [];
  let page = 1;
  const pageBreak = () => {
    out.push('', `— ${page++} —`, '\f某市人民政府办公室文件', '');
  };
  let onPage = 0;
  const emit = (line: string) => {
    out.push(line);
    if (++onPage >= pageLines) {
      pageBreak();
      onPage = 0;
    }
  };
  for (const p of paragraphs(text)) {
    let line = '\u3000\u3000';
    let used = 2;
    for (const ch of p) {
      if (used + width(ch) > columns) {
        emit(line);
        line = '';
        used = 0;
      }
      line += ch;
      used += width(ch);
    }
    if (line !== '') emit(line);
  }
  // the last page has its number too
  out.push('', `— ${page} —`);
  return out.join('\n');
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const LAYOUTS: Record<string, Layout> = {
  'one line, U+3000 pairs': (text) => ({ input: paragraphs(text).join('\u3000\u3000'), fileName: 'notice.txt' }),
  'one line, no separator': (text) => ({ input: paragraphs(text).join(''), fileName: 'notice.txt' }),
  'U+2028/U+2029 breaks': (text) => ({ input: paragraphs(text).map((p, i) => p + (i % 2 === 0 ? '\u2029' : '\u2028')).join(''), fileName: 'notice.txt' }),
  'PDF text (28–40 cols, page no., header, \\f)': (text, seed) => ({ input: pdfText(text, 28 + (seed % 13), 28 + (seed % 5)), fileName: 'notice.txt' }),
  'HTML <p> per paragraph': (text) => ({
    input: new TextEncoder().encode(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>notice</title></head><body>\n${paragraphs(text).map((p) => `<p>${escape(p)}</p>`).join('\n')}\n</body></html>`),
    fileName: 'notice.html',
  }),
  'GBK (GB18030) bytes': (text) => ({ input: iconv.encode(text, 'gb18030'), fileName: 'notice.txt' }),
};

/** A notice of the fixtures: its text (decoded as stored) and the options `plandiff check` parses it with. */
export interface LayoutSubject {
  name: string;
  text: string;
  options: ParseOptions;
}

/** Every fixture of fixtures/ stored as text or HTML as a {@link LayoutSubject}. */
export function fixtureSubjects(): LayoutSubject[] {
  const root = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
  const subjects: LayoutSubject[] = [];
  for (const series of readdirSync(root).sort()) {
    let years: string[];
    try {
      years = readdirSync(root + series).filter((y) => /^\d{4}$/.test(y)).sort();
    } catch {
      continue;
    }
    for (const year of years) {
      const meta = JSON.parse(readFileSync(`${root}${series}/${year}/meta.json`, 'utf8')) as { sourceFile: string; encoding: string; coverage: 'full' | 'excerpt' };
      // the layouts are rewritings of a text: a notice stored as PDF/Word/spreadsheet is not one
      if (!/\.(?:txt|html?)$/.test(meta.sourceFile)) continue;
      const text = new TextDecoder(meta.encoding).decode(readFileSync(`${root}${series}/${year}/${meta.sourceFile}`));
      subjects.push({ name: `${series}/${year}`, text, options: { series, year: Number(year), coverage: meta.coverage } });
    }
  }
  return subjects;
}

/** What must not depend on layout: the outline (labels, levels, roles, paths), tasks (ids, numbers, lead units), targets. */
export function layoutView(plan: Plan): { outline: unknown; titles: unknown; tasks: unknown; targets: unknown; figures: unknown } {
  const flat: Section[] = [];
  const visit = (list: Section[]) => list.forEach((s) => { flat.push(s); visit(s.children); });
  visit(plan.sections);
  return {
    outline: flat.map((s) => [s.id, s.label, s.level, s.role, s.path.join('/')]),
    titles: flat.map((s) => s.title),
    tasks: plan.tasks.map((t) => [t.id, t.number, t.assignments.map((a) => a.lead.join('、'))]),
    targets: plan.targets.map((t) => [t.taskId, t.metric, t.value, t.low, t.high, t.unit, t.modifier]),
    /** the targets without the task they belong to: what a one-line text without paragraph breaks can keep */
    figures: plan.targets.map((t) => [t.metric, t.value, t.low, t.high, t.unit, t.modifier]),
  };
}

/** The 25 provincial reports of 2026 in test/corpus as {@link LayoutSubject}s (year 2026). */
export function provincialSubjects(): LayoutSubject[] {
  const dir = fileURLToPath(new URL('./corpus/provincial-gwr-2026/', import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    name: `provincial-gwr-2026/${file.replace('.txt', '')}`,
    text: new TextDecoder().decode(readFileSync(dir + file)),
    options: { year: 2026 },
  }));
}
