import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ingestNotice } from '../src/index.js';

const data = (name: string) => new Uint8Array(readFileSync(new URL(`./data/cases/${name}`, import.meta.url)));
const html = (body: { kind: string; html?: string }) => body.html ?? '';

describe('Word 97-2003 (.doc) read with word-extractor', () => {
  it('reads the 2018 Yuanzhou note: its title over two lines after 附件三, and its table of candidates as rows', async () => {
    const notice = await ingestNotice(data('yuanzhou-note-2018.doc'), { name: '附件三  袁州区乡镇机关2202100050030说明.doc' });
    expect(notice.format).toBe('doc');
    expect(notice.title).toBe('关于袁州区乡镇机关2202100050030岗位入闱体检人员情况的说明');
    expect(html(notice.body)).toContain('<p data-paragraph="2">关于袁州区乡镇机关2202100050030岗位</p>');
    expect(html(notice.body)).toContain(
      '<tr data-paragraph="7"><td>2202100050030</td><td>袁州区乡镇机关</td><td>科员</td><td>136018300516</td><td>唐亚运</td><td>121.32</td><td>78</td><td>277.32</td><td>7</td></tr>',
    );
  });

  it('reads the 2022 finance syllabus: title over three lines, headings 一、考试方式 二、作答要求 as paragraphs', async () => {
    const notice = await ingestNotice(data('finance-syllabus-2022.doc'), { name: '大纲3.doc' });
    expect(notice.format).toBe('doc');
    expect(notice.title).toBe('江西省2022年度考试录用公务员财政金融类、会计与审计类职位财经管理专业科目考试大纲');
    expect(html(notice.body)).toMatch(/<p data-paragraph="\d+">一、考试方式<\/p>\n<p data-paragraph="\d+">财政金融类/);
    expect(html(notice.body)).toContain('>二、作答要求</p>');
  });

  it('the same Word 97 bytes named .wps are read as WPS', async () => {
    const notice = await ingestNotice(data('finance-syllabus-2022.doc'), { name: '大纲3.wps' });
    expect(notice.format).toBe('wps');
    expect(notice.title).toBe('江西省2022年度考试录用公务员财政金融类、会计与审计类职位财经管理专业科目考试大纲');
  });
});
