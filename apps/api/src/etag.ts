import { createHash } from 'node:crypto';

/**
 * Strong entity tag of a body (RFC 9110 §8.8.3): the quoted first 128 bits of its sha256, base64url.
 * Output e.g. `"q3N0…"`. A content-coded variant appends `-br` / `-gzip` inside the quotes ({@link codedTag}),
 * since RFC 9110 requires different tags for different codings of one representation.
 */
export function entityTag(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
}

/** The entity tag of the `coding` variant of a representation tagged `etag` (e.g. `"abc"` → `"abc-br"`). */
export function codedTag(etag: string, coding: string | null): string {
  return coding ? `${etag.slice(0, -1)}-${coding}"` : etag;
}

/** The opaque tag with W/ and any coding suffix removed, so every variant of one representation compares equal. */
function baseTag(tag: string): string {
  return tag.trim().replace(/^W\//, '').replace(/-(br|gzip)"$/, '"');
}

/**
 * Whether an If-None-Match header matches a representation (RFC 9110 §13.1.2: weak comparison; `*` matches any).
 * Input: the header value (or undefined) and the representation's strong tag. Output: true when the server should
 * answer 304 Not Modified to a GET or HEAD.
 */
export function ifNoneMatchHits(header: string | undefined | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const wanted = baseTag(etag);
  return header.split(',').some((tag) => baseTag(tag) === wanted);
}
