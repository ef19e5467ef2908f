/**
 * Rule: a result's measure as a report of results words it, brought to the name its target has, so that the
 * indicator dictionary (metricKey) names both alike: 城镇调查失业率平均为5.1% → 城镇调查失业率, 居民人均可支配收入
 * 实际增长5.1% → 居民人均可支配收入增长, 粮食产量首次跃上1.4万亿斤 → 粮食产量, 能耗降幅超过3% → 能耗 (a decrease).
 * Read in the review chapters of the 政府工作报告 2022–2025 (国务院). Input: the metric the figure reader named.
 * Output: the cleaned metric and the direction its words state (decrease for 降幅/下降/降低, else null).
 */
export function resultMetric(metric: string): { metric: string; direction: 'decrease' | null } {
  let m = metric.replace(/(?:实际|名义|同比|分别)(?=增长$)/, '');
  let direction: 'decrease' | null = null;
  const decline = /(?:降幅|下降幅度|下降|降低|减少)$/.exec(m);
  if (decline !== null && m.length - decline[0].length >= 2) {
    m = m.slice(0, -decline[0].length);
    direction = 'decrease';
  }
  let prev = '';
  while (prev !== m) {
    prev = m;
    m = m.replace(/(?:平均为|平均|均值为|均值|首次跃上|跃上|上升至|上升到|提高到|提高至|提升至|提升到|突破|达到|稳定在|保持在|为|平)$/, '');
  }
  return { metric: m.length >= 2 ? m : metric, direction };
}
