import type { Plan, Target, TargetChange } from '@plandiff/model';

/**
 * A purpose clause right after a target's figure: 安排超长期特别国债3000亿元支持消费品以旧换新 → 支持消费品以旧换新.
 * Up to 20 characters after 用于 / 支持 / 用来, to the next punctuation.
 */
const PURPOSE = /^[，,]?((?:专项)?(?:用于|支持|用来)[^，。；、,;]{2,20})/;

/** The purpose clause that follows a target's figure in its plan's text, or null (none, or the text is not at hand). */
export function purposeOf(plan: Plan, target: Target): string | null {
  const after = plan.text.slice(target.span[1], target.span[1] + 32);
  return PURPOSE.exec(after)?.[1] ?? null;
}

/**
 * Names for the target rows of a comparison that tell apart two items the plans call alike: when one metric name
 * labels several rows (2025: 超长期特别国债 1.3万亿元, and 超长期特别国债 3000亿元 支持消费品以旧换新), each row whose
 * figure is followed by a purpose clause is named with it ("超长期特别国债（支持消费品以旧换新）"). Input: the
 * comparison's target changes and its two plans. Output: row index → name, for the renamed rows only.
 */
export function distinctMetricNames(changes: readonly TargetChange[], fromPlan: Plan, toPlan: Plan): Map<number, string> {
  const counts = new Map<string, number>();
  for (const change of changes) counts.set(change.metric, (counts.get(change.metric) ?? 0) + 1);
  const names = new Map<number, string>();
  changes.forEach((change, index) => {
    if ((counts.get(change.metric) ?? 0) < 2) return;
    const purpose = (change.to ? purposeOf(toPlan, change.to) : null) ?? (change.from ? purposeOf(fromPlan, change.from) : null);
    if (purpose) names.set(index, `${change.metric}（${purpose}）`);
  });
  return names;
}
