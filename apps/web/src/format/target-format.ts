import type { Modifier, Target, TargetChange } from '@plandiff/model';
import { formatFigure } from '@plandiff/compare';
import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n.js';

/** The modifier's name in the language shown (以上 / 左右 / 以内 … in zh-CN, at least (以上) … in English). */
export function modifierName(modifier: Modifier, t: TFunction = i18n.t): string {
  return t(`modifier.${modifier}`);
}

/**
 * A target's figure as the plans write it (`5%左右`, `92%以上`, `6–6.5%`, `力争…`, `□（原文缺损）` / `□ (damaged)` for a lost
 * figure — never a guessed number), from @plandiff/compare's formatFigure so the viewer and the exports agree;
 * an explicit "no target set" (modifier none) reads `no target set`.
 */
export function formatTarget(target: Target, t: TFunction = i18n.t): string {
  if (target.modifier === 'none') return t('change.noTargetSetCell');
  if (target.damaged) return t('change.damagedFigure');
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

function modifierChange(change: { from: Modifier | null; to: Modifier | null }, t: TFunction): ChangeLabel {
  const name = (m: Modifier | null): string => (m === null ? '—' : modifierName(m, t));
  return { text: t('change.modifier', { from: name(change.from), to: name(change.to) }), tone: 'neutral' };
}

/** A `{ from, to }` part of a TargetChange as `from → to`, `—` for a side that does not say. */
function spacedChange(change: { from: string | null; to: string | null }): string {
  return `${change.from ?? '—'} → ${change.to ?? '—'}`;
}

/** Short labels (and a tone for colour) describing one target change, e.g. `raised`, `modifier at least → about`. */
export interface ChangeLabel {
  text: string;
  tone: 'up' | 'down' | 'new' | 'gone' | 'warn' | 'neutral';
}

/** The two years of a comparison, to name the side whose figure was lost (null = a notice without a year). */
export interface ChangeYears {
  from: number | null;
  to: number | null;
}

/** The label for a figure lost in a damaged source: which year's copy lost it. */
function lostFigure(side: 'from' | 'to' | 'both', years: ChangeYears, t: TFunction): ChangeLabel {
  const year = (which: 'from' | 'to') => String(years[which] ?? t(which === 'from' ? 'common.yearA' : 'common.yearB'));
  const where = side === 'both' ? t('change.lostBoth') : year(side);
  return { text: t('change.lost', { where }), tone: 'warn' };
}

/** Words for a deadline that differs between the years: moved, added or dropped. */
function deadlineChange({ from, to }: { from: string | null; to: string | null }, t: TFunction): ChangeLabel {
  if (from && to) return { text: t('change.deadlineMoved', { from, to }), tone: 'neutral' };
  if (to) return { text: t('change.deadlineAdded', { to }), tone: 'neutral' };
  if (from) return { text: t('change.deadlineDropped', { from }), tone: 'neutral' };
  return { text: t('change.deadline', { change: spacedChange({ from, to }) }), tone: 'neutral' };
}

/**
 * Describes a target change in words for the target table and the task rows.
 * Input: a TargetChange (contract) and, optionally, the two years (to say which year's figure was lost).
 * Output: one label per thing that changed, in this order:
 * - `beyond the 2023 excerpt: cannot be compared` for a target whose counterpart an excerpt cannot show;
 * - `new` / `dropped` for a target only one year has (plus `figure lost in the source (year)` when its figure is
 *   damaged: the number is unknown, never shown);
 * - `no target set in B` when year B says explicitly that it sets none (modifier none), `target set again` for the
 *   reverse — then nothing else, since a figure cannot be compared with no figure;
 * - `figure lost in the source (year | both years)`;
 * - `raised` / `lowered` (for a reduction target, 降低 2.5% → 3%, also `a larger cut` / `a smaller cut`),
 *   `value not comparable` (e.g. different units);
 * - `modifier at least → about`, `range 100万元 → 100–300万元`, `unit 栋 → 个`;
 * - `deadline moved: 年内 → 年末`, `deadline added: 年内`, `deadline dropped (was 年末)`;
 * - `direction increase → decrease`, `wording changed` (a qualitative target reworded),
 *   `now aspirational (力争)` / `no longer aspirational (力争 dropped)`;
 * - `same` when nothing did.
 */
export function describeTargetChange(
  change: TargetChange,
  years: ChangeYears = { from: null, to: null },
  t: TFunction = i18n.t,
): ChangeLabel[] {
  const { from, to } = change;
  if (change.kind === 'outside_excerpt') {
    const side = to ? 'to' : 'from';
    const excerptYear = side === 'to' ? years.from : years.to;
    return [
      { text: t('change.beyondExcerpt', { year: excerptYear ?? '' }), tone: 'neutral' },
      ...(change[side]?.damaged ? [lostFigure(side, years, t)] : []),
    ];
  }
  if (change.kind === 'added' || (!from && to)) {
    return [{ text: t('change.new'), tone: 'new' }, ...(to?.damaged ? [lostFigure('to', years, t)] : [])];
  }
  if (change.kind === 'dropped' || (from && !to)) {
    return [{ text: t('change.dropped'), tone: 'gone' }, ...(from?.damaged ? [lostFigure('from', years, t)] : [])];
  }
  if (from && to && from.modifier !== to.modifier && (from.modifier === 'none' || to.modifier === 'none')) {
    return to.modifier === 'none'
      ? [{ text: t('change.noTargetSet', { year: years.to ?? t('common.yearB') }), tone: 'gone' }]
      : [{ text: t('change.setAgain'), tone: 'new' }];
  }
  const labels: ChangeLabel[] = [];
  const parts = change.change;
  if (parts.damaged) labels.push(lostFigure(parts.damaged, years, t));
  const cut = from?.direction === 'decrease' && to?.direction === 'decrease';
  if (parts.value === 'raised') labels.push({ text: t(cut ? 'change.raisedCut' : 'change.raised'), tone: 'up' });
  if (parts.value === 'lowered') labels.push({ text: t(cut ? 'change.loweredCut' : 'change.lowered'), tone: 'down' });
  if (parts.value === 'unknown' && !parts.damaged) labels.push({ text: t('change.notComparable'), tone: 'warn' });
  if (parts.modifier) labels.push(modifierChange(parts.modifier, t));
  if (parts.range) labels.push({ text: t('change.range', { change: spacedChange(parts.range) }), tone: 'neutral' });
  if (parts.unit) labels.push({ text: t('change.unit', { change: spacedChange(parts.unit) }), tone: 'neutral' });
  if (parts.deadline) labels.push(deadlineChange(parts.deadline, t));
  if (parts.direction) {
    const way = (d: string | null): string | null => (d === null ? null : t(`change.way.${d}`));
    labels.push({ text: t('change.direction', { change: spacedChange({ from: way(parts.direction.from), to: way(parts.direction.to) }) }), tone: 'neutral' });
  }
  if (parts.wording) labels.push({ text: t('change.wording'), tone: 'neutral' });
  if (parts.aspirational) {
    labels.push({ text: t(to?.aspirational ? 'change.nowAspirational' : 'change.noLongerAspirational'), tone: 'neutral' });
  }
  if (labels.length === 0) labels.push({ text: t('change.same'), tone: 'neutral' });
  return labels;
}
