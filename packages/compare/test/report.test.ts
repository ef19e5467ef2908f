import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { comparisonToMarkdown, diffToMarkdown } from '../src/report-markdown.js';
import { comparisonToCsv, csvField } from '../src/report-csv.js';
import { loadPlan } from './support/fixtures.js';

describe('reports of gov-work-report 2024 → 2025', () => {
  const from = loadPlan('gov-work-report', 2024);
  const to = loadPlan('gov-work-report', 2025);
  const c = comparePlans(from, to);

  it('Markdown: the target table comes first, then added, dropped, changed tasks', () => {
    const md = comparisonToMarkdown(c, from, to);
    const at = (s: string) => md.indexOf(s);
    expect(at('## Targets')).toBeGreaterThan(0);
    expect(at('## Targets')).toBeLessThan(at('## Added tasks'));
    expect(at('## Added tasks')).toBeLessThan(at('## Dropped tasks'));
    expect(at('## Dropped tasks')).toBeLessThan(at('## Changed tasks'));
    expect(md).toContain('| 居民消费价格涨幅 | 3%左右 | 2%左右 | lowered |');
    expect(md).toContain('| 粮食产量 | 1.3万亿斤以上 | 1.4万亿斤左右 | raised; modifier at_least→about |');
    expect(md).toContain('~~7000亿元~~');
    expect(md).toContain('**7350亿元**');
  });

  it('Markdown: priorities reordered, review paragraphs counted apart and not listed, near misses named', () => {
    const md = comparisonToMarkdown(c, from, to);
    expect(md).toContain('## Priorities reordered');
    expect(md).toContain('- 大力提振消费、提高投资效益，全方位扩大国内需求: place 3 → 1');
    expect(md).toMatch(/Review of the past year \(工作回顾\): \d+ paragraphs, counted apart/u);
    // 2024's review paragraph on diplomacy is no plan card
    expect(md).not.toContain('一年来，中国特色大国外交全面');
    expect(md).toContain('Nearest in the other plan (too unlike to be the same task)');
  });

  it('diff highlights never put a marker next to whitespace', () => {
    expect(diffToMarkdown([{ op: 'equal', text: '赤字率拟按' }, { op: 'delete', text: '3% ' }, { op: 'insert', text: '4%左右' }]))
      .toBe('赤字率拟按~~3%~~ **4%左右**');
  });

  it('CSV: RFC 4180 quoting, CRLF, BOM, Chinese intact', () => {
    const csv = comparisonToCsv(c, from, to);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('record,kind,score,metric,from_figure,to_figure,change,from_ids,to_ids,from_section,to_section,from_title,to_title,lead_added,lead_removed,pinned,evidence');
    expect(lines.some((l) => l.startsWith('target,changed,,粮食产量,1.3万亿斤以上,1.4万亿斤左右,raised; modifier at_least→about,'))).toBe(true);
    expect(lines.filter((l) => l.startsWith('task,')).length).toBe(c.links.length);
    expect(csvField('a,"b"')).toBe('"a,""b"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField(null)).toBe('');
  });
});
