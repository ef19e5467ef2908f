import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNotice, type IngestedNotice } from '../src/index.js';
import { lvl, makeDocx, numPr, p } from './docx-builder.js';
import { numberedDocx, TITLE, typedDocx } from './docx.test-data.js';

const html = (notice: IngestedNotice) => (notice.body.kind === 'html' ? notice.body.html : '');
/** The text of each block of the notice HTML, tags removed, in order. */
const blockTexts = (notice: IngestedNotice) =>
  [...html(notice).matchAll(/<(p|h[1-4]|tr)\b[^>]*>([\s\S]*?)<\/\1>/g)].map((m) => m[2].replace(/<td>/g, '|').replace(/<[^>]+>/g, ''));

describe('DOCX: automatic numbering is written as the label a reader sees', () => {
  it('gives the same paragraphs as the labels typed by hand (一、 （一） 1. ①, restarting under each parent)', async () => {
    const typed = await ingestNotice(typedDocx(), { name: 'typed.docx' });
    const numbered = await ingestNotice(numberedDocx(), { name: 'numbered.docx' });
    expect(numbered.format).toBe('docx');
    expect(blockTexts(numbered)).toEqual(blockTexts(typed));
    expect(blockTexts(numbered)).toContain('（二）加强移动源管控');
    expect(blockTexts(numbered)).toContain('②开展地下水污染调查。');
  });

  it('honours w:start, a startOverride, decimalEnclosedParen, ideographTraditional, and numbering from a paragraph style', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="5">${lvl(0, 'decimal', '%1.', 3)}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="6">${lvl(0, 'decimalEnclosedParen', '%1')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="7">${lvl(0, 'ideographTraditional', '%1、')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="8">${lvl(0, 'chineseCountingThousand', '第%1章 ')}</w:abstractNum>` +
      '<w:num w:numId="5"><w:abstractNumId w:val="5"/></w:num>' +
      '<w:num w:numId="6"><w:abstractNumId w:val="6"/></w:num>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="7"/></w:num>' +
      '<w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>' +
      '<w:num w:numId="9"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>';
    const styles =
      '<w:style w:type="paragraph" w:styleId="Chapter"><w:name w:val="Chapter"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="ChapterBold"><w:name w:val="Chapter bold"/><w:basedOn w:val="Chapter"/></w:style>';
    const body =
      p('总则', '<w:pStyle w:val="Chapter"/>') +
      p('三是第一项', numPr(5)) + p('四是第二项', numPr(5)) +
      p('括号一', numPr(6)) + p('括号二', numPr(6)) +
      p('甲项', numPr(7)) + p('乙项', numPr(7)) +
      p('重新编号', numPr(9)) +
      p('分则', '<w:pStyle w:val="ChapterBold"/>') +
      p('不编号', '<w:pStyle w:val="Chapter"/><w:numPr><w:numId w:val="0"/></w:numPr>');
    const notice = await ingestNotice(makeDocx({ body, numbering, styles }));
    expect(blockTexts(notice)).toEqual([
      '第一章 总则', '3.三是第一项', '4.四是第二项', '（1）括号一', '（2）括号二', '甲、甲项', '乙、乙项', '1.重新编号', '第二章 分则', '不编号',
    ]);
    // the style's outline level makes the chapters headings; a paragraph without it stays a paragraph
    expect(html(notice)).toContain('<h1 data-paragraph="1">第一章 总则</h1>');
    expect(html(notice)).toContain('<p data-paragraph="2">3.三是第一项</p>');
  });
});

describe('DOCX: what is body text', () => {
  it('fills merged table cells (gridSpan, vMerge) and numbers every block by its paragraph in the body', async () => {
    const cell = (text: string, props = '') => `<w:tc>${props ? `<w:tcPr>${props}</w:tcPr>` : ''}${p(text)}</w:tc>`;
    const body = TITLE +
      '<w:tbl>' +
      `<w:tr>${cell('序号')}${cell('重点任务')}${cell('牵头单位')}${cell('完成时限')}</w:tr>` +
      `<w:tr>${cell('一、大气污染防治', '<w:gridSpan w:val="4"/>')}</w:tr>` +
      `<w:tr>${cell('1')}${cell('完成钢铁超低排放改造')}${cell('市大气办', '<w:vMerge w:val="restart"/>')}${cell('2025年底前')}</w:tr>` +
      `<w:tr>${cell('2')}${cell('淘汰老旧柴油货车')}${cell('', '<w:vMerge/>')}${cell('2025年6月底前')}</w:tr>` +
      '</w:tbl>' + p('（此件公开发布）');
    const notice = await ingestNotice(makeDocx({ body }));
    expect(blockTexts(notice)).toEqual([
      '2025年全市生态环境工作要点',
      '|序号|重点任务|牵头单位|完成时限',
      '|一、大气污染防治|一、大气污染防治|一、大气污染防治|一、大气污染防治',
      '|1|完成钢铁超低排放改造|市大气办|2025年底前',
      '|2|淘汰老旧柴油货车|市大气办|2025年6月底前',
      '（此件公开发布）',
    ]);
    // paragraphs counted in body order, table cells included: title 1, header row 2–5, …, the last one 15
    expect(html(notice)).toContain('<tr data-paragraph="11">');
    expect(html(notice)).toContain('<p data-paragraph="15">（此件公开发布）</p>');
  });

  it('reads tracked changes as the document now stands (insertions kept, deletions dropped) and says it has revisions', async () => {
    const body = TITLE +
      '<w:p><w:r><w:t>全年新增就业</w:t></w:r><w:del w:id="1" w:author="a"><w:r><w:delText>10万人</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a"><w:r><w:t>12万人</w:t></w:r></w:ins><w:r><w:t>以上。</w:t></w:r></w:p>';
    const notice = await ingestNotice(makeDocx({ body }));
    expect(blockTexts(notice)).toEqual(['2025年全市生态环境工作要点', '全年新增就业12万人以上。']);
    expect(notice.warnings).toEqual([expect.objectContaining({ code: 'HAS_REVISIONS', message: expect.stringContaining('2 tracked changes') })]);
  });

  it('leaves out text boxes, hidden text, field codes and comment references; keeps a soft line break as <br>', async () => {
    const body = TITLE +
      '<w:p><w:r><w:t>正文第一句。</w:t></w:r><w:r><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框里的字</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></w:r>' +
      '<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏的字</w:t></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:commentReference w:id="0"/></w:r>' +
      '<w:r><w:br/><w:t>第二行。</w:t></w:r></w:p>';
    const notice = await ingestNotice(makeDocx({ body }));
    expect(html(notice)).toContain('<p data-paragraph="2">正文第一句。<br>第二行。</p>');
    expect(html(notice)).not.toMatch(/文本框|隐藏|PAGE/);
  });

  it('takes the centred title line of the body as the title hint, over a stale core.xml title', async () => {
    const notice = await ingestNotice(makeDocx({ body: p('附件1') + TITLE + p('正文。'), title: '新建 DOCX 文档' }));
    expect(notice.title).toBe('2025年全市生态环境工作要点');
    const untitled = await ingestNotice(makeDocx({ body: p('正文。'), title: '2025年工作要点' }));
    expect(untitled.title).toBe('2025年工作要点');
  });
});

describe('DOCX: real files', () => {
  it('reads the 2025 Beijing report saved by WPS: title, chapters with their paragraph, full-width indent kept', async () => {
    const bytes = new Uint8Array(readFileSync(new URL('./data/docx/beijing-2025.docx', import.meta.url)));
    const notice = await ingestNotice(bytes, { name: 'beijing.docx' });
    expect(notice.format).toBe('docx');
    expect(notice.title).toBe('2025年北京市政府工作报告');
    expect(notice.warnings).toEqual([]);
    expect(html(notice)).toContain('<p data-paragraph="6">\u3000\u3000一、2024年工作回顾</p>');
    expect(html(notice)).toContain('地区生产总值增长5%左右');
  });
});
