/**
 * The one English rendering of evidence (target changes: figure.ts describeChange), for the CLI, the Markdown and CSV reports and the eval
 * (the viewer renders the same data through its i18n catalogue instead). Evidence and changes are data
 * (@plandiff/model evidence.ts); nothing here is ever parsed back.
 */
import type { Evidence, Side } from '@plandiff/model';

const PLAN: Record<Side, string> = { from: 'the earlier plan', to: 'the later plan' };

/** 0.4 → "0.40"; a share 0.48 → "48%". */
const fixed = (x: number): string => x.toFixed(2);
const percent = (x: number): string => `${Math.round(x * 100)}%`;
const place = (path: string): string => path || '(top)';

/**
 * One evidence item in English. Input: the item and, optionally, how to name a task id (default: the id itself).
 * Output: one line, e.g. "text similarity 0.42 (whole text 0.11, lead sentence 0.39, overlap 0.41)".
 */
export function formatEvidence(e: Evidence, taskName: (id: string) => string = (id) => id): string {
  switch (e.code) {
    case 'pinned':
      return `pinned by a human decision${e.values.note ? `: ${e.values.note}` : ''}`;
    case 'shared_terms':
      return `shared terms: ${e.values.terms.join(', ')}`;
    case 'shared_metrics':
      return `shared target metrics: ${e.values.metrics.join(', ')}`;
    case 'same_lead_unit':
      return `same lead unit: ${e.values.units.join(', ')}`;
    case 'similar_lead_sentence':
      return `similar lead sentence (${fixed(e.values.similarity)})`;
    case 'similar_section_title':
      return `similar section title (${fixed(e.values.similarity)})`;
    case 'text_similarity': {
      const v = e.values;
      return `text similarity ${fixed(v.similarity)} (${v.printed ? 'read with the run-in headings; ' : ''}whole text ${fixed(v.whole)}, lead sentence ${fixed(v.lead)}, overlap ${fixed(v.overlap)})`;
    }
    case 'corresponding_sections':
      return `corresponding sections: ${place(e.values.from)} ↔ ${place(e.values.to)}${e.values.samePlace ? ', same place in the section' : ''}`;
    case 'opening_paragraphs':
      return `opening paragraphs of corresponding sections: ${place(e.values.from)} ↔ ${place(e.values.to)}`;
    case 'moved':
      return `moved: ${place(e.values.from)} → ${place(e.values.to)}`;
    case 'taken_up': {
      const parts = e.taskIds.parts.map(taskName).join(' + ');
      const gap = e.values.gap ? ', consecutive paragraphs of the corresponding section nothing else took' : '';
      return `${e.values.whole === 'from' ? 'split' : 'merged'}: ${taskName(e.taskIds.whole)} is taken up by ${parts}${gap} (together ${percent(e.values.coverage)} of its text)`;
    }
    case 'between_parts':
      return `${e.values.whole === 'from' ? 'split' : 'merged'}: ${e.taskIds.parts.map(taskName).join(' + ')}, between two parts of ${taskName(e.taskIds.whole)}, takes up ${percent(e.values.coverage)} of its text too`;
    case 'no_counterpart':
      return `no counterpart in ${PLAN[e.values.missing]}`;
    case 'too_unlike':
      return `no counterpart in ${PLAN[e.values.missing]}: the nearest, ${taskName(e.taskIds.nearest)}, is too unlike to be the same task (score ${fixed(e.values.score)}, text similarity ${fixed(e.values.similarity)})`;
    case 'excerpt_boundary':
      return `after the last task the excerpt of ${PLAN[e.values.excerpt]} speaks for`;
    case 'linked_share':
      return `tasks linked to each other: ${percent(e.values.share)}`;
    case 'title_similarity':
      return `title similarity ${fixed(e.values.similarity)}`;
  }
}

/** The text similarity a link's evidence carries (0..1), or null when it carries none. */
export function evidenceTextSimilarity(evidence: readonly Evidence[]): number | null {
  for (const e of evidence) {
    if (e.code === 'text_similarity' || e.code === 'too_unlike') return e.values.similarity;
  }
  return null;
}
