import type { Target } from '@plandiff/model';
import { Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import { targetNumber } from '../format/target-format.js';

interface MetricChartProps {
  metric: string;
  years: number[];
  values: Record<string, Target | null>;
}

/**
 * A small line chart of one numeric metric over the years. Years without a number (no target, no target
 * set, qualitative or damaged) are gaps in the line, never zeros or interpolations.
 */
export function MetricChart({ metric, years, values }: MetricChartProps) {
  const data = years.map((year) => ({ year: String(year), value: targetNumber(values[String(year)] ?? null) }));
  const unit = years.map((year) => values[String(year)]?.unit).find((u) => u) ?? '';
  return (
    <figure className="metric-chart" aria-label={`${metric} by year`}>
      <LineChart width={180} height={56} data={data} margin={{ top: 5, right: 6, bottom: 5, left: 6 }}>
        <XAxis dataKey="year" hide />
        <YAxis hide domain={['auto', 'auto']} />
        <Tooltip
          formatter={(value) => [`${String(value)}${unit}`, metric]}
          labelFormatter={(label) => String(label)}
          contentStyle={{ fontSize: 12, padding: '2px 6px' }}
        />
        <Line type="linear" dataKey="value" stroke="#2f5d8a" strokeWidth={1.5} dot={{ r: 2.5 }} connectNulls={false} isAnimationActive={false} />
      </LineChart>
    </figure>
  );
}
