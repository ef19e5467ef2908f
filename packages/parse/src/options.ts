import type { Coverage } from '@plandiff/model';

/** What the caller knows about a notice besides its bytes. */
export interface ParseOptions {
  /** series id, e.g. "hubei-sthjt-gzyd" */
  series?: string | null;
  /** the plan's year, e.g. 2024; when absent it is read from the title */
  year?: number | null;
  sourceUrl?: string | null;
  coverage?: Coverage;
  /** original file name or media type, used as a hint for HTML vs text */
  fileName?: string | null;
  mediaType?: string | null;
  /**
   * the charset the transport declared (HTTP `Content-Type: …; charset=gbk`, a multipart part's header, the CLI's
   * `--encoding`); a WHATWG label. Wins over `<meta>` and detection (BOM only wins over it). A `charset` parameter
   * inside `mediaType` is read too.
   */
  charset?: string | null;
}
