import type { Damage, Warning } from '@plandiff/model';

/**
 * The values that flow between the parse stages (DESIGN.md "The flow"). Each stage is a pure function
 * from one of these to the next; none reaches back into an earlier one.
 */

/** decode → extract: the notice as a JavaScript string plus what decoding learned about it. */
export interface DecodedNotice {
  /** the whole notice, line ends folded to `\n` */
  text: string;
  /** WHATWG encoding label actually used, e.g. "utf-8", "gb18030"; "utf-16" for string input */
  encoding: string;
  /** true when the notice is an HTML page (sniffed or hinted) */
  html: boolean;
  /** how many U+FFFD replacement characters decoding produced (malformed byte sequences) */
  replaced: number;
  /** WHATWG name of the charset the page's `<meta>` declares (`gb2312` → "gbk"); null when none or string input */
  declaredCharset: string | null;
}

/** The hosting site's own metadata table (发布单位 / 发布文号 / 发布日期 / 生效日期), values as written. */
export interface SiteMeta {
  issuer: string | null;
  docNumber: string | null;
  publishedOn: string | null;
  effectiveOn: string | null;
  /** the site's "来源" (source) field, when it names an issuer */
  source: string | null;
}

/** extract → repair: the document's lines (site chrome removed), still damaged. */
export interface ExtractedDocument {
  lines: string[];
  siteMeta: SiteMeta;
  warnings: Warning[];
}

/** What happened to one piece of a line during repair (becomes a {@link Damage} once spans are known). */
export interface SegmentDamage {
  kind: 'repaired' | 'lost';
  /** the damaged characters exactly as found in the source */
  original: string;
}

/** A piece of a repaired line: plain text, or text standing for a repaired or lost stretch. */
export interface Segment {
  text: string;
  damage?: SegmentDamage;
}

/** repair → normalise: every line as segments. */
export interface RepairedDocument {
  lines: Segment[][];
  siteMeta: SiteMeta;
  warnings: Warning[];
}

/** One non-empty line of the plan text. `start`/`end` are UTF-16 offsets into the plan text. */
export interface TextBlock {
  text: string;
  start: number;
  end: number;
}

/** normalise → outline: the plan text every span points into, its lines, and located damage. */
export interface NormalisedDocument {
  text: string;
  blocks: TextBlock[];
  damage: Damage[];
  siteMeta: SiteMeta;
  warnings: Warning[];
}
