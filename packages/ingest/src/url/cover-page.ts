import * as cheerio from 'cheerio';

/** Extensions of the files a cover page attaches (附件). */
export const ATTACHMENT_EXTENSIONS = ['pdf', 'doc', 'docx', 'wps', 'xls', 'xlsx', 'et', 'ofd', 'zip'] as const;
/** A page whose own text (link texts left out: menus and footers are links) is shorter than this is a cover. */
export const COVER_TEXT_LENGTH = 1500;

/** One attachment a cover page links to. */
export interface Attachment {
  /** 1-based, in page order (what `--attachment N` counts) */
  index: number;
  /** the link text (附件1：2024年工作要点), else the file name from the address */
  name: string;
  /** absolute URL */
  url: string;
  /** the extension in the address (lower case), or null (a download.jsp?id= link named 附件) */
  extension: string | null;
}

/** What a cover page says of the notice it carries. */
export interface CoverHints {
  title: string | null;
  /** YYYY-MM-DD */
  date: string | null;
  /** 文号, e.g. 鄂环发〔2024〕3号 */
  docNumber: string | null;
}

export interface CoverPage {
  /** true when the page's own text is short and it links attachments: the notice is in an attachment */
  isCover: boolean;
  attachments: Attachment[];
  hints: CoverHints;
}

const EXTENSION = new RegExp(`\\.(${ATTACHMENT_EXTENSIONS.join('|')})$`, 'i');
/** 文号: issuer abbreviation, year in 〔〕/[]/（）, number, 号 (GB/T 9704-2012 §7.2.4). */
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*\d{1,4}\s*号/;
const DATE = /((?:19|20)\d{2})\s*(?:年|-|\/|\.)\s*(\d{1,2})\s*(?:月|-|\/|\.)\s*(\d{1,2})/;
/** Site name after the title in `<title>` (标题_湖北省生态环境厅, 标题 - 中国政府网). */
const TITLE_SITE_SUFFIX = /\s*[_|｜—-]\s*[^_|｜—-]{2,30}$/;

/**
 * Reads an HTML page as a possible cover page: its attachments (links to .pdf .doc .docx .wps .xls .xlsx .et .ofd
 * .zip, or a link whose text says 附件), whether it is a cover (its own text, link texts left out, shorter than
 * {@link COVER_TEXT_LENGTH} characters, and at least one attachment), and the title, date and 文号 it shows
 * (`<meta name="ArticleTitle">`/`PubDate` as Chinese government sites' CMSs write them, else `<h1>`, `<title>`
 * without the site name, and the first date and 文号 in the text).
 * Input: the page as text and its final URL (to resolve relative links). Output: {@link CoverPage}. Throws nothing.
 */
export function readCoverPage(html: string, pageUrl: string): CoverPage {
  const $ = cheerio.load(html);
  $('script, style, noscript, template').remove();
  const attachments: Attachment[] = [];
  const seen = new Set<string>();
  $('a[href]').each((_, a) => {
    const href = $(a).attr('href') ?? '';
    if (/^(?:javascript|mailto):/i.test(href) || href.startsWith('#')) return;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      return;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return;
    const path = decodeSafely(url.pathname);
    const extension = EXTENSION.exec(path)?.[1].toLowerCase() ?? null;
    const text = $(a).text().replace(/[\s\u3000\u00a0]+/g, ' ').trim();
    if (!extension && !/附件/.test(text)) return;
    if (!extension && /\.s?html?$/i.test(path)) return;
    const fileName = path.split('/').pop() ?? path;
    if (seen.has(url.href)) {
      // the same file linked twice (an icon, then its name): keep the name
      const earlier = attachments.find((a) => a.url === url.href);
      if (earlier && text && earlier.name === fileName) earlier.name = text;
      return;
    }
    seen.add(url.href);
    attachments.push({ index: attachments.length + 1, name: text || fileName, url: url.href, extension });
  });
  const body = $('body').clone();
  body.find('a').remove();
  const ownText = body.text().replace(/[\s\u3000\u00a0]+/g, '');
  return {
    isCover: attachments.length > 0 && ownText.length < COVER_TEXT_LENGTH,
    attachments,
    hints: coverHints($, ownText),
  };
}

function coverHints($: cheerio.CheerioAPI, ownText: string): CoverHints {
  const meta = (name: string) => $(`meta[name="${name}"]`).attr('content')?.trim() || null;
  const heading = $('h1').first().text().replace(/[\s\u3000\u00a0]+/g, ' ').trim() || null;
  const pageTitle = $('title').first().text().trim().replace(TITLE_SITE_SUFFIX, '') || null;
  const title = meta('ArticleTitle') ?? heading ?? pageTitle;
  const dateText = meta('PubDate') ?? meta('firstpublishedtime') ?? ownText;
  const date = DATE.exec(dateText);
  const docNumber = DOC_NUMBER.exec($('body').text())?.[0].replace(/\s+/g, '') ?? null;
  return {
    title,
    date: date ? `${date[1]}-${date[2].padStart(2, '0')}-${date[3].padStart(2, '0')}` : null,
    docNumber,
  };
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
