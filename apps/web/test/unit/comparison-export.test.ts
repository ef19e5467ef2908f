import type { Comparison, Plan } from '@plandiff/model';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLinkViews, filterLinkViews, type LinkView } from '../../src/comparison/link-view.js';
import { NO_FILTERS } from '../../src/comparison/view-state.js';
import { csvCell } from '../../src/export/csv-cell.js';
import { comparisonCsv, comparisonMarkdown, type ExportInput } from '../../src/export/comparison-export.js';
import { describeFilters, filterFileSuffix } from '../../src/export/filter-description.js';
import { i18n } from '../../src/i18n/i18n.js';
import { indexPlan } from '../../src/plan/plan-index.js';
import { storedJson } from '../support/stored-api.js';

const zh = i18n.getFixedT('zh-CN');
let input: Omit<ExportInput, 'shown' | 'filterText'>;
let views: LinkView[];

beforeAll(async () => {
  const series = '/api/series/gov-work-report';
  const [comparison, fromPlan, toPlan] = await Promise.all([
    storedJson<Comparison>(`${series}/compare?from=2024&to=2025`),
    storedJson<Plan>(`${series}/plans/2024`),
    storedJson<Plan>(`${series}/plans/2025`),
  ]);
  views = buildLinkViews(comparison.links, indexPlan(fromPlan), indexPlan(toPlan));
  input = { comparison, fromPlan, toPlan, total: views.length, seriesName: '国务院政府工作报告' };
});

/** Parses the CSV the viewer writes (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 1;
    } else field += c;
  }
  return rows;
}

describe('exports of what is shown (gov-work-report 2024 → 2025)', () => {
  it('Markdown: heading in Chinese, each kind of the plan part counted as the summary counts it (46 修改, 11 调整位置 …), review chapters apart', () => {
    const markdown = comparisonMarkdown({ ...input, shown: views, filterText: describeFilters(NO_FILTERS, zh) }, zh);
    expect(markdown.split('\n')[0]).toBe('# 国务院政府工作报告 2024 → 2025');
    const { summary } = input.comparison;
    // the real 2024 → 2025 answer (compare #11): review links (一、2024年工作回顾) are counted apart in summary.review
    expect([summary.changed, summary.moved, summary.added, summary.dropped, summary.merged]).toEqual([46, 11, 4, 3, 0]);
    expect(markdown).toContain(`## 修改 (${summary.changed})`);
    expect(markdown).toContain(`## 调整位置 (${summary.moved})`);
    expect(markdown).toContain(`## 新增 (${summary.added})`);
    expect(markdown).toContain(`## 删除 (${summary.dropped})`);
    // no plan link is merged: no such heading at the plan level (the review part has its own ### headings)
    expect(markdown).not.toMatch(/^## 合并 \(/m);
    expect(summary.review).toMatchObject({ changed: 11, added: 1, dropped: 3, unchanged: 1, merged: 2 });
    expect(markdown).toContain('## 工作回顾另计：11 修改 · 1 新增 · 3 删除 · 1 未变');
    expect(markdown).toMatch(/^### 合并 \(2\)$/m);
  });

  it('CSV of the moved filter: only the 11 moved links and their targets, full texts, display paths, source sentences', () => {
    const filters = { ...NO_FILTERS, kinds: ['moved' as const] };
    const shown = filterLinkViews(views, filters);
    const rows = parseCsv(comparisonCsv({ ...input, shown, filterText: describeFilters(filters, zh) }, zh));
    expect(rows[0][0]).toBe('# 已按当前筛选导出：类型=调整位置 (11/82)');
    expect(rows[1]).toEqual(['row', 'kind', 'metric', 'path_2024', 'text_2024', 'lead_2024', 'path_2025', 'text_2025', 'lead_2025', 'figure_2024', 'figure_2025', 'change', 'source_2024', 'source_2025']);
    const tasks = rows.filter((row) => row[0] === 'task');
    expect(tasks).toHaveLength(11);
    // the full text, not the first sentence: 2024's 三（三）第1段 of the domestic-demand chapter
    const demand = tasks.find((row) => row[3] === '三（三）第1段')!;
    expect(demand[6]).toBe('三（一）第1段');
    expect(demand[4]).toBe(input.fromPlan.tasks.find((task) => task.id === 't3.3.p1')!.text);
    expect(filterFileSuffix(filters)).toBe('-filtered-kind-moved');

    const all = parseCsv(comparisonCsv({ ...input, shown: views, filterText: describeFilters(NO_FILTERS, zh) }, zh));
    const cpi = all.find((row) => row[0] === 'target' && row[2] === '居民消费价格涨幅')!;
    expect(cpi.slice(9, 12)).toEqual(['3%左右', '2%左右', '降低']);
    expect(cpi[13]).toContain('居民消费价格涨幅2%左右');
  });

  it('escapes a cell as RFC 4180 says, in one function', () => {
    expect(csvCell('三（一）第1段')).toBe('三（一）第1段');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('他说"好"')).toBe('"他说""好"""');
    expect(csvCell('一\n二')).toBe('"一\n二"');
    expect(csvCell(null)).toBe('');
    // the one OWASP rule of the product (csvField of @plandiff/compare): formula starts are neutralised and quoted
    expect(csvCell('=HYPERLINK("http://evil.example/")')).toBe(`"'=HYPERLINK(""http://evil.example/"")"`);
    expect(csvCell('@SUM(1+2)')).toBe(`"'@SUM(1+2)"`);
    expect(csvCell('+1+2')).toBe(`"'+1+2"`);
    expect(csvCell('-3%')).toBe(`"'-3%"`);
    expect(csvCell(-3)).toBe('-3'); // a number the viewer computed stays a number
  });
});
