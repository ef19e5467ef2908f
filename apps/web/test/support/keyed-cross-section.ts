/**
 * A cross-section of the real stored provincial reports whose targets carry `metricKey`, for the viewer's tests while
 * the parser's indicator dictionary (issue #10) is not in this branch: every Plan comes from the real API over the
 * real fixtures; only `metricKey` is added here, by the table below, to the targets whose metric names one of these
 * indicators. Test data, never product code: the product keys on the parser's metricKey alone.
 */
import type { CollectionSummary, CrossSection, Plan } from '@plandiff/model';
import { buildCrossSection, type CrossSectionMember } from '@plandiff/compare';
import { storedJson } from './stored-api.js';

const KEYS: [RegExp, string][] = [
  [/^(地区|国内)?生产总值增长$|^经济增长$/u, 'gdp_growth'],
  [/^居民消费价格/u, 'cpi'],
  [/^城镇调查失业率/u, 'surveyed_unemployment'],
  [/^城镇新增就业/u, 'urban_new_jobs'],
  [/^一般公共预算收入增长$/u, 'fiscal_revenue_growth'],
  [/^固定资产投资增长$/u, 'fixed_asset_investment_growth'],
  [/^社会消费品零售总额增长$/u, 'retail_sales_growth'],
  [/^(规上|规模以上)工业增加值增长$/u, 'industrial_value_added_growth'],
  [/^粮食(总)?产量/u, 'grain_output'],
];

/** A copy of the plan whose targets get a metricKey from KEYS (five-year targets, 年均 / 十五五, get none). */
export function withTestMetricKeys(plan: Plan): Plan {
  const keyed = (t: Plan['targets'][number]) => {
    const hit = /年均|十五五/u.test(t.metric + t.text) ? undefined : KEYS.find(([re]) => re.test(t.metric));
    return { ...t, metricKey: hit ? hit[1] : null };
  };
  return { ...plan, targets: plan.targets.map(keyed), tasks: plan.tasks.map((task) => ({ ...task, targets: task.targets.map(keyed) })) };
}

/** The provincial-gwr cross-section of `year` from the real stored plans, keyed by the test table above. */
export async function keyedCrossSection(year = 2026): Promise<CrossSection> {
  const collection = await storedJson<CollectionSummary>('/api/collections/provincial-gwr');
  const members: CrossSectionMember[] = await Promise.all(
    collection.members.map(async (m): Promise<CrossSectionMember> => {
      const label = collection.labels?.[m.id];
      const base = { id: m.id, name: label?.zh ?? null, nameEn: label?.en ?? null };
      if (!m.stored) return { ...base, status: 'missing_series', plan: null };
      if (!m.years.includes(year)) return { ...base, status: 'missing_year', plan: null };
      const plan = await storedJson<Plan>(`/api/series/${m.id}/plans/${year}`);
      return { ...base, status: 'ok', plan: withTestMetricKeys(plan) };
    }),
  );
  return buildCrossSection({ collection: collection.id, year, members, reference: null });
}
