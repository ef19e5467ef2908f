import { CorpusUsageError } from './errors.js';

/**
 * A fixture's sourceUrl as stored in meta.json: null, or an absolute http:// or https:// URL (parsed by the
 * WHATWG URL parser). Any other scheme (javascript:, data:, file:, vbscript:) is refused with CorpusUsageError,
 * so a stored link can never run script when a viewer renders it.
 */
export function checkSourceUrl(url: string | null): string | null {
  if (url === null || url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CorpusUsageError(`sourceUrl ${JSON.stringify(url)} is not an absolute URL; give the http(s) address the notice came from`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new CorpusUsageError(`sourceUrl must be an http:// or https:// URL, not ${parsed.protocol}`);
  }
  return url;
}
