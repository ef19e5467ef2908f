import { POLICY_TERMS } from '@plandiff/compare';
import type { Evidence, Side } from '@plandiff/model';
import type { TFunction } from 'i18next';
import type { PlanIndex } from '../plan/plan-index.js';
import { taskLabel } from '../plan/plan-index.js';

/**
 * The words of a `shared_terms` evidence that are words: the policy terms (@plandiff/compare POLICY_TERMS, e.g.
 * 高质量发展) found inside the listed terms. The aligner's terms are character n-grams that can cut words
 * (业统筹布局和); those are never shown. Output: distinct terms in order; empty when none is a known term.
 */
export function sharedWords(terms: readonly string[]): string[] {
  const words: string[] = [];
  for (const term of terms) for (const known of POLICY_TERMS) if (term.includes(known) && !words.includes(known)) words.push(known);
  return words;
}

/** The words an evidence item carries (shared terms, metrics, lead units, a pin's note), for the text filter. */
export function evidenceWords(e: Evidence): string[] {
  if (e.code === 'shared_terms') return e.values.terms;
  if (e.code === 'shared_metrics') return e.values.metrics;
  if (e.code === 'same_lead_unit') return e.values.units;
  if (e.code === 'pinned' && e.values.note) return [e.values.note];
  return [];
}

/** Evidence codes a card does not repeat: the kind badge and the moved note already say them. */
const SAID_ELSEWHERE = new Set<Evidence['code']>(['moved']);

/**
 * Says a link's evidence in the reader's language through the `evidence.*` catalogue: task ids become display paths
 * (三（二）第2段) of their year, sides become years, similarities read 0.00 and shares whole percent; `shared_terms`
 * keeps only real words ({@link sharedWords}) and is left out when none is. Input: the evidence of @plandiff/compare
 * (data, never parsed), both plan indexes and the two years as shown. Output: the lines to show, in order.
 */
export function evidenceText(
  evidence: readonly Evidence[],
  from: PlanIndex,
  to: PlanIndex,
  years: { from: string; to: string },
  t: TFunction,
): string[] {
  const index = { from, to };
  const path = (side: Side, id: string): string => {
    const task = index[side].taskById.get(id);
    return task ? taskLabel(task) : id;
  };
  const other = (side: Side): Side => (side === 'from' ? 'to' : 'from');
  const list = (items: readonly string[]): string => items.join(t('evidence.listSeparator'));
  const place = (p: string): string => p || t('evidence.top');
  const fixed = (x: number): string => x.toFixed(2);
  const out: string[] = [];
  for (const e of evidence) {
    if (SAID_ELSEWHERE.has(e.code)) continue;
    switch (e.code) {
      case 'pinned':
        out.push(e.values.note ? t('evidence.pinnedNote', { note: e.values.note }) : t('evidence.pinned'));
        break;
      case 'shared_terms': {
        const words = sharedWords(e.values.terms);
        if (words.length > 0) out.push(t('evidence.shared_terms', { terms: list(words) }));
        break;
      }
      case 'shared_metrics':
        out.push(t('evidence.shared_metrics', { metrics: list(e.values.metrics) }));
        break;
      case 'same_lead_unit':
        out.push(t('evidence.same_lead_unit', { units: list(e.values.units) }));
        break;
      case 'similar_lead_sentence':
      case 'similar_section_title':
      case 'title_similarity':
        out.push(t(`evidence.${e.code}`, { similarity: fixed(e.values.similarity) }));
        break;
      case 'text_similarity': {
        const v = e.values;
        out.push(t(v.printed ? 'evidence.text_similarityPrinted' : 'evidence.text_similarity', {
          similarity: fixed(v.similarity), whole: fixed(v.whole), lead: fixed(v.lead), overlap: fixed(v.overlap),
        }));
        break;
      }
      case 'corresponding_sections':
        out.push(t(e.values.samePlace ? 'evidence.corresponding_sectionsSamePlace' : 'evidence.corresponding_sections', {
          from: place(e.values.from), to: place(e.values.to),
        }));
        break;
      case 'opening_paragraphs':
      case 'moved':
        out.push(t(`evidence.${e.code}`, { from: place(e.values.from), to: place(e.values.to) }));
        break;
      case 'taken_up':
      case 'between_parts': {
        const whole = e.values.whole;
        const key = e.code === 'taken_up' && e.values.gap ? 'evidence.taken_upGap' : `evidence.${e.code}`;
        out.push(t(key, {
          wholeYear: years[whole], whole: path(whole, e.taskIds.whole),
          partsYear: years[other(whole)], parts: e.taskIds.parts.map((id) => path(other(whole), id)).join(' + '),
          coverage: Math.round(e.values.coverage * 100),
        }));
        break;
      }
      case 'no_counterpart':
        out.push(t('evidence.no_counterpart', { year: years[e.values.missing] }));
        break;
      case 'too_unlike':
        out.push(t('evidence.too_unlike', {
          year: years[e.values.missing], nearest: path(e.values.missing, e.taskIds.nearest),
          score: fixed(e.values.score), similarity: fixed(e.values.similarity),
        }));
        break;
      case 'excerpt_boundary':
        out.push(t('evidence.excerpt_boundary', { year: years[e.values.excerpt] }));
        break;
      case 'linked_share':
        out.push(t('evidence.linked_share', { share: Math.round(e.values.share * 100) }));
        break;
    }
  }
  return out;
}
