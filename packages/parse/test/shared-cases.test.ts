import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plan, Target } from '@plandiff/model';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';

/**
 * The small failing inputs of test/cases/ (copied from ../shared/cases, see PROVENANCE.md), each parsed as the
 * CLI parses a file and checked against the values of expected.json, one kind of layout or encoding per case.
 */
const caseBytes = (name: string) => readFileSync(fileURLToPath(new URL(`./cases/${name}`, import.meta.url)));
const parseCase = (name: string, mediaType?: string) => parsePlan(caseBytes(name), { fileName: name, mediaType: mediaType ?? null });

const numbered = (plan: Plan) => plan.tasks.filter((t) => t.number !== null);
const leads = (plan: Plan) => Object.fromEntries(numbered(plan).map((t) => [t.number, t.assignments.flatMap((a) => a.lead)]));
const figures = (plan: Plan) => plan.targets.map((t: Target) => [t.value, t.unit, t.modifier]);
const chapters = (plan: Plan) => plan.sections.filter((s) => s.role !== 'preamble' && s.level === 1).map((s) => `${s.label}${s.title}`);

const LEADS_3 = { 1: ['市大气办'], 2: ['市交通运输局'], 3: ['市生态环境局'] };
const FIGURES_3 = [[3, '家', 'exact'], [500, '辆', 'at_least'], [80, '%', 'exact']];

describe('../shared/cases parse to the values of expected.json', () => {
  it('line-separator-u2028.txt: U+2028/U+2029 are line breaks — title, two chapters, three tasks with their leads and targets', () => {
    const plan = parseCase('line-separator-u2028.txt');
    expect(plan.meta.title).toBe('2024年全市生态环境工作要点');
    expect(chapters(plan)).toEqual(['一、深入打好蓝天保卫战', '二、深入打好碧水保卫战']);
    expect(numbered(plan)).toHaveLength(3);
    expect(leads(plan)).toEqual(LEADS_3);
    expect(figures(plan)).toEqual(FIGURES_3);
    expect(plan.quality).toEqual({ verdict: 'ok', reasons: [] });
  });

  it('pdf-running-header.txt: the running header after a page break is removed and the sentence it cut runs on', () => {
    const plan = parseCase('pdf-running-header.txt');
    const t12 = plan.tasks.find((t) => t.id === 't1.2')!;
    expect(t12.text).toContain('全年计划新增投运新能源公交车500辆以上，同步推进');
    expect(t12.text).not.toContain('某市生态环境局文件');
    expect(plan.tasks.find((t) => t.id === 't2.4')!.text).not.toContain('某市生态环境局文件');
    expect(plan.text).not.toContain('某市生态环境局文件');
    const bus = plan.targets.find((t) => t.taskId === 't1.2')!;
    expect(bus).toMatchObject({ value: 500, unit: '辆', modifier: 'at_least' });
    // 全年计划新增投运新能源公交车500辆以上: neither the plan word 计划 nor what is done to the new buses (投运) names the
    // stock; 新增 makes it an increment
    expect([bus.metric, bus.basis]).toEqual(['新能源公交车', 'increment']);
    expect(plan.warnings.find((w) => w.code === 'PAGE_FURNITURE_REMOVED')?.message).toMatch(/removed 2 running headers .*某市生态环境局文件/);
  });

  it('task-table-rowspan.html: one row → one numbered task; the rowspan lead fills both rows; the header row is no task; 完成时限 is the deadline', () => {
    const plan = parseCase('task-table-rowspan.html');
    expect(numbered(plan).map((t) => t.number)).toEqual(['1', '2', '3']);
    expect(plan.tasks).toHaveLength(3);
    expect(leads(plan)).toEqual({ 1: ['市大气办'], 2: ['市大气办'], 3: ['市生态环境局'] });
    expect(figures(plan)).toEqual(FIGURES_3);
    expect(plan.tasks.some((t) => /序号|重点任务/.test(t.text))).toBe(false);
    expect(plan.targets.map((t) => t.deadlineDate)).toEqual(['2024-12-31', '2024-06-30', '2024-12-31']);
  });

  it('ol-numbered-tasks.html: the numbers a browser prints for <ol><li> are the task numbers', () => {
    const plan = parseCase('ol-numbered-tasks.html');
    expect(plan.tasks.map((t) => [t.id, t.number, t.assignments.flatMap((a) => a.lead)])).toEqual([
      ['t1.1', '1', ['市大气办']], ['t1.2', '2', ['市交通运输局']], ['t1.3', '3', ['市生态环境局']],
    ]);
  });

  it('<ol start> and <li value> number as a browser does; an item that writes its own label keeps it', () => {
    const html = '<html><body><h1>2024年全市生态环境工作要点</h1><p>一、深入打好蓝天保卫战</p><ol start="4"><li>完成3家钢铁企业超低排放改造。（牵头单位：市大气办）</li>' +
      '<li value="7">新增新能源公交车500辆以上。（牵头单位：市交通运输局）</li><li>8.城市黑臭水体消除比例达到80%。（牵头单位：市生态环境局）</li></ol></body></html>';
    expect(parsePlan(html, { fileName: 'x.html' }).tasks.map((t) => t.number)).toEqual(['4', '7', '8']);
  });

  it('enclosed-numeral-items.txt: ⒈ ⒉ and ⑴ ⑵ are item labels, not part of the metric', () => {
    const plan = parseCase('enclosed-numeral-items.txt');
    expect(plan.tasks.map((t) => [t.id, t.number])).toEqual([['t1.1', '1'], ['t1.2', '2'], ['t2.1', '1'], ['t2.2', '2']]);
    // 新增新能源公交车500辆: 新增 N 辆 of a stock is an increment of 新能源公交车 (targets/basis.ts, merged in 0.9.0)
    expect(plan.targets.map((t) => t.metric)).toEqual(['钢铁企业超低排放改造', '新能源公交车', '城市黑臭水体消除比例', '入河排污口整治']);
    expect(plan.targets[1].basis).toBe('increment');
  });

  it('every enclosed and parenthesized numbering form Unicode has for 1–20 and 一–十 numbers items', () => {
    const forms: [string, number, string][] = [
      ['⒈', 0x2488, '1.'], ['⑴', 0x2474, '（1）'], ['①', 0x2460, '①'], ['⓵', 0x24f5, '①'], ['❶', 0x2776, '①'], ['➀', 0x2780, '①'], ['➊', 0x278a, '①'],
    ];
    for (const [name, first] of forms) {
      const lines = [0, 1, 2].map((k) => `${String.fromCharCode(first + k)}完成${k + 2}家企业改造。（牵头单位：市大气办）`);
      const plan = parsePlan(['2024年全市工作要点', '一、深入打好蓝天保卫战', ...lines].join('\n'), {});
      expect(plan.tasks.map((t) => t.number), name).toEqual(['1', '2', '3']);
    }
    // 11–20 of the families that have them
    for (const first of [0x2488 + 10, 0x2474 + 10, 0x2460 + 10, 0x24eb]) {
      const plan = parsePlan(['2024年全市工作要点', '一、深入打好蓝天保卫战', `${String.fromCharCode(first)}完成3家企业改造。`].join('\n'), {});
      expect(plan.tasks.map((t) => t.number)).toEqual(['11']);
    }
    // ㈠ ㈡ and ㊀ ㊁ are subsections like （一）（二）
    for (const first of [0x3220, 0x3280]) {
      const plan = parsePlan(['2024年全市工作要点', '一、深入打好蓝天保卫战', `${String.fromCharCode(first)}推进大气治理`, '1.完成3家企业改造。',
        `${String.fromCharCode(first + 1)}推进水治理`, '2.完成4个排污口整治。'].join('\n'), {});
      expect(plan.sections[1].children.map((s) => s.label)).toEqual(['（一）', '（二）']);
    }
  });

  it('gbk-no-meta-big-script.html: a GBK page without <meta charset> behind 140 KB of script is read as GBK', () => {
    const plan = parseCase('gbk-no-meta-big-script.html');
    expect(plan.meta.encoding).toMatch(/^(gbk|gb18030)$/);
    expect(numbered(plan)).toHaveLength(3);
    expect(leads(plan)).toEqual(LEADS_3);
    expect(figures(plan)).toEqual([[35, '微克/立方米', 'at_most'], [85, '%', 'at_least'], [3, '家', 'exact'], [500, '辆', 'at_least'], [80, '%', 'exact'], [100, '%', 'exact']]);
  });

  it('gbk-http-charset-only.html: the charset of the HTTP Content-Type decides (as the API passes it)', () => {
    const plan = parseCase('gbk-http-charset-only.html', 'text/html; charset=gbk');
    expect(plan.meta.encoding).toBe('gbk');
    expect(numbered(plan)).toHaveLength(3);
    expect(plan.targets).toHaveLength(6);
    expect(leads(plan)).toEqual(LEADS_3);
    expect(parsePlan(caseBytes('gbk-http-charset-only.html'), { charset: 'GBK' }).meta.encoding).toBe('gbk');
  });

  it('entity-no-semicolon.html: &nbsp% and numeric references decode as browsers do', () => {
    const plan = parseCase('entity-no-semicolon.html');
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.modifier])).toEqual([
      ['地区生产总值增长', 6.5, '%', 'about'], ['城镇新增就业', 1.2, '万人', 'at_least'], ['居民消费价格涨幅', 3, '%', 'at_most'],
    ]);
    expect(leads(plan)).toEqual({ 1: ['市发展改革委'], 2: ['市人社局'], 3: ['市统计局'] });
  });

  it('word-html-list.html: the number Word writes inside <![if !supportLists]> is the task number', () => {
    const plan = parseCase('word-html-list.html');
    expect(plan.tasks.map((t) => [t.id, t.number, t.assignments.flatMap((a) => a.lead)])).toEqual([
      ['t1.1', '1', ['市大气办']], ['t1.2', '2', ['市交通运输局']], ['t1.3', '3', ['市生态环境局']],
    ]);
    expect(figures(plan)).toEqual(FIGURES_3);
  });

  it('multipart-nospace.bin: the notice inside the multipart body parses to three tasks with their leads', () => {
    const body = caseBytes('multipart-nospace.bin').toString('latin1');
    const start = body.indexOf('\r\n\r\n') + 4;
    const end = body.indexOf('\r\n--PlanBoundary7MA4YWxk', start);
    const headers = body.slice(0, start);
    const part = Buffer.from(body.slice(start, end), 'latin1');
    const plan = parsePlan(part, { mediaType: /Content-Type:\s*([^\r\n]+)/i.exec(headers)?.[1] ?? null, fileName: /filename="([^"]+)"/.exec(headers)?.[1] ?? null });
    expect(numbered(plan)).toHaveLength(3);
    expect(leads(plan)).toEqual(LEADS_3);
  });
});

describe('province-gwr-patterns.txt: a provincial report as scraped from a news site', () => {
  const plan = parseCase('province-gwr-patterns.txt');

  it('three chapters; 附件1 is an appendix whose 一、二、 are its tasks; 附件2 名词解释 is a glossary with no tasks or targets', () => {
    const top = plan.sections.filter((s) => s.role !== 'preamble');
    expect(top.map((s) => [s.label, s.title, s.role])).toEqual([
      ['一、', '2025年工作回顾', 'review'], ['二、', '“十五五”时期的主要目标', 'plan'], ['三、', '2026年工作安排', 'plan'],
      ['附件1', '2026年省十件民生实事', 'appendix'], ['附件2', '名词解释', 'glossary'],
    ]);
    const appendix = plan.tasks.filter((t) => t.sectionId === top[3].id);
    expect(appendix.map((t) => [t.number, t.text])).toEqual([['1', '新建改建农村公路2000公里。'], ['2', '新增公共充电设施3万个以上。']]);
    expect(plan.tasks.filter((t) => t.sectionId === top[4].id)).toEqual([]);
    const [from, to] = top[4].span;
    expect(plan.targets.filter((t) => t.span[0] >= from && t.span[1] <= to)).toEqual([]);
    expect(plan.text.slice(from, to)).toContain('“四个一”工程：指产业、平台、人才、资金等4个方面的支持措施。');
  });

  it('no task from the page chrome (下载/打印/字号/分享/相关报道); the issuer is not the newspaper; published on the byline date', () => {
    for (const chrome of ['下载', '打印', '字号', '分享', '相关报道']) expect(plan.tasks.some((t) => t.text.includes(chrome))).toBe(false);
    expect(plan.meta.issuer).toBe('某省人民政府');
    expect(plan.meta.publishedOn).toBe('2026-01-25');
    expect(plan.year).toBe(2026);
  });

  it('no target from the review chapter', () => {
    const review = plan.tasks.filter((t) => t.sectionId === 's1').map((t) => t.id);
    expect(plan.targets.filter((t) => review.includes(t.taskId))).toEqual([]);
  });
});

describe('other forms of the same kinds', () => {
  const NOTICE = ['2024年全市经济社会发展工作要点', '一、主要预期目标'];

  it('character references left in text (numeric, without &, without ;, double-escaped HTML) become their characters', () => {
    const text = [...NOTICE, '1.地区生产总值增长6.5%左右&#12290;（牵头单位&#xFF1A;市发展改革委）', '2.城镇新增就业1.2万人以上&#12290;（牵头单位：市人社局）',
      '3.居民消费价格涨幅控制在3&nbsp%以内。（牵头单位：市统计局）'].join('\n');
    const plan = parsePlan(text, {});
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.modifier])).toEqual([
      ['地区生产总值增长', 6.5, '%', 'about'], ['城镇新增就业', 1.2, '万人', 'at_least'], ['居民消费价格涨幅', 3, '%', 'at_most'],
    ]);
    expect(leads(plan)).toEqual({ 1: ['市发展改革委'], 2: ['市人社局'], 3: ['市统计局'] });
    const html = `<html><body>${[...NOTICE, '1.地区生产总值增长6.5%左右&amp;#12290;（牵头单位&amp;#xFF1A;市发展改革委）'].map((l) => `<p>${l}</p>`).join('')}</body></html>`;
    expect(parsePlan(html, { fileName: 'a.html' }).tasks[0].text).toBe('地区生产总值增长6.5%左右。（牵头单位：市发展改革委）');
  });

  it('page furniture in other forms: ·3· and 第3页 共9页 page numbers, a running header that carries the page number', () => {
    const para = (k: number) => `　　${k}.推进第${k}项重点工作，完成${k + 2}家企业超低排放改造，加快淘汰落后产能和工艺，巩固治理成效建立长效机制`;
    const body: string[] = [];
    for (let k = 1; k <= 6; k++) {
      const p = para(k);
      body.push(p.slice(0, 30), p.slice(30), `　　（牵头单位：市大气办）`);
      if (k % 2 === 0) body.push('', k === 2 ? `·${k / 2}·` : `第${k / 2}页 共3页`, `\f某市人民政府公报（第${k / 2}期）`, '');
    }
    const plan = parsePlan([...NOTICE, ...body].join('\n'), {});
    expect(plan.text).not.toMatch(/公报|第\d页|·\d·/);
    expect(plan.tasks.map((t) => t.number)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(plan.warnings.find((w) => w.code === 'PAGE_FURNITURE_REMOVED')).toBeDefined();
  });

  it('an XHTML page\'s XML declaration names its charset; a <meta> in the <body> counts when the head has none', () => {
    const items = [...NOTICE, '1.地区生产总值增长6.5%左右。（牵头单位：市发展改革委）'].map((l) => `<p>${l}</p>`).join('');
    const xhtml = iconv.encode(`<?xml version="1.0" encoding="gb2312"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head><body>${items}</body></html>`, 'gbk');
    expect(parsePlan(xhtml, { fileName: 'a.xhtml' }).meta.encoding).toBe('gbk');
    const bodyMeta = iconv.encode(`<html><head><title>t</title></head><body><meta charset="gbk">${items}</body></html>`, 'gbk');
    expect(parsePlan(bodyMeta, { fileName: 'a.html' }).meta.encoding).toBe('gbk');
  });

  it('circled numbers past ⑳ (㉑ ㉒) number items too', () => {
    const lines = [...NOTICE, ...Array.from({ length: 3 }, (_, k) => `${String.fromCharCode(0x3251 + k)}完成${k + 2}家企业改造。`)];
    expect(parsePlan(lines.join('\n'), {}).tasks.map((t) => t.number)).toEqual(['21', '22', '23']);
  });
});

describe('quality verdict', () => {
  it('a news item on the economy (no title, no heading, no words of a plan) is unusable: NOT_A_PLAN_TEXT', () => {
    const news = '新华社北京3月5日电 记者从国家统计局获悉，今年前两个月，全国规模以上工业增加值同比增长7.0%，社会消费品零售总额同比增长5.5%。' +
      '国家统计局新闻发言人表示，总的来看，开年以来国民经济延续回升向好态势，但也要看到，外部环境复杂性、严峻性、不确定性上升，国内有效需求仍显不足。' +
      '分行业看，41个大类行业中有35个行业增加值保持同比增长。分产品看，新能源汽车、集成电路、服务机器人等产品产量分别增长30.8%、16.7%和26.6%。';
    const plan = parsePlan(news, {});
    expect(plan.quality).toEqual({ verdict: 'unusable', reasons: ['NOT_A_PLAN_TEXT'] });
    expect(plan.warnings.find((w) => w.code === 'NOT_A_PLAN_TEXT')?.severity).toBe('error');
  });

  it('every warning has a severity: the *_ABSENT ones info, YEAR_MISMATCH error', () => {
    const plan = parseCase('line-separator-u2028.txt');
    expect(plan.warnings.every((w) => w.severity !== undefined)).toBe(true);
    expect(plan.warnings.filter((w) => w.code.endsWith('_ABSENT')).every((w) => w.severity === 'info')).toBe(true);
    const mismatch = parsePlan(caseBytes('line-separator-u2028.txt'), { year: 2023 });
    expect(mismatch.quality).toEqual({ verdict: 'doubtful', reasons: ['YEAR_MISMATCH'] });
    expect(mismatch.warnings.find((w) => w.code === 'YEAR_MISMATCH')?.severity).toBe('error');
  });

  it('a long text without any heading is doubtful: NO_OUTLINE and TOO_FEW_TASKS', () => {
    const paragraph = '全面推进生态环境保护工作，加强大气污染防治，深化水污染治理，推动土壤污染防治，完善生态环境治理体系，提升治理能力，确保完成年度目标任务，';
    const plan = parsePlan(`${paragraph.repeat(60)}。`, {});
    expect(plan.quality?.verdict).toBe('doubtful');
    expect(plan.quality?.reasons).toEqual(['NO_OUTLINE', 'TOO_FEW_TASKS']);
  });
});

describe('labels written other ways', () => {
  it('一） without its opening bracket, 壹、贰、 (financial numerals) and Ⅰ、Ⅱ、 (Roman numerals) are headings', () => {
    const body = (a: string, b: string, sa: string, sb: string) => ['2024年全市工作要点', `${a}深入打好蓝天保卫战`, `${sa}推进大气治理`, '1.完成3家企业改造。',
      `${sb}推进扬尘治理`, '2.完成4个工地整治。', `${b}深入打好碧水保卫战`, '1.完成5个排污口整治。'].join('\n');
    for (const [a, b, sa, sb] of [['一、', '二、', '一）', '二）'], ['壹、', '贰、', '（一）', '（二）'], ['Ⅰ、', 'Ⅱ、', '(一)', '(二)']]) {
      const plan = parsePlan(body(a, b, sa, sb), {});
      expect(plan.sections.filter((s) => s.level === 1 && s.role !== 'preamble').map((s) => s.label), a).toEqual(['一、', '二、']);
      expect(plan.sections[1].children.map((s) => s.label), sa).toEqual(['（一）', '（二）']);
      expect(plan.tasks.map((t) => t.id), a).toEqual(['t1.1.1', 't1.2.2', 't2.1']);
    }
  });
});

describe('no input stops the parser', () => {
  it('a line of 30,000 full-width spaces between two words, and 20,000 □ on a preamble line, parse at once', () => {
    const spaces = parsePlan(`全面推进生态环境保护工作${'\u3000'.repeat(30000)}加强大气污染防治和水污染治理工作。`, {});
    expect(spaces.text).toBe('全面推进生态环境保护工作\n加强大气污染防治和水污染治理工作。');
    const lost = parsePlan(`2024年全省生态环境工作要点\n${'?'.repeat(20000)}x\n一、总体要求\n1.坚决完成环境质量改善目标，全面推进污染防治攻坚。`, {});
    expect(lost.tasks).toHaveLength(1);
  });
});

describe('the plan word before 新增 (计划/拟新增 … N辆) is no part of the stock', () => {
  it('reads 计划新增投用 and 拟新增建成 down to the stock, and keeps 计划投资 (the planned amount) as it is written', async () => {
    const { parsePlan: parse } = await import('../src/index.js');
    const plan = parse(
      '2026年工作要点\n一、重点任务\n1.全年计划新增投用公交车200辆以上。\n2.拟新增建成充电桩500个。\n3.项目计划投资12.7亿元。\n',
      { year: 2026 },
    );
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.basis])).toEqual([
      ['公交车', 200, '辆', 'increment'],
      ['充电桩', 500, '个', 'increment'],
      ['项目计划投资', 12.7, '亿元', 'level'],
    ]);
  });
});
