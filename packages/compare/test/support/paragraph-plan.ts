/**
 * A deliberately small stand-in for @plandiff/parse, used only by this package's tests, eval and bench
 * while the real parser is being built: lines are paragraphs; "一、" lines open level-1 sections,
 * "（一）" lines level-2 sections; every other non-empty line after the first section is one task.
 * No targets or assignments (tests add real ones by hand where they need them).
 */
import type { Plan, Section, Task } from '@plandiff/model';
import { SCHEMA_VERSION } from '@plandiff/model';

const L1 = /^([一二三四五六七八九十]+、)(.*)$/u;
const L2 = /^([（(][一二三四五六七八九十]+[）)])(.*)$/u;

export function paragraphPlan(text: string, id: string, year: number, coverage: 'full' | 'excerpt' = 'full'): Plan {
  const sections: Section[] = [];
  const tasks: Task[] = [];
  let top: Section | null = null;
  let sub: Section | null = null;
  let offset = 0;
  let n = 0;
  for (const raw of text.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    const line = raw.replace(/^[\s\u200b\ufeff]+|\s+$/gu, '');
    if (line === '') continue;
    const span: [number, number] = [start, start + raw.length];
    let m = L1.exec(line);
    if (m) {
      top = { id: `s${sections.length + 1}`, label: m[1].replace('、', ''), title: m[2].replace(/[。.]$/u, ''), level: 1,
        path: [m[1].replace('、', '')], span, role: /回顾/u.test(m[2]) ? 'review' : 'plan', inferred: false, children: [] };
      sections.push(top);
      sub = null;
      continue;
    }
    m = L2.exec(line);
    if (m && top) {
      const title = m[2].split('。')[0];
      sub = { id: `${top.id}.${top.children.length + 1}`, label: m[1], title, level: 2, path: [top.label, m[1]], span,
        role: top.role, inferred: false, children: [] };
      top.children.push(sub);
      // gov-work-report: the heading line of a （一） section carries only the heading sentence
      if (line.length <= title.length + m[1].length + 2) continue;
    }
    if (!top) continue;
    const sec = sub ?? top;
    n += 1;
    tasks.push({ id: `t${n}`, sectionId: sec.id, path: [...sec.path, String(n)], number: null,
      title: line.split('。')[0], text: line, span, assignments: [], targets: [] });
  }
  return {
    schemaVersion: SCHEMA_VERSION, id, series: id.split('/')[0], year,
    meta: { title: null, issuer: null, docNumber: null, issuedOn: null, publishedOn: null, sourceUrl: null, encoding: 'utf-8', coverage },
    text, sections, tasks, targets: [], damage: [], warnings: [],
  };
}
