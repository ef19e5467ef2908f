import type { CollectionOutcomes, OutcomeRow, Outcomes, Result } from '@plandiff/model';
import { formatFigure } from '../figure.js';
import { toCsv } from '../report-csv.js';

/** The verdict in the reader's words, zh-CN first (the viewer shows the same words). */
export const VERDICT_ZH: Record<OutcomeRow['verdict'], string> = {
  met: '完成', missed: '未完成', unclear: '无法判断', not_reported: '未报告', provisional: '初步',
};

/** A result's figure (`5%`, `134.9万亿元`, `约1500亿元`, `3%以上`), its sentence saying the rest; '' for null. */
export function formatResult(r: Result | null): string {
  if (r === null) return '';
  const n = r.value ?? (r.low !== null && r.high !== null ? `${r.low}–${r.high}` : null);
  if (n === null) return r.text;
  const prefix = r.estimate ? '约' : '';
  const suffix = r.modifier === 'at_least' ? '以上' : r.modifier === 'at_most' ? '以内' : r.modifier === 'about' ? '左右' : '';
  return `${prefix}${n}${r.unit ?? ''}${suffix}`;
}

/** A verdict with its provisional reading: `初步 (完成)`. */
function verdictText(row: OutcomeRow): string {
  return row.provisionalVerdict ? `${VERDICT_ZH[row.verdict]} (${VERDICT_ZH[row.provisionalVerdict]})` : VERDICT_ZH[row.verdict];
}

const HEADER = ['series', 'year', 'metric_key', 'metric', 'target', 'target_value', 'target_low', 'target_high', 'target_unit',
  'target_modifier', 'aspirational', 'result', 'result_value', 'result_unit', 'estimate', 'verdict', 'provisional_verdict', 'rule',
  'gap', 'target_sentence', 'target_from', 'result_sentence', 'result_from', 'claim', 'note'];

function record(series: string, row: OutcomeRow): (string | number | boolean | null)[] {
  const t = row.target;
  const r = row.result;
  return [
    series, row.year, row.metricKey, row.metric, formatFigure(t), t.value, t.low, t.high, t.unit, t.modifier, t.aspirational,
    formatResult(r), r?.value ?? null, r?.unit ?? null, r ? r.estimate : null, row.verdict, row.provisionalVerdict ?? null, row.rule,
    row.gap ?? null, row.targetSentence ?? t.text, row.targetFrom?.plan ?? null, row.resultSentence ?? r?.text ?? null,
    row.resultFrom?.plan ?? null, row.claim?.text ?? null, row.note ?? null,
  ];
}

/**
 * Outcomes as CSV (UTF-8 with a BOM, RFC 4180, CRLF): one record per row, columns {@link HEADER}; every text cell
 * passes the project's one formula-injection rule (csv-injection.ts, via toCsv). Accepts a series' Outcomes or a
 * collection's (then `series` is each member's id, members in key order).
 */
export function outcomesCsv(outcomes: Outcomes | CollectionOutcomes): string {
  const rows: (string | number | boolean | null)[][] = [HEADER];
  if ('rows' in outcomes) for (const row of outcomes.rows) rows.push(record(outcomes.series, row));
  else for (const [series, list] of Object.entries(outcomes.series)) for (const row of list) rows.push(record(series, row));
  return toCsv(rows);
}

/** A Markdown table cell: pipes and line breaks escaped. */
function cell(s: string | number | null | undefined): string {
  return s === null || s === undefined ? '' : String(s).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function table(rows: readonly OutcomeRow[], withSeries: string | null): string[] {
  const lines = [
    `| ${withSeries !== null ? '地区 | ' : ''}年份 | 指标 | 目标 | 结果 | 判定 | 差距 | 目标原文 | 结果原文 |`,
    `|${withSeries !== null ? ' --- |' : ''} --- | --- | --- | --- | --- | --- | --- | --- |`,
  ];
  for (const row of rows) {
    lines.push(`| ${withSeries !== null ? `${cell(withSeries)} | ` : ''}${row.year} | ${cell(row.metric)} | ${cell(formatFigure(row.target))} | ${cell(formatResult(row.result))} | ${cell(verdictText(row))} | ${cell(row.gap ?? '')} | ${cell(row.targetSentence ?? row.target.text)}（${cell(row.targetFrom?.plan)}） | ${row.result ? `${cell(row.resultSentence ?? row.result.text)}（${cell(row.resultFrom?.plan)}）` : ''} |`);
  }
  return lines;
}

/**
 * Outcomes as Markdown (zh-CN headings): per year a table — indicator, target, result, verdict (完成 / 未完成 /
 * 无法判断 / 未报告 / 初步), gap, both sentences with their documents — then the report's own claim quoted beside it
 * (报告自评), never instead of the figures. A collection gives one table with a region column.
 */
export function outcomesMarkdown(outcomes: Outcomes | CollectionOutcomes): string {
  const out: string[] = [];
  if ('rows' in outcomes) {
    out.push(`# 目标与结果：${outcomes.series}`, '');
    const years = [...new Set(outcomes.rows.map((r) => r.year))];
    for (const year of years) {
      const rows = outcomes.rows.filter((r) => r.year === year);
      out.push(`## ${year}年`, '', ...table(rows, null), '');
      const claim = rows.find((r) => r.claim)?.claim;
      if (claim) out.push(`报告自评（${claim.plan}）：“${claim.text}”`, '');
    }
    if (years.length === 0) out.push('尚无可对照的结果（下一年的报告或统计公报尚未收录）。', '');
  } else {
    out.push(`# 目标与结果：${outcomes.collection}，${outcomes.year}年`, '');
    const rows = Object.entries(outcomes.series).flatMap(([s, list]) => list.map((r) => ({ s, r })));
    out.push(`| 地区 | 年份 | 指标 | 目标 | 结果 | 判定 | 差距 | 目标原文 | 结果原文 |`, `| --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
    for (const { s, r } of rows) out.push(...table([r], s).slice(2));
    const empty = Object.entries(outcomes.series).filter(([, list]) => list.length === 0).map(([s]) => s);
    if (empty.length > 0) out.push('', `尚无可对照的结果：${empty.join('、')}`);
    out.push('');
  }
  return out.join('\n');
}
