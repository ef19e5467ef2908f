import type { Coverage } from '@plandiff/model';
import { UsageError } from './exit-codes.js';

/** `--coverage` as typed → the Coverage it names (undefined when absent). Throws UsageError for anything else. */
export function checkCoverage(coverage: string | undefined): Coverage | undefined {
  if (coverage !== undefined && coverage !== 'full' && coverage !== 'excerpt') {
    throw new UsageError(`--coverage must be full or excerpt, not ${coverage}`);
  }
  return coverage;
}

/** `--retrieved` as typed: a real calendar date written YYYY-MM-DD (ISO 8601), else UsageError. */
export function checkRetrievedOn(date: string | undefined): string | null {
  if (date === undefined) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const day = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !day || day.toISOString().slice(0, 10) !== date) {
    throw new UsageError(`--retrieved must be a date written YYYY-MM-DD (e.g. 2024-02-20), not ${JSON.stringify(date)}`);
  }
  return date;
}

/** `--url` as typed: an absolute http(s) URL (WHATWG URL parser), else UsageError; null when absent. */
export function checkSourceUrl(url: string | undefined): string | null {
  if (url === undefined) return null;
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (parsed === null || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) {
    throw new UsageError(`--url must be the http(s) address the notice was published at, not ${JSON.stringify(url)}`);
  }
  return url;
}

/**
 * `--encoding` as typed: a WHATWG Encoding label (gbk, gb2312, gb18030, utf-8, big5 …), returned as given; undefined
 * when absent. Throws UsageError for a label no decoder knows.
 */
export function checkEncoding(label: string | undefined): string | undefined {
  if (label === undefined) return undefined;
  try {
    new TextDecoder(label);
  } catch {
    throw new UsageError(`--encoding must be an encoding label such as gbk, gb18030 or utf-8, not ${JSON.stringify(label)}`);
  }
  return label;
}
