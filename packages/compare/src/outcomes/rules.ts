/**
 * The verdict rules of outcomes (issue 19), as data: one row per rule with its tolerance and its source. The same
 * table serves the CLI, the API and the viewer; `verdict.ts` applies it and every row cites the rule's id.
 */

/** A rule of the verdict table. */
export interface VerdictRule {
  /** stable id, cited by every OutcomeRow (`rule`) */
  id: string;
  /** the target modifier (or word) it applies to */
  modifier: 'at_least' | 'at_most' | 'about' | 'exact' | 'range' | 'in_step' | 'above_gdp' | 'qualitative' | '*';
  /** rate: a figure in % or 个百分点; amount: any other unit */
  figure?: 'rate' | 'amount';
  /** the rule in words, as printed beside a verdict */
  text: string;
  /** the tolerance: points for rates, a fraction of the target for amounts; null when none applies */
  tolerance: number | null;
  source: string;
}

const ISSUE = 'issue #19 (verdict rules of the outcomes brief)';

/** The verdict rules, one per modifier and figure kind, then the rules that apply to any target. */
export const VERDICT_RULES: readonly VerdictRule[] = [
  { id: 'at_least', modifier: 'at_least', text: '以上/不低于/超过: met when result ≥ target', tolerance: 0, source: ISSUE },
  { id: 'at_most', modifier: 'at_most', text: '以内/以下/不超过: met when result ≤ target', tolerance: 0, source: ISSUE },
  { id: 'about_rate', modifier: 'about', figure: 'rate', text: '左右 on a rate: met when result ≥ target − 0.5 point (a ceiling metric: ≤ target + 0.5 point)', tolerance: 0.5, source: `${ISSUE}; no outside statement of a numeric tolerance for 左右 exists, the half point is the issue's` },
  { id: 'about_amount', modifier: 'about', figure: 'amount', text: '左右 on an amount: met when result ≥ 98% of target (a ceiling metric: ≤ 102%)', tolerance: 0.02, source: ISSUE },
  { id: 'exact_rate', modifier: 'exact', figure: 'rate', text: 'a bare rate (按3%安排) is judged as 左右: ≥ target − 0.5 point (ceiling: ≤ target + 0.5)', tolerance: 0.5, source: ISSUE },
  { id: 'exact_amount', modifier: 'exact', figure: 'amount', text: 'a bare amount: met when result ≥ target (ceiling: ≤ target)', tolerance: 0, source: `${ISSUE}; the 98%/102% band is stated for 左右 only` },
  { id: 'range', modifier: 'range', text: 'a range (5%—5.5%): met when result ≥ low (ceiling: ≤ high)', tolerance: 0, source: ISSUE },
  { id: 'in_step', modifier: 'in_step', text: '同步 (income growth in step with economic growth): met when income growth ≥ GDP growth of the same review − 0.5 point', tolerance: 0.5, source: ISSUE },
  { id: 'above_gdp', modifier: 'above_gdp', text: '高于/快于经济增长: met when income growth > GDP growth of the same review', tolerance: 0, source: 'the target\'s own words (as the outcomes gold reads them)' },
  { id: 'qualitative', modifier: 'qualitative', text: 'a target in words: unclear when a result is stated (a figure is needed to judge)', tolerance: null, source: ISSUE },
  { id: 'not_reported', modifier: '*', text: 'no result for the year in the next review or a bulletin: not_reported', tolerance: null, source: ISSUE },
  { id: 'worded_result', modifier: '*', text: 'a result stated only in words (创历史新高, 完成目标任务): unclear, with its sentence', tolerance: null, source: ISSUE },
  { id: 'other_basis', modifier: '*', text: 'target and result on a different basis or unit: unclear', tolerance: null, source: ISSUE },
  { id: 'estimate', modifier: '*', text: 'an estimate (预计/初步核算/约): verdict provisional, with what it would be on the estimate', tolerance: null, source: ISSUE },
  { id: 'aspirational', modifier: '*', text: '力争 X: judged on the committed figure, and noted', tolerance: null, source: ISSUE },
];

/**
 * Metrics where less is better, read as ceilings whatever their modifier (左右 on prices and unemployment means
 * "no more than about"): 居民消费价格涨幅, 城镇调查/登记失业率, 赤字率 (issue #19).
 */
export const CEILING_METRICS: ReadonlySet<string> = new Set(['cpi', 'surveyed_unemployment', 'registered_unemployment', 'deficit_ratio']);

/**
 * Metrics whose targets are declines (单位国内生产总值能耗降低2.5%左右): target and result are both the size of the
 * decline, judged as growth-type (met when the decline ≥ target − 0.5 point).
 */
export const DECLINE_METRICS: ReadonlySet<string> = new Set(['energy_intensity', 'co2_intensity']);

/**
 * Metrics stated for a whole year (an average of the months): a year-end figure (年末城镇调查失业率降到5.5%) is another
 * basis, so the verdict is `unclear` (rule other_basis).
 */
export const ANNUAL_AVERAGE_METRICS: ReadonlySet<string> = new Set(['surveyed_unemployment', 'cpi']);

/** The rule of an id. Throws for an id not in the table (a programming error). */
export function ruleOf(id: string): VerdictRule {
  const rule = VERDICT_RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no verdict rule ${id}`);
  return rule;
}
