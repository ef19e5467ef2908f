import type { CrossSection, Target } from '@plandiff/model';
import { Bar, BarChart, Cell, LabelList, ReferenceArea, ReferenceLine, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { formatTarget } from '../format/target-format.js';
import type { CrossSectionStrings } from '../cross-section/strings.js';
import { rankedChart } from '../cross-section/view.js';

const BAR = 22;

/**
 * The provinces ranked by one indicator (recharts): a value is a bar from 0, a range a bar from its low to its high
 * end (lighter, outlined), the national reference a line (or a band for a range) where stored. Provinces that state
 * it in another unit, only in words, do not set it, or are not stored are listed under the chart, never drawn as 0.
 */
export function RankedBarChart({ S, english = false, cs, metricKey, onPick }: { S: CrossSectionStrings; english?: boolean; cs: CrossSection; metricKey: string; onPick?: (seriesId: string, target: Target) => void }) {
  const chart = rankedChart(cs, metricKey, formatTarget, { english, excerptNote: `（${S.excerptTag}）` });
  const row = cs.metrics.find((m) => m.metricKey === metricKey);
  const unit = chart.unit ?? '';
  const max = Math.max(...chart.bars.map((b) => b.span[1]), chart.reference?.high ?? 0);
  return (
    <figure className="xs-chart" aria-label={`${S.chartTitle}: ${row?.metric ?? metricKey}`} data-metric-key={metricKey}>
      {chart.bars.length === 0 ? <p className="muted">{S.chartEmpty}</p> : (
        // one named image for assistive technology (the same figures are in the table below, cell by cell)
        <div role="img" aria-label={S.chartImage(row?.metric ?? metricKey, chart.bars.map((b) => `${b.name} ${b.label}`).join('，'))}>
        <ResponsiveContainer width="100%" height={chart.bars.length * BAR + 40}>
          <BarChart data={chart.bars} layout="vertical" margin={{ top: 16, right: 76, bottom: 4, left: 4 }} barCategoryGap={3} accessibilityLayer={false}>
            <XAxis type="number" domain={[0, Math.ceil(max * 1.05 * 10) / 10]} tickFormatter={(v: number) => `${v}${unit}`} fontSize={11} />
            <YAxis type="category" dataKey="name" width={64} fontSize={12} interval={0} />
            {chart.reference ? (
              chart.reference.low === chart.reference.high ? (
                <ReferenceLine x={chart.reference.low} stroke="#a8322d" strokeDasharray="4 3" label={{ value: `${S.national} ${chart.reference.label}`, position: 'top', fontSize: 11, fill: '#a8322d' }} />
              ) : (
                <ReferenceArea x1={chart.reference.low} x2={chart.reference.high} fill="#fbe7e5" stroke="#a8322d" label={{ value: `${S.national} ${chart.reference.label}`, position: 'top', fontSize: 11, fill: '#a8322d' }} />
              )
            ) : null}
            <Bar dataKey="span" isAnimationActive={false} onClick={(_, i) => onPick?.(chart.bars[i].id, chart.bars[i].target)}>
              {chart.bars.map((b) => (
                <Cell key={b.id} fill={b.range ? '#b9cde0' : '#2f5d8a'} stroke={b.range ? '#2f5d8a' : undefined} strokeWidth={b.range ? 1 : 0} />
              ))}
              <LabelList dataKey="label" position="right" fontSize={11} fill="#4a5363" />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
        </div>
      )}
      <figcaption className="xs-chart-notes">
        {chart.bars.some((b) => b.range) ? <p><span className="xs-swatch xs-swatch-range" aria-hidden="true" /> {S.chartRangeNote}</p> : null}
        {chart.otherUnit.length > 0 ? <p>{S.chartOtherUnit(unit)} {chart.otherUnit.map((o) => `${o.name} ${o.label}`).join('；')}</p> : null}
        {chart.worded.length > 0 ? <p>{S.chartWorded} {chart.worded.map((o) => o.name).join('、')}</p> : null}
        {chart.notSet.length > 0 ? <p data-list="not-set">{S.chartNotSet} {chart.notSet.join('、')}</p> : null}
        {chart.notFound.length > 0 ? <p data-list="not-found" className="muted">{S.chartNotFound} {chart.notFound.join('、')}</p> : null}
      </figcaption>
    </figure>
  );
}
