import type { Result, Target, Verdict } from '@plandiff/model';
import { unitDimension } from '../targets.js';
import { ANNUAL_AVERAGE_METRICS, CEILING_METRICS, DECLINE_METRICS, ruleOf } from './rules.js';

/** The verdict on one target, with the rule that gave it. */
export interface Judgement {
  verdict: Verdict;
  provisionalVerdict?: Verdict;
  rule: string;
  /** result − target: points for rates, the target's unit for amounts; null when not comparable */
  gap: number | null;
  note: string | null;
}

/** What a verdict needs besides the pair: the GDP growth result of the same review (for 同步 / 高于经济增长). */
export interface VerdictContext {
  gdpGrowth: Result | null;
  /** the result's sentence up to its figure (年末… marks a year-end figure); '' when unknown */
  resultLead?: string;
}

const RATE_UNITS = new Set(['%', '个百分点', '百分点']);
const MAGNITUDE: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 亿: 1e8, 千万: 1e7, 百万: 1e6, 万: 1e4, 千: 1e3, 百: 1e2 };

/** How many base units one `unit` is (万亿元 → 1e12; 元, %, 百分点 → 1). */
function scale(unit: string): number {
  const u = unit.normalize('NFKC').replace(/\s+/g, '');
  if (u.startsWith('百分点')) return 1;
  for (const [prefix, factor] of Object.entries(MAGNITUDE)) if (u.startsWith(prefix) && u.length > prefix.length) return factor;
  return 1;
}

/** A result's figure in the target's unit (1.4万亿斤 stays 1.4; 14000亿斤 → 1.4万亿斤), or null when not comparable. */
function inTargetUnit(value: number, resultUnit: string | null, targetUnit: string | null): number | null {
  if (resultUnit === targetUnit) return value;
  if (resultUnit === null || targetUnit === null) return null;
  if (unitDimension(resultUnit) !== unitDimension(targetUnit)) return null;
  return (value * scale(resultUnit)) / scale(targetUnit);
}

/** The figure of a result: its value, else the midpoint of its range. */
function resultFigure(r: Result): number | null {
  if (r.value !== null) return r.value;
  if (r.low !== null && r.high !== null) return (r.low + r.high) / 2;
  return null;
}

/**
 * Judges one target against its result by the {@link VERDICT_RULES} table (rules.ts): at_least ≥, at_most ≤, 左右
 * and bare figures with 0.5 point (rates) or 2% (amounts) of tolerance, read as ceilings for prices, unemployment and
 * the deficit ratio; ranges by their low end (ceiling: high end); declines (能耗降低) on the decline's size; 同步 and
 * 高于经济增长 against the GDP growth result of the same review; 力争 on the committed figure, noted; an estimate gives
 * `provisional` with `provisionalVerdict`; no result `not_reported`; a worded result or another unit `unclear`.
 * Input: the target, its result (or null), the context. Output: {@link Judgement}. Never throws.
 */
export function judge(target: Target, result: Result | null, context: VerdictContext): Judgement {
  const notes: string[] = [];
  if (target.aspirational) notes.push('力争: judged on the committed figure');
  const done = (j: Omit<Judgement, 'note'>): Judgement => {
    if (result?.estimate && (j.verdict === 'met' || j.verdict === 'missed')) {
      return { verdict: 'provisional', provisionalVerdict: j.verdict, rule: `${j.rule}+estimate`, gap: j.gap, note: [...notes, `${ruleOf('estimate').text}`].join('; ') };
    }
    return { ...j, note: notes.length > 0 ? notes.join('; ') : null };
  };
  if (target.modifier === 'none') notes.push('the plan set no target for the year');
  if (result === null || target.modifier === 'none') return done({ verdict: 'not_reported', rule: 'not_reported', gap: null });
  const key = target.metricKey ?? '';
  const ceiling = CEILING_METRICS.has(key);
  const figure = resultFigure(result);
  if (target.modifier === 'qualitative') {
    const inStep = /同步/.test(target.text);
    const above = /(?:高于|快于|超过)(?:经济增长|经济增速|GDP增速)/.test(target.text);
    if ((inStep || above) && figure !== null && RATE_UNITS.has(result.unit ?? '')) {
      const gdp = context.gdpGrowth === null ? null : resultFigure(context.gdpGrowth);
      if (gdp === null) {
        notes.push('no GDP growth result in the same review');
        return done({ verdict: 'unclear', rule: inStep ? 'in_step' : 'above_gdp', gap: null });
      }
      const gap = round(figure - gdp);
      const met = inStep ? figure >= gdp - ruleOf('in_step').tolerance! : figure > gdp;
      notes.push(`GDP growth ${gdp}% (${context.gdpGrowth!.text})`);
      return done({ verdict: met ? 'met' : 'missed', rule: inStep ? 'in_step' : 'above_gdp', gap });
    }
    return done({ verdict: 'unclear', rule: figure === null ? 'worded_result' : 'qualitative', gap: null });
  }
  if (figure === null) return done({ verdict: 'unclear', rule: 'worded_result', gap: null });
  const value = inTargetUnit(figure, result.unit, target.unit);
  if (value === null || (target.basis ?? 'level') !== result.basis) {
    notes.push(`result in ${result.unit ?? 'no unit'} (${result.basis}), target in ${target.unit ?? 'no unit'} (${target.basis ?? 'level'})`);
    return done({ verdict: 'unclear', rule: 'other_basis', gap: null });
  }
  if (ANNUAL_AVERAGE_METRICS.has(key) && /年末|年底|12月/.test(context.resultLead ?? '')) {
    notes.push('a year-end figure against a whole-year target');
    return done({ verdict: 'unclear', rule: 'other_basis', gap: null });
  }
  const rate = RATE_UNITS.has(target.unit ?? '');
  const t = target.value ?? (target.modifier === 'range' ? (ceiling ? target.high : target.low) : null);
  if (t === null) return done({ verdict: 'unclear', rule: 'worded_result', gap: null });
  // a decline target (能耗降低2.5%左右) is met by a decline at least that size: both figures are the decline's size
  const r = DECLINE_METRICS.has(key) && result.direction === 'increase' ? -value : value;
  const gap = round(r - t);
  switch (target.modifier) {
    case 'at_least': return done({ verdict: r >= t ? 'met' : 'missed', rule: 'at_least', gap });
    case 'at_most': return done({ verdict: r <= t ? 'met' : 'missed', rule: 'at_most', gap });
    case 'range': return done({ verdict: (ceiling ? r <= t : r >= t) ? 'met' : 'missed', rule: 'range', gap });
    case 'about':
    case 'exact': {
      const id = `${target.modifier}_${rate ? 'rate' : 'amount'}`;
      const tol = ruleOf(id).tolerance!;
      const met = rate
        ? (ceiling ? r <= t + tol : r >= t - tol)
        : (ceiling ? r <= t * (1 + tol) : r >= t * (1 - tol));
      return done({ verdict: met ? 'met' : 'missed', rule: id, gap });
    }
    default: return done({ verdict: 'unclear', rule: 'qualitative', gap: null });
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
