import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.js';
import type { Damage, Span } from '@plandiff/model';

/** A piece of plan text, either clean or covered by one damage record. */
export interface TextPiece {
  text: string;
  /** UTF-16 offset of the piece in plan.text. */
  start: number;
  damage: Damage | null;
}

/**
 * Cuts the part `span` of `text` (UTF-16 offsets, `[start, end)`) into pieces at the damage spans
 * (Plan contract `damage`: repaired or lost characters). Damage spans are clipped to `span`; overlapping or
 * unsorted records are tolerated (the earlier-starting one wins). Output pieces concatenate to the span's text.
 */
export function splitByDamage(text: string, span: Span, damage: readonly Damage[]): TextPiece[] {
  const [start, end] = span;
  const inside = damage
    .filter((record) => record.span[1] > start && record.span[0] < end && record.span[1] >= record.span[0])
    .sort((a, b) => a.span[0] - b.span[0]);
  const pieces: TextPiece[] = [];
  let at = start;
  for (const record of inside) {
    const from = Math.max(record.span[0], at);
    const to = Math.min(record.span[1], end);
    if (to <= from) continue;
    if (from > at) pieces.push({ text: text.slice(at, from), start: at, damage: null });
    pieces.push({ text: text.slice(from, to), start: from, damage: record });
    at = to;
  }
  if (at < end) pieces.push({ text: text.slice(at, end), start: at, damage: null });
  return pieces;
}

/** A reader-facing explanation of one damage record, shown on hover and to screen readers. */
export function explainDamage(record: Damage, t: TFunction = i18n.t): string {
  if (record.kind === 'lost') return t('damage.lost', { original: record.original });
  return t('damage.repaired', { original: record.original, repairedTo: record.repairedTo ?? '?' });
}
