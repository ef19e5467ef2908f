import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';

/**
 * The notices as whoever adds a new year gets them: a page saved from a gov.cn-style site (its own
 * <h1> over the notice, breadcrumb, share bar, scripts, styles, a 版权所有/网站标识码/ICP footer, every line
 * in a <p> with &nbsp;), re-encoded, with CRLF; or with the chapters in the 第一部分 / 第一章 style.
 * Every input is built here from the real fixture text.
 */
const hubeiText = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2024));
const reportText = new TextDecoder().decode(fixtureBytes('gov-work-report', 2025));
const hubei = parsePlan(hubeiText, { year: 2024 });
const report = parsePlan(reportText, { year: 2025 });

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const COPYRIGHT_FOOTER = `<div class="footer"><p>版权所有：湖北省生态环境厅&nbsp;&nbsp;主办单位：湖北省生态环境厅</p>
<p>网站标识码：4200000036&nbsp;&nbsp;鄂ICP备05003347号-1</p></div>`;

/** A saved page of a provincial government site around `text`, one <p> per line, `footer` after the article. */
function savedPage(text: string, heading: string, charsetMeta: string, footer = COPYRIGHT_FOOTER): string {
  const paragraphs = text.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head>${charsetMeta}
<title>${escape(heading)}_湖北省生态环境厅</title>
<style type="text/css">.nav li{float:left} /* 一、不是标题 */</style>
<script type="text/javascript">var s = "（一）脚本"; document.write('<div>二、脚本</div>');</script>
</head><body>
<div class="header"><ul class="nav"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 规划计划</div>
<h1>${escape(heading)}</h1>
<div class="info"><span>发布时间：2024-02-20 10:12</span>&nbsp;<span>来源：湖北省生态环境厅</span>&nbsp;<span>【字体：大 中 小】</span></div>
<div class="TRS_Editor">
${paragraphs.map((p) => `<p>&nbsp;&nbsp;&nbsp;&nbsp;${escape(p)}</p>`).join('\n')}
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
${footer}
<script>(function(){var hm=document.createElement("script");})();</script>
</body></html>
`.replace(/\n/g, '\r\n');
}

describe('Hubei 2024 saved as a gov.cn-style HTML page', () => {
  const page = savedPage(hubeiText, '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知',
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  const variants: [string, Uint8Array, string][] = [
    ['GBK (declared gb2312), CRLF', iconv.encode(page, 'gbk'), 'gbk'],
    ['GB18030 without a declaration', iconv.encode(page.replace(/<meta http-equiv[^>]*>/, ''), 'gb18030'), 'gb18030'],
    ['UTF-16LE with BOM', new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')])), 'utf-16le'],
  ];
  for (const [name, bytes, encoding] of variants) {
    it(`${name}: still 28 tasks, task 二.7 led by 大气处, the same plan text as the scrape`, () => {
      const plan = parsePlan(bytes, { fileName: 'notice.htm', year: 2024 });
      expect(plan.meta.encoding).toBe(encoding);
      expect(plan.tasks.filter((t) => t.number !== null)).toHaveLength(28);
      expect(plan.tasks.find((t) => t.id === 't2.3.7')!.assignments[0].lead).toEqual(['大气处']);
      // the regulations site's 发布单位 table, laid out one cell per block, and the page's <h1> are gone
      expect(plan.text).toBe(hubei.text);
      expect(plan.text).not.toMatch(/版权所有|网站标识码|ICP备|分享到|脚本|不是标题|字体|发布时间/);
      expect(plan.targets.map((t) => [t.metric, t.value, t.damaged])).toEqual(hubei.targets.map((t) => [t.metric, t.value, t.damaged]));
      expect(plan.meta).toMatchObject({ title: '2024年全省生态环境工作要点', issuer: '湖北省生态环境厅', publishedOn: '2024-02-20' });
    });
  }
});

describe('the plan alone on a gov.cn-style page (no regulations-site table)', () => {
  it('takes the publication date and the source from the page\'s byline 发布时间：2024-02-20 10:12 来源：湖北省生态环境厅', () => {
    const planOnly = hubeiText.slice(hubeiText.indexOf('2024年全省生态环境工作要炸'), hubeiText.indexOf('\n地区9'));
    const plan = parsePlan(savedPage(planOnly, '2024年全省生态环境工作要点', '<meta charset="utf-8">'), { year: 2024 });
    expect(plan.meta).toMatchObject({ title: '2024年全省生态环境工作要点', publishedOn: '2024-02-20', issuer: '湖北省生态环境厅' });
    expect(plan.warnings.some((w) => w.code === 'PUBLISHED_ON_ABSENT')).toBe(false);
    expect(plan.tasks.filter((t) => t.number !== null)).toHaveLength(28);
  });
});

describe('a page whose <meta> charset is not the encoding of its bytes', () => {
  const page = savedPage(hubeiText, '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知',
    '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
  it('re-saved as UTF-8 by an editor but still declaring gb2312: read as UTF-8 (not GBK mojibake), with a warning', () => {
    const plan = parsePlan(Buffer.from(page), { fileName: 'notice.html', year: 2024 });
    expect(plan.meta.encoding).toBe('utf-8');
    expect(plan.text).toBe(hubei.text);
    expect(plan.tasks.find((t) => t.id === 't2.3.7')!.assignments[0].lead).toEqual(['大气处']);
    expect(plan.warnings.find((w) => w.code === 'CHARSET_MISMATCH')?.message).toBe('the page declares gbk but its bytes are utf-8: read as utf-8');
  });
  it('GBK bytes declaring utf-8: read as GB18030 by sniffing, with a warning', () => {
    const plan = parsePlan(iconv.encode(page.replace('charset=gb2312', 'charset=utf-8'), 'gbk'), { fileName: 'notice.html', year: 2024 });
    expect(plan.meta.encoding).toBe('gb18030');
    expect(plan.text).toBe(hubei.text);
    expect(plan.warnings.some((w) => w.code === 'CHARSET_MISMATCH')).toBe(true);
  });
  it('a GBK page that declares gbk gets no such warning', () => {
    const plan = parsePlan(iconv.encode(page, 'gbk'), { fileName: 'notice.html', year: 2024 });
    expect(plan.warnings.some((w) => w.code === 'CHARSET_MISMATCH')).toBe(false);
  });
});

describe('UTF-16 saved without a byte order mark', () => {
  it('the 2025 report in UTF-16LE and UTF-16BE without BOM: read, not refused as binary', () => {
    const le = Buffer.from(reportText, 'utf16le');
    const be = Buffer.from(reportText, 'utf16le').swap16();
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const plan = parsePlan(new Uint8Array(bytes), { year: 2025 });
      expect(plan.meta.encoding).toBe(encoding);
      expect(plan.text).toBe(report.text);
    }
  });
  it('bytes with NULs that are no UTF-16 text stay binary', () => {
    // either parity: an odd length is no UTF-16, an even one must be rejected by what it decodes to
    for (const prefix of [[0x61, 0x00, 0x00, 0x01, 0x02], [0x61, 0x00, 0x00, 0x01, 0x02, 0x03]]) {
      const bytes = Buffer.concat([Buffer.from(prefix), Buffer.from(reportText)]);
      expect(() => parsePlan(new Uint8Array(bytes))).toThrow(/contains NUL bytes, so it is binary/);
    }
  });
});

describe('a page as a TRS-based gov.cn site serves it (.shtml, long comment before <!DOCTYPE>, no charset)', () => {
  const page = `<!-- ${'TRS WCM 发布模板 '.repeat(300)} -->\r\n` + savedPage(hubeiText, '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知', '');
  const bytes = iconv.encode(page, 'gbk');
  for (const fileName of ['t20240220_5088951.shtml', null]) {
    it(`is read as HTML ${fileName ? 'by its .shtml name' : 'by its markup after the comment'}: no navigation or script text, 28 tasks`, () => {
      const plan = parsePlan(bytes, { fileName, year: 2024 });
      expect(plan.text).not.toMatch(/脚本|不是标题|首页|<\/?p>/);
      expect(plan.text).toBe(hubei.text);
      expect(plan.tasks.filter((t) => t.number !== null)).toHaveLength(28);
    });
  }
});

describe('a page whose column menu (150 links) comes before the article', () => {
  it('still finds the notice\'s title past the menu: the menu is site text, the plan text that of the scrape', () => {
    const menu = Array.from({ length: 150 }, (_, i) => `<li><a href="/col${i}/">栏目${i + 1}</a></li>`).join('\n');
    const page = savedPage(hubeiText, '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知', '<meta charset="utf-8">')
      .replace('<div class="crumb">', `<div class="menu"><ul>${menu}</ul></div>\n<div class="crumb">`);
    const plan = parsePlan(page, { year: 2024 });
    expect(plan.text).toBe(hubei.text);
    expect(plan.text).not.toContain('栏目');
    expect(plan.warnings.find((w) => w.code === 'SITE_TEXT_REMOVED' && /lines/.test(w.message))?.message).toMatch(/^removed 1\d\d lines/);
  });
});

describe('pages whose end has no 版权所有 line', () => {
  /** What follows the article on gov.cn-style pages, in the orders sites use. */
  const footers = [
    '<div class="bottom"><p>主办单位：湖北省生态环境厅　承办单位：湖北省生态环境信息中心</p><p>网站标识码：4200000036　鄂ICP备05003347号-1　鄂公网安备42010602000123号</p></div>',
    '<div class="editor">责任编辑：张三</div><div>【我要纠错】 【打印本页】 【关闭窗口】</div><div>扫一扫在手机打开当前页</div><div class="related"><h3>相关稿件</h3><ul><li><a>2023年全省生态环境工作要点</a></li><li><a>一、关于某某的通知</a></li></ul></div>',
    '<div class="fx">分享到：</div><div class="fx">微信 微博 QQ空间</div><p>浏览量：1234</p><p>相关附件：<a href="x.pdf">工作要点.pdf</a></p>',
  ];
  const report2024 = new TextDecoder().decode(fixtureBytes('gov-work-report', 2024));
  const reportBody = report2024.slice(0, report2024.indexOf('\n本作品'));
  const hubeiBody = hubeiText.slice(0, hubeiText.indexOf('\n地区9'));
  const plainReport = parsePlan(reportBody, { year: 2024 });
  const plainHubei = parsePlan(hubeiBody, { year: 2024 });
  footers.forEach((footer, i) => {
    it(`footer ${i + 1}: the 2024 report keeps its 79 tasks and Hubei's last task 三.8 ends where the notice does`, () => {
      const report = parsePlan(savedPage(reportBody, '政府工作报告', '<meta charset="utf-8">', footer), { year: 2024 });
      expect(report.text).toBe(plainReport.text);
      expect(report.tasks).toHaveLength(79);
      const page = parsePlan(savedPage(hubeiBody, '湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知', '<meta charset="utf-8">', footer), { year: 2024 });
      expect(page.text).toBe(plainHubei.text);
      expect(page.tasks.at(-1)!.text.endsWith('认真做好机关党委、纪委和群团组织换届工作（牵头单位：机关党委；责任单位：各市、州、直管市及神农架林区生态环境局）。')).toBe(true);
    });
  });
});

describe('the 2025 government work report saved as a page with its delivery line', () => {
  const withDateLine = (line: string) => parsePlan(`政府工作报告\n${line}\n国务院总理　李强\n${reportText}`);

  it('reads 2025-03-05 and the year 2025 from ——2025年3月5日在第十四届全国人民代表大会第三次会议上', () => {
    const page = savedPage(`政府工作报告\n——2025年3月5日在第十四届全国人民代表大会第三次会议上\n${reportText}`, '政府工作报告', '<meta charset="utf-8">');
    const plan = parsePlan(new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page)])), { fileName: 'gwr.htm' });
    expect(plan.meta).toMatchObject({ title: '政府工作报告', issuedOn: '2025-03-05', issuer: '国务院', encoding: 'utf-8' });
    expect(plan.year).toBe(2025);
    expect(plan.tasks.map((t) => t.id)).toEqual(report.tasks.map((t) => t.id));
  });

  it('keeps an HTML5 page\'s <article><header> (title, delivery line) and drops the site\'s <header>/<footer>', () => {
    const paragraphs = reportText.slice(0, reportText.indexOf('\n本作品')).split('\n').filter((l) => l.trim() !== '').map((l) => `<p>${escape(l)}</p>`);
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>政府工作报告_中国政府网</title></head><body>
<header class="site"><nav><a>首页</a><a>新闻</a></nav><div>中国政府网</div></header>
<main><article><header><h1>政府工作报告</h1><p>——2025年3月5日在第十四届全国人民代表大会第三次会议上</p><p>国务院总理　李强</p></header>
<section>${paragraphs.join('\n')}</section><footer><p>责任编辑：王五</p></footer></article></main>
<footer class="site"><p>版权所有：中国政府网</p></footer></body></html>`;
    const plan = parsePlan(page);
    expect(plan.meta).toMatchObject({ title: '政府工作报告', issuedOn: '2025-03-05', issuer: '国务院' });
    expect(plan.text).not.toMatch(/中国政府网|首页|责任编辑/);
    expect(plan.tasks.map((t) => t.id)).toEqual(report.tasks.map((t) => t.id));
  });

  it('reads the delivery date in brackets （…日在…会议上） and in Chinese numerals 二〇二五年三月五日', () => {
    expect(withDateLine('（2025年3月5日在第十四届全国人民代表大会第三次会议上）').meta.issuedOn).toBe('2025-03-05');
    expect(withDateLine('——二〇二五年三月五日在第十四届全国人民代表大会第三次会议上').meta.issuedOn).toBe('2025-03-05');
    expect(withDateLine('——２０２５年３月５日在第十四届全国人民代表大会第三次会议上').meta.issuedOn).toBe('2025-03-05');
  });

  it('reads the plan year from a title written in Chinese numerals (二〇二四年全省生态环境工作要点)', () => {
    const plan = parsePlan(hubeiText.replace('2024年全省生态环境工作要炸/strong>', '二〇二四年全省生态环境工作要炸/strong>'));
    expect(plan.meta.title).toBe('二〇二四年全省生态环境工作要点');
    expect(plan.year).toBe(2024);
  });

  it('drops a news site\'s （全文） from the title and still reads the year from it', () => {
    const plan = parsePlan(`2025年政府工作报告（全文）\n${reportText}`);
    expect(plan.meta.title).toBe('2025年政府工作报告');
    expect(plan.year).toBe(2025);
  });

  it('the 2024 and 2025 NPC resolutions (no title, no date line): year and adopting body from their sentences', () => {
    for (const year of [2024, 2025]) {
      const plan = parsePlan(fixtureBytes('npc-gwr-resolution', year));
      expect(plan.year).toBe(year);
      expect(plan.meta.issuer).toBe(year === 2024 ? '第十四届全国人民代表大会第二次会议' : '第十四届全国人民代表大会第三次会议');
      expect(plan.warnings.some((w) => w.code === 'ISSUER_ABSENT')).toBe(false);
    }
  });

  it('warns when the caller\'s year is not the one the notice names', () => {
    const wrong = parsePlan(hubeiText, { year: 2030 });
    expect(wrong.year).toBe(2030);
    expect(wrong.warnings.find((w) => w.code === 'YEAR_MISMATCH')?.message).toMatch(/given is 2030 but the notice names 2024/);
    expect(hubei.warnings.some((w) => w.code === 'YEAR_MISMATCH')).toBe(false);
  });
});

describe('the 2025 report saved from Word (GBK .htm, mso markup) with a padded percent sign 5&nbsp;%', () => {
  it('still reads 国内生产总值增长 5% about, 城镇调查失业率 5.5% about and every other target', () => {
    const paragraphs = reportText.slice(0, reportText.indexOf('\n本作品')).split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const page = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=gb2312">
<style><!-- p.MsoNormal {mso-style-parent:""} --></style><!--[if gte mso 9]><xml><w:WordDocument></w:WordDocument></xml><![endif]--></head>
<body lang=ZH-CN><div class=WordSection1>${paragraphs.map((l) => `<p class=MsoNormal style='text-indent:32.0pt'><span style='font-family:仿宋_GB2312'>${escape(l).replace(/(\d)%/g, '$1&nbsp;%')}<o:p></o:p></span></p>`).join('\r\n')}</div></body></html>`;
    const plan = parsePlan(iconv.encode(page, 'gbk'), { fileName: '2025年政府工作报告.htm', year: 2025 });
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.text).toContain('国内生产总值增长5%左右；城镇调查失业率5.5%左右');
    expect(plan.targets.find((t) => t.metric === '国内生产总值增长')).toMatchObject({ value: 5, unit: '%', modifier: 'about' });
    expect(plan.targets.find((t) => t.metric === '城镇调查失业率')).toMatchObject({ value: 5.5, unit: '%', modifier: 'about' });
    expect(plan.targets.map((t) => [t.metric, t.value, t.unit, t.modifier])).toEqual(report.targets.map((t) => [t.metric, t.value, t.unit, t.modifier]));
  });
});

describe('the covering notice with its title printed over two lines (as on a 公文 page or in PDF text)', () => {
  // the covering notice of Hubei 2024 with what the scrape lost restored from the corpus README (鄂环发〔2024〕1号)
  const plan = hubeiText.slice(hubeiText.indexOf('2024年全省生态环境工作要炸'));
  const notice = (title: string[]) => [...title, '', '鄂环发〔2024〕1号', '',
    '各市、州、直管市及神农架林区生态环境局，厅机关各处室，各专员办、厅属各单位：',
    '《2024年全省生态环境工作要点》已经第2次厅长办公会议审定通过，现印发给你们，请按要求落实。', '', '湖北省生态环境厅', '', plan].join('\n');
  it('keeps the covering notice: issuer and document number are read as with the title on one line', () => {
    const split = parsePlan(notice(['湖北省生态环境厅关于印发', '2024年全省生态环境工作要点的通知']), { year: 2024 });
    const oneLine = parsePlan(notice(['湖北省生态环境厅关于印发2024年全省生态环境工作要点的通知']), { year: 2024 });
    expect(split.meta).toMatchObject({ title: '2024年全省生态环境工作要点', issuer: '湖北省生态环境厅', docNumber: '鄂环发〔2024〕1号' });
    expect(split.text).toBe(oneLine.text);
    expect(split.text).toContain('已经第2次厅长办公会议审定通过');
    expect(split.tasks.map((t) => t.id)).toEqual(hubei.tasks.map((t) => t.id));
  });
});

describe('chapters in the 第一部分 / 第一章 style', () => {
  it('the 2025 report with 第一部分…第三部分: the same chapters, 76 tasks and 21 targets as with 一、二、三、', () => {
    const parts = parsePlan(reportText.replace(/^([一二三])、/gm, '第$1部分　'), { year: 2025 });
    const chapters = parts.sections.filter((s) => s.role !== 'preamble');
    expect(chapters.map((s) => [s.label, s.title, s.path, s.role])).toEqual([
      ['第一部分', '2024年工作回顾', ['一'], 'review'],
      ['第二部分', '2025年经济社会发展总体要求和政策取向', ['二'], 'plan'],
      ['第三部分', '2025年政府工作任务', ['三'], 'plan'],
    ]);
    expect(parts.tasks.map((t) => t.id)).toEqual(report.tasks.map((t) => t.id));
    expect(parts.tasks).toHaveLength(76);
    expect(parts.targets.map((t) => [t.metric, t.value, t.modifier])).toEqual(report.targets.map((t) => [t.metric, t.value, t.modifier]));
    expect(parts.meta.title).toBeNull(); // 第三部分2025年政府工作任务 is a heading, not the report's title
  });

  it('Hubei 2024 with 第一章…第三章: 28 tasks, task 二.7 led by 大气处', () => {
    const chapters = parsePlan(hubeiText.replace(/^([一二三])、/gm, '第$1章 '), { year: 2024 });
    expect(chapters.sections.filter((s) => s.role !== 'preamble').map((s) => s.label)).toEqual(['第一章', '第二章', '第三章']);
    expect(chapters.tasks.map((t) => t.id)).toEqual(hubei.tasks.map((t) => t.id));
    expect(chapters.tasks.find((t) => t.id === 't2.3.7')!.assignments[0].lead).toEqual(['大气处']);
  });

  it('chapters labelled 一． (2025 report) and items labelled 1） (Hubei 2024) read like 一、 and 1.', () => {
    const dotted = parsePlan(reportText.replace(/^([一二三])、/gm, '$1．'), { year: 2025 });
    expect(dotted.sections.filter((s) => s.role !== 'preamble').map((s) => [s.label, s.title])).toEqual([
      ['一、', '2024年工作回顾'], ['二、', '2025年经济社会发展总体要求和政策取向'], ['三、', '2025年政府工作任务'],
    ]);
    expect(dotted.tasks.map((t) => t.id)).toEqual(report.tasks.map((t) => t.id));
    const halfParen = parsePlan(hubeiText.replace(/^(\d{1,2})\./gm, '$1)'), { year: 2024 });
    expect(halfParen.tasks.map((t) => t.id)).toEqual(hubei.tasks.map((t) => t.id));
    expect(halfParen.tasks.find((t) => t.id === 't2.3.7')!.title).toBe('持续深入打好蓝天保卫战');
  });

  it('full-width digits （１）２０２４年 in Hubei 2024 read as ASCII: the same tasks and figures', () => {
    const fullWidth = hubeiText.replace(/^(\d{1,2})\./gm, (_, n: string) => `（${n.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))}）`)
      .replace(/2024年/g, '２０２４年');
    const plan = parsePlan(fullWidth, { year: 2024 });
    expect(plan.tasks.map((t) => t.id)).toEqual(hubei.tasks.map((t) => t.id));
    expect(plan.meta.title).toBe('2024年全省生态环境工作要点');
    expect(plan.targets.map((t) => [t.metric, t.value, t.damaged])).toEqual(hubei.targets.map((t) => [t.metric, t.value, t.damaged]));
  });
});
