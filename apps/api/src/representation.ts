import { codedTag, entityTag, ifNoneMatchHits } from './etag.js';
import { compressBody, COMPRESSION_THRESHOLD_BYTES, negotiateCoding, type Coding } from './compression.js';

/** How long (seconds) clients and shared caches may reuse an answer about stored fixtures before revalidating. */
export const PUBLIC_MAX_AGE_SECONDS = 300;

/**
 * Cache policy of an answer: `public` for answers about stored fixtures (public, max-age=300, revalidated
 * with If-None-Match → 304), `no-store` for answers to POSTed notices (never kept by any cache).
 */
export type CachePolicy = 'public' | 'no-store';

/** One JSON body, serialised once, with its entity tag and its compressed variants (made on first demand). */
interface Representation {
  body: Buffer;
  etag: string;
  coded: Map<Coding, Promise<Buffer>>;
}

// Keyed by the answered object itself: the Corpus and the notice cache hand out the same Plan / Comparison
// object for the same content, so a warm answer costs neither JSON.stringify, nor hashing, nor compression.
const representations = new WeakMap<object, Representation>();

/**
 * A JSON answer already serialised elsewhere (by a worker thread): {@link jsonAnswer} sends its bytes as they are,
 * so the event loop never stringifies an upload's Plan or Comparison.
 */
export class PreparedJson {
  constructor(readonly body: Buffer) {}
}

/** The UTF-8 JSON bytes of an answer object (serialised once per object, or a PreparedJson's own bytes). */
export function jsonBytes(value: object): Buffer {
  return representationOf(value).body;
}

function representationOf(value: object): Representation {
  let rep = representations.get(value);
  if (!rep) {
    const body = value instanceof PreparedJson ? value.body : Buffer.from(JSON.stringify(value), 'utf8');
    rep = { body, etag: entityTag(body), coded: new Map() };
    representations.set(value, rep);
  }
  return rep;
}

function codedBody(rep: Representation, coding: Coding): Promise<Buffer> {
  let coded = rep.coded.get(coding);
  if (!coded) {
    coded = compressBody(rep.body, coding);
    rep.coded.set(coding, coded);
  }
  return coded;
}

/**
 * Answers a request with a JSON value (RFC 8259, UTF-8). Input: the request's method and headers, the value
 * (an object; the same object is serialised only once), the cache policy and the status. Output: a Response with
 * ETag (strong, per coding), Cache-Control per policy, `Vary: Accept-Encoding`, the body compressed with br or gzip
 * when the client accepts it and the body is ≥ 1 kB, or 304 Not Modified when a GET/HEAD's If-None-Match matches
 * (RFC 9110 §13.1.2, §15.4.5).
 */
export async function jsonAnswer(
  request: Request,
  value: object,
  policy: CachePolicy,
  status = 200,
): Promise<Response> {
  const rep = representationOf(value);
  const coding = rep.body.byteLength >= COMPRESSION_THRESHOLD_BYTES ? negotiateCoding(request.headers.get('accept-encoding')) : null;
  const headers: Record<string, string> = {
    'Cache-Control': policy === 'public' ? `public, max-age=${PUBLIC_MAX_AGE_SECONDS}` : 'no-store',
    ETag: codedTag(rep.etag, coding),
    Vary: 'Accept-Encoding',
  };
  const conditional = request.method === 'GET' || request.method === 'HEAD';
  if (conditional && status === 200 && ifNoneMatchHits(request.headers.get('if-none-match'), rep.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers['Content-Type'] = 'application/json; charset=utf-8';
  const body = coding ? await codedBody(rep, coding) : rep.body;
  if (coding) headers['Content-Encoding'] = coding;
  headers['Content-Length'] = String(body.byteLength);
  // Node's Buffers sit on plain ArrayBuffers (never shared ones), which is what BodyInit asks for.
  return new Response(body as Uint8Array<ArrayBuffer>, { status, headers });
}
