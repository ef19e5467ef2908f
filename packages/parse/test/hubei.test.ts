import { describe, expect, it } from 'vitest';
import type { Section } from '@plandiff/model';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';

const plan = parsePlan(fixtureBytes('hubei-sthjt-gzyd', 2024), { series: 'hubei-sthjt-gzyd', year: 2024 });
const task = (chapter: string, number: string) => plan.tasks.find((t) => t.path[0] === chapter && t.number === number)!;
const textOf = (span: [number, number]) => plan.text.slice(span[0], span[1]);

describe('Hubei 2024 (damaged scrape)', () => {
  it('has the three top sections, the last one with its lost final character recorded as damage', () => {
    const top = plan.sections.filter((s) => s.role !== 'preamble');
    expect(top.map((s) => s.label)).toEqual(['一、', '二、', '三、']);
    expect(top[0].title).toBe('总体要求与主要目标');
    expect(top[1].title).toBe('重点工作'); // 重点工佛/p> repaired
    expect(top[2].title).toBe('重要举□'); // 重要举?/p>: lost, not invented
    const lost = plan.damage.find((d) => d.kind === 'lost' && d.span[0] >= top[2].span[0] && d.span[1] <= top[2].span[0] + 8);
    expect(lost?.original).toBe('?/p>');
  });

  it('infers the subsection labels lost to damage from their order', () => {
    const two = plan.sections.find((s) => s.label === '二、')!;
    expect(two.children.map((s) => s.label)).toEqual(['（一）', '（二）', '（三）', '（四）', '（五）', '（六）']);
    expect(two.children.map((s) => s.inferred)).toEqual([false, true, true, true, true, true]);
    expect(two.children[2]).toMatchObject({ id: 's2.3', title: '持续深入打好污染防治攻坚战', path: ['二', '（三）'] });
    const one = plan.sections.find((s) => s.label === '一、')!;
    expect(one.children.map((s: Section) => [s.label, s.title, s.inferred])).toEqual([['（一）', '总体要求', false], ['（二）', '重要目标', true]]);
  });

  it('has 28 numbered tasks: 2 under 一（二）, 18 under 二, 8 under 三', () => {
    expect(plan.tasks.filter((t) => t.number !== null)).toHaveLength(28);
    expect(plan.tasks.filter((t) => t.sectionId === 's1.2').map((t) => t.number)).toEqual(['1', '2']);
    expect(plan.tasks.filter((t) => t.path[0] === '二').map((t) => t.number)).toEqual(Array.from({ length: 18 }, (_, i) => String(i + 1)));
    expect(plan.tasks.filter((t) => t.path[0] === '三').map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('has the general-requirements paragraph of 一（一）, which has no numbered items, as one paragraph task', () => {
    const general = plan.tasks.filter((t) => t.number === null);
    expect(general.map((t) => [t.id, t.sectionId])).toEqual([['t1.1.p1', 's1.1']]);
    expect(general[0].text).toContain('以建设人与自然和谐共生的美丽湖北为统领加快生态省建设');
  });

  it('gives tasks ids by section and number, titles by lead sentence', () => {
    const blueSky = task('二', '7');
    expect(blueSky.id).toBe('t2.3.7');
    expect(blueSky.path).toEqual(['二', '（三）', '7']);
    expect(blueSky.title).toBe('持续深入打好蓝天保卫战');
    expect(textOf(blueSky.span)).toBe(blueSky.text);
    expect(blueSky.text.startsWith('持续深入打好蓝天保卫战。落实国务院《空气质量持续改善行动计划》')).toBe(false); // 》 was lost
    expect(blueSky.text).toContain('推动100家重点企业绩效升A晋B');
  });

  it('gives every task under 二 and 三 at least one lead unit', () => {
    for (const t of plan.tasks.filter((x) => x.path[0] !== '一')) {
      expect(t.assignments.flatMap((a) => a.lead), t.id).not.toHaveLength(0);
    }
    expect(task('二', '7').assignments).toEqual([
      expect.objectContaining({ lead: ['大气处'], responsible: ['各市、州、直管市及神农架林区生态环境局'], partners: [] }),
    ]);
  });

  it('keeps all five assignment blocks of 二.16', () => {
    const reform = task('二', '16');
    expect(reform.assignments.map((a) => a.lead)).toEqual([['综合处'], ['环评处'], ['执法局'], ['法规处', '水处', '土壤处', '监测处'], ['法规处']]);
    for (const a of reform.assignments) expect(textOf(a.span)).toMatch(/^（牵头单位：.*）$/);
  });

  it('reads a block whose opening bracket was lost (二.2 …并推动实施?牵头单位:气候处…)', () => {
    const [block] = task('二', '2').assignments;
    expect(block.lead).toEqual(['气候处']);
    expect(textOf(block.span).startsWith('□牵头单位：气候处')).toBe(true);
  });

  it('splits 会同 into lead and partner units (三.5)', () => {
    expect(task('三', '5').assignments[0]).toMatchObject({ lead: ['机关党委', '办公室', '人事处'], partners: ['厅机关各处室、单位'] });
    expect(task('二', '1').assignments[1]).toMatchObject({ lead: ['法规处'], partners: ['各相关责任处室'] });
  });

  it('repairs characters lowered by a lost "<" and records each repair', () => {
    expect(plan.text).toContain('（一）总体要求。');
    const headingRepair = plan.damage.find((d) => d.original === '佛/p>');
    expect(headingRepair).toMatchObject({ kind: 'repaired', repairedTo: '作' });
    expect(textOf(headingRepair!.span)).toBe('作');
    expect(plan.damage.some((d) => d.original === '、/p>' && d.repairedTo === '。')).toBe(true);
    expect(plan.damage.some((d) => d.original === '栆/p>' && d.repairedTo === '标')).toBe(true);
    expect(plan.damage.some((d) => d.original === '炸/strong>' && d.repairedTo === '点')).toBe(true);
    expect(plan.text).not.toMatch(/\/p>|\/strong>|\/td>|\/span>|\/font>|ldquo;|rdquo;|middot;/);
  });

  it('marks lost characters with □ and records them, never as figures', () => {
    for (const d of plan.damage) expect(d.span[1]).toBeLessThanOrEqual(plan.text.length);
    const lost = plan.damage.filter((d) => d.kind === 'lost');
    expect(lost.length).toBeGreaterThan(100);
    for (const d of lost) expect(textOf(d.span)).toMatch(/^□+$/);
    expect(plan.text).toContain('全省受污染耕地安全利用率达□2%以上');
    expect(plan.text).not.toContain('?');
  });

  it('reads the metadata: publishedOn from the site table, damaged doc number and date as null with warnings', () => {
    expect(plan.meta).toMatchObject({
      title: '2024年全省生态环境工作要点', issuer: '湖北省生态环境厅', docNumber: null, issuedOn: null,
      publishedOn: '2024-02-20', encoding: 'utf-8', coverage: 'full',
    });
    const warning = (code: string) => plan.warnings.find((w) => w.code === code)!;
    expect(textOf(warning('DOC_NUMBER_UNREADABLE').span!)).toBe('鄂环发□024□□'); // 鄂环发?024?? in the notice title
    expect(warning('DOC_NUMBER_UNREADABLE').message).toContain('鄂环发?024?叶/td>'); // the site table's copy
    expect(textOf(warning('ISSUED_ON_UNREADABLE').span!)).toBe('2024□□□'); // 2024???/p> under the signature
    expect(plan.id).toBe('hubei-sthjt-gzyd/2024');
  });

  it('keeps no text of the hosting site', () => {
    for (const chrome of ['当前位置', '扫描二维', '浏览次数', '核心提示', '发布单位', '有效性状', '食品伙伴网', '声明：', '地区：湖北', '标签：', 'Processed in', 'Baidu', '法规中心', 'QQ', '政策法规搜索']) {
      expect(plan.text, chrome).not.toContain(chrome);
    }
    expect(plan.text.endsWith('认真做好机关党委、纪委和群团组织换届工作（牵头单位：机关党委；责任单位：各市、州、直管市及神农架林区生态环境局）。')).toBe(true);
    expect(plan.warnings.find((w) => w.code === 'SITE_TEXT_REMOVED')).toBeDefined();
  });
});

describe('Hubei 2023 (excerpt)', () => {
  const excerpt = parsePlan(fixtureBytes('hubei-sthjt-gzyd', 2023), { series: 'hubei-sthjt-gzyd', year: 2023, coverage: 'excerpt' });
  it('parses as an excerpt with its one chapter and without the news site around it', () => {
    expect(excerpt.meta.coverage).toBe('excerpt');
    expect(excerpt.meta.title).toBe('2023年全省生态环境工作要点');
    expect(excerpt.sections.filter((s) => s.role !== 'preamble').map((s) => s.title)).toEqual(['总体要求与主要目标']);
    expect(excerpt.text.startsWith('2023年全省生态环境工作要点\n2023年是全面贯彻落实党的二十大精神的开局之年')).toBe(true);
    expect(excerpt.text).not.toContain('评论');
    expect(excerpt.text).not.toContain('安排27项重点工作'); // the news site's lead paragraph
    expect(excerpt.tasks.map((t) => t.id)).toEqual(['t1.p1', 't1.p2']);
    expect(excerpt.tasks[1].text).toContain('劣Ⅴ类断面比例控制在0.3%以内');
  });
});

describe('Hubei 2024 with its items renumbered in the other item styles', () => {
  const source = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2024));
  it('（1） items are tasks when a chapter has no 1. items', () => {
    const renumbered = parsePlan(source.replace(/^(\d{1,2})\./gm, '（$1）'));
    expect(renumbered.tasks.map((t) => t.id)).toEqual(plan.tasks.map((t) => t.id));
    expect(renumbered.tasks.find((t) => t.id === 't2.3.7')!.title).toBe('持续深入打好蓝天保卫战');
  });
  it('① items likewise, and 1. items keep （1） sub-points inside their text', () => {
    const circled = parsePlan(source.replace(/^(\d{1,2})\./gm, (_, n: string) => String.fromCharCode(0x2460 + Number(n) - 1)));
    expect(circled.tasks.map((t) => t.id)).toEqual(plan.tasks.map((t) => t.id));
    const nested = parsePlan(source.replace('持续深入打好蓝天保卫战。', '持续深入打好蓝天保卫战。\n\n（1）落实国务院行动计划。\n\n（2）加强重污染天气应对。\n\n'));
    const blueSky = nested.tasks.find((t) => t.id === 't2.3.7')!;
    expect(nested.tasks.filter((t) => t.number !== null)).toHaveLength(28);
    expect(blueSky.text).toContain('\n（1）落实国务院行动计划。\n（2）加强重污染天气应对。\n');
  });
});

describe('Hubei 2024 with a 备注 line inside the plan', () => {
  it('keeps it: the site metadata table is only recognised above the first heading', () => {
    const source = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2024)).replace('三、重要举?/p>', '三、重要举?/p>\n备注:以下任务由各处室分解落实');
    expect(parsePlan(source).text).toContain('三、重要举□\n备注：以下任务由各处室分解落实');
  });
});

describe('Hubei 2024 with a chapter numeral lost the same way as the subsection labels', () => {
  it('infers 二、 for ?、重点工佛/p>', () => {
    const source = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2024)).replace('二、重点工佛/p>', '?、重点工佛/p>');
    const damaged = parsePlan(source);
    const two = damaged.sections.find((s) => s.id === 's2')!;
    expect(two).toMatchObject({ label: '二、', title: '重点工作', inferred: true, path: ['二'] });
    expect(damaged.tasks.map((t) => t.id)).toEqual(plan.tasks.map((t) => t.id));
  });
});

describe('Hubei 2024 with its assignment blocks rewritten in the sentence style （甲牵头，乙配合）', () => {
  it('reads the same lead units', () => {
    const source = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2024))
      .replace(/\(牵头单位:([^;()]+);责任单位:([^;()]+)\)/g, '($1牵头,$2配合)');
    const restyled = parsePlan(source);
    expect(restyled.text).toContain('（环评处牵头，各市、州、直管市及神农架林区生态环境局配合）');
    expect(restyled.tasks.find((t) => t.id === 't2.1.1')!.assignments).toEqual([
      expect.objectContaining({ lead: ['环评处'], responsible: [], partners: ['各市、州、直管市及神农架林区生态环境局'] }),
      expect.objectContaining({ lead: ['法规处'], responsible: [], partners: ['各相关责任处室', '各市、州、直管市及神农架林区生态环境局'] }),
    ]);
    expect(restyled.tasks.find((t) => t.id === 't2.5.16')!.assignments.map((a) => a.lead)).toEqual(task('二', '16').assignments.map((a) => a.lead));
  });
});
