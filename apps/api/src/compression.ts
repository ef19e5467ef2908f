import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

/** A content coding the API answers with (RFC 9110 §8.4.1). */
export type Coding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Bodies smaller than this go out uncompressed (the headers would eat the gain). */
export const COMPRESSION_THRESHOLD_BYTES = 1024;

/**
 * Chooses the coding for a response from an Accept-Encoding header (RFC 9110 §12.5.3): br when acceptable,
 * else gzip, else none; a coding with q=0 is refused; `*` stands for any coding not listed.
 * Output: 'br' | 'gzip' | null.
 */
export function negotiateCoding(acceptEncoding: string | undefined | null): Coding | null {
  if (!acceptEncoding) return null;
  const q = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const value = qParam ? Number(qParam.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const quality = (coding: Coding) => q.get(coding) ?? q.get('*') ?? 0;
  const br = quality('br');
  const gz = quality('gzip');
  if (br > 0 && br >= gz) return 'br';
  if (gz > 0) return 'gzip';
  return null;
}

/**
 * Compresses a body with a coding, off the event loop (zlib thread pool). Brotli runs at quality 5, a level
 * that stays within a few milliseconds for a plan-sized JSON (hundreds of kB) while compressing it much better
 * than gzip level 6. Output: the coded bytes.
 */
export async function compressBody(body: Uint8Array, coding: Coding): Promise<Buffer> {
  if (coding === 'br') {
    return brotli(body, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 5,
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  return gzipAsync(body, { level: 6 });
}
