import type { TargetHorizon } from '@plandiff/model';

/**
 * The horizon of a target: this year's (annual) or a plan period's (multi_year).
 * Rules (issue 10, read in the 2026 provincial reports and the 2021 政府工作报告):
 * - `到2030年` / `2030年前` / `至2030年` before the figure in its sentence, with a year after the plan's year → multi_year,
 *   endYear 2030;
 * - a five-year period named in the sentence or in the section heading (`十五五时期`, `“十四五”期间`,
 *   `十四五规划`, `今后五年`) → multi_year, endYear the period's last year (十四五 → 2025, 十五五 → 2030);
 * - `年均` (an average over years) → multi_year, endYear from the above or null when nothing names it;
 * - otherwise annual, endYear the plan's year (null when unknown).
 */

/** The five-year plans by name, with their last year (十四五: 2021–2025). */
export const FIVE_YEAR_PLANS: Record<string, number> = {
  十一五: 2010, 十二五: 2015, 十三五: 2020, 十四五: 2025, 十五五: 2030, 十六五: 2035,
};

const PERIOD = /十[一二三四五六]五/g;
const TO_YEAR = /(?:到|至|在|于)?(\d{4})年(?:底|末)?(?:前|以前)?/g;

/**
 * The last year of the latest five-year plan named in `text` (十五五 → 2030; `“十三五”时期发展成就和“十四五”时期
 * 主要目标任务` → 2025), or null. Quotes may sit inside the name.
 */
export function namedPeriodEnd(text: string): number | null {
  let end: number | null = null;
  for (const m of text.replace(/[“”"‘’]/g, '').matchAll(PERIOD)) {
    const year = FIVE_YEAR_PLANS[m[0]];
    if (year !== undefined && (end === null || year > end)) end = year;
  }
  return end;
}

/**
 * Whether a heading speaks of a plan period still to come (二、“十五五”时期的主要目标, 今后五年的主要任务) rather
 * than one year: its end year, null when unnamed, undefined when the heading is no period heading.
 */
function periodHeading(heading: string, planYear: number | null): number | null | undefined {
  // the period must be the heading's time frame (“十五五”时期主要目标任务, “十五五”主要目标任务); a year's chapter
  // may name it as what the year starts (福建 2026: 全力推动“十五五”开好局、起好步) and stays annual
  if (/\d{4}年|开好局|起好步|开局/.test(heading)) return undefined;
  const frames = heading.replace(/[“”"]/g, '').matchAll(/十[一二三四五六]五(?:时期|期间|规划|主要目标|目标任务|主要任务|发展的主要|经济社会发展|总体要求)/g);
  const end = namedPeriodEnd([...frames].map((m) => m[0]).join(' '));
  if (end !== null && (planYear === null || end > planYear)) return end;
  if (/今后五年|未来五年|五年规划/.test(heading)) return null;
  return undefined;
}

/**
 * Reads the horizon of the figure whose sentence opens with `sentencePrefix` (text up to the figure).
 * Input: the sentence up to the figure, the metric, the plan's year (null when unknown), the section
 * heading chain ('' when none). Output: {@link TargetHorizon}.
 */
export function readHorizon(sentencePrefix: string, metric: string, planYear: number | null, heading: string): TargetHorizon {
  TO_YEAR.lastIndex = 0;
  let endYear: number | null = null;
  for (let m = TO_YEAR.exec(sentencePrefix); m !== null; m = TO_YEAR.exec(sentencePrefix)) {
    const year = Number(m[1]);
    // 比2020年 is a base, 2024年 in a 2026 plan a past year: only a later year ends a horizon
    const before = sentencePrefix[m.index - 1];
    if (planYear !== null && year > planYear && before !== '比' && before !== '较') endYear = year;
  }
  if (endYear !== null) return { kind: 'multi_year', endYear };
  // a period counts where it opens the sentence (“十五五”时期，…) or sits in the figure's own clause, not in an
  // earlier clause (江西 2026: 碳排放双控达到国家下达“十五五”目标任务的序时进度，水、空气等…保持优秀水平)
  const clause = sentencePrefix.slice(Math.max(...['，', ',', '；', ';', '：', ':'].map((c) => sentencePrefix.lastIndexOf(c))) + 1);
  const opening = /^\s*(?:在|到|至)?[“"]?十[一二三四五六]五[”"]?(?:时期|期间|期末|末|规划期)/.exec(sentencePrefix)?.[0] ?? '';
  const sentencePeriod = namedPeriodEnd(opening) ?? namedPeriodEnd(clause);
  if (sentencePeriod !== null && (planYear === null || sentencePeriod > planYear)) {
    return { kind: 'multi_year', endYear: sentencePeriod };
  }
  const headingPeriod = periodHeading(heading, planYear);
  if (headingPeriod !== undefined) return { kind: 'multi_year', endYear: headingPeriod };
  if (/年均/.test(metric) || /年均/.test(sentencePrefix.slice(-12))) return { kind: 'multi_year', endYear: null };
  return { kind: 'annual', endYear: planYear };
}
