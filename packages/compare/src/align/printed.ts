/**
 * Pass `printed`: opening paragraphs of their sections, linked 1:1, have their wording also compared as printed, with a
 * run-in heading as the lead sentence (run-in-heading.ts); the higher text similarity counts, marked `printed`.
 */
import { printedSimilarity, round2 } from '../align.js';
import { firstTasks } from './sections.js';
import type { AlignState } from './state.js';

export function printed(s: AlignState): void {
  const { A, B, model, links, from } = s;
  const firstB = firstTasks(s.to);
  // Opening paragraphs of their sections, linked 1:1: their wording is also compared as printed, with a run-in
  // heading as the lead sentence (run-in-heading.ts).
  const firstA = new Set(firstTasks(from).values());
  for (const l of links) {
    if (l.pinned || l.from.length !== 1 || l.to.length !== 1 || !firstA.has(l.from[0]) || ![...firstB.values()].includes(l.to[0])) continue;
    const printed = printedSimilarity(model, A[l.from[0]], B[l.to[0]]);
    if (printed === null || printed <= l.text) continue;
    l.text = printed;
    l.evidence = l.evidence.map((e) => (e.code === 'text_similarity'
      ? { code: e.code, values: { ...e.values, similarity: round2(printed), printed: true } }
      : e));
  }
  links.sort((x, y) => (x.from[0] ?? 0) - (y.from[0] ?? 0));

}
