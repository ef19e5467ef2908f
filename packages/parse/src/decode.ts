import { detect } from 'chardet';
import type { DecodedNotice } from './blocks.js';
import { PlanParseError } from './errors.js';
import type { ParseOptions } from './options.js';

/** Largest notice accepted, in bytes (or UTF-16 code units for string input): 32 MiB. */
export const MAX_INPUT_SIZE = 32 * 1024 * 1024;

/** Magic numbers of binary formats people mistake for notices (first bytes of the file). */
const BINARY_SIGNATURES: { name: string; bytes: number[]; advice: string }[] = [
  // parsePlan takes HTML or text; parseNotice (what the CLI and API call) reads these formats with @plandiff/ingest
  { name: 'a PDF', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], advice: 'read it with parseNotice, which reads PDF (parsePlan takes HTML or text)' },
  { name: 'a ZIP/DOCX/XLSX archive', bytes: [0x50, 0x4b, 0x03, 0x04], advice: 'read it with parseNotice, which reads DOCX, XLSX and ZIP bundles (parsePlan takes HTML or text)' },
  { name: 'an OLE (DOC/XLS/WPS) file', bytes: [0xd0, 0xcf, 0x11, 0xe0], advice: 'read it with parseNotice, which reads DOC, WPS, XLS and ET (parsePlan takes HTML or text)' },
  { name: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47], advice: 'run OCR on it and pass the text' },
  { name: 'a JPEG image', bytes: [0xff, 0xd8, 0xff], advice: 'run OCR on it and pass the text' },
  { name: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38], advice: 'run OCR on it and pass the text' },
];

/** Bytes given to chardet for content sniffing: enough for a confident guess on Chinese text. */
const SNIFF_SAMPLE = 4096;

/** Share of U+FFFD replacement characters above which a decoding is rejected. */
const MAX_REPLACEMENT_SHARE = 0.01;
/** Share of U+FFFD up to which non-strict UTF-8 is preferred to content sniffing. */
const MOSTLY_UTF8_SHARE = 0.005;

/**
 * Stage 1: bytes → string. Decides the encoding as a browser does (WHATWG HTML §13.2.3.2 "determining the
 * character encoding", WHATWG Encoding for the labels): byte order mark; then the transport's charset (the HTTP
 * `Content-Type` charset or a multipart part's, passed as `options.charset` or inside `options.mediaType`, or the
 * CLI's `--encoding`); then a `<meta charset>` / `http-equiv` declaration found by a prescan of the whole `<head>`
 * (WHATWG stops at 1024 bytes; real pages declare it after large scripts); then detection on the text — strict
 * UTF-8, or UTF-8 with at most 0.5% of its non-ASCII characters malformed (a GBK text read as UTF-8 has nearly all
 * of them malformed, however much ASCII script surrounds them), else the `chardet` library's guess on the page
 * with its scripts, styles, comments and tags cut out, with GB18030 (a superset of GBK and GB2312) as the fallback.
 * Bytes that are valid, non-ASCII UTF-8 are UTF-8 whatever a `<meta>` declares (a page re-saved by an editor keeps
 * its old declaration). Decoding itself is Node's WHATWG `TextDecoder`.
 * Input: the notice's bytes, or an already-decoded string (encoding "utf-16").
 * Output: {@link DecodedNotice} (with the declared charset, so a mismatch can be reported); CRLF, CR, U+2028 LINE
 * SEPARATOR and U+2029 PARAGRAPH SEPARATOR become `\n`; a decoding with up to 1% of its characters replaced by
 * U+FFFD is accepted and the count reported (`replaced`).
 * UTF-16 without a byte order mark is recognised by its NUL bytes (see utf16WithoutBom).
 * Throws PlanParseError EMPTY (no bytes / only whitespace), TOO_LARGE (> {@link MAX_INPUT_SIZE}),
 * BINARY (PDF, images, office files, NUL bytes, control characters), UNDECODABLE (no encoding yields text).
 */
export function decode(input: Uint8Array | string, options: ParseOptions = {}): DecodedNotice {
  if (input.length === 0) throw new PlanParseError('EMPTY', 'the notice is empty: pass the file with the notice text');
  if (input.length > MAX_INPUT_SIZE) {
    throw new PlanParseError('TOO_LARGE', `the notice is ${input.length} bytes, over the ${MAX_INPUT_SIZE}-byte limit: pass a single notice, not a collection`);
  }
  let text: string;
  let encoding: string;
  let replaced = 0;
  let declared: string | null = null;
  if (typeof input === 'string') {
    text = input;
    encoding = 'utf-16';
  } else {
    rejectBinarySignature(input);
    ({ text, encoding, replaced, declared } = decodeBytes(input, transportCharset(options)));
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?|[\u2028\u2029]/g, '\n');
  if (text.trim() === '') throw new PlanParseError('EMPTY', 'the notice contains only whitespace: pass the file with the notice text');
  rejectControlCharacters(text);
  return { text, encoding, html: looksLikeHtml(text, options), replaced, declaredCharset: declared };
}

function rejectBinarySignature(bytes: Uint8Array): void {
  for (const signature of BINARY_SIGNATURES) {
    if (signature.bytes.every((b, i) => bytes[i] === b)) {
      throw new PlanParseError('BINARY', `the input is ${signature.name}, not text: ${signature.advice}`);
    }
  }
}

/** What decoding the bytes found: the text, the encoding used, U+FFFD count, the page's declared charset. */
interface DecodedBytes {
  text: string;
  encoding: string;
  replaced: number;
  /** the WHATWG name of the charset a `<meta>` declares (`gb2312` → "gbk"), null when none */
  declared: string | null;
}

/**
 * The charset the transport gave: `options.charset`, else the `charset` parameter of `options.mediaType`
 * (`text/html; charset=gbk`, RFC 9110 §8.3.1; quoted or not). Output: a WHATWG encoding name, or null when
 * none was given or the label is unknown.
 */
export function transportCharset(options: ParseOptions): string | null {
  const label = options.charset ?? (options.mediaType ? /;\s*charset\s*=\s*"?([\w.:-]{1,40})"?/i.exec(options.mediaType)?.[1] : undefined);
  if (!label) return null;
  const lower = label.trim().toLowerCase();
  return isKnownLabel(lower) ? new TextDecoder(lower).encoding : null;
}

function decodeBytes(bytes: Uint8Array, transport: string | null): DecodedBytes {
  const bom = bomEncoding(bytes);
  if (bom) {
    // A byte order mark wins (WHATWG), unless the bytes after it contradict it and the transport (or --encoding)
    // names a charset that reads them (issue 22: a UTF-8 BOM before a GBK body): then the named charset wins, and
    // the BOM is reported as a declaration its bytes do not match (CHARSET_MISMATCH).
    const strict = tryDecode(bytes, bom, true);
    if (strict === null && transport !== null && transport !== bom) {
      const named = tryDecode(bytes.subarray(bom === 'utf-8' ? 3 : 2), transport, false);
      if (named !== null) return { ...named, declared: bom };
    }
    const text = new TextDecoder(bom).decode(bytes);
    return { text, encoding: bom, replaced: countReplacements(text), declared: null };
  }
  const head = bytes.subarray(0, 4096);
  if (head.includes(0)) {
    // UTF-16 saved without a byte order mark has a NUL in every ASCII character; anything else with NULs is binary
    const utf16 = utf16WithoutBom(bytes);
    if (utf16 !== null) return { ...utf16, declared: null };
    throw new PlanParseError('BINARY', 'the input contains NUL bytes, so it is binary, not a text or HTML notice: convert it to text first');
  }
  const declared = transport ?? declaredCharset(bytes);
  // bytes that are valid UTF-8 and not plain ASCII are UTF-8, whatever the page declares: a page re-saved
  // by an editor keeps its old <meta charset=gb2312>, and GBK would read such bytes as mojibake without
  // a single error (GBK text is valid UTF-8 only by rare accident)
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null && (declared === null || bytes.some((b) => b >= 0x80))) return { ...utf8, declared };
  if (declared) {
    const decoded = tryDecode(bytes, declared, false);
    if (decoded !== null) return { ...decoded, declared };
  }
  if (utf8 !== null) return { ...utf8, declared };
  // UTF-8 with a few malformed sequences (a truncated or patched file) is still UTF-8
  const mostlyUtf8 = mostlyUtf8Decode(bytes);
  if (mostlyUtf8 !== null) return { ...mostlyUtf8, declared };
  // content sniffing only when the bytes are not UTF-8, on the text: scripts, styles and markup cut out, a sample
  // from the first non-ASCII byte (chardet's cost grows with its input; ASCII markup tells it nothing)
  const text = textBytes(bytes);
  const firstHigh = Math.max(0, text.findIndex((b) => b >= 0x80));
  const guessed = detect(text.subarray(firstHigh, firstHigh + SNIFF_SAMPLE));
  for (const label of [guessed?.toLowerCase(), 'gb18030']) {
    const decoded = label ? tryDecode(bytes, label, false) : null;
    if (decoded !== null) return { ...decoded, declared };
  }
  throw new PlanParseError('UNDECODABLE', 'the notice is in no encoding this parser can read (tried UTF-8, GB18030 and a detected charset): re-save it as UTF-8');
}

/** Share of a UTF-16 decoding that must be Chinese-text characters for the bytes to be UTF-16 text. */
const MIN_TEXT_SHARE = 0.98;

/**
 * UTF-16 without a byte order mark: the byte order whose strict decoding is text — at least
 * {@link MIN_TEXT_SHARE} of its characters printable ASCII, line ends and tabs, CJK ideographs and
 * punctuation, full-width forms or general punctuation (any bytes decode as UTF-16, but binary data
 * or UTF-8 read so lands all over the code space) — with Chinese in it; null otherwise.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: string; replaced: number } | null {
  if (bytes.length % 2 !== 0) return null;
  for (const label of ['utf-16le', 'utf-16be']) {
    let text: string;
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes);
    } catch {
      continue;
    }
    let plausible = 0;
    let han = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const isHan = c >= 0x4e00 && c <= 0x9fff;
      if (isHan) han++;
      if (isHan || (c >= 0x20 && c < 0x7f) || c === 0x0a || c === 0x0d || c === 0x09 || (c >= 0x3000 && c <= 0x303f) ||
        (c >= 0xff00 && c <= 0xffef) || (c >= 0x2000 && c <= 0x206f)) plausible++;
    }
    if (han > 0 && plausible >= text.length * MIN_TEXT_SHARE) return { text, encoding: label, replaced: 0 };
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** Most bytes prescanned for a `<meta>` declaration when the page has no `</head>` or `<body>` before them. */
const MAX_PRESCAN = 1024 * 1024;

/**
 * `<meta charset="gbk">` or `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">` anywhere in the
 * `<head>` (up to `</head>` or `<body>`, at most {@link MAX_PRESCAN} bytes), outside comments and scripts; else an
 * XML declaration's `encoding` (XHTML), else such a `<meta>` further down the page.
 */
function declaredCharset(bytes: Uint8Array): string | null {
  const page = new TextDecoder('latin1').decode(bytes.subarray(0, MAX_PRESCAN))
    .replace(/<!--[\s\S]*?-->|<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  const headEnd = page.search(/<\/head\s*>|<body\b/i);
  // the <head> first; a <meta> a page put in its <body> (or an XHTML page's XML declaration) only when the head has none
  const match = /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(headEnd === -1 ? page : page.slice(0, headEnd)) ??
    /^\s*<\?xml\b[^>]{0,200}?encoding\s*=\s*["']([\w.:-]{1,40})["']/i.exec(page) ??
    /<meta\b[^>]{0,300}?charset\s*=\s*["']?\s*([\w.:-]{1,40})/i.exec(page);
  if (!match) return null;
  const label = match[1].toLowerCase();
  return isKnownLabel(label) ? new TextDecoder(label).encoding : null;
}

function isKnownLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes with `label`; `strict` rejects any malformed sequence, otherwise a decoding is accepted
 * when at most `maxShare` (default {@link MAX_REPLACEMENT_SHARE}) of its characters are U+FFFD.
 */
function tryDecode(bytes: Uint8Array, label: string, strict: boolean, maxShare = MAX_REPLACEMENT_SHARE): { text: string; encoding: string; replaced: number } | null {
  if (!isKnownLabel(label)) return null;
  const decoder = new TextDecoder(label, { fatal: strict });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return null;
  }
  // a strict decoding met no malformed sequence: any U+FFFD in it is the file's own character
  if (strict) return { text, encoding: decoder.encoding, replaced: 0 };
  const replaced = countReplacements(text);
  if (replaced > text.length * maxShare) return null;
  return { text, encoding: decoder.encoding, replaced };
}

/**
 * UTF-8 with a few malformed sequences (a truncated or patched file): accepted when at most
 * {@link MOSTLY_UTF8_SHARE} of its non-ASCII characters are U+FFFD — measured against the non-ASCII text, not the
 * whole file, so a GBK page behind 140 KB of ASCII script is not taken for "mostly UTF-8".
 */
function mostlyUtf8Decode(bytes: Uint8Array): { text: string; encoding: string; replaced: number } | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  let nonAscii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) nonAscii++;
  const replaced = countReplacements(text);
  if (nonAscii === 0 || replaced > nonAscii * MOSTLY_UTF8_SHARE) return null;
  return { text, encoding: 'utf-8', replaced };
}

/** The bytes of a page's text: scripts, styles, comments and tags cut out (byte values kept, as latin1). */
function textBytes(bytes: Uint8Array): Uint8Array {
  const page = new TextDecoder('latin1').decode(bytes);
  if (!/<[a-zA-Z!/]/.test(page.slice(0, 4096))) return bytes;
  const text = page.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->|<[^<>]{0,2000}>/gi, ' ');
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

function countReplacements(text: string): number {
  let replaced = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replaced++;
  return replaced;
}

/** Text with many C0 control characters (other than tab/LF/CR/FF) is binary data read as text. */
function rejectControlCharacters(text: string): void {
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) control++;
  }
  if (control > Math.max(8, sample.length * 0.02)) {
    throw new PlanParseError('BINARY', `the input has ${control} control characters, so it is binary data, not a notice: convert it to text or HTML first`);
  }
}

/** Comments and an XML declaration a page may open with, before its first element. */
const LEADING_PROLOGUE = /^\s*(?:<\?xml[^>]{0,300}\?>\s*|<!--[\s\S]*?-->\s*)+/;

/**
 * HTML when hinted by media type or file name (.html, .htm, .shtml — what gov.cn sites serve — .xhtml),
 * or when the text opens with markup (after any leading comments and XML declaration).
 */
function looksLikeHtml(text: string, options: ParseOptions): boolean {
  if (options.mediaType && /html/i.test(options.mediaType)) return true;
  // a declared text/plain wins over the file name (issue 22: a text part named .html was read as HTML); the content
  // itself is still looked at below
  const declaredText = options.mediaType !== undefined && options.mediaType !== null && /^\s*text\/plain\b/i.test(options.mediaType);
  if (!declaredText && options.fileName && /\.(?:s|x)?html?$/i.test(options.fileName)) return true;
  const opening = text.slice(0, 65536);
  const prologue = LEADING_PROLOGUE.exec(opening)?.[0].length ?? 0;
  const head = opening.slice(prologue, prologue + 2048).trimStart();
  return head.startsWith('<') && /<(!doctype|html|head|body|div|p|table|meta|article|section|span|br)\b/i.test(head);
}
