/**
 * Target matching across years and the description of what changed between two targets of one metric.
 *
 * Targets are matched by normalised metric (exact key first, then the closest key by character-bigram
 * Dice coefficient ≥ {@link METRIC_SIMILARITY}, or one key containing the other), never by position.
 * A damaged figure (Target.damaged, a '□' in the source) is never compared: its value change is 'unknown'.
 */
import type { Target, TargetChange } from '@plandiff/model';
import { dice } from './dice.js';

/** Minimum Dice coefficient of two metric keys' bigrams for a fuzzy match of two worded (qualitative) targets. */
export const METRIC_SIMILARITY = 0.6;

/**
 * The same for targets with a figure: a qualifier inserted into the name names another measure
 * (中央本级支出增长 / 中央本级基础研究支出增长, Dice 0.67; 科技型中小企业 / 制造业企业加计扣除比例, 0.64).
 */
export const FIGURE_METRIC_SIMILARITY = 0.7;

const LEADING = /^(?:全省|全国|全市|全区|全年|今年|力争|确保|其中|我省|我国)+/u;
const TRAILING = /(?:全年|力争|确保|稳定|保持|控制|达到|提高|提升|降低|下降|在|到|至|为|于|拟按|安排|总体|基本)+$/u;

/**
 * The matching key of a metric name: whitespace removed, full-width brackets and letters folded to
 * ASCII, leading scope words (全省, 全国, 全年 …) and trailing verbs (全年控制在, 达到, 保持在 …) removed.
 * `城镇调查失业率全年控制在` and `城镇调查失业率` give the same key. Pure; never throws.
 */
export function normaliseMetric(metric: string): string {
  let s = metric.normalize('NFKC').replace(/\s+/gu, '');
  s = s.replace(LEADING, '');
  let prev = '';
  while (prev !== s) {
    prev = s;
    s = s.replace(TRAILING, '');
  }
  return s === '' ? metric : s;
}

/** Magnitude prefixes of a unit (万人 = 10⁴ 人): stripped to find the unit's dimension. */
const MAGNITUDE = /^(?:万亿|千亿|百亿|亿|千万|百万|万|千|百)(?!分点)/u;

/** The dimension of a unit: 亿元 → 元, 万人次 → 人次, 万平方米 → 平方米, ％ → %; null stays null. */
export function unitDimension(unit: string | null): string | null {
  if (unit === null) return null;
  const u = unit.normalize('NFKC').replace(/\s+/gu, '');
  const base = u.replace(MAGNITUDE, '');
  return base === '' ? u : base;
}

/**
 * Whether two targets' units measure the same thing: equal dimensions (亿元 and 万元; 万人 and 人), never a rate (%)
 * with an amount, never two different counted things (温室 150栋 is not 温室 20个). A target without a unit
 * (qualitative, rank) pairs with either.
 */
export function unitsCompatible(a: Pick<Target, 'unit'>, b: Pick<Target, 'unit'>): boolean {
  if (a.unit === null || b.unit === null) return true;
  return unitDimension(a.unit) === unitDimension(b.unit);
}

/** A target's basis; absent (plans parsed before the field existed) reads as 'level'. */
export function targetBasis(t: Target): 'level' | 'increment' {
  return t.basis ?? 'level';
}

/** A target's horizon kind; absent reads as 'annual'. */
export function horizonKind(t: Target): 'annual' | 'multi_year' {
  return t.horizon?.kind ?? 'annual';
}

/**
 * A bare metric word that names no indicator on its own (投资, 产值, 产量, 绿化: two characters or fewer once
 * normalised, and no metricKey): two such targets are the same target only inside linked tasks (Hailar 2014's
 * logistics park 投资2.5亿元 is not 2015's heating 投资1.6亿元).
 */
export function isBareMetric(t: Target): boolean {
  return !t.metricKey && normaliseMetric(t.metric).length <= 2;
}

/**
 * Whether two targets can be the same target, before any context: same basis (a level never pairs with an
 * increment), same horizon kind (a year's target never with a five-year one), compatible units, and either the same
 * metricKey (when both have one; different keys never pair) or similar names ({@link nameSimilarity}). Output: the
 * name similarity (1 for equal metricKeys), or null when they cannot be the same.
 */
export function identitySimilarity(a: Target, b: Target): number | null {
  if (targetBasis(a) !== targetBasis(b) || horizonKind(a) !== horizonKind(b) || !unitsCompatible(a, b)) return null;
  if (a.metricKey && b.metricKey) return a.metricKey === b.metricKey ? 1 : null;
  return nameSimilarity(a, b);
}

/**
 * How alike the metric names of two targets are, when they may be paired by a merely similar name: the
 * {@link metricSimilarity} of their names if units are compatible and it reaches {@link METRIC_SIMILARITY}
 * (both worded, no figure) or {@link FIGURE_METRIC_SIMILARITY} (otherwise); else null.
 */
export function nameSimilarity(a: Target, b: Target): number | null {
  if (!unitsCompatible(a, b)) return null;
  const worded = (t: Target): boolean => t.value === null && t.low === null && t.high === null && t.unit === null;
  const s = metricSimilarity(a.metric, b.metric);
  return s >= (worded(a) && worded(b) ? METRIC_SIMILARITY : FIGURE_METRIC_SIMILARITY) ? s : null;
}

/** How alike two metric names are, 0..1 (1 = same key; containment of one key in the other = 0.9). */
export function metricSimilarity(a: string, b: string): number {
  const ka = normaliseMetric(a);
  const kb = normaliseMetric(b);
  if (ka === kb) return 1;
  if (Math.min(ka.length, kb.length) >= 4 && (ka.includes(kb) || kb.includes(ka))) return 0.9;
  return dice(ka, kb);
}

function fmt(n: number | null): string {
  return n === null ? '?' : String(n);
}

function rangeText(t: Target): string {
  if (t.modifier === 'range' || t.low !== null || t.high !== null) return `${fmt(t.low)}–${fmt(t.high)}${t.unit ?? ''}`;
  return `${fmt(t.value)}${t.unit ?? ''}`;
}

function comparable(t: Target): number | null {
  if (t.damaged) return null;
  if (t.value !== null) return t.value;
  if (t.low !== null && t.high !== null) return (t.low + t.high) / 2;
  return null;
}

/** A target's wording for comparison: NFKC, without whitespace and punctuation ('□' kept). */
function wordingKey(t: Target): string {
  return t.text.normalize('NFKC').replace(/[\s\p{P}]+/gu, '');
}

/**
 * True when two qualitative targets say the same thing: their texts are equal once whitespace and
 * punctuation are removed, a lost character '□' on either side standing for any one character.
 */
function sameWording(a: Target, b: Target): boolean {
  const x = wordingKey(a);
  const y = wordingKey(b);
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i] && x[i] !== '□' && y[i] !== '□') return false;
  return true;
}

/**
 * A deadline for comparison: in a yearly plan "within the year" (年内, 今年, 全年, 年底, 年底前, 年末) is what every
 * target without a deadline means, so it compares equal to none; other deadlines as written, whitespace removed.
 */
function deadlineKey(t: Target): string {
  const d = (t.deadline ?? '').replace(/\s+/gu, '');
  return /^(?:年内|今年|全年|年底前?|年末|今年内)$/u.test(d) ? '' : d;
}

/**
 * The name of two paired targets: the later side's (`b`), unless it lost characters (□) the earlier side's name does
 * not — damage is not a rename, so the name comes from the undamaged side (Hubei 2024 国考城市细颗粒□PM2.5）… is named
 * as 2023 wrote it, 国考城市细颗粒物（PM2.5）…).
 */
export function pairedMetricName(a: Target, b: Target): string {
  return b.metric.includes('□') && !a.metric.includes('□') ? a.metric : b.metric;
}

/**
 * What changed from target `a` to target `b` (same metric).
 * Output: a TargetChange of kind 'changed' when any part differs or a side is damaged, else 'unchanged'
 * (also when both sides are damaged in the very same wording: value 'unknown', damaged 'both').
 * `change.value`: raised | lowered | same by the figure (a range compares by its midpoint), 'unknown'
 * when either figure is damaged or missing or the units differ. `modifier`, `range`, `unit`, `deadline`,
 * `direction`, `aspirational`: `{ from, to }` (null where a side does not say) when they differ.
 * `damaged`: which side lost characters of its figure. `wording`: 'changed' when both targets are
 * qualitative (or 'none') and their texts differ beyond whitespace, punctuation and lost characters
 * (Hubei 2024 adds 氮氧化物、挥发性有机物（VOCs）… to 2023's PM2.5 target).
 */
export function describeTargetChange(a: Target, b: Target): TargetChange {
  const change: TargetChange['change'] = {};
  const va = comparable(a);
  const vb = comparable(b);
  const bothQualitative = va === null && vb === null && !a.damaged && !b.damaged
    && ['qualitative', 'none'].includes(a.modifier) && ['qualitative', 'none'].includes(b.modifier);
  if (bothQualitative) {
    change.value = 'same';
    if (!sameWording(a, b)) change.wording = 'changed';
  }
  else if (va === null || vb === null || (a.unit ?? '') !== (b.unit ?? '')) change.value = 'unknown';
  else change.value = vb > va ? 'raised' : vb < va ? 'lowered' : 'same';
  if (a.modifier !== b.modifier) change.modifier = { from: a.modifier, to: b.modifier };
  const isRange = (t: Target): boolean => t.modifier === 'range' || t.low !== null || t.high !== null;
  if ((isRange(a) || isRange(b)) && rangeText(a) !== rangeText(b)) change.range = { from: rangeText(a), to: rangeText(b) };
  if ((a.unit ?? '') !== (b.unit ?? '')) change.unit = { from: a.unit, to: b.unit };
  if (deadlineKey(a) !== deadlineKey(b)) change.deadline = { from: a.deadline ?? null, to: b.deadline ?? null };
  if (a.direction !== b.direction) change.direction = { from: a.direction, to: b.direction };
  if (a.aspirational !== b.aspirational) change.aspirational = { from: a.aspirational, to: b.aspirational };
  if (a.damaged || b.damaged) change.damaged = a.damaged && b.damaged ? 'both' : a.damaged ? 'from' : 'to';
  // Both figures damaged in exactly the same wording (a plan compared with itself, or a sentence carried over
  // with the same lost characters): nothing shows a change, though the lost figure itself stays unknown.
  const sameDamagedWording = a.damaged && b.damaged && a.text === b.text && a.metric === b.metric;
  const changed = !sameDamagedWording && (change.value !== 'same' || Object.keys(change).length > 1);
  return { kind: changed ? 'changed' : 'unchanged', metric: pairedMetricName(a, b), from: a, to: b, change };
}

/**
 * Where two targets stand relative to each other: `linked` when their tasks are linked (the same task, reworded,
 * split or merged), `chapter` when their tasks sit in corresponding sections, `none` otherwise.
 */
export type TargetContext = (a: Target, b: Target) => 'linked' | 'chapter' | 'none';

/**
 * Whether two targets are the same target (DESIGN.md "targets paired by identity, not by name"):
 * {@link identitySimilarity} (basis, horizon, unit, metricKey or similar name) and a context that says so — linked
 * tasks; or corresponding chapters, or anywhere for the same metricKey, except for a bare metric word
 * ({@link isBareMetric}), which needs linked tasks. Output: the similarity, or null.
 */
export function pairSimilarity(a: Target, b: Target, context: TargetContext): number | null {
  // identity first: it rejects most pairs without asking where the two targets stand
  const identity = identitySimilarity(a, b);
  const bare = identity === null ? bareSubjectSimilarity(a, b) : null;
  if (identity === null && bare === null) return null;
  const where = context(a, b);
  const s = identity ?? (where === 'linked' ? bare : null);
  if (s === null) return null;
  if (where === 'linked') return s;
  if (isBareMetric(a) || isBareMetric(b)) return null;
  if (a.metricKey && b.metricKey) return s;
  return where === 'chapter' ? s : null;
}

/**
 * Inside one linked task, a bare metric word whose subject the sentence left out (2014 Hailar: 地产蔬菜种植面积达到2万亩，
 * 产量达到15万吨) is the named metric that ends with it (2015: 蔬菜产量达到10万吨): 0.75 when both have a figure in
 * compatible units, the same basis and horizon, and the bare key is the other key's ending; else null.
 */
function bareSubjectSimilarity(a: Target, b: Target): number | null {
  if (targetBasis(a) !== targetBasis(b) || horizonKind(a) !== horizonKind(b)) return null;
  if (a.unit === null || b.unit === null || !unitsCompatible(a, b)) return null;
  const ka = normaliseMetric(a.metric);
  const kb = normaliseMetric(b.metric);
  const [bare, named] = isBareMetric(a) && !isBareMetric(b) ? [ka, kb] : isBareMetric(b) && !isBareMetric(a) ? [kb, ka] : ['', ''];
  return bare !== '' && named.length > bare.length && named.endsWith(bare) ? 0.75 : null;
}

/** The context of targets inside one link: every pair is in linked tasks. */
export const LINKED: TargetContext = () => 'linked';

/**
 * Matches two lists of targets by identity and describes each pair.
 * Input: targets of the earlier and the later plan (or of the tasks of one link) and their context (default: all
 * linked, as inside one link). Output: one TargetChange per target, in the order of `to` (matched and added) then
 * dropped ones in the order of `from`. Matching ({@link pairSimilarity}): exact normalised name or equal metricKey
 * first, then greedy by similarity (compatible units, same basis and horizon, names 0.6 alike for worded targets,
 * 0.7 for figures); each target is used once.
 */
export function matchTargets(from: readonly Target[], to: readonly Target[], context: TargetContext = LINKED): TargetChange[] {
  const pairOfTo = new Map<number, number>();
  const usedFrom = new Set<number>();
  const keysA = from.map((t) => normaliseMetric(t.metric));
  const keysB = to.map((t) => normaliseMetric(t.metric));
  const exact = (i: number, j: number): boolean => {
    const a = from[i];
    const b = to[j];
    const sameName = keysA[i] === keysB[j] && !(a.metricKey && b.metricKey && a.metricKey !== b.metricKey);
    return (sameName || (!!a.metricKey && a.metricKey === b.metricKey)) && pairSimilarity(a, b, context) !== null;
  };
  keysB.forEach((_kb, j) => {
    const i = keysA.findIndex((_ka, ii) => !usedFrom.has(ii) && exact(ii, j));
    if (i >= 0) {
      pairOfTo.set(j, i);
      usedFrom.add(i);
    }
  });
  const fuzzy: { i: number; j: number; s: number }[] = [];
  to.forEach((tb, j) => {
    if (pairOfTo.has(j)) return;
    from.forEach((ta, i) => {
      if (usedFrom.has(i)) return;
      const s = pairSimilarity(ta, tb, context);
      if (s !== null) fuzzy.push({ i, j, s });
    });
  });
  fuzzy.sort((x, y) => y.s - x.s || x.j - y.j);
  for (const f of fuzzy) {
    if (pairOfTo.has(f.j) || usedFrom.has(f.i)) continue;
    pairOfTo.set(f.j, f.i);
    usedFrom.add(f.i);
  }
  const out: TargetChange[] = to.map((tb, j) => {
    const i = pairOfTo.get(j);
    if (i === undefined) return { kind: 'added', metric: tb.metric, from: null, to: tb, change: {} };
    return describeTargetChange(from[i], tb);
  });
  from.forEach((ta, i) => {
    if (!usedFrom.has(i)) out.push({ kind: 'dropped', metric: ta.metric, from: ta, to: null, change: {} });
  });
  return out;
}
