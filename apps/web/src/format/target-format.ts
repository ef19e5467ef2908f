import type { Modifier, Target, TargetChange } from '@plandiff/model';
import { formatFigure } from '@plandiff/compare';

/** Reader-facing English name of each modifier (used in change descriptions). */
export const MODIFIER_NAME: Record<Modifier, string> = {
  about: 'about',
  at_least: 'at least',
  at_most: 'at most',
  exact: 'exact',
  range: 'range',
  qualitative: 'qualitative',
  none: 'no target set',
};

/**
 * A target's figure as the plans write it (`5%左右`, `92%以上`, `6–6.5%`, `力争…`, `□ (damaged)` for a lost
 * figure — never a guessed number), from @plandiff/compare's formatFigure so the viewer and the exports agree;
 * an explicit "no target set" (modifier none) reads `no target set`.
 */
export function formatTarget(target: Target): string {
  if (target.modifier === 'none') return 'no target set';
  return formatFigure(target);
}

/**
 * True when a target's display is a sentence rather than a figure (qualitative targets such as
 * 地表水国控断面达到国家考核目标要求), which tables let wrap instead of keeping on one line.
 */
export function isWordedTarget(target: Target): boolean {
  return target.modifier === 'qualitative' && !target.damaged;
}

/**
 * The number a chart plots for a target: its value, or the middle of its range; null for damaged,
 * qualitative and "no target set" targets (a gap in the line, never a made-up point).
 */
export function targetNumber(target: Target | null): number | null {
  if (target === null || target.damaged || target.modifier === 'none' || target.modifier === 'qualitative') return null;
  if (target.value !== null) return target.value;
  if (target.low !== null && target.high !== null) return (target.low + target.high) / 2;
  return null;
}

function modifierChange(raw: string): string {
  return raw
    .split('→')
    .map((part) => (part in MODIFIER_NAME ? MODIFIER_NAME[part as Modifier] : part))
    .join(' → ');
}

/** Short labels (and a tone for colour) describing one target change, e.g. `raised`, `modifier at least → about`. */
export interface ChangeLabel {
  text: string;
  tone: 'up' | 'down' | 'new' | 'gone' | 'warn' | 'neutral';
}

/**
 * Describes a target change for the target table.
 * Input: a TargetChange (contract). Output: one label per thing that changed: `new`, `dropped`, `raised`,
 * `lowered`, `modifier …`, `damaged …` and the other present parts of `change`; `same` when nothing did.
 */
export function describeTargetChange(change: TargetChange): ChangeLabel[] {
  if (change.kind === 'added') return [{ text: 'new', tone: 'new' }];
  if (change.kind === 'dropped') return [{ text: 'dropped', tone: 'gone' }];
  const labels: ChangeLabel[] = [];
  const parts = change.change;
  if (parts.damaged) {
    const which = parts.damaged === 'both' ? 'both years' : parts.damaged === 'from' ? 'year A' : 'year B';
    labels.push({ text: `damaged (${which}): figure unknown`, tone: 'warn' });
  }
  if (parts.value === 'raised') labels.push({ text: 'raised', tone: 'up' });
  if (parts.value === 'lowered') labels.push({ text: 'lowered', tone: 'down' });
  if (parts.value === 'unknown' && !parts.damaged) labels.push({ text: 'value not comparable', tone: 'warn' });
  if (parts.modifier) labels.push({ text: `modifier ${modifierChange(parts.modifier)}`, tone: 'neutral' });
  for (const key of ['range', 'unit', 'deadline', 'direction', 'aspirational'] as const) {
    const value = parts[key];
    if (value) labels.push({ text: `${key} ${value}`, tone: 'neutral' });
  }
  if (labels.length === 0) labels.push({ text: 'same', tone: 'neutral' });
  return labels;
}
