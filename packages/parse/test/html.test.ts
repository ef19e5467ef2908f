import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/index.js';
import { fixtureBytes } from './fixture-files.js';

/** The real 2024 government work report's paragraphs, without the Wikisource footer. */
const paragraphs = new TextDecoder().decode(fixtureBytes('gov-work-report', 2024))
  .split('\n').map((l) => l.trim()).filter((l) => l !== '')
  .filter((l) => !/^(本作品|Public domain|false)/.test(l))
  .slice(0, 60);

/** An HTML page as a government site serves it: scripts, styles, navigation, share bar, footer around the report. */
function page(charset: string): string {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>政府工作报告_中国政府网</title><style>.nav{color:red} /* 一、样式里的标题 */</style>
<script>var title = "一、脚本里的标题"; document.write("（一）不该出现");</script></head>
<body><nav class="crumb">首页 &gt; 政策 &gt; 政府工作报告</nav>
<div class="share">分享到：微信 微博</div>
<div id="content"><div class="article">${paragraphs.map((p) => `<p style="text-indent:2em">${escape(p)}&nbsp;</p>`).join('\n')}</div></div>
<footer>主办单位：国务院办公厅　版权所有：中国政府网</footer>
<script>console.log("版权所有");</script></body></html>`;
}

describe('HTML notices (cheerio), built from the real 2024 report', () => {
  it('reads a GBK page by its <meta charset>, keeps the report and drops scripts, styles, navigation and footer', () => {
    const bytes = iconv.encode(page('gbk'), 'gbk');
    const plan = parsePlan(bytes, { fileName: 'report.html' });
    expect(plan.meta.encoding).toBe('gbk');
    expect(plan.text).not.toMatch(/脚本里的标题|不该出现|样式里的标题|版权所有|分享到|首页|document\.write/);
    expect(plan.text).not.toContain('\uFFFD');
    expect(plan.sections.filter((s) => s.role !== 'preamble').map((s) => s.label)).toEqual(['一、', '二、', '三、']);
    expect(plan.sections[1]).toMatchObject({ title: '2023年工作回顾', role: 'review' });
    expect(plan.meta.title).toBe('政府工作报告');
    expect(plan.meta.issuedOn).toBe('2024-03-05');
    expect(plan.text).toContain('国内生产总值超过126万亿元，增长5.2%');
    const removed = plan.warnings.find((w) => w.code === 'SITE_TEXT_REMOVED' && w.message.includes('navigation'));
    expect(removed?.message).toMatch(/removed 2 navigation.*首页 > 政策 > 政府工作报告/);
  });

  it('gives the same plan text for the page as UTF-8 and as GBK', () => {
    const utf8 = parsePlan(new TextEncoder().encode(page('utf-8')));
    const gbk = parsePlan(iconv.encode(page('gb2312'), 'gbk'));
    expect(utf8.meta.encoding).toBe('utf-8');
    expect(gbk.text).toBe(utf8.text);
    expect(gbk.tasks.map((t) => t.id)).toEqual(utf8.tasks.map((t) => t.id));
  });

  it('sniffs GBK without any declaration (chardet), as for the Hailar reports', () => {
    const text = paragraphs.join('\n');
    const plan = parsePlan(iconv.encode(text, 'gbk'));
    expect(plan.meta.encoding).toMatch(/^(gbk|gb18030)$/);
    expect(plan.text).toBe(parsePlan(text).text);
  });

  it('reads UTF-16 with a byte order mark', () => {
    const text = paragraphs.join('\n');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const plan = parsePlan(new Uint8Array(le));
    expect(plan.meta.encoding).toBe('utf-16le');
    expect(plan.text).toBe(parsePlan(text).text);
  });

  it('survives 20,000 nested <div>s (flattened, no stack overflow)', () => {
    const html = `<html><body>${'<div>'.repeat(20000)}<p>二、重点工作</p><p>1.推进生态环境保护工作持续改善质量。</p>${'</div>'.repeat(20000)}</body></html>`;
    const plan = parsePlan(html);
    expect(plan.sections.map((s) => s.title)).toEqual(['重点工作']);
    expect(plan.tasks.map((t) => [t.id, t.title])).toEqual([['t1.1', '推进生态环境保护工作持续改善质量']]);
  });
});

describe('a regulations-site HTML page around the Hubei 2023 excerpt', () => {
  const excerpt = new TextDecoder().decode(fixtureBytes('hubei-sthjt-gzyd', 2023)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
  const body = excerpt.slice(excerpt.indexOf('2023年全省生态环境工作要点'));
  const html = `<html><head><meta charset="utf-8"><title>x</title></head><body>
<div class="crumb">当前位置：首页 &gt; 政策法规 &gt; 地方法规</div>
<h1>2023年全省生态环境工作要点</h1>
<table class="meta"><tr><td>发布单位</td><td>湖北省生态环境厅</td></tr><tr><td>发布文号</td><td>暂无</td></tr>
<tr><td>发布日期</td><td>2023-02-07</td><td>生效日期</td><td>2023-02-07</td></tr></table>
<div class="content">${body.slice(1).map((p) => `<p>${p}</p>`).join('')}</div>
<div class="tags">标签：工作要点</div><div>声明：本网转载仅为传递信息</div></body></html>`;

  it('reads the metadata table cells and drops the breadcrumb and the tag/disclaimer footer', () => {
    const plan = parsePlan(html, { coverage: 'excerpt' });
    expect(plan.meta).toMatchObject({ title: '2023年全省生态环境工作要点', issuer: '湖北省生态环境厅', publishedOn: '2023-02-07', docNumber: null, coverage: 'excerpt' });
    expect(plan.warnings.map((w) => w.code)).toContain('DOC_NUMBER_ABSENT'); // 发布文号 暂无 = there is none
    expect(plan.text).not.toMatch(/当前位置|发布单位|标签|声明/);
    expect(plan.sections.filter((s) => s.role !== 'preamble').map((s) => s.title)).toEqual(['总体要求与主要目标']);
  });
});
