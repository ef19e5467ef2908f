/**
 * Clause and sentence limits around a position, for the target reader. A clause ends at ，；。：！？ (and
 * their ASCII forms, which the damaged Hubei scrape uses), a line break, a tab or a space; `、` is not a
 * clause break (it joins the items of one subject: 细颗粒物平均浓度、空气质量优良天数比率…). Every search is
 * capped so that a text without punctuation stays linear.
 */

const CLAUSE_BREAKS = new Set(['，', ',', '；', ';', '。', '：', ':', '！', '!', '？', '?', '\n', '\r', '\t', ' ', '　']);
const SENTENCE_BREAKS = new Set(['；', ';', '。', '！', '!', '？', '?', '\n', '\r']);

/** Whether `c` ends a clause. */
export function isClauseBreak(c: string | undefined): boolean {
  return c !== undefined && CLAUSE_BREAKS.has(c);
}

/**
 * The start of the clause holding `pos`: the offset after the nearest clause break before `pos`, or
 * `pos − cap` when none is nearer. A `N.` outline label (`1.坚决完成…`) counts as a break.
 */
export function clauseStart(text: string, pos: number, cap: number): number {
  const limit = Math.max(0, pos - cap);
  for (let k = pos - 1; k >= limit; k--) {
    const c = text[k];
    if (CLAUSE_BREAKS.has(c)) return k + 1;
    if (c === '.' && k > 0 && text[k - 1] >= '0' && text[k - 1] <= '9' && !(text[k + 1] >= '0' && text[k + 1] <= '9')) {
      return k + 1;
    }
  }
  return limit;
}

/** The end of the clause holding `pos`: the offset of the next clause break, or `pos + cap`. */
export function clauseEnd(text: string, pos: number, cap: number): number {
  const limit = Math.min(text.length, pos + cap);
  for (let k = pos; k < limit; k++) if (CLAUSE_BREAKS.has(text[k])) return k;
  return limit;
}

/** The start of the sentence holding `pos` (after 。；！？ or a line break), capped like {@link clauseStart}. */
export function sentenceStart(text: string, pos: number, cap: number): number {
  const limit = Math.max(0, pos - cap);
  for (let k = pos - 1; k >= limit; k--) if (SENTENCE_BREAKS.has(text[k])) return k + 1;
  return limit;
}
