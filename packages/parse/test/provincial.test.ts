import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

/**
 * The 25 provincial 《政府工作报告》 of 2026 as collected from news and government sites (test/corpus, see
 * PROVENANCE.md): page chrome above and below, appendices that restart numbering, glossaries, newspapers named
 * as 来源. Every one of them must parse with no appendix item taken for a chapter, no chrome as a task, and an
 * issuer that is never a newspaper.
 */
const dir = fileURLToPath(new URL('./corpus/provincial-gwr-2026/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const plans = files.map((file) => ({ file, plan: parsePlan(readFileSync(dir + file), { fileName: file, year: 2026 }) }));

/** Lines of a news page's tool bar and end, as they appear in these files. */
const CHROME = /^(?:(?:下载|打印|全屏|收藏|加大|还原|减小|分享|分享到)[:：]?$|相关报道|相关文档|【字号|编辑：|（?来源：|》》点击|扫一扫)/;
const NEWSPAPER = /日报|晚报|报社|新闻|电视台|融媒/;

describe('the 25 provincial reports of 2026', () => {
  it('are 25 files, each read as a plan of quality ok', () => {
    expect(files).toHaveLength(25);
    for (const { file, plan } of plans) expect([file, plan.quality?.verdict]).toEqual([file, 'ok']);
  });

  it('no chapter is an appendix item: chapters are numbered 一、二、三… in order, never after a 附件 heading', () => {
    for (const { file, plan } of plans) {
      const top = plan.sections.filter((s) => s.role !== 'preamble');
      const firstAppendix = top.findIndex((s) => s.role === 'appendix' || s.role === 'glossary');
      const chapters = firstAppendix === -1 ? top : top.slice(0, firstAppendix);
      expect(top.slice(chapters.length).every((s) => s.role === 'appendix' || s.role === 'glossary'), file).toBe(true);
      expect(chapters.every((s) => !/^附件/.test(s.label) && !/民生实事|名词解释|注释/.test(s.title)), file).toBe(true);
    }
  });

  it('neimenggu: 附件 2026年自治区民生实事 is an appendix whose ten items are its tasks; jiangxi and hainan end in a glossary', () => {
    const neimenggu = plans.find((p) => p.file === 'neimenggu.txt')!.plan;
    const appendix = neimenggu.sections.find((s) => s.role === 'appendix')!;
    expect([appendix.label, appendix.title]).toEqual(['附件', '2026年自治区民生实事']);
    const items = neimenggu.tasks.filter((t) => t.sectionId === appendix.id);
    expect(items.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(items[1].text).toMatch(/^实现城镇新增就业18万人以上/);
    expect(items[9].assignments[0].lead).toEqual(['住建厅']);
    const jiangxi = plans.find((p) => p.file === 'jiangxi.txt')!.plan;
    expect(jiangxi.sections.find((s) => s.role === 'glossary')?.title).toBe('《政府工作报告》有关内容名词注释');
    const hainan = plans.find((p) => p.file === 'hainan.txt')!.plan;
    const notes = hainan.sections.find((s) => s.role === 'glossary')!;
    expect(notes.title).toBe('注释');
    // the glossary's ［1］一降三减：… entries are neither tasks nor targets
    expect(hainan.tasks.filter((t) => t.sectionId === notes.id)).toEqual([]);
    expect(hainan.targets.filter((t) => t.span[0] >= notes.span[0])).toEqual([]);
  });

  it('yunnan: a subsection label broken after its bracket (`（` / `三）改革开放持续深化…`) is still （三）', () => {
    const yunnan = plans.find((p) => p.file === 'yunnan.txt')!.plan;
    expect(yunnan.sections[1].children.map((s) => s.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）', '（七）']);
    expect(yunnan.sections[1].children[2].title).toMatch(/^改革开放持续深化/);
  });

  it('no task is page chrome (相关报道：, 下载/打印, 来源：青海日报, 编辑：…)', () => {
    for (const { file, plan } of plans) {
      const chrome = plan.tasks.filter((t) => CHROME.test(t.text.trim()) || /相关报道|相关文档|点击图片进入专题/.test(t.text));
      expect([file, chrome.map((t) => t.text.slice(0, 20))]).toEqual([file, []]);
    }
  });

  it('the issuer is never a newspaper; where the report names its government it is that government', () => {
    for (const { file, plan } of plans) expect([file, NEWSPAPER.test(plan.meta.issuer ?? '')]).toEqual([file, false]);
    const issuers = Object.fromEntries(plans.map(({ file, plan }) => [file.replace('.txt', ''), plan.meta.issuer]));
    expect(issuers).toMatchObject({
      anhui: '安徽省人民政府', jilin: '吉林省人民政府', qinghai: '青海省人民政府', guangxi: '广西壮族自治区人民政府', shandong: '山东省人民政府',
    });
  });
});
