/**
 * How a target's figure is written in reports: value, unit and modifier in the plans' own words.
 */
import type { Target, TargetChange } from '@plandiff/model';

const MODIFIER_ZH: Record<string, string> = { about: '左右', at_least: '以上', at_most: '以内', exact: '' };

const ORDINAL_ZH = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** A place as the plans write it: 第一位 (exact), 前三位 (at most: no lower than). Past ten in digits (第12位). */
function rankFigure(t: Target): string | null {
  if (t.unit !== null || !t.metric.endsWith('排名') || t.value === null || !Number.isInteger(t.value) || t.value < 1) return null;
  const place = ORDINAL_ZH[t.value] ?? String(t.value);
  if (t.modifier === 'at_most') return `前${place}位`;
  if (t.modifier === 'exact') return `第${place}位`;
  return null;
}

/**
 * The figure of a target as a researcher would write it: `5%左右`, `1.3万亿斤以上`, `6–6.5%`,
 * `降低3%左右` (direction decrease), `+30元` (an increment on the year before: 再提高30元, 比上年增加…, never
 * read as a level), `第一位` / `前三位` (a rank: unit null, metric …排名), `力争…` prefix when aspirational. A
 * damaged figure is written `□ (damaged)` — never a guessed number; a qualitative target gives its text;
 * `modifier: none` gives `no target`. Null gives an empty string.
 */
export function formatFigure(t: Target | null): string {
  if (!t) return '';
  if (t.damaged) return '□ (damaged)';
  if (t.modifier === 'none') return 'no target';
  if (t.modifier === 'qualitative') return t.text;
  const unit = t.unit ?? '';
  let fig: string;
  const rank = rankFigure(t);
  if (rank !== null) fig = rank;
  else if (t.modifier === 'range' || (t.value === null && (t.low !== null || t.high !== null))) {
    fig = `${t.low ?? '?'}–${t.high ?? '?'}${unit}`;
  } else fig = `${t.value ?? '?'}${unit}${MODIFIER_ZH[t.modifier] ?? ''}`;
  if (t.basis === 'increment' && t.direction !== 'decrease') fig = `+${fig}`;
  if (t.direction === 'decrease') fig = `降低${fig}`;
  if (t.aspirational) fig = `力争${fig}`;
  if (t.deadline) fig = `${fig} (${t.deadline})`;
  return fig;
}

/**
 * One-line description of a TargetChange: "lowered", "raised; modifier at_least→about",
 * "value unknown (damaged in the later plan)", "wording changed", "added", "dropped", "unchanged",
 * "beyond the excerpt (cannot be compared)".
 */
export function describeChange(c: TargetChange): string {
  if (c.kind === 'outside_excerpt') return 'beyond the excerpt (cannot be compared)';
  if (c.kind !== 'changed') return c.kind;
  const parts: string[] = [];
  const ch = c.change;
  if (ch.value === 'unknown') {
    const where = ch.damaged === 'both' ? 'in both plans' : ch.damaged === 'from' ? 'in the earlier plan' : ch.damaged === 'to' ? 'in the later plan' : '';
    parts.push(ch.damaged ? `value unknown (damaged ${where})` : 'value not comparable');
  } else if (ch.value && ch.value !== 'same') parts.push(ch.value);
  const fromTo = (p: { from: unknown; to: unknown }): string => `${p.from ?? '—'}→${p.to ?? '—'}`;
  if (ch.modifier) parts.push(`modifier ${fromTo(ch.modifier)}`);
  if (ch.range) parts.push(`range ${fromTo(ch.range)}`);
  if (ch.unit) parts.push(`unit ${fromTo(ch.unit)}`);
  if (ch.deadline) parts.push(`deadline ${fromTo(ch.deadline)}`);
  if (ch.direction) parts.push(`direction ${fromTo(ch.direction)}`);
  if (ch.aspirational) parts.push(`aspirational ${fromTo(ch.aspirational)}`);
  if (ch.wording) parts.push('wording changed');
  return parts.length > 0 ? parts.join('; ') : 'changed';
}
