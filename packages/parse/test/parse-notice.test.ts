import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Plan, Section } from '@plandiff/model';
import { parseIngested, parseNotice, parsePlan, type IngestedNotice } from '../src/index.js';
import { numberedDocx, typedDocx } from '../../ingest/test/docx.test-data.js';

const cases = new URL('../../ingest/test/data/cases/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', cases), 'utf8')) as Record<string, {
  format: string; title?: string; headings?: string[]; verdict?: string; verdict_not?: string; reason?: string;
}>;
const fixtures = new URL('../../../fixtures/', import.meta.url);
const PROVINCES = ['anhui', 'beijing', 'chongqing', 'fujian', 'gansu', 'guangxi', 'guizhou', 'hainan', 'hebei', 'heilongjiang', 'henan', 'hunan',
  'jiangsu', 'jiangxi', 'jilin', 'liaoning', 'neimenggu', 'ningxia', 'qinghai', 'shaanxi', 'shandong', 'shanxi', 'tianjin', 'xinjiang', 'yunnan'];

const flat = (sections: Section[]): Section[] => sections.flatMap((s) => [s, ...flat(s.children)]);
/** The outline and tasks as the comparison sees them (labels, titles, levels; numbers, lead units, targets). */
const outline = (plan: Plan) => ({
  sections: flat(plan.sections).map((s) => `${s.level} ${s.label}${s.title}`),
  tasks: plan.tasks.map((t) => [t.number, t.assignments.flatMap((a) => a.lead), t.targets.map((x) => `${x.metric} ${x.value}${x.unit ?? ''}`)]),
});

describe('parseNotice: the real attachments of ingest-cases give what expected.json says', () => {
  for (const name of ['exam-syllabus-2022.docx', 'finance-syllabus-2022.doc', 'yuanzhou-note-2018.doc']) {
    it(name, async () => {
      const want = expected[name];
      const plan = await parseNotice(new Uint8Array(readFileSync(new URL(name, cases))), { name });
      expect(plan.meta.source?.format).toBe(want.format);
      expect(plan.meta.title).toBe(want.title);
      if (want.headings) expect(plan.sections.filter((s) => s.level === 1 && s.role !== 'preamble').map((s) => s.label + s.title).slice(0, want.headings.length)).toEqual(want.headings);
      if (want.verdict) expect(plan.quality).toEqual({ verdict: want.verdict, reasons: [want.reason] });
      if (want.verdict_not) expect(plan.quality?.verdict).not.toBe(want.verdict_not);
    });
  }

  it('an exam syllabus is no plan: headings but no title, no plan words, no lead unit (NOT_A_PLAN_TEXT)', async () => {
    const plan = await parseNotice(new Uint8Array(readFileSync(new URL('exam-syllabus-2022.docx', cases))), { name: 'exam.docx' });
    expect(plan.quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT'] });
    expect(plan.warnings.find((w) => w.code === 'NOT_A_PLAN_TEXT')?.message).toMatch(/^no title, headings but only 5 words of a plan/);
  });
});

describe('parseNotice: Word automatic numbering reads as the labels typed by hand', () => {
  it('the auto-numbered DOCX and the typed DOCX give the same outline, task numbers, lead units and targets', async () => {
    const typed = await parseNotice(typedDocx(), { name: 'typed.docx' });
    const numbered = await parseNotice(numberedDocx(), { name: 'numbered.docx' });
    expect(outline(numbered)).toEqual(outline(typed));
    expect(numbered.meta.title).toBe('2025年全市生态环境工作要点');
    expect(outline(numbered).sections.filter((s) => s !== '1 ').slice(0, 3)).toEqual(['1 一、深入打好蓝天保卫战', '2 （一）推进工业污染治理', '2 （二）加强移动源管控']);
    expect(numbered.tasks.map((t) => t.number)).toEqual(['1', '2', '1', '1']);
    expect(numbered.tasks[0].assignments[0].lead).toEqual(['市大气办']);
    expect(numbered.quality?.verdict).toBe('ok');
  });
});

describe('parseNotice: the 25 provincial reports of 2025 as published (DOCX)', () => {
  for (const province of PROVINCES) {
    it(province, async () => {
      const plan = await parseNotice(new Uint8Array(readFileSync(new URL(`gwr-${province}/2025/source.docx`, fixtures))), { name: `${province}.docx` });
      expect(plan.meta.title).toMatch(/^2025年.+政府工作报告$/);
      expect(plan.year).toBe(2025);
      expect(plan.quality).toEqual({ verdict: 'ok', reasons: [] });
      const chapters = plan.sections.filter((s) => s.level === 1 && s.role !== 'preamble');
      expect(chapters.slice(0, 2).map((s) => s.label)).toEqual(['一、', '二、']);
      // the first chapter looks back on 2024 (2024年工作回顾, 过去一年工作回顾, 牢记殷殷嘱托…取得新成效): figures there are results
      expect(chapters[0].role).toBe('review');
      // every chapter and task cites the Word paragraph it starts in
      expect(chapters.every((s) => s.origin !== undefined && 'paragraph' in s.origin)).toBe(true);
      expect(plan.tasks.every((t) => t.origin !== undefined)).toBe(true);
    });
  }

  it('reads the 2025 targets as written (地区生产总值增长 …) and cites their paragraphs', async () => {
    const read = async (province: string) => parseNotice(new Uint8Array(readFileSync(new URL(`gwr-${province}/2025/source.docx`, fixtures))), { name: 'source.docx' });
    const gdp = (plan: Plan) => plan.targets.find((t) => t.metricKey === 'gdp_growth');
    const text = (plan: Plan) => { const t = gdp(plan)!; return plan.text.slice(t.span[0], t.span[1]); };
    const beijing = await read('beijing');
    expect(text(beijing)).toBe('地区生产总值增长5%左右');
    expect(gdp(beijing)).toMatchObject({ value: 5, modifier: 'about', unit: '%' });
    const anhui = await read('anhui');
    expect(text(anhui)).toBe('地区生产总值增长5.5%以上');
    expect(gdp(anhui)).toMatchObject({ value: 5.5, modifier: 'at_least' });
    const xinjiang = await read('xinjiang');
    expect(text(xinjiang)).toBe('地区生产总值增长6%左右');
    const henan = await read('henan');
    expect(text(henan)).toBe('经济增长5.5%左右');
    // 一、2024年工作回顾 opens Word paragraph 6 of the Beijing report (title, 来源, date line, 各位代表, opening sentence before it)
    expect(beijing.sections.find((s) => s.label === '一、')?.origin).toEqual({ paragraph: 6 });
    expect(beijing.meta.source).toEqual({ format: 'docx', member: null, pages: null, retrievedFrom: null });
  });
});

describe('parseIngested: what the ingest stage noticed reaches the plan', () => {
  const html = (body: string): IngestedNotice => ({
    format: 'pdf', body: { kind: 'html', html: `<html><body>${body}</body></html>` }, title: null, pages: 3, member: null, members: [], warnings: [],
  });

  it('a scan with no text layer (SCANNED_NO_TEXT, severity error) is an unusable plan for that reason, not an error', () => {
    const scanned: IngestedNotice = {
      ...html(''),
      warnings: [{ code: 'SCANNED_NO_TEXT', severity: 'error', message: '3 of 3 pages have no text layer (a scan): no text to read', span: null }],
    };
    const plan = parseIngested(scanned, { series: 'scratch', year: 2025 });
    expect(plan.quality).toEqual({ verdict: 'unusable', reasons: ['SCANNED_NO_TEXT'] });
    expect(plan.warnings.map((w) => [w.code, w.severity])).toEqual([['SCANNED_NO_TEXT', 'error']]);
    expect(plan.meta.source).toEqual({ format: 'pdf', member: null, pages: 3, retrievedFrom: null });
    expect(plan.id).toBe('scratch/2025');
  });

  it('a plan with some pages scanned keeps its text but is unusable (SCANNED_NO_TEXT); PDF pages become origins', () => {
    const notice = html(
      '<p data-page="1">2025年全市生态环境工作要点</p><p data-page="1">一、深入打好蓝天保卫战</p>' +
        '<p data-page="2">1.完成3家钢铁企业超低排放改造，推进工业污染治理。（牵头单位：市大气办）</p><p data-page="3">2.新增新能源公交车500辆以上，加快淘汰老旧车辆。（牵头单位：市交通运输局）</p>',
    );
    const plain = parseIngested(notice);
    expect(plain.quality?.verdict).toBe('ok');
    expect(plain.sections.find((s) => s.label === '一、')?.origin).toEqual({ page: 1 });
    expect(plain.tasks.map((t) => t.origin)).toEqual([{ page: 2 }, { page: 3 }]);
    const scanned = parseIngested({ ...notice, warnings: [{ code: 'SCANNED_NO_TEXT', severity: 'error', message: 'page 4 of 4 is a scan', span: null }] });
    expect(scanned.quality).toEqual({ verdict: 'unusable', reasons: ['SCANNED_NO_TEXT'] });
    expect(scanned.tasks).toHaveLength(2);
  });

  it('HTML and text bytes are parsed exactly as parsePlan parses them, plus meta.source', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('gov-work-report/2024/source.txt', fixtures)));
    const plan = await parseNotice(bytes, { name: 'source.txt', series: 'gov-work-report', year: 2024 });
    const { meta, ...rest } = plan;
    const { meta: oldMeta, ...oldRest } = parsePlan(bytes, { fileName: 'source.txt', series: 'gov-work-report', year: 2024 });
    expect(rest).toEqual(oldRest);
    expect(meta).toEqual({ ...oldMeta, source: { format: 'text', member: null, pages: null, retrievedFrom: null } });
  });
});
