// Issue 22, findings 1 and 6: inputs read wrongly and confidently. A UTF-8 byte order mark before a GBK body
// ignored --encoding gbk; items numbered 1000 and above were not labels (50,000 numbered tasks → 999 tasks, the
// last one 1.35 M characters, verdict ok); 20,000 bare labels `（一）；` were 19,999 tasks with verdict ok.
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

const gwr2024 = readFileSync(new URL('../../../fixtures/gov-work-report/2024/source.txt', import.meta.url), 'utf8');

describe('an explicit charset against a byte order mark its bytes contradict', () => {
  it('reads a UTF-8 BOM before a GBK body as GBK when told gbk, with a charset warning', () => {
    expect(parsePlan(new TextEncoder().encode(gwr2024), { fileName: 'source.txt' }).tasks).toHaveLength(79);
    // the GBK body alone, as the reference (GBK has no code for one character of the report: iconv writes `?`)
    const gbk = iconv.encode(gwr2024, 'gbk');
    const expected = parsePlan(gbk, { charset: 'gbk', fileName: 'source.txt' });
    expect(expected.tasks).toHaveLength(80);
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), gbk]);
    const plan = parsePlan(bytes, { charset: 'gbk', fileName: 'source.txt' });
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.quality).toEqual({ verdict: 'ok', reasons: [] });
    expect(plan.tasks.map((t) => t.text)).toEqual(expected.tasks.map((t) => t.text));
    expect(plan.warnings.find((w) => w.code === 'CHARSET_MISMATCH')?.message).toContain('utf-8');
    // the same bytes by a transport charset (a multipart part's Content-Type)
    expect(parsePlan(bytes, { mediaType: 'text/plain; charset=GBK', fileName: 'source.txt' }).tasks).toHaveLength(80);
    // before: the BOM won, the GBK bytes became U+FFFD, and the notice was refused as NOT_A_PLAN_TEXT
    expect(parsePlan(bytes, { fileName: 'source.txt' }).meta.encoding).toBe('utf-8');
  });

  it('keeps the byte order mark when its bytes agree with it, whatever the transport says', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(gwr2024, 'utf8')]);
    const plan = parsePlan(bytes, { charset: 'gbk', fileName: 'source.txt' });
    expect(plan.meta.encoding).toBe('utf-8');
    expect(plan.tasks).toHaveLength(79);
  });
});

describe('labels of any number of digits', () => {
  it('reads items 1. … 1200. as 1,200 tasks, the last one its own sentence', () => {
    const lines = ['2025年某市重点工作安排', '一、重点任务'];
    for (let i = 1; i <= 1200; i++) lines.push(`${i}.推进第${i}项重点工作，完成年度目标。`);
    const plan = parsePlan(new TextEncoder().encode(lines.join('\n')), { fileName: 'a.txt' });
    expect(plan.tasks).toHaveLength(1200);
    expect(plan.tasks[999].number).toBe('1000');
    expect(plan.tasks.at(-1)?.text).toBe('推进第1200项重点工作，完成年度目标。');
    expect(plan.quality?.verdict).toBe('ok');
  });
});

describe('a degenerate structure is not ok', () => {
  it('20,000 bare labels `（一）；` are not a plan and are named DEGENERATE_STRUCTURE (`add` refuses it)', () => {
    const plan = parsePlan(new TextEncoder().encode('（一）；'.repeat(20_000)), { fileName: 'l.txt' });
    // no title, no plan words and no task naming a lead unit: unusable, and the reason says it is a list of labels
    expect(plan.quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT', 'DEGENERATE_STRUCTURE'] });
    expect(plan.warnings.find((w) => w.code === 'DEGENERATE_STRUCTURE')?.message).toMatch(/^\d+ of 19999 tasks are a bare number label/);
  });

  it('one task holding most of a long text is DEGENERATE_STRUCTURE', () => {
    const text = ['2025年某市重点工作安排', '一、重点任务', '1.推进重点工作。', '2.做好民生保障。', `3.${'推进重点工作，完成年度目标。'.repeat(600)}`].join('\n');
    const plan = parsePlan(new TextEncoder().encode(text), { fileName: 'a.txt' });
    expect(plan.quality?.reasons).toContain('DEGENERATE_STRUCTURE');
    expect(plan.warnings.find((w) => w.code === 'DEGENERATE_STRUCTURE')?.message).toMatch(/^one task holds 8400 of the text's \d+ characters/);
  });

  it('a real plan is not: the 2024 government work report (79 tasks) stay ok', () => {
    expect(parsePlan(new TextEncoder().encode(gwr2024), { fileName: 'source.txt' }).quality).toEqual({ verdict: 'ok', reasons: [] });
  });
});
