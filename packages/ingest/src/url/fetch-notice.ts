import { IngestError } from '../errors.js';

/** Bounds of one fetch. */
export interface FetchOptions {
  /** the whole exchange (every redirect, headers and body) must end within this many milliseconds */
  timeoutMs: number;
  /** the most body bytes read; a longer body is cut and refused */
  maxBytes: number;
  /** redirects followed (each target checked http/https); default 5 */
  maxRedirects?: number;
}

/** What was fetched. */
export interface FetchedResource {
  bytes: Uint8Array;
  /** the URL after redirects: where the bytes came from */
  finalUrl: string;
  /** the HTTP Content-Type as sent (with its charset parameter), for parse's decode stage; null when absent */
  mediaType: string | null;
  /** the `filename` of a Content-Disposition header, when the server names the file */
  fileName: string | null;
  /** the day of retrieval, YYYY-MM-DD (UTC) */
  retrievedOn: string;
}

export const DEFAULT_FETCH_OPTIONS: Required<FetchOptions> = { timeoutMs: 30_000, maxBytes: 64 * 1024 * 1024, maxRedirects: 5 };

const REDIRECT = new Set([301, 302, 303, 307, 308]);

/**
 * Fetches a web address with Node's fetch (undici): http and https only; redirects followed by hand (at most
 * `maxRedirects`, each target checked http/https, relative `Location`s resolved); the body read as a stream and
 * cut at `maxBytes` (a `Content-Length` over the bound is refused before reading); one timeout over it all.
 * Decoding is left to parse: the `Content-Type` (with its charset) comes back as `mediaType`.
 * Input: an absolute URL string and {@link FetchOptions}. Output: {@link FetchedResource}.
 * @throws IngestError FETCH_FAILED (not http/https, a bad address, no answer in time, a network error, a status
 *   other than 2xx — the status in the message —, more than `maxRedirects` redirects), TOO_LARGE (the body bound).
 */
export async function fetchNotice(url: string, options: FetchOptions): Promise<FetchedResource> {
  const maxRedirects = options.maxRedirects ?? DEFAULT_FETCH_OPTIONS.maxRedirects;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let current = checkAddress(url);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(current, controller.signal, options.timeoutMs);
      if (REDIRECT.has(response.status)) {
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location');
        if (!location) throw new IngestError('FETCH_FAILED', `${current} answered ${response.status} (a redirect) without saying where to`);
        if (redirects >= maxRedirects) throw new IngestError('FETCH_FAILED', `${url} redirects more than ${maxRedirects} times: open it in a browser and give the final address`);
        current = checkAddress(new URL(location, current).href);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        throw new IngestError('FETCH_FAILED', `${current} answered HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}: check the address, or download the file and give its path`);
      }
      const bytes = await readBody(response, current, options.maxBytes, controller.signal, options.timeoutMs);
      return {
        bytes,
        finalUrl: current,
        mediaType: response.headers.get('content-type'),
        fileName: dispositionFileName(response.headers.get('content-disposition')),
        retrievedOn: new Date().toISOString().slice(0, 10),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}

/** The URL when it is http or https. @throws IngestError FETCH_FAILED otherwise. */
function checkAddress(address: string): string {
  let parsed: URL;
  try {
    parsed = new URL(address);
  } catch {
    throw new IngestError('FETCH_FAILED', `${address} is not a web address`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new IngestError('FETCH_FAILED', `${address}: only http and https addresses are fetched (not ${parsed.protocol.replace(/:$/, '')})`);
  }
  return parsed.href;
}

async function request(url: string, signal: AbortSignal, timeoutMs: number): Promise<Response> {
  try {
    return await fetch(url, { redirect: 'manual', signal, headers: { accept: '*/*', 'user-agent': 'plandiff (+https://github.com/plandiff)' } });
  } catch (error) {
    throw failure(error, url, signal, timeoutMs);
  }
}

/** The body, read chunk by chunk and cut as soon as it passes `maxBytes`. */
async function readBody(response: Response, url: string, maxBytes: number, signal: AbortSignal, timeoutMs: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new IngestError('TOO_LARGE', `${url} is ${declared} bytes, more than the ${maxBytes} read: download it and give a smaller file`);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw new IngestError('TOO_LARGE', `${url} sent more than ${maxBytes} bytes: reading stopped there; download it and give a smaller file`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw failure(error, url, signal, timeoutMs);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function failure(error: unknown, url: string, signal: AbortSignal, timeoutMs: number): IngestError {
  if (signal.aborted) return new IngestError('FETCH_FAILED', `${url} did not answer within ${timeoutMs} ms: try again later, or download the file and give its path`);
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return new IngestError('FETCH_FAILED', `${url} could not be fetched (${cause?.code ?? cause?.message ?? (error as Error).message})`);
}

/** `filename*=UTF-8''…` (RFC 6266 / RFC 5987) or `filename="…"` of a Content-Disposition header. */
function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header);
  if (extended) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      return null;
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/.exec(header);
  return plain ? plain[1].trim() : null;
}
