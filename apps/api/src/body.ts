import { ProblemError } from './problem.js';

/** 5 MiB: the default largest request body the API reads (overridable by option or env PLANDIFF_MAX_BODY). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Reads a request body into memory, refusing it as soon as it is known to exceed `limit` bytes: first from
 * Content-Length (nothing is read then), else by counting bytes while streaming and cancelling the stream at
 * the first byte over the limit. `onChunk` sees each chunk as it arrives and may refuse the body by throwing (the
 * stream is cancelled). Output: the bytes (possibly empty). Throws ProblemError `body-too-large` (413).
 */
export async function readBodyLimited(request: Request, limit: number, onChunk?: (chunk: Uint8Array) => void): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get('content-length');
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    throw tooLarge(limit, `Content-Length is ${declared} bytes`);
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit, `more than ${limit} bytes were sent`);
    }
    if (onChunk) {
      try {
        onChunk(value);
      } catch (error) {
        await reader.cancel().catch(() => undefined);
        throw error;
      }
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(limit: number, what: string): ProblemError {
  return new ProblemError('body-too-large', `the request body is limited to ${limit} bytes (${formatMiB(limit)}); ${what}`);
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 2)} MiB`;
}

/** Most parts of one multipart/form-data body: two notices and the text fields (from, to, coverage …) with room. */
export const MAX_MULTIPART_PARTS = 8;

/**
 * Counts the parts of a multipart body while it arrives (issue 22: a 5 MB body of 51,507 tiny parts held the event
 * loop 1.5 s inside FormData): the delimiter `--boundary` at the start of a line (RFC 2046 §5.1.1) is searched in
 * each chunk with Buffer.indexOf (native), keeping the last bytes of a chunk for a delimiter split across two, so a
 * body with too many parts is refused at its first chunk over the count, before the rest is read or anything is
 * parsed. Throws ProblemError 400 when the boundary is missing, 413 `body-too-large` (code TOO_MANY_PARTS) at part
 * {@link MAX_MULTIPART_PARTS} + 1.
 */
export class PartCounter {
  private readonly delimiter: Buffer;
  private tail: Buffer = Buffer.from('\n'); // the body's start counts as a line start
  /** delimiter lines seen; the last (`--boundary--`) closes the body and opens no part */
  private delimiters = 0;

  constructor(contentType: string, private readonly max = MAX_MULTIPART_PARTS) {
    const boundary = /;\s*boundary\s*=\s*(?:"([^"]{1,200})"|([^\s;]{1,200}))/i.exec(contentType);
    if (!boundary) throw new ProblemError('bad-request', 'the multipart/form-data body has no boundary parameter in its Content-Type');
    this.delimiter = Buffer.from(`\n--${boundary[1] ?? boundary[2]}`, 'latin1');
  }

  /** Counts the delimiters in the next chunk of the body. Throws ProblemError 413 past the most parts. */
  feed(chunk: Uint8Array): void {
    const data = Buffer.concat([this.tail, Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)]);
    for (let at = data.indexOf(this.delimiter); at !== -1; at = data.indexOf(this.delimiter, at + this.delimiter.length)) {
      this.delimiters++;
      if (this.delimiters - 1 > this.max) {
        throw new ProblemError('body-too-large', `a multipart/form-data body may hold at most ${this.max} parts (the notices and their fields); this one holds more`, 'TOO_MANY_PARTS');
      }
    }
    this.tail = data.subarray(Math.max(0, data.length - this.delimiter.length + 1));
  }

  /** Parts seen so far. */
  get parts(): number {
    return Math.max(0, this.delimiters - 1);
  }
}

/** The parts of a whole multipart body (see {@link PartCounter}); throws as its `feed`. */
export function countParts(bytes: Uint8Array, contentType: string, max = MAX_MULTIPART_PARTS): number {
  const counter = new PartCounter(contentType, max);
  counter.feed(bytes);
  return counter.parts;
}

/** A notice as received: its bytes and what the client said about them. */
export interface Upload {
  bytes: Uint8Array<ArrayBuffer>;
  /** file name of a multipart part, else null */
  fileName: string | null;
  /** media type as sent (Content-Type of the body or of the part), else null */
  mediaType: string | null;
}

/** The notices and text fields of a POST request: a raw body is one notice, a multipart body may hold several. */
export interface NoticeRequest {
  /** the whole body when it was sent raw (not multipart) */
  raw: Upload | null;
  /** multipart file parts by field name */
  files: Map<string, Upload>;
  /** multipart text fields by field name */
  fields: Map<string, string>;
}

/**
 * Media types accepted as a raw notice body; anything else is 415. A missing Content-Type is accepted too. The
 * format itself is sniffed from the bytes (the ingest stage): these are the types a published notice is sent as
 * (HTML, text, PDF, Word, WPS, Excel, ET, ZIP).
 */
const RAW_NOTICE_TYPES = new Set([
  'text/plain', 'text/html', 'application/xhtml+xml', 'application/octet-stream',
  'application/pdf', 'application/x-pdf',
  'application/msword', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.ms-excel', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-works', 'application/kswps', 'application/wps-office.wps', 'application/wps-office.docx',
  'application/kset', 'application/wps-office.et', 'application/wps-office.xlsx',
  'application/zip', 'application/x-zip-compressed', 'application/x-ole-storage', 'application/cdfv2',
]);

/** The media type essence (`type/subtype`, lower case) of a Content-Type value, or null. */
export function mediaTypeEssence(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const essence = contentType.split(';')[0].trim().toLowerCase();
  return essence === '' ? null : essence;
}

/**
 * Reads a POSTed notice request within `limit` bytes: a `multipart/form-data` body becomes files and fields
 * (parsed by the platform's FormData after the size-checked read); a raw body of type text/plain, text/html,
 * application/xhtml+xml, application/octet-stream or no type becomes `raw`. Nothing is stored. A multipart body
 * is counted while it arrives and parsed only with at most {@link MAX_MULTIPART_PARTS} parts ({@link PartCounter}).
 * Throws ProblemError 413 (too large, too many parts), 415 (another media type), 400 (malformed multipart).
 */
export async function readNoticeRequest(request: Request, limit: number): Promise<NoticeRequest> {
  const contentType = request.headers.get('content-type');
  const essence = mediaTypeEssence(contentType);
  if (essence !== null && essence !== 'multipart/form-data' && !RAW_NOTICE_TYPES.has(essence)) {
    throw new ProblemError(
      'unsupported-media-type',
      `a notice is sent as its own file (HTML, text, PDF, Word, WPS, Excel, ZIP) or as multipart/form-data, not ${essence}`,
    );
  }
  const counter = essence === 'multipart/form-data' ? new PartCounter(contentType ?? '') : null;
  const bytes = await readBodyLimited(request, limit, counter ? (chunk) => counter.feed(chunk) : undefined);
  if (essence !== 'multipart/form-data') {
    return { raw: { bytes, fileName: null, mediaType: contentType }, files: new Map(), fields: new Map() };
  }
  let form: FormData;
  try {
    form = await new Response(bytes, { headers: { 'Content-Type': contentType ?? '' } }).formData();
  } catch {
    throw new ProblemError('bad-request', 'the multipart/form-data body could not be read (check the boundary)');
  }
  const files = new Map<string, Upload>();
  const fields = new Map<string, string>();
  for (const [name, value] of form.entries()) {
    if (typeof value === 'string') fields.set(name, value);
    else files.set(name, { bytes: new Uint8Array(await value.arrayBuffer()), fileName: value.name || null, mediaType: value.type || null });
  }
  return { raw: null, files, fields };
}
