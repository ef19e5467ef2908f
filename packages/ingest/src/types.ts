import type { Warning } from '@plandiff/model';

/**
 * The ingest stage's contract (DESIGN.md "The flow": bytes ─sniff─▶ format ─ingest─▶ blocks).
 *
 * Every published format is turned into one of two bodies that `@plandiff/parse` already reads:
 * - `{ kind: 'bytes' }` for HTML and plain text: the original bytes, decoded by parse's own decode stage
 *   (BOM, transport charset, `<meta>`, detection) exactly as before this stage existed;
 * - `{ kind: 'html' }` for every other format: a small, well-formed HTML document written by the format's
 *   reader — `<h1>`…`<h4>` for headings it is sure of, `<p>` per paragraph, `<table>` for tables (merged
 *   cells already filled), `<title>` for the document title — whose block elements carry their origin as
 *   `data-page="7"` (PDF) or `data-paragraph="41"` (Word, spreadsheet row as `data-sheet` + `data-row`).
 *   Parse's HTML extraction reads these attributes into `origin` on sections and tasks.
 */
export type SourceFormat =
  | 'html'
  | 'text'
  | 'pdf'
  | 'docx'
  | 'doc'
  | 'wps'
  | 'xlsx'
  | 'xls'
  | 'et'
  | 'zip';

/** Where a block came from in the original file, as the viewer cites it ("p. 7", "¶ 41"). */
export type BlockOrigin = { page: number } | { paragraph: number } | { sheet: string; row: number };

/** One member of a ZIP bundle (or one attachment of a cover page), and what it was taken for. */
export interface BundleMember {
  /** the member's name as stored, decoded (GBK names without the UTF-8 flag are decoded as GBK) */
  name: string;
  /** sniffed from the member's bytes */
  format: SourceFormat | 'other';
  /** "read": the notice that was parsed; "attachment": another readable document; "skipped": not a document */
  role: 'read' | 'attachment' | 'skipped';
  bytes: number;
}

export type IngestBody = { kind: 'bytes'; bytes: Uint8Array } | { kind: 'html'; html: string };

/** What the ingest stage hands to parse. */
export interface IngestedNotice {
  /** sniffed from the bytes, never from the name alone */
  format: SourceFormat;
  body: IngestBody;
  /** the document's own title when the format records one (DOCX core properties, PDF info), else null */
  title: string | null;
  /** PDF page count, else null */
  pages: number | null;
  /** for a ZIP bundle: the member that was read; null otherwise */
  member: string | null;
  /** for a ZIP bundle: every member with its role; [] otherwise */
  members: BundleMember[];
  /** what reading noticed (PAGE_FURNITURE_REMOVED, HAS_REVISIONS, UNMAPPED_GLYPHS, …): data, not exceptions */
  warnings: Warning[];
}

/** Hints that come with the bytes. The format is sniffed; the name and media type only break ties. */
export interface IngestHints {
  /** the file name as uploaded or as on disk (e.g. "附件1.docx") */
  name?: string;
  /** the declared media type (HTTP Content-Type or a multipart part's type) */
  mediaType?: string;
  /** pick a ZIP member by index (1-based) or name */
  member?: number | string;
}
