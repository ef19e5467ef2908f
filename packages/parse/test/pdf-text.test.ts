import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { printedWidth } from '../src/reflow.js';
import { fixtureBytes } from './fixture-files.js';
import { expectPlanInvariants } from './plan-invariants.js';

/**
 * What `pdftotext` gives for a notice printed on 公文 pages (GB/T 9704: 28 characters a line, 22 lines
 * a page): every paragraph cut at the page width (a closing punctuation mark hangs past the margin
 * instead of opening a line), a page number `— n —` and a form feed after each page. The paragraphs
 * are the real fixture's; `indent` puts the two-character indentation before each one.
 */
function asPdfText(text: string, indent: boolean): string {
  const lines: string[] = [];
  for (const paragraph of text.split('\n').map((l) => l.trim()).filter((l) => l !== '')) {
    let line = indent ? '　　' : '';
    for (const ch of paragraph) {
      if (printedWidth(line + ch) > 28 && !/[，。、；：！？）”》]/.test(ch)) {
        lines.push(line);
        line = '';
      }
      line += ch;
    }
    lines.push(line);
  }
  const pages: string[] = [];
  for (let i = 0; i < lines.length; i += 22) pages.push([...lines.slice(i, i + 22), `— ${i / 22 + 1} —`].join('\n'));
  return pages.join('\n\f');
}

const decodeFixture = (series: string, year: number, encoding = 'utf-8') => new TextDecoder(encoding).decode(fixtureBytes(series, year));
const report = decodeFixture('gov-work-report', 2025);
const reportBody = report.slice(0, report.indexOf('\n本作品'));
const hailar = decodeFixture('hailar-gwr', 2014, 'gbk');

describe('text taken from a PDF (hard-wrapped at 28 characters, page numbers between pages)', () => {
  it('the 2025 report with indented paragraphs: the same 76 tasks, 21 targets and text as the original', () => {
    const original = parsePlan(reportBody, { year: 2025 });
    const plan = parsePlan(asPdfText(reportBody, true), { year: 2025 });
    expect(plan.text).toBe(original.text);
    expect(plan.tasks).toHaveLength(76);
    expect(plan.targets.find((t) => t.metric === '国内生产总值增长')).toMatchObject({ value: 5, unit: '%', modifier: 'about' });
    expect(plan.warnings.find((w) => w.code === 'HARD_WRAPPED_TEXT')?.message).toMatch(/lines of 28 characters.*joined back into paragraphs, \d+ page numbers removed$/);
    expectPlanInvariants(plan);
  });

  it('the Hailar 2014 report (GBK) likewise: 46 tasks, 46 targets, title and date read', () => {
    const original = parsePlan(hailar, { year: 2014 });
    const plan = parsePlan(asPdfText(hailar, true), { year: 2014 });
    expect(plan.text).toBe(original.text);
    expect(plan.tasks).toHaveLength(46);
    expect(plan.targets).toHaveLength(46);
    expect(plan.meta).toMatchObject({ title: '政府工作报告', issuedOn: '2014-02-19' });
  });

  it('without indentation: the chapters and every target survive; a heading filling the line is not run into its paragraph', () => {
    const original = parsePlan(reportBody, { year: 2025 });
    const plan = parsePlan(asPdfText(reportBody, false), { year: 2025 });
    expect(plan.sections.map((s) => [s.label, s.title, s.role])).toEqual(original.sections.map((s) => [s.label, s.title, s.role]));
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.modifier])).toEqual(original.targets.map((t) => [t.metric, t.value, t.unit, t.modifier]));
    expect(plan.warnings.find((w) => w.code === 'HARD_WRAPPED_TEXT')?.message).toMatch(/paragraphs are not indented/);
    const chapter2021 = decodeFixture('gov-work-report', 2021);
    const plan2021 = parsePlan(asPdfText(chapter2021.slice(0, chapter2021.indexOf('\n本作品')), false), { year: 2021 });
    expect(plan2021.sections.find((s) => s.label === '二、')).toMatchObject({ title: '“十三五”时期发展成就和“十四五”时期主要目标任务', role: 'plan' });
    expect(plan2021.targets.find((t) => t.metric === '森林覆盖率')).toMatchObject({ value: 24.1, unit: '%' });
  });

  it('a PDF converted to HTML — one <div> or one <br> per printed line — is joined back the same way', () => {
    const original = parsePlan(reportBody, { year: 2025 });
    const printed = asPdfText(reportBody, true).replace(/\f/g, '').split('\n');
    const divs = `<html><head><meta charset="utf-8"></head><body>${printed.map((l) => `<div class="t">${l}</div>`).join('\n')}</body></html>`;
    const brs = `<html><head><meta charset="utf-8"></head><body><div>${printed.join('<br>\n')}</div></body></html>`;
    for (const page of [divs, brs]) {
      const plan = parsePlan(page, { year: 2025 });
      expect(plan.text).toBe(original.text);
      expect(plan.tasks).toHaveLength(76);
      expect(plan.targets.map((t) => [t.metric, t.value])).toEqual(original.targets.map((t) => [t.metric, t.value]));
    }
  });

  it('leaves the 16 fixtures, which have one paragraph per line, alone', () => {
    const fixtures: [string, number, string?][] = [
      ...[2021, 2022, 2023, 2024, 2025].map((y): [string, number] => ['gov-work-report', y]),
      ...[2021, 2022, 2023, 2024, 2025].map((y): [string, number] => ['npc-gwr-resolution', y]),
      ...[2012, 2013, 2014, 2015].map((y): [string, number, string] => ['hailar-gwr', y, 'gbk']),
      ['hubei-sthjt-gzyd', 2023], ['hubei-sthjt-gzyd', 2024],
    ];
    for (const [series, year] of fixtures) {
      expect(parsePlan(fixtureBytes(series, year)).warnings.map((w) => w.code), `${series}/${year}`).not.toContain('HARD_WRAPPED_TEXT');
    }
  });
});
