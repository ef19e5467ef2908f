/**
 * How a target's figure is written in reports: value, unit and modifier in the plans' own words.
 */
import type { Target, TargetChange } from '@plandiff/model';

const MODIFIER_ZH: Record<string, string> = { about: '左右', at_least: '以上', at_most: '以内', exact: '' };

/**
 * The figure of a target as a researcher would write it: `5%左右`, `1.3万亿斤以上`, `6–6.5%`,
 * `降低3%左右` (direction decrease), `力争…` prefix when aspirational. A damaged figure is written
 * `□ (damaged)` — never a guessed number; a qualitative target gives its text; `modifier: none` gives
 * `no target`. Null gives an empty string.
 */
export function formatFigure(t: Target | null): string {
  if (!t) return '';
  if (t.damaged) return '□ (damaged)';
  if (t.modifier === 'none') return 'no target';
  if (t.modifier === 'qualitative') return t.text;
  const unit = t.unit ?? '';
  let fig: string;
  if (t.modifier === 'range' || (t.value === null && (t.low !== null || t.high !== null))) {
    fig = `${t.low ?? '?'}–${t.high ?? '?'}${unit}`;
  } else fig = `${t.value ?? '?'}${unit}${MODIFIER_ZH[t.modifier] ?? ''}`;
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
