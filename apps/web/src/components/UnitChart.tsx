import type { Modifier } from '@plandiff/model';
import { Area, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useTranslation } from 'react-i18next';
import type { UnitChart as UnitChartData } from '../targets/chart-series.js';

const COLOURS = ['#2f5d8a', '#c0392b', '#2e8b57', '#8e44ad', '#d35400', '#16a085', '#7f8c8d', '#b8860b'];

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: Record<string, unknown>;
  stroke?: string;
}

/**
 * The mark of one figure, by its modifier: 以上 (at least) a floor with an arrow up, 以内 (at most) a ceiling with
 * an arrow down, 左右 (about) a ± bar, an exact figure a filled dot, a range its midpoint (the band shows low–high).
 */
function modifierDot(key: string, colour: string) {
  return function ModifierDot({ cx, cy, payload }: DotProps) {
    if (cx === undefined || cy === undefined || !payload || payload[key] === null || payload[key] === undefined) return <g />;
    const modifier = payload[`${key}_mod`] as Modifier | null;
    const common = { stroke: colour, strokeWidth: 1.6, fill: 'none' };
    if (modifier === 'at_least') {
      return (
        <g data-mark="at_least">
          <path d={`M${cx - 6},${cy} L${cx + 6},${cy} M${cx},${cy} L${cx},${cy - 10} M${cx - 3.5},${cy - 6.5} L${cx},${cy - 10} L${cx + 3.5},${cy - 6.5}`} {...common} />
        </g>
      );
    }
    if (modifier === 'at_most') {
      return (
        <g data-mark="at_most">
          <path d={`M${cx - 6},${cy} L${cx + 6},${cy} M${cx},${cy} L${cx},${cy + 10} M${cx - 3.5},${cy + 6.5} L${cx},${cy + 10} L${cx + 3.5},${cy + 6.5}`} {...common} />
        </g>
      );
    }
    if (modifier === 'about') {
      return (
        <g data-mark="about">
          <path d={`M${cx},${cy - 6} L${cx},${cy + 6} M${cx - 3},${cy - 6} L${cx + 3},${cy - 6} M${cx - 3},${cy + 6} L${cx + 3},${cy + 6}`} {...common} />
          <circle cx={cx} cy={cy} r={2.5} fill={colour} />
        </g>
      );
    }
    return <circle data-mark={modifier ?? 'exact'} cx={cx} cy={cy} r={3.5} fill={colour} stroke="none" />;
  };
}

/**
 * The legend: each metric's name beside a swatch of its colour. Our own list rather than recharts' default, whose
 * icons carry an English aria-label ("… legend icon") on a Chinese page; the swatch is decoration (aria-hidden).
 */
function ChartLegend({ lines }: { lines: UnitChartData['lines'] }) {
  return (
    <ul className="chart-legend">
      {lines.map((line) => (
        <li key={line.key}>
          <span className="chart-swatch" aria-hidden="true" style={{ background: COLOURS[Number(line.key.slice(1)) % COLOURS.length] }} />
          {line.metric}
        </li>
      ))}
    </ul>
  );
}

/**
 * The figures of a chart as the plans write them (5%左右, +30元, 降低3%左右), metric × year, under the chart: the
 * chart's text alternative and its labels at once. Written on the lines, figures of neighbouring metrics overlapped
 * (5%左右 / 5.5%左右 / 4%左右 on one year); in a table they never do.
 */
function ChartTable({ chart, caption }: { chart: UnitChartData; caption: string }) {
  return (
    <div className="table-wrap chart-table-wrap" tabIndex={0}>
      <table className="chart-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <td />
            {chart.rows.map((row) => (
              <th key={String(row.year)} scope="col">
                {row.year}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.lines.map((line) => (
            <tr key={line.key} data-chart-metric={line.metric}>
              <th scope="row">
                <span className="chart-swatch" aria-hidden="true" style={{ background: COLOURS[Number(line.key.slice(1)) % COLOURS.length] }} />
                {line.metric}
              </th>
              {chart.rows.map((row) => (
                <td key={String(row.year)}>{(row[`${line.key}_text`] as string | null) ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * One chart per unit and kind (recharts ComposedChart): a y-axis in that unit with its name, one line per metric,
 * modifier marks ({@link modifierDot}), ranges as shaded bands, gaps where a year has no number (never
 * interpolated), a legend naming each metric; the figures as the plan writes them in a table under the chart
 * ({@link ChartTable}), which is also the chart's text alternative (the drawing itself is one named image).
 */
export function UnitChart({ chart }: { chart: UnitChartData }) {
  const { t } = useTranslation();
  const unit = chart.unit || t('targets.chartNoUnit');
  const caption = `${t('targets.chartUnit', { unit })}${chart.kind === 'level' ? '' : t(`targets.chartKind_${chart.kind}`)}`;
  return (
    <figure className="unit-chart" data-unit={chart.unit} data-kind={chart.kind} aria-label={caption}>
      <figcaption>
        {caption}
        {chart.omitted > 0 ? (
          <span className="muted"> · {t('targets.chartCapped', { shown: chart.lines.length, total: chart.lines.length + chart.omitted })}</span>
        ) : null}
      </figcaption>
      <div role="img" aria-label={t('targets.chartImage', { caption })}>
      <ResponsiveContainer width="100%" height={300}>
      <ComposedChart data={chart.rows} margin={{ top: 24, right: 40, bottom: 8, left: 8 }} className="unit-chart-svg" accessibilityLayer={false}>
        <CartesianGrid stroke="#e4e4e4" vertical={false} />
        <XAxis dataKey="year" padding={{ left: 24, right: 24 }} />
        <YAxis
          domain={[0, 'auto']}
          label={{ value: unit, angle: 0, position: 'top', offset: 12, style: { fontSize: 12, fill: '#4a5363' } }}
          tick={{ fontSize: 12 }}
          width={56}
        />
        <Tooltip formatter={(_value, _name, item) => [String((item.payload as Record<string, unknown>)[`${String(item.dataKey)}_text`] ?? ''), item.name]} />
        <Legend wrapperStyle={{ fontSize: 12 }} content={<ChartLegend lines={chart.lines} />} />
        {chart.lines
          .filter((line) => line.hasRange)
          .map((line) => {
            const colour = COLOURS[Number(line.key.slice(1)) % COLOURS.length];
            return (
              <Area
                key={`${line.key}-band`}
                dataKey={`${line.key}_band`}
                name={`${line.metric}（区间）`}
                stroke="none"
                fill={colour}
                fillOpacity={0.18}
                isAnimationActive={false}
                legendType="none"
                connectNulls={false}
              />
            );
          })}
        {chart.lines.map((line) => {
          const colour = COLOURS[Number(line.key.slice(1)) % COLOURS.length];
          return (
            <Line
              key={line.key}
              dataKey={line.key}
              name={line.metric}
              stroke={colour}
              strokeWidth={1.6}
              dot={modifierDot(line.key, colour)}
              activeDot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </ComposedChart>
      </ResponsiveContainer>
      </div>
      <ChartTable chart={chart} caption={caption} />
    </figure>
  );
}
