import type { OutcomeRow, Verdict } from '@plandiff/model';
import { formatResult as formatReportedResult } from '@plandiff/compare';
import type { TFunction } from 'i18next';
import { formatTarget } from '../format/target-format.js';
import { gapInPoints, planRef, signedGap } from './outcome-view.js';

const RULE_IDS = new Set([
  'at_least', 'at_most', 'about_rate', 'about_amount', 'exact_rate', 'exact_amount', 'range', 'in_step', 'above_gdp',
  'qualitative', 'not_reported', 'worded_result', 'other_basis', 'estimate', 'aspirational',
]);

/** A verdict in the language shown (达成 / 未达成 / 无法判断 / 未报告 / 初步数据). */
export function verdictName(verdict: Verdict, t: TFunction): string {
  return t(`outcomes.verdict.${verdict}`);
}

/** A row's verdict in words; a provisional one adds what it would be on the estimate (初步数据（按预计数：达成）). */
export function verdictText(row: OutcomeRow, t: TFunction): string {
  if (row.verdict === 'provisional' && row.provisionalVerdict) {
    return t('outcomes.provisionalAs', { verdict: verdictName(row.provisionalVerdict, t) });
  }
  return verdictName(row.verdict, t);
}

/**
 * The rule of a row in the language shown, from the rule id it cites (rules.ts of @plandiff/compare: `about_rate`,
 * `at_least+estimate` …); an id this viewer does not know is shown as the API's `ruleText`, else as the id itself.
 */
export function ruleText(row: OutcomeRow, t: TFunction): string {
  const [id, extra] = row.rule.split('+');
  const known = (key: string) => (RULE_IDS.has(key) ? t(`outcomes.rule.${key}`) : null);
  const main = known(id) ?? row.ruleText ?? t('outcomes.rule.unknown', { id: row.rule });
  if (extra === undefined) return main;
  return t('outcomes.ruleAndEstimate', { rule: main, estimate: known(extra) ?? extra });
}

/** A result's figure as the report writes it (`3%`, `下降2.7%`), from @plandiff/compare so the viewer and the exports agree. */
export const formatResult = formatReportedResult;

/** The gap with its unit (`−2.5 个百分点`, `+0.1 pt`, `+12 万人`), or null when the row has none. */
export function gapText(row: OutcomeRow, t: TFunction): string | null {
  const gap = signedGap(row.gap);
  if (gap === null) return null;
  if (gapInPoints(row)) return t('outcomes.gapPoints', { gap });
  return row.target.unit ? t('outcomes.gapUnit', { gap, unit: row.target.unit }) : gap;
}

/** The target's figure (`5.5%左右`, `力争…`) as the viewer writes targets elsewhere. */
export function targetText(row: OutcomeRow, t: TFunction): string {
  return formatTarget(row.target, t);
}

/** The year of the plan a row's target or result comes from (`gov-work-report/2023` → 2023), or null. */
export function planYear(planId: string | undefined | null): number | null {
  return planId ? planRef(planId).year : null;
}

/**
 * Notes on a row in the language shown, built from its data (the API's `note` is English): 力争, an estimate, a
 * different basis (both figures), a 同步 / 高于经济增长 target judged against GDP growth.
 */
export function rowNotes(row: OutcomeRow, t: TFunction): string[] {
  const notes: string[] = [];
  if (row.target.aspirational) notes.push(t('outcomes.aspirational'));
  if (row.result?.estimate) notes.push(t('outcomes.estimate'));
  const rule = row.rule.split('+')[0];
  if (rule === 'other_basis' && row.result) notes.push(t('outcomes.otherBasis', { target: targetText(row, t), result: formatResult(row.result) }));
  if (rule === 'in_step' || rule === 'above_gdp') notes.push(t('outcomes.inStep'));
  return notes;
}
