import { ProblemError } from './problem.js';

/** 5 MiB: the default largest request body the API reads (overridable by option or env PLANDIFF_MAX_BODY). */
export const DEFAULT_MAX_BODY_BYTES = 5 * 1024 * 1024;

/**
 * Reads a request body into memory, refusing it as soon as it is known to exceed `limit` bytes: first from
 * Content-Length (nothing is read then), else by counting bytes while streaming and cancelling the stream at
 * the first byte over the limit. Output: the bytes (possibly empty). Throws ProblemError `body-too-large` (413).
 */
export async function readBodyLimited(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
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
 * application/xhtml+xml, application/octet-stream or no type becomes `raw`. Nothing is stored.
 * Throws ProblemError 413 (too large), 415 (another media type), 400 (malformed multipart).
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
  const bytes = await readBodyLimited(request, limit);
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
