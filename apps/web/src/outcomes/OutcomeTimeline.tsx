import type { OutcomeRow, Verdict } from '@plandiff/model';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CEILING_METRICS } from '@plandiff/compare';
import { CartesianGrid, ComposedChart, ErrorBar, LabelList, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { outcomeTimeline, type OutcomePoint, type OutcomeSeries } from './outcome-view.js';
import { formatResult, targetText, verdictName } from './outcome-text.js';
import { VerdictLegend } from './VerdictBadge.js';

/** The colour of each verdict, the same as the badges' (outcomes.css). */
export const VERDICT_COLOURS: Record<Verdict, string> = {
  met: '#1e7b45', missed: '#c0392b', unclear: '#6b7280', not_reported: '#9ca3af', provisional: '#b7791f',
};
const TARGET_COLOUR = '#2f5d8a';

interface MarkProps {
  cx?: number;
  cy?: number;
  payload?: ChartRow;
}

interface ChartRow {
  year: number;
  target: number | null;
  targetErr: [number, number] | null;
  result: number | null;
  targetLabel: string;
  resultLabel: string;
  point: OutcomePoint;
}

/** The target's mark: a hollow dash; 以上 with an arrow up (a floor), 以内 an arrow down (a ceiling). */
function TargetMark({ cx, cy, payload }: MarkProps) {
  if (cx === undefined || cy === undefined || !payload || payload.target === null) return <g />;
  const m = payload.point.modifier;
  const common = { stroke: TARGET_COLOUR, strokeWidth: 2, fill: 'none' };
  const arrow = m === 'at_least' ? -1 : m === 'at_most' ? 1 : 0;
  return (
    <g data-mark={`target-${m}`}>
      <path d={`M${cx - 11},${cy} L${cx + 11},${cy}`} {...common} strokeWidth={3} />
      {arrow !== 0 ? (
        <path d={`M${cx - 7},${cy} L${cx - 7},${cy + 11 * arrow} M${cx - 10},${cy + 7 * arrow} L${cx - 7},${cy + 11 * arrow} L${cx - 4},${cy + 7 * arrow}`} {...common} strokeWidth={1.5} />
      ) : null}
    </g>
  );
}

/** The result's mark: a filled circle in its verdict's colour (a ring for a provisional estimate). */
function ResultMark({ cx, cy, payload }: MarkProps) {
  if (cx === undefined || cy === undefined || !payload || payload.result === null) return <g />;
  const verdict = payload.point.verdict;
  const colour = VERDICT_COLOURS[verdict];
  return (
    <circle
      data-mark="result"
      data-verdict={verdict}
      cx={cx}
      cy={cy}
      r={5.5}
      fill={verdict === 'provisional' ? '#fff' : colour}
      stroke={colour}
      strokeWidth={2}
    />
  );
}

/**
 * The band drawn at a target: a range from low to high; else the tolerance its verdict rule allowed (rules.ts of
 * @plandiff/compare: 0.5 point for 左右 and bare rates, 2% of a 左右 amount) on the side it allows — below the target
 * for growth, above it for a ceiling metric (prices, unemployment) — so a reader sees why a result near it is met.
 */
function targetError(point: OutcomePoint): [number, number] | null {
  if (point.target === null) return null;
  if (point.modifier === 'range' && point.low !== null && point.high !== null) return [point.target - point.low, point.high - point.target];
  const rule = point.row.rule.split('+')[0];
  const tolerance = rule === 'about_rate' || rule === 'exact_rate' ? 0.5 : rule === 'about_amount' ? Math.abs(point.target) * 0.02 : 0;
  if (tolerance === 0) return null;
  return CEILING_METRICS.has(point.row.metricKey ?? '') ? [0, tolerance] : [tolerance, 0];
}

function chartRows(series: OutcomeSeries, t: ReturnType<typeof useTranslation>['t']): ChartRow[] {
  return series.points.map((point) => ({
    year: point.year,
    target: point.target,
    targetErr: targetError(point),
    result: point.result,
    targetLabel: targetText(point.row, t),
    resultLabel: point.result !== null && point.row.result ? formatResult(point.row.result) : '',
    point,
  }));
}

function domainOf(rows: readonly ChartRow[]): [number, number] {
  const values = rows.flatMap((r) => [
    r.target, r.result, r.target !== null && r.targetErr ? r.target - r.targetErr[0] : null, r.target !== null && r.targetErr ? r.target + r.targetErr[1] : null,
  ]).filter((v): v is number => v !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = Math.max((high - low) * 0.25, Math.abs(high) * 0.1, 0.5);
  // round outwards to a step of the data's magnitude (0.5 for rates, 100 for 1,200万人), never below 0 for positive data
  const step = Math.max(0.5, 10 ** Math.floor(Math.log10(Math.max(high - low + 2 * pad, 1e-9))) / 2);
  const floor = Math.floor((low - pad) / step) * step;
  return [low >= 0 && floor < 0 ? 0 : floor, Math.ceil((high + pad) / step) * step];
}

/** Round ticks across a domain: every 0.5, 1, 2.5, 5 … of the data's magnitude, at most 7 of them. */
function ticksOf([from, to]: [number, number]): number[] {
  const raw = (to - from) / 6;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? 10 * magnitude;
  const ticks: number[] = [];
  for (let v = Math.ceil(from / step) * step; v <= to + step * 1e-9; v += step) ticks.push(Math.round(v * 1e6) / 1e6);
  return ticks;
}

/** True while the screen is phone-sized (≤ 640 px): the charts drop the target labels and put results above. */
function useNarrow(): boolean {
  const query = '(max-width: 640px)';
  const [narrow, setNarrow] = useState(() => typeof window !== 'undefined' && window.matchMedia(query).matches);
  useEffect(() => {
    const list = window.matchMedia(query);
    const on = () => setNarrow(list.matches);
    list.addEventListener('change', on);
    return () => list.removeEventListener('change', on);
  }, []);
  return narrow;
}

function ChartTooltip({ active, payload }: { active?: boolean; payload?: readonly { payload?: ChartRow }[] }) {
  const { t } = useTranslation();
  const row = payload?.[0]?.payload;
  if (!active || !row) return null;
  return (
    <div className="oc-tooltip">
      <div>{t('outcomes.chartTarget', { year: row.year, target: row.targetLabel })}</div>
      <div>
        {row.result !== null
          ? t('outcomes.chartResult', { result: row.resultLabel, verdict: verdictName(row.point.verdict, t) })
          : t('outcomes.chartNoResult')}
      </div>
    </div>
  );
}

/** One indicator's chart: x the target years, the target mark with its band, the result beside it, both labelled. */
function IndicatorChart({ series }: { series: OutcomeSeries }) {
  const { t } = useTranslation();
  const rows = chartRows(series, t);
  const narrow = useNarrow();
  const domain = domainOf(rows);
  return (
    <figure className="oc-chart" data-metric={series.metricKey} aria-label={series.metric}>
      <figcaption>
        {series.metric} <span className="muted">{series.unit}</span>
      </figcaption>
      <ResponsiveContainer width="100%" height={220}>
        <ComposedChart data={rows} margin={narrow ? { top: 22, right: 8, bottom: 4, left: 0 } : { top: 18, right: 64, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e4e4e4" vertical={false} />
          <XAxis dataKey="year" type="category" allowDuplicatedCategory={false} padding={narrow ? { left: 20, right: 20 } : { left: 88, right: 36 }} tick={{ fontSize: 12 }} />
          <YAxis domain={domain} ticks={ticksOf(domain)} tick={{ fontSize: 11 }} width={44} allowDecimals />
          <Tooltip content={<ChartTooltip />} cursor={false} />
          <Scatter dataKey="target" shape={TargetMark} isAnimationActive={false} legendType="none" name={t('outcomes.legendTarget')}>
            <ErrorBar dataKey="targetErr" direction="y" isAnimationActive={false} width={8} stroke={TARGET_COLOUR} strokeOpacity={0.55} strokeWidth={6} />
            {narrow ? null : <LabelList dataKey="targetLabel" position="left" offset={14} style={{ fontSize: 11, fill: TARGET_COLOUR }} />}
          </Scatter>
          <Scatter dataKey="result" shape={ResultMark} isAnimationActive={false} legendType="none" name={t('outcomes.colResult')}>
            <LabelList dataKey="resultLabel" position={narrow ? 'top' : 'right'} offset={10} style={{ fontSize: narrow ? 10 : 11, fill: '#1f2937', fontWeight: 600 }} />
          </Scatter>
        </ComposedChart>
      </ResponsiveContainer>
    </figure>
  );
}

/** The legend of the timeline: how targets are drawn (by modifier) and that results are circles coloured by verdict. */
export function TimelineLegend() {
  const { t } = useTranslation();
  const sample = (d: string, extra?: React.ReactNode) => (
    <svg width="30" height="24" viewBox="0 0 30 24" aria-hidden="true">
      {extra}
      <path d={d} stroke={TARGET_COLOUR} strokeWidth={2} fill="none" />
    </svg>
  );
  return (
    <div className="oc-timeline-legend" aria-label={t('outcomes.legend')}>
      <ul>
        <li data-legend="target">{sample('M4,12 L26,12')}{t('outcomes.legendTarget')}</li>
        <li data-legend="about">{sample('M4,6 L26,6', <rect x="12" y="6" width="6" height="14" fill={TARGET_COLOUR} fillOpacity={0.45} />)}{t('outcomes.legendTargetAbout')}</li>
        <li data-legend="at_least">{sample('M4,14 L26,14 M8,14 L8,4 M5,7 L8,4 L11,7')}{t('outcomes.legendTargetAtLeast')}</li>
        <li data-legend="at_most">{sample('M4,10 L26,10 M8,10 L8,20 M5,17 L8,20 L11,17')}{t('outcomes.legendTargetAtMost')}</li>
        <li data-legend="result">
          <svg width="30" height="24" viewBox="0 0 30 24" aria-hidden="true">
            <circle cx="15" cy="12" r="5.5" fill={VERDICT_COLOURS.met} />
          </svg>
          {t('outcomes.legendResult')}
        </li>
      </ul>
      <VerdictLegend />
    </div>
  );
}

/**
 * Target and outcome together, year by year, one small chart per indicator (headline indicators first), with the
 * legend. Input: the rows of a series' outcomes. Shows a line instead when no indicator has numeric targets to draw.
 */
export function OutcomeTimeline({ rows, limit }: { rows: readonly OutcomeRow[]; limit?: number }) {
  const { t } = useTranslation();
  const all = outcomeTimeline(rows);
  const shown = limit === undefined ? all : all.slice(0, limit);
  return (
    <section className="block oc-timeline" aria-labelledby="oc-timeline-heading" data-testid="outcome-timeline">
      <h2 id="oc-timeline-heading">{t('outcomes.timeline')}</h2>
      <p className="muted">{t('outcomes.timelineLede')}</p>
      {shown.length === 0 ? <p className="muted">{t('outcomes.timelineNone')}</p> : null}
      {shown.length > 0 ? <TimelineLegend /> : null}
      <div className="oc-charts">
        {shown.map((s) => (
          <IndicatorChart key={`${s.metricKey}|${s.unit}`} series={s} />
        ))}
      </div>
    </section>
  );
}
