import dictionary from './indicators.json' with { type: 'json' };

/**
 * metricKey: which of the field's indicators a metric names, read from the shipped dictionary
 * (`indicators.json`, data with its sources), so that one indicator is recognised across series and years
 * (全省地区生产总值增长, 国内生产总值增长 and 经济增长 are all `gdp_growth`).
 * Matching: the metric, its region word (全省, 全市, 我省 …) and a trailing 目标/任务/指标 removed, equals one of an
 * indicator's names; no partial matches, so 规模以上工业增加值增长 never becomes 工业增加值's neighbour by chance.
 */

interface Indicator { key: string; name: string; names: string[] }

const BY_NAME = new Map<string, string>();
for (const indicator of (dictionary as { indicators: Indicator[] }).indicators) {
  for (const name of [indicator.name, ...indicator.names]) if (!BY_NAME.has(name)) BY_NAME.set(name, indicator.key);
}

const REGION = /^(?:全省|全市|全区|全国|全州|全县|全自治区|我省|我市|我区|本市|本省|区本级|市本级|县本级)/;
const TAIL = /(?:降低|下降)?(?:约束性指标|目标任务|目标|任务|指标)$/;

/**
 * Input: a target's normalised metric (国内生产总值增长). Output: the indicator key (gdp_growth) or null when the
 * dictionary names none.
 */
export function metricKeyOf(metric: string): string | null {
  const name = metric.replace(/[（(][^）)]*[）)]/g, '');
  for (const candidate of [name, name.replace(REGION, ''), name.replace(TAIL, ''), name.replace(REGION, '').replace(TAIL, '')]) {
    const key = BY_NAME.get(candidate);
    if (key !== undefined) return key;
  }
  return null;
}

/** Every indicator key of the dictionary, in its order. */
export function indicatorKeys(): string[] {
  return (dictionary as { indicators: Indicator[] }).indicators.map((i) => i.key);
}
