import { readFileSync } from 'node:fs';
import { parsePlan } from './parse.js';
import { describe, expect, it } from 'vitest';
import { ingestNotice } from '../src/index.js';
import { removeFurniture, isPageNumber } from '../src/pdf/furniture.js';
import { countUnmapped, markUnmapped } from '../src/pdf/glyphs.js';
import { closeCjkSpaces, groupLines, type TextLine } from '../src/pdf/lines.js';
import { INVARIANCE_SAMPLE, fixtureSource, formatView, parseIngested, pdfData } from './format-view.js';

/**
 * Issue #18's regressions: the same PDF gave 143 tasks through `pdftotext` and 79 through `pdftotext -layout`
 * (paragraphs from the extraction window); a report hard-wrapped at 34 characters with a page number and a
 * running header every 30 lines gave 148 tasks instead of 98 (a paragraph split at each page break).
 */

/** The fixture's paragraphs printed as a PDF-to-text tool gives them: lines of `width`, every 30 lines `— N —` and the title. */
function hardWrapped(name: string, width: number, measure: 'characters' | 'columns'): string {
  const { text, options } = fixtureSource(name);
  const paragraphs = parsePlan(text, options).text.split('\n').map((line) => line.trim()).filter(Boolean);
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    let line = '';
    let used = 0;
    for (const char of `\u3000\u3000${paragraph}`) {
      const advance = measure === 'characters' || char.charCodeAt(0) >= 0x2000 ? 1 : 0.5;
      if (used + advance > width) {
        lines.push(line);
        line = '';
        used = 0;
      }
      line += char;
      used += advance;
    }
    if (line !== '') lines.push(line);
  }
  const out: string[] = [];
  lines.forEach((line, index) => {
    out.push(line);
    if ((index + 1) % 30 === 0) out.push(`— ${(index + 1) / 30} —`, `\f${paragraphs[0]}`);
  });
  return out.join('\n');
}

describe('issue #18 regressions', () => {
  it('text hard-wrapped at 34 characters (or 34 columns) with a page number and a running header every 30 lines gives the unwrapped text’s tasks, for all 6 sample notices', () => {
    for (const name of INVARIANCE_SAMPLE) {
      const { text, options } = fixtureSource(name);
      const unwrapped = formatView(parsePlan(text, options));
      for (const measure of ['characters', 'columns'] as const) {
        const wrapped = formatView(parsePlan(hardWrapped(name, 34, measure), { ...options, fileName: 'x.txt' }));
        expect({ name, measure, tasks: wrapped.tasks, leads: wrapped.leads }).toEqual({ name, measure, tasks: unwrapped.tasks, leads: unwrapped.leads });
      }
    }
    // the State Council report: 79 tasks however it is wrapped
    expect(parsePlan(hardWrapped('gov-work-report/2024', 34, 'characters'), { ...fixtureSource('gov-work-report/2024').options, fileName: 'x.txt' }).tasks).toHaveLength(79);
  });

  it('the same PDF gives the text fixture’s task count whatever the printing: Chromium, LibreOffice, WPS-style digit fonts', async () => {
    const { options } = fixtureSource('gwr-hebei/2026');
    for (const file of ['gwr-hebei-2026.chromium.pdf', 'gwr-hebei-2026.libreoffice.pdf', 'gwr-hebei-2026.wps-digits.pdf']) {
      const notice = await ingestNotice(new Uint8Array(readFileSync(`${pdfData}${file}`)), { name: file });
      expect({ file, tasks: parseIngested(notice, options).tasks.length }).toEqual({ file, tasks: 41 });
    }
  });
});

describe('PDF reading rules', () => {
  it('knows page numbers as Chinese documents print them, and not figures', () => {
    for (const text of ['— 1 —', '—1—', '- 3 -', '·3·', '－12－', '第1页 共9页', '第 3 页', '共9页 第1页', '3/9', 'Page 3 of 9', '12']) expect(isPageNumber(text)).toBe(true);
    for (const text of ['2024年', '一、总体要求', '5%', '— 一 —', '3.5', '第三章']) expect(isPageNumber(text)).toBe(false);
  });

  it('closes the spaces a layout leaves around CJK text, keeps the spaces between Latin words and numbers', () => {
    expect(closeCjkSpaces('2024 年全省 PM2.5 平均浓度下降 5 %')).toBe('2024年全省PM2.5平均浓度下降5%');
    expect(closeCjkSpaces('增 长 5.6 % ，新增 3 万 个')).toBe('增长5.6%，新增3万个');
    expect(closeCjkSpaces('GDP per capita 12 000 US dollars')).toBe('GDP per capita 12 000 US dollars');
  });

  it('reads runs on one baseline as one line and splits it into cells at wide gaps (a gap pdfjs wrote as a space too)', () => {
    const run = (text: string, x: number, width: number) => ({ text, x, y: 100, width, size: 12, fontName: 'f1' });
    const [line] = groupLines([run('市生态环境局', 352, 72), run('1', 76, 6), run(' 完成3家钢铁企业', 82, 125)], 1);
    expect(line?.segments.map((segment) => segment.text)).toEqual(['1', '完成3家钢铁企业', '市生态环境局']);
    expect(line?.text).toBe('1完成3家钢铁企业市生态环境局');
    // a raised mark set smaller (立方米³, a footnote number) stays on its line
    const raised = groupLines([run('压减地下水开采量21.5亿立方米', 80, 170), { text: '1', x: 250, y: 96, width: 5, size: 9, fontName: 'f2' }, { ...run('，基本实现采补平衡', 255, 110) }], 1);
    expect(raised.map((l) => l.text)).toEqual(['压减地下水开采量21.5亿立方米1，基本实现采补平衡']);
    const [latin] = groupLines([run('Work Report', 76, 66)], 1);
    expect(latin?.segments.map((segment) => segment.text)).toEqual(['Work Report']);
  });

  it('removes a running header only where it recurs at the same place, never a title printed once', () => {
    const line = (page: number, y: number, text: string): TextLine => ({ page, x: 80, right: 400, y, size: 12, fontName: 'f', single: true, text, segments: [{ x: 80, right: 400, text }] });
    const pages = [1, 2, 3].map((page) => [
      ...(page === 1 ? [line(1, 60, '2026年河北省政府工作报告')] : [line(page, 40, '2026年河北省政府工作报告')]),
      line(page, 300, '正文第一段。'),
      line(page, 800, `— ${page} —`),
    ]);
    const result = removeFurniture(pages, [842, 842, 842]);
    // page 1's title sits lower than the header of pages 2 and 3 but within the band: it recurs on 3 pages by text,
    // so what decides is its height — within a font size of the others it would go; 20 pt lower it stays
    expect(result.pages.map((lines) => lines.map((l) => l.text))).toEqual([['2026年河北省政府工作报告', '正文第一段。'], ['正文第一段。'], ['正文第一段。']]);
    expect(result.removed).toBe(5);
  });

  it('keeps glyphs without a Unicode mapping as □ and counts them (UNMAPPED_GLYPHS)', () => {
    expect(markUnmapped('增长\uE012.\uFFFD%')).toBe('增长□.□%');
    const line = (text: string): TextLine => ({ page: 1, x: 0, right: 0, y: 0, size: 12, fontName: 'f', single: true, text, segments: [] });
    expect(countUnmapped([line('增长□.□%'), line('ab c')])).toEqual({ unmapped: 2, total: 9 });
  });
});
