import { IngestError } from '../errors.js';
import { readCoverPage, type Attachment, type CoverHints } from './cover-page.js';
import { DEFAULT_FETCH_OPTIONS, fetchNotice, type FetchOptions } from './fetch-notice.js';

/** Options of {@link readNoticeAddress}: the fetch bounds and the attachment to read. */
export interface AddressOptions extends Partial<FetchOptions> {
  /** `--attachment N|name`: the 1-based index of a cover page's attachment, or (part of) its name */
  attachment?: number | string;
}

/** A notice fetched from a web address, ready for the front door (bytes + name + media type). */
export interface NoticeAtAddress {
  bytes: Uint8Array;
  /** a file name for the bytes (the attachment's name with its extension, or the page's), for `source.<ext>` */
  fileName: string;
  /** the HTTP Content-Type of the bytes (its charset is the transport's charset for parse) */
  mediaType: string | null;
  /** the final URL of the bytes read (after redirects): meta.json's sourceUrl */
  sourceUrl: string;
  /** YYYY-MM-DD */
  retrievedOn: string;
  /** the cover page's final URL when the notice was one of its attachments, else null */
  coverUrl: string | null;
  /** a cover page's attachments ([] for a page read itself) */
  attachments: Attachment[];
  /** the attachment read, or null */
  attachment: Attachment | null;
  /** title, date and 文号 from the cover page (null when the page was read itself) */
  hints: CoverHints | null;
}

/** Attachment names that say they are the plan (and not a list beside it). */
const PLAN_NAME = /工作要点|要点|方案|计划|任务分解|责任清单|报告|意见/;
const LIST_NAME = /名单|名册|一览表|汇总表|报名表|登记表|回执/;
/** Extensions a fetched file may keep in its name (what the front door and source.<ext> know). */
const FILE_EXTENSION = /\.(pdf|docx?|wps|xlsx?|et|ofd|zip|s?html?|txt)$/i;
/** Attachment kinds in order of preference: documents, then spreadsheets, then bundles; OFD last (it is refused). */
const PREFERENCE = ['docx', 'doc', 'wps', 'pdf', null, 'xlsx', 'xls', 'et', 'zip', 'ofd'];

/**
 * Fetches a web address and returns the notice it publishes. An HTML page that is a cover (short text, links to
 * 附件: see `readCoverPage`) is not the notice: its attachment is — the one `options.attachment` names, else the
 * first whose name says 工作要点/方案/计划 … (not a 名单), else the first document (docx, doc, wps, pdf), then
 * spreadsheet, then bundle — fetched under the same bounds; the page's title, date and 文号 come back as `hints`.
 * Any other page or file is returned as fetched.
 * Input: an http(s) URL and {@link AddressOptions}. Output: {@link NoticeAtAddress}.
 * @throws IngestError FETCH_FAILED / TOO_LARGE (see `fetchNotice`); UNSUPPORTED_FORMAT when the attachment is an
 *   .ofd (read by no reader: take the PDF or Word version, or print the OFD to PDF); NO_NOTICE_IN_BUNDLE when
 *   `options.attachment` names no attachment of the page (the message lists them).
 */
export async function readNoticeAddress(url: string, options: AddressOptions = {}): Promise<NoticeAtAddress> {
  const bounds: FetchOptions = {
    timeoutMs: options.timeoutMs ?? DEFAULT_FETCH_OPTIONS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULT_FETCH_OPTIONS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULT_FETCH_OPTIONS.maxRedirects,
  };
  const page = await fetchNotice(url, bounds);
  const pageName = fileNameOf(page.finalUrl, page.fileName, page.mediaType);
  const asPage: NoticeAtAddress = {
    bytes: page.bytes, fileName: pageName, mediaType: page.mediaType, sourceUrl: page.finalUrl, retrievedOn: page.retrievedOn,
    coverUrl: null, attachments: [], attachment: null, hints: null,
  };
  if (!looksLikeHtml(page.bytes, page.mediaType)) {
    if (options.attachment !== undefined) throw new IngestError('NO_NOTICE_IN_BUNDLE', `${page.finalUrl} is a file, not a page with attachments: --attachment does not apply`);
    return asPage;
  }
  const cover = readCoverPage(decodePage(page.bytes, page.mediaType), page.finalUrl);
  if (options.attachment === undefined && !cover.isCover) return { ...asPage, attachments: cover.attachments };
  const listing = cover.attachments.map((a) => `${a.index}. ${a.name}`).join('; ') || 'none';
  const chosen = options.attachment !== undefined ? pickAttachment(cover.attachments, options.attachment) : chooseAttachment(cover.attachments);
  if (!chosen) throw new IngestError('NO_NOTICE_IN_BUNDLE', `${page.finalUrl} has no attachment ${JSON.stringify(options.attachment)}; its attachments: ${listing}`);
  if (chosen.extension === 'ofd') {
    throw new IngestError('UNSUPPORTED_FORMAT', `attachment ${chosen.index} (${chosen.name}) is an OFD file, which plandiff does not read: take the PDF or Word version if the page offers one (--attachment; its attachments: ${listing}), or print the OFD to PDF`);
  }
  const file = await fetchNotice(chosen.url, bounds);
  return {
    bytes: file.bytes,
    fileName: fileNameOf(file.finalUrl, file.fileName, file.mediaType, chosen),
    mediaType: file.mediaType,
    sourceUrl: file.finalUrl,
    retrievedOn: file.retrievedOn,
    coverUrl: page.finalUrl,
    attachments: cover.attachments,
    attachment: chosen,
    hints: cover.hints,
  };
}

function pickAttachment(attachments: Attachment[], pick: number | string): Attachment | null {
  if (typeof pick === 'number' || /^\d+$/.test(pick)) return attachments[Number(pick) - 1] ?? null;
  return attachments.find((a) => a.name === pick) ?? attachments.find((a) => a.name.includes(pick) || a.url.includes(pick)) ?? null;
}

function chooseAttachment(attachments: Attachment[]): Attachment | null {
  const rank = (a: Attachment) => PREFERENCE.indexOf(a.extension) + (PLAN_NAME.test(a.name) && !LIST_NAME.test(a.name) ? -100 : 0) + (LIST_NAME.test(a.name) ? 100 : 0);
  return [...attachments].sort((a, b) => rank(a) - rank(b) || a.index - b.index)[0] ?? null;
}

/** A file name for fetched bytes: the server's, else the attachment's link text or the URL's last segment, with an extension. */
function fileNameOf(url: string, given: string | null, mediaType: string | null, attachment?: Attachment): string {
  const segment = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  const known = (name: string | null | undefined) => (name ? FILE_EXTENSION.exec(name)?.[1].toLowerCase() ?? null : null);
  const extension = attachment?.extension ?? known(given) ?? known(segment) ?? (mediaType && /html/i.test(mediaType) ? 'html' : 'txt');
  const base = (given || attachment?.name || segment || 'notice').replace(/[\\/:*?"<>|]/g, '_');
  return known(base) === extension ? base : `${base}.${extension}`;
}

function looksLikeHtml(bytes: Uint8Array, mediaType: string | null): boolean {
  if (mediaType && /html/i.test(mediaType)) return true;
  if (mediaType && !/text\/plain|octet-stream/i.test(mediaType)) return false;
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 512)).replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '').trimStart();
  return head.startsWith('<');
}

/** The page as text for finding its links: the HTTP charset, else a `<meta>` charset, else UTF-8. */
function decodePage(bytes: Uint8Array, mediaType: string | null): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label = /charset\s*=\s*"?([\w-]+)/i.exec(mediaType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(label).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
