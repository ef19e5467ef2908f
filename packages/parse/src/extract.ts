import * as cheerio from 'cheerio';
import type { Warning } from '@plandiff/model';
import type { DecodedNotice, ExtractedDocument, SiteMeta } from './blocks.js';
import { plainLeadingLabel } from './labels.js';
import { splitRunOnLines } from './layout.js';
import { reflowHardWrapped, removeRunningHeaders } from './reflow.js';

/**
 * Lines that belong to the hosting site, not to the notice: breadcrumbs, share buttons, view counters,
 * the site's own summary, bylines. Tested against each trimmed line.
 */
const CHROME_LINE = [
  /^(当前位置|您的位置|您现在的位置|所在位置)\s*[:：9]/,
  /^首页\s*[>›»?]/,
  /扫描二维|扫一扫在手机|分享(好友|到)|放大字体|缩小字体|浏览次数|阅读次数|点击次数|打印本文|打印本页|关闭窗口|加入收藏|告诉好友|我要纠错|【打印】|【关闭】|【纠错】|【字体/,
  /^(浏览量|阅读量|访问量|点击量|浏览|阅读)\s*[:：]\s*\d+$/,
  // the share bar's targets left without their icons: `微信 微博 QQ空间`
  /^(?:微信|微博|新浪微博|腾讯微博|QQ空间|QQ好友|QQ|朋友圈|豆瓣|人人网|复制链接|[\s|｜/、])+$/,
  /^(上一篇|下一篇)\s*[:：]/,
  // a news page's tool bar, one word per line: 下载 / 打印 / 全屏 / 收藏 / 【字号： / 加大 / 还原 / 减小 / 】, and a lone separator
  /^(?:下载|打印|全屏|收藏|加大|还原|减小|分享|分享到|返回顶部|返回|关闭|【字号[:：]?|字号[:：]?\s*大\s*中\s*小|[【】|｜×])$/,
  /^[》>]*\s*点击(?:图片进入|进入|查看)[^。，]{0,20}[《<]*$/,
  /^Processed in [\d.]+ second/,
  /^\[\s*政策法规搜索\s*\]/,
  /^(电话|电询|联系电话|联系方式|传真|邮箱|电子邮箱|E-?mail|QQ|微信公众号)\s*[:：9?]/i,
];

/**
 * Lines that open the site's footer: everything from the first of them (after the notice has begun)
 * is site text. Covers the Wikisource licence footer (本作品是/来自…, Public domain), the regulations
 * sites' tag/disclaimer blocks (地区：/标签：/声明：, where `9` is a damaged `：`), a government site's
 * footer (主办单位：, 网站标识码, ICP备/公网安备 lines) and a news-style page's end (责任编辑：, 相关稿件).
 */
const FOOTER_START = [
  /^本作品(是|来自|在|依据|属于|根据)/,
  /^Public domain$/,
  /^(地区|标签|声明|关键词|关键字|免责声明)\s*[:：9?]/,
  /^(法规中心|关于我们|联系我们|网站地图)(\s|$)/,
  /^(版权所有|Copyright\s|©)/i,
  /^.{0,40}版权所有.{0,40}$/,
  // a government site's footer: 主办/承办单位, 网站标识码, ICP and 公安 filing numbers
  /^(主办|承办|协办|运维|技术支持)(单位)?\s*[:：]/,
  /^(政府)?网站标识码/,
  /^.{0,60}(ICP[备证]\s*\d|ICP备案|公网安备).{0,60}$/,
  // the end of a news-style article page: its editor, then links to other pages
  /^(责任编辑|责编)\s*[:：]/,
  /^(相关稿件|相关链接|相关文章|相关阅读|相关新闻|相关文件|相关解读|延伸阅读|推荐阅读)\s*[:：]?$/,
  /^相关附件\s*[:：]/,
];

/**
 * Lines that open a news page's end only once the notice has begun (they also appear in its byline or tool bar above
 * the first heading): related reports (相关报道：), a share bar (分享到：), the newspaper named as source
 * (（来源：青海日报）), the page's editor.
 */
const LATE_FOOTER_START = [
  /^(相关报道|相关文档|相关专题|相关视频|相关图片|更多报道|专题报道)\s*[:：]?/,
  /^(分享到|打印本页|关闭窗口)\s*[:：]?$/,
  /^[（(]?(来源|稿源|信息来源|文章来源)\s*[:：][^。，]{1,30}[）)]?$/,
  /^[（(]?(编辑|责任编辑|审核|校对|终审|二审|三审|初审)\s*[:：][^。，]{1,20}[）)]?$/,
];

/** The site's byline, summary and comment counter: chrome only above the notice's first heading. */
const HEADER_CHROME_LINE = [
  /^核心提示\s*[:：]/,
  /^(时间|发布时间|作者|编辑|责任编辑|来源|信息来源|文章来源)\s*[:：]/,
  /^评论\s*[(（]/,
];

/** The title line is looked for only among the first lines: a title-like line further down is text. */
const TITLE_SEARCH_LINES = 80;

/** Keys of the site's metadata table (regulations sites list them above the notice). */
const SITE_META_KEY = /^(发布单位|发布文号|发布日期|生效日期|实施日期|有效性状|废止日期|属\s*性|专业属|备\s*注|时效性|效力级别)/;

/**
 * A notice's title line: `…关于印发…的通知` or `[YYYY年]…工作要点/工作计划/工作报告/工作安排`,
 * with no sentence punctuation; news headlines (…发布…) are not titles.
 */
const TITLE_LINE = /^(?:[^。，,；;：:]{0,60}关于印发[^。]{1,60}的(?:通知|函)|[^。，,；;：:]{0,40}(?:工作要点|工作计划|工作报告|工作安排|工作任务)(?:的(?:决议|决定))?(?:（全文）|全文)?$)/;

/**
 * Stage 2: decoded notice → the document's lines without the site around it.
 * HTML is reduced to text with cheerio (scripts, styles, navigation, headers, footers, forms removed;
 * block elements and `<br>` end lines); hard-wrapped lines (a PDF's printed lines, as text or one HTML
 * block per line) are joined back into paragraphs ({@link reflowHardWrapped}); a title printed over two lines is joined ({@link joinSplitTitle});
 * then HTML and scraped text alike lose the site chrome:
 * lines before the notice's title line, chrome lines ({@link CHROME_LINE} anywhere,
 * {@link HEADER_CHROME_LINE} above the first heading), the site's metadata table above the first
 * heading (which feeds {@link SiteMeta}), a title line above the first heading that the next line repeats
 * (a page heading over the notice's own title), and everything from the first footer line on ({@link FOOTER_START}).
 * Input: {@link DecodedNotice}. Output: {@link ExtractedDocument}; removed text is counted in a
 * `SITE_TEXT_REMOVED` warning, never dropped silently. Throws nothing.
 */
export function extract(notice: DecodedNotice): ExtractedDocument {
  const page = notice.html ? htmlToLines(notice.text) : { lines: notice.text.split('\n'), droppedElements: [] };
  // every block of a page ends a line; the empty lines between blocks say nothing (a text's blank lines do)
  if (notice.html) page.lines = page.lines.filter((line) => line.trim() !== '');
  // a PDF's printed lines, as text or as one HTML block (or <br>) per printed line (PDF-to-HTML converters)
  const furniture = removeRunningHeaders(page.lines);
  const pageBreaks = furniture.removed.length > 0 || page.lines.some((line) => line.includes('\f') || DASHED_PAGE_NUMBER.test(line));
  const wrapped = reflowHardWrapped(furniture.lines, pageBreaks);
  // a report saved as one line: paragraphs separated by U+3000 pairs or by nothing
  const runOn = splitRunOnLines(wrapped.lines);
  // chrome lines that rejoining would glue to the text (收藏 / | — two characters or less — and 》》点击图片进入专题《《,
  // opening with closing punctuation) go first
  const chromeBeforeJoin: string[] = [];
  const trimmed = runOn.lines.map((line) => plainLeadingLabel(line.trim())).map((line) => {
    // a lone 、 or ， is a broken line's punctuation (Wikisource), never chrome to drop here
    const wouldJoin = line.length <= 2 || CONTINUATION.test(line);
    if (!wouldJoin || line.length > 20 || /^[、，。；：,;:]+$/.test(line) || !isChromeLine(line, false)) return line;
    chromeBeforeJoin.push(line);
    return '';
  });
  const lines = joinSplitTitle(rejoinBrokenLines(trimmed));
  const siteMeta: SiteMeta = { issuer: null, docNumber: null, publishedOn: null, effectiveOn: null, source: null };
  const removed: string[] = [];

  let begin = lines.slice(0, titleSearchEnd(lines)).findIndex((line) => isTitleLine(line));
  if (begin === -1) begin = 0;
  // lines above the title are the site's, whatever they say
  for (let i = 0; i < begin; i++) {
    collectSource(lines[i], siteMeta);
    if (lines[i] !== '') removed.push(lines[i]);
  }
  let end = lines.length;
  let headingSeen = false;
  for (let i = begin + 1; i < lines.length; i++) {
    headingSeen ||= HEADING_LABEL.test(lines[i]);
    if (FOOTER_START.some((re) => re.test(lines[i])) || (headingSeen && LATE_FOOTER_START.some((re) => re.test(lines[i])))) {
      end = i;
      break;
    }
  }
  for (let i = end; i < lines.length; i++) if (lines[i] !== '') removed.push(lines[i]);

  const kept: string[] = [];
  let inBody = false; // the site's metadata table sits above the notice's first heading, never inside it
  for (let i = begin; i < end; i++) {
    const line = lines[i];
    inBody ||= HEADING_LABEL.test(line);
    if (!inBody && SITE_META_KEY.test(line)) {
      const table = siteMetaTable(lines, i, end);
      i += table.span - 1;
      const rows = table.rows;
      readSiteMeta(rows.join(' '), siteMeta);
      for (const row of rows) removed.push(row);
      continue;
    }
    // a page's own heading (<h1>) above the notice's title line that repeats it (with the document number)
    if (!inBody && line !== '' && isTitleLine(line) && lines.slice(i + 1, end).find((next) => next !== '' && !isChromeLine(next, true))?.startsWith(line)) {
      removed.push(line);
      continue;
    }
    if (isChromeLine(line, !inBody)) {
      collectSource(line, siteMeta);
      removed.push(line);
      continue;
    }
    kept.push(line);
  }

  // the short chrome lines taken out before rejoining count too (after the others: the message names the first above)
  for (const line of chromeBeforeJoin) removed.push(line);
  const warnings: Warning[] = [];
  if (wrapped.pageWidth !== null) {
    warnings.push({
      code: 'HARD_WRAPPED_TEXT',
      message: `the text is cut into lines of ${wrapped.pageWidth} characters (as text taken from a PDF is): lines joined back into paragraphs, ${wrapped.pageNumbers} page numbers removed` +
        (wrapped.indented ? '' : '; paragraphs are not indented, so one that ends exactly at the line width runs into the next'),
      span: null,
    });
  }
  if (furniture.removed.length > 0) {
    warnings.push({
      code: 'PAGE_FURNITURE_REMOVED',
      message: `removed ${furniture.removed.length} running headers or footers repeated at page breaks ("${furniture.removed[0].slice(0, 30)}")`,
      span: null,
    });
  }
  if (runOn.cut > 0) {
    warnings.push({
      code: 'ONE_LINE_LAYOUT',
      message: `${runOn.cut} lines held paragraphs joined by full-width spaces (U+3000 pairs): cut back into paragraphs at that indentation`,
      span: null,
    });
  }
  if (runOn.runOn > 0) {
    warnings.push({
      code: 'RUN_ON_TEXT',
      message: `${runOn.runOn} run-on lines with nothing between their paragraphs: cut before headings and item labels, but the paragraph breaks are lost (the paragraphs of one section read as one task)`,
      span: null,
    });
  }
  if (page.droppedElements.length > 0) {
    const chars = page.droppedElements.reduce((n, text) => n + text.length, 0);
    warnings.push({
      code: 'SITE_TEXT_REMOVED',
      message: `removed ${page.droppedElements.length} navigation/header/footer/aside/form elements (${chars} characters) of the HTML page, starting "${page.droppedElements[0].slice(0, 30)}"`,
      span: null,
    });
  }
  if (removed.length > 0) {
    const chars = removed.reduce((n, line) => n + line.length, 0);
    warnings.push({
      code: 'SITE_TEXT_REMOVED',
      message: `removed ${removed.length} lines (${chars} characters) of the hosting site's text around the notice, starting "${removed[0].slice(0, 30)}"`,
      span: null,
    });
  }
  return { lines: kept.filter((line) => line !== ''), siteMeta, warnings };
}

/** Longest line taken as a row of the site's metadata table without a key of its own (a value, a stray cell). */
const SITE_META_ROW = 30;

/**
 * The site's metadata table starting at `lines[start]` (a {@link SITE_META_KEY} line): the following
 * non-empty lines that are keys or short rows (≤ {@link SITE_META_ROW}). A blank line ends it — unless
 * the table goes on after it, as in an HTML page where every cell or row is a block of its own: the
 * next line is a key, or a short value after a bare key (`发布单位` / `湖北省生态环境厅`), or a short
 * row followed by a key. Output: the rows and how many lines (blank ones included) they span.
 */
function siteMetaTable(lines: string[], start: number, end: number): { rows: string[]; span: number } {
  const rows: string[] = [];
  const nextNonEmpty = (from: number) => {
    let j = from;
    while (j < end && lines[j] === '') j++;
    return j;
  };
  const isRow = (j: number) => j < end && lines[j] !== '' && (SITE_META_KEY.test(lines[j]) || lines[j].length <= SITE_META_ROW);
  const bareKey = (row: string) => SITE_META_KEY.test(row) && /^[\p{Script=Han}\s]{2,6}[:：9]?$/u.test(row);
  let i = start;
  let last = start;
  while (i < end) {
    if (lines[i] === '') {
      const next = nextNonEmpty(i);
      if (next >= end) break;
      const goesOn = SITE_META_KEY.test(lines[next]) ||
        (lines[next].length <= SITE_META_ROW && (bareKey(rows[rows.length - 1]) || SITE_META_KEY.test(lines[nextNonEmpty(next + 1)] ?? '')));
      if (!goesOn) break;
      i = next;
      continue;
    }
    if (!isRow(i)) break;
    rows.push(lines[i]);
    last = i++;
  }
  return { rows, span: last - start + 1 };
}

/** Punctuation that cannot open a line: a line starting with it continues the previous one. */
const CONTINUATION = /^[。，、；：！？）”》」』…]/;
/** A line of nothing but opening brackets and quotes. */
const OPENING_ONLY = /^[（(“‘《「『【]+$/;
/** Punctuation that can end a line. */
const LINE_END = /[。，、；：！？）”》」』…:;!?.,]$/;
/** A line opening with a heading label is never a title. */
const HEADING_LABEL = /^([一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇)|[（(](?:[一二三四五六七八九十]{1,3}|\d+)[）)]|\d+[.、．)）](?!\d))/;

/**
 * Wikisource copies break a paragraph wherever a link began or ended (`…所作的` / `政府工作报告` /
 * `。会议…`, `政府工作报` / `告`). Rejoins adjacent lines (no blank line between) when the second opens
 * with continuation punctuation, or is at most two characters after a line without end punctuation;
 * a short unpunctuated line between a line without end punctuation and one opening with continuation
 * punctuation or `（` (not a heading label) is a link's text, and the three become one line. A line of opening
 * brackets or quotes only (`（` / `三）改革开放持续深化…`) opens the next line.
 */
function rejoinBrokenLines(lines: string[]): string[] {
  const out: string[] = [];
  let opening = ''; // a line of opening punctuation only (`（` / `三）改革开放…`): it belongs to the next line
  for (const raw of lines) {
    if (OPENING_ONLY.test(raw)) {
      opening += raw;
      continue;
    }
    // (a label already completed when it was read, `三）` → `（三）`, has its bracket)
    const line = raw === '' || opening === '' || raw.startsWith(opening) ? raw : opening + raw;
    if (raw !== '') opening = '';
    const previous = out.length > 0 ? out[out.length - 1] : '';
    const before = out.length > 1 ? out[out.length - 2] : '';
    // `…（PM` / `2.5` / `）平均浓度…`, `…全面经济` / `区域全面经济伙伴关系协定` / `（RCEP）生效实施…`: a link's text between two halves
    const linkText = previous !== '' && before !== '' && previous.length <= 30 && !LINE_END.test(before) &&
      !HEADING_LABEL.test(previous) && !/[。，、；：！？]/.test(previous);
    if (line !== '' && linkText && (CONTINUATION.test(line) || (line.startsWith('（') && !HEADING_LABEL.test(line)))) {
      out.splice(out.length - 2, 2, before + previous + line);
      continue;
    }
    if (previous !== '' && line !== '' && (CONTINUATION.test(line) || (line.length <= 2 && !LINE_END.test(previous)))) {
      out[out.length - 1] = previous + line;
      continue;
    }
    out.push(line);
  }
  if (opening !== '') out.push(opening);
  return out;
}

/** A page number as 公文 print it (`— 3 —`, `－3－`): evidence that the text comes from a printed page. */
const DASHED_PAGE_NUMBER = /^[\s\u3000]*[—－\-–]\s*\d{1,3}\s*[—－\-–][\s\u3000]*$/;

/** Longest line taken for the hosting site's (breadcrumbs, bylines, share bars). */
const MAX_CHROME_LINE = 300;
/** Longest line with a full stop (。) taken for the hosting site's: longer, it holds sentences of the notice. */
const MAX_CHROME_SENTENCE_LINE = 120;

/** A line of the hosting site: {@link CHROME_LINE} anywhere, {@link HEADER_CHROME_LINE} only in the `header` (above the first heading). */
function isChromeLine(line: string, header: boolean): boolean {
  // a site's line is short: a long one is the notice (or a report saved as one line that opens with a breadcrumb)
  if (line.length > MAX_CHROME_LINE || (line.length > MAX_CHROME_SENTENCE_LINE && line.includes('。'))) return false;
  return CHROME_LINE.some((re) => re.test(line)) || (header && HEADER_CHROME_LINE.some((re) => re.test(line)));
}

/** A chapter heading (一、 / 一． / 第一部分): the notice's title always comes before the first of them. */
const CHAPTER_LABEL = /^(?:[一二三四五六七八九十]{1,3}[、.．]|第[一二三四五六七八九十]{1,3}(?:部分|章|篇))/;
/** Most lines searched for the title when a page's menus push it down. */
const MAX_TITLE_SEARCH_LINES = 2000;

/**
 * Where the search for the title line ends: the first {@link TITLE_SEARCH_LINES} lines, or — when a
 * site's menus fill those (a page with 150 column links before the article) — every line before the
 * notice's first chapter heading, at most {@link MAX_TITLE_SEARCH_LINES}.
 */
function titleSearchEnd(lines: string[]): number {
  const firstChapter = lines.findIndex((line, i) => i < MAX_TITLE_SEARCH_LINES && CHAPTER_LABEL.test(line));
  return Math.max(TITLE_SEARCH_LINES, firstChapter === -1 ? 0 : firstChapter);
}

/** Longest first half of a title printed over two lines. */
const TITLE_HALF = 60;

/**
 * A title printed over two lines (`湖北省生态环境厅关于印发` / `2024年全省生态环境工作要点的通知`, as
 * 公文 pages centre it and PDF text keeps it): among the first {@link TITLE_SEARCH_LINES} lines, the
 * first line that is no title by itself, has no sentence punctuation, and together with the next
 * non-empty line (itself no title) makes a title line, is joined with it. Returns a new array
 * (the second half's place left blank) or the same lines.
 */
function joinSplitTitle(lines: string[]): string[] {
  const limit = Math.min(lines.length, TITLE_SEARCH_LINES);
  for (let i = 0; i < limit; i++) {
    const first = lines[i];
    if (first === '' || first.length > TITLE_HALF || /[。，,；;：:]/.test(first) || isTitleLine(first)) continue;
    let j = i + 1;
    while (j < limit && lines[j] === '') j++;
    if (j >= limit || isTitleLine(lines[j]) || !isTitleLine(first + lines[j])) continue;
    const joined = [...lines];
    joined[i] = first + lines[j];
    joined[j] = '';
    return joined;
  }
  return lines;
}

function isTitleLine(line: string): boolean {
  if (line.length > 120 || HEADING_LABEL.test(line) || [...CHROME_LINE, ...HEADER_CHROME_LINE].some((re) => re.test(line))) return false;
  // spaces between characters (政 府 工 作 报 告) and a damaged tag at the end (…工作要炸/strong>) aside
  const compact = line.replace(/[\s\u3000]+/g, '').replace(/([^?])\/(?:p|strong|span|font|div|h[1-6])>$/, (_, c: string) => String.fromCharCode(c.charCodeAt(0) + 1));
  if (/发布|召开|印发了/.test(compact.replace('关于印发', ''))) return false;
  return TITLE_LINE.test(compact) && !/[。]/.test(compact);
}

/**
 * What a site's byline tells about the notice (`发布时间：2024-02-20 10:12　来源：湖北省生态环境厅`, one
 * field per line or all on one): the 来源 (source) when it is a name, the 发布时间/发布日期 as the publication date.
 */
function collectSource(line: string, siteMeta: SiteMeta): void {
  const source = /(?:^|\s|[（(])(?:来源|信息来源|文章来源)\s*[:：]\s*([\u4e00-\u9fff]{2,30})(?:[\s）)]|$)/.exec(line);
  if (source && siteMeta.source === null) siteMeta.source = source[1];
  const published = /(?:^|\s)(?:发布时间|发布日期|时间|日期)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(line);
  if (published && siteMeta.publishedOn === null) siteMeta.publishedOn = `${published[1]}-${published[2]}-${published[3]}`;
}

function readSiteMeta(table: string, siteMeta: SiteMeta): void {
  const value = (key: string) => new RegExp(`${key}\\s*[:：]?\\s*(\\S+)`).exec(table)?.[1] ?? null;
  const date = (key: string) => new RegExp(`${key}\\s*[:：]?\\s*(\\d{4}-\\d{1,2}-\\d{1,2})`).exec(table)?.[1] ?? null;
  siteMeta.issuer ??= value('发布单位');
  siteMeta.docNumber ??= value('发布文号');
  siteMeta.publishedOn ??= date('发布日期');
  siteMeta.effectiveOn ??= date('生效日期');
}

/** Elements whose content is never text of the notice. */
const HTML_DROP = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, textarea, input, head';
/** Elements whose text belongs to the site (reported in a warning when dropped). */
const HTML_SITE = 'nav, header, footer, aside, form';
/**
 * The content's own header — a `<header>` inside `<article>`, `<main>` or `<section>` holds the
 * notice's title and byline (HTML Living Standard, "the header element") — is the notice's, not the site's.
 */
const CONTENT_HEADER = 'article header, main header, section header';

/** Elements that end a line of text. */
const HTML_BLOCK = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'section', 'article', 'main', 'blockquote', 'pre', 'dd', 'dt', 'dl', 'hr', 'center', 'body', 'html',
]);

/** Void elements: they never nest. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Nesting deeper than this is flattened before parsing: HTML parsers slow down quadratically on it. */
const MAX_NESTING = 500;

/** Deepest element nesting of an HTML text, by a single linear scan of its tags. */
function nestingDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][\w-]{0,20})[^<>]{0,2000}?(\/?)>/g)) {
    const name = m[2].toLowerCase();
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/' && !VOID.has(name)) max = Math.max(max, ++depth);
  }
  return max;
}

const RAW_TEXT_OPEN = /<(script|style|noscript|template)\b[^>]{0,2000}>/gi;

/**
 * Replaces each script, style, noscript and template element (opening tag to its closing tag) with a space, in
 * linear time: the same result as `/<(script|…)\b[^>]{0,2000}>[\s\S]*?<\/\1\s*>/gi`, which rescans to the
 * end of the page for every unclosed opening tag (quadratic: 640 kB of `<script>` took 12 s, issue 12). Once
 * a name has no closing tag after some point, no later opening tag of that name is searched again; an unclosed
 * opening tag stays (later steps strip it as a tag).
 */
export function cutRawTextElements(html: string): string {
  const unclosedFrom = new Map<string, number>();
  let out = '';
  let copied = 0;
  RAW_TEXT_OPEN.lastIndex = 0;
  for (let open = RAW_TEXT_OPEN.exec(html); open; open = RAW_TEXT_OPEN.exec(html)) {
    if (open.index < copied) continue; // inside an element already cut
    const name = open[1].toLowerCase();
    const after = open.index + open[0].length;
    if ((unclosedFrom.get(name) ?? Infinity) <= after) continue;
    const close = new RegExp(`</${name}\\s*>`, 'gi');
    close.lastIndex = after;
    const end = close.exec(html);
    if (!end) {
      unclosedFrom.set(name, after);
      continue;
    }
    out += `${html.slice(copied, open.index)} `;
    copied = end.index + end[0].length;
    RAW_TEXT_OPEN.lastIndex = copied;
  }
  return out + html.slice(copied);
}

/**
 * A pathologically nested page keeps its text and its line breaks, not its tree: non-text elements
 * are cut out with their content, block elements end lines, every other tag goes; cheerio then only
 * decodes the character references of what is left (one text node).
 */
function flattenHtmlToLines(html: string): { lines: string[]; droppedElements: string[] } {
  const text = cutRawTextElements(html)
    .replace(/[\r\n]+/g, ' ')
    .replace(/<\/?(p|div|br|li|tr|h[1-6]|table|section|article|blockquote|center)\b[^<>]{0,2000}>/gi, '\n')
    .replace(/<[^<>]{0,2000}>/g, '');
  return { lines: cheerio.load(text, { xml: { xmlMode: false, decodeEntities: true } }).root().text().split('\n'), droppedElements: [] };
}

/**
 * Reduces an HTML page to lines of text with cheerio (htmlparser2 backend), walking the tree
 * iteratively so deep nesting cannot overflow the stack; pages nested deeper than
 * {@link MAX_NESTING} are flattened first.
 */
function htmlToLines(page: string): { lines: string[]; droppedElements: string[] } {
  if (nestingDepth(page) > MAX_NESTING) return flattenHtmlToLines(page);
  const $ = cheerio.load(page, { xml: { xmlMode: false, decodeEntities: true } });
  $(HTML_DROP).remove();
  const droppedElements: string[] = [];
  const site = $(HTML_SITE).not(CONTENT_HEADER);
  site.filter((_, element) => $(element).parents(HTML_SITE).length === 0).each((_, element) => {
    const text = $(element).text().replace(/\s+/g, ' ').trim();
    if (text !== '') droppedElements.push(text);
  });
  site.remove();
  taskTablesToParagraphs($);
  numberOrderedLists($);
  const out: string[] = [];
  let line = '';
  type Node = { type: string; data?: string; name?: string; children?: Node[] };
  const stack: (Node | 'end-block' | 'cell')[] = [$.root()[0] as unknown as Node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item === 'end-block') {
      out.push(line);
      line = '';
      continue;
    }
    if (item === 'cell') {
      line += ' ';
      continue;
    }
    if (item.type === 'text') {
      line += (item.data ?? '').replace(/[\r\n\t ]+/g, ' ');
      continue;
    }
    if (item.type !== 'tag' && item.type !== 'root') continue;
    const name = item.name?.toLowerCase() ?? '';
    if (HTML_BLOCK.has(name)) {
      out.push(line);
      line = '';
      // an <ol>'s item: the browser prints its number, the text does not have it
      const number = name === 'li' ? (item as { attribs?: Record<string, string> }).attribs?.[LIST_NUMBER] : undefined;
      if (number !== undefined) line = `${number}.`;
      stack.push('end-block');
    } else if (name === 'td' || name === 'th') {
      stack.push('cell');
    }
    const children = item.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  out.push(line);
  return { lines: out, droppedElements };
}

/** Attribute carrying an `<ol>` item's number from {@link numberOrderedLists} to the line walker. */
const LIST_NUMBER = 'data-plandiff-number';
/** A list item that already writes its own label (`1.`, `（一）`, `①`, `一、`). */
const WRITTEN_LABEL = /^[\s\u3000\u00a0]*(?:\d+[.、．)）]|[（(](?:[一二三四五六七八九十]{1,3}|\d+)[）)]|[一二三四五六七八九十]{1,3}[、.．]|[\u2460-\u249b\u2776-\u2793\u3220-\u3229\u3280-\u3289])/;

/**
 * The numbers a browser prints before the items of an `<ol>` (HTML Living Standard, "the ol element": `start`
 * gives the first ordinal, an item's `value` resets it, `reversed` counts down), which the text does not contain:
 * each `<li>` of an `<ol>` whose text does not already open with a label gets its number in {@link LIST_NUMBER}.
 */
function numberOrderedLists($: cheerio.CheerioAPI): void {
  $('ol').each((_, ol) => {
    const list = $(ol);
    const items = list.children('li');
    const reversed = list.attr('reversed') !== undefined;
    const start = Number.parseInt(list.attr('start') ?? '', 10);
    let n = Number.isFinite(start) ? start : reversed ? items.length : 1;
    items.each((_, li) => {
      const item = $(li);
      const value = Number.parseInt(item.attr('value') ?? '', 10);
      if (Number.isFinite(value)) n = value;
      if (!WRITTEN_LABEL.test(item.text())) item.attr(LIST_NUMBER, String(n));
      n += reversed ? -1 : 1;
    });
  });
}

/** Header cells of a table of tasks, by the column they name. */
const TASK_COLUMNS = {
  number: /^(?:序号|编号|序)$/,
  task: /任务|工作内容|工作事项|具体内容|主要内容|内容|措施|事项|目标/,
  lead: /牵头/,
  responsible: /责任|主责|承办/,
  partners: /配合|参与|协办|协同/,
  deadline: /时限|时间|时序|进度|完成期限|节点/,
};

/**
 * A table's rows as cells, with `rowspan` and `colspan` filled in (each spanned slot repeats the cell's text), as
 * the HTML table model lays them out. Output: one string array per `<tr>` of this table (not of nested tables).
 */
function tableGrid($: cheerio.CheerioAPI, table: Parameters<cheerio.CheerioAPI>[0]): string[][] {
  const grid: string[][] = [];
  const rows = $(table).find('tr').filter((_, tr) => $(tr).closest('table').is(table as never));
  rows.each((r, tr) => {
    grid[r] ??= [];
    let c = 0;
    $(tr).children('td, th').each((_, cell) => {
      while (grid[r][c] !== undefined) c++;
      const text = $(cell).text().replace(/[\s\u3000\u00a0]+/g, ' ').trim();
      const rowspan = Math.min(Math.max(Number.parseInt($(cell).attr('rowspan') ?? '1', 10) || 1, 1), 500);
      const colspan = Math.min(Math.max(Number.parseInt($(cell).attr('colspan') ?? '1', 10) || 1, 1), 50);
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colspan; dc++) grid[r + dr][c + dc] = text;
      }
      c += colspan;
    });
  });
  return grid.map((row) => Array.from(row, (cell) => cell ?? ''));
}

/**
 * Tables of tasks (序号 | 重点任务 | 牵头单位 | 责任单位 | 完成时限), as work plans publish them, become one paragraph
 * per row that the later stages read like any numbered task: `N.<完成时限><任务>。（牵头单位：…；责任单位：…；配合单位：…）`
 * (the deadline leads the sentence, 2024年底前完成…, so it governs the task's targets).
 * The header row is recognised by a task column and a lead, responsible or deadline column ({@link TASK_COLUMNS});
 * `rowspan`/`colspan` are filled ({@link tableGrid}); a row whose cells are all one text (a group heading such as
 * 一、大气污染防治) stays a paragraph of its own; the number is the row's 序号, or the row's order when there is none.
 * The header row itself is no task. Other tables are left as they are.
 */
function taskTablesToParagraphs($: cheerio.CheerioAPI): void {
  $('table').each((_, table) => {
    const grid = tableGrid($, table);
    const headerIndex = grid.findIndex((row) => {
      const has = (re: RegExp) => row.some((cell) => cell.length <= 12 && re.test(cell));
      return has(TASK_COLUMNS.task) && (has(TASK_COLUMNS.lead) || has(TASK_COLUMNS.responsible) || has(TASK_COLUMNS.deadline));
    });
    if (headerIndex === -1) return;
    const header = grid[headerIndex];
    const column = (key: keyof typeof TASK_COLUMNS, except: RegExp[] = []) =>
      header.findIndex((cell) => cell.length <= 12 && TASK_COLUMNS[key].test(cell) && !except.some((re) => re.test(cell)));
    const number = column('number');
    const lead = column('lead');
    const responsible = column('responsible', [TASK_COLUMNS.lead]);
    const partners = column('partners', [TASK_COLUMNS.lead]);
    const deadline = column('deadline');
    const task = column('task', [TASK_COLUMNS.lead, TASK_COLUMNS.responsible, TASK_COLUMNS.partners, TASK_COLUMNS.deadline, TASK_COLUMNS.number]);
    if (task === -1) return;
    const paragraphs: string[] = [];
    let order = 0;
    for (const row of grid.slice(headerIndex + 1)) {
      if (row.every((cell) => cell === '')) continue;
      if (row.every((cell) => cell === row[0])) {
        paragraphs.push(row[0]);
        continue;
      }
      order++;
      const written = number !== -1 ? /^\d{1,3}/.exec(row[number])?.[0] : undefined;
      const cell = (i: number) => (i === -1 ? '' : row[i] ?? '').trim();
      const keys = [['牵头单位', cell(lead)], ['责任单位', cell(responsible)], ['配合单位', cell(partners)]]
        .filter(([, value]) => value !== '' && value !== '/' && value !== '—')
        .map(([key, value]) => `${key}：${value}`);
      const text = trimTrailing(cell(task), '。；;，, ');
      const when = cell(deadline);
      // the deadline leads the task as a 公文 sentence does (2024年底前完成…), so it governs the task's targets
      const opening = when && !text.startsWith(when) ? `${when}${/^(?:完成|实现|建成|开展|推进)/.test(text) ? '' : '，'}` : '';
      paragraphs.push(`${written ?? order}.${opening}${text}。${keys.length ? `（${keys.join('；')}）` : ''}`);
    }
    $(table).replaceWith(paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join(''));
  });
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** `text` without the characters of `chars` (and whitespace) at its end; linear, unlike `/[…]+$/` on long runs. */
function trimTrailing(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && (chars.includes(text[end - 1]) || /\s/.test(text[end - 1]))) end--;
  return text.slice(0, end);
}
