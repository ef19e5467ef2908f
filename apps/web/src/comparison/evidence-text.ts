import { POLICY_TERMS } from '@plandiff/compare';
import type { LinkKind } from '@plandiff/model';
import type { TFunction } from 'i18next';
import type { PlanIndex } from '../plan/plan-index.js';
import { taskLabel } from '../plan/plan-index.js';

/**
 * The words of a "shared terms" evidence that are words: the policy terms (@plandiff/compare POLICY_TERMS, e.g.
 * 高质量发展) found inside the listed terms. The aligner's terms are character n-grams that can cut words
 * (业统筹布局和); those are never shown. Output: distinct terms in order; empty when none is a known term.
 */
export function sharedWords(terms: readonly string[]): string[] {
  const words: string[] = [];
  for (const term of terms) for (const known of POLICY_TERMS) if (term.includes(known) && !words.includes(known)) words.push(known);
  return words;
}

const TASK_ID = /\bt[\d.]+(?:\.p\d+)?\b/g;

/**
 * Says a link's evidence in the reader's language with display paths (三（二）第2段) for task ids: `text similarity
 * 0.30` → 文字相似度 0.30, `merged: t1.p2 is taken up by t1.p2 + t1.p8 (…48%…)` → paths of each year, `shared terms`
 * kept only for real words ({@link sharedWords}). Input: the evidence strings of @plandiff/compare, the link kind,
 * both plan indexes and the years. Output: the items to show (unknown phrasing passes through with ids replaced).
 */
export function evidenceText(
  evidence: readonly string[],
  kind: LinkKind,
  from: PlanIndex,
  to: PlanIndex,
  years: { from: string; to: string },
  t: TFunction,
): string[] {
  const zh = t('kind.changed') === '修改';
  const path = (index: PlanIndex, id: string) => {
    const task = index.taskById.get(id);
    return task ? taskLabel(task) : id;
  };
  const out: string[] = [];
  for (const item of evidence) {
    let m: RegExpExecArray | null;
    if ((m = /^shared terms: (.*)$/.exec(item))) {
      const words = sharedWords(m[1].split(/,\s*/));
      if (words.length > 0) out.push(`${zh ? '共同术语：' : 'shared terms: '}${words.join(zh ? '、' : ', ')}`);
    } else if ((m = /^text similarity ([\d.]+)$/.exec(item))) {
      out.push(zh ? `文字相似度 ${m[1]}` : item);
    } else if ((m = /^similar section title \(([\d.]+)\)$/.exec(item))) {
      out.push(zh ? `章节标题相似（${m[1]}）` : item);
    } else if ((m = /^similar lead sentence \(([\d.]+)\)$/.exec(item))) {
      out.push(zh ? `首句相似（${m[1]}）` : item);
    } else if ((m = /^corresponding sections: (.*)$/.exec(item))) {
      out.push(zh ? `对应章节：${m[1]}` : item);
    } else if (item === 'opening paragraphs of corresponding sections') {
      out.push(zh ? '对应章节的开头段落' : item);
    } else if (item === 'no counterpart in the later plan' || item === 'no counterpart in the earlier plan') {
      const later = item.endsWith('later plan');
      out.push(zh ? `${later ? years.to : years.from}年无对应段落` : item);
    } else if (item === 'moved' || item === 'merged' || item === 'split') {
      continue; // the badge already says it
    } else if ((m = /^(merged|split): (\S+) is taken up by (.+?) \(together (\d+)% of its text\)$/.exec(item))) {
      // merged: a year-B task takes up several of year A; split: a year-A task is taken up by several of year B
      const [oneIndex, manyIndex, oneYear, manyYear] = m[1] === 'merged' ? [to, from, years.to, years.from] : [from, to, years.from, years.to];
      const many = m[3].split(/\s*\+\s*/).map((id) => path(manyIndex, id));
      out.push(
        zh
          ? `${oneYear}年 ${path(oneIndex, m[2])} 承接 ${manyYear}年 ${many.join(' + ')}（合计占其文字 ${m[4]}%）`
          : `${oneYear} ${path(oneIndex, m[2])} takes up ${manyYear} ${many.join(' + ')} (together ${m[4]}% of its text)`,
      );
    } else if (item.startsWith('shared target metrics')) {
      out.push(zh ? item.replace('shared target metrics', '共同目标指标') : item);
    } else {
      out.push(item.replace(TASK_ID, (id) => (kind === 'dropped' ? path(from, id) : to.taskById.has(id) ? path(to, id) : path(from, id))));
    }
  }
  return out;
}
