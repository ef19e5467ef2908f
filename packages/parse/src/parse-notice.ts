import type { Plan, PlanSource } from '@plandiff/model';
import { SCHEMA_VERSION } from '@plandiff/model';
import { DEFAULT_INGEST_LIMITS, ingestNotice, type IngestLimits, type IngestedNotice } from '@plandiff/ingest';
import { PlanParseError } from './errors.js';
import type { ParseOptions } from './options.js';
import { attachOrigins, originBlocks } from './origins.js';
import { runPipeline } from './pipeline.js';

/** What the caller knows about a file besides its bytes, for {@link parseNotice}. */
export interface NoticeOptions extends ParseOptions {
  /** the file name as uploaded or on disk (a hint: the format is sniffed from the bytes) */
  name?: string | null;
  /** for a ZIP bundle: the member to read (1-based index or name) */
  member?: number | string | null;
  /** the final URL when the notice was fetched by address */
  retrievedFrom?: string | null;
  /** bounds for the ingest stage (defaults: {@link DEFAULT_INGEST_LIMITS}) */
  limits?: IngestLimits;
}

/**
 * The async front door (DESIGN.md "The flow": bytes ─sniff─▶ format ─ingest─▶ blocks ─parse─▶ Plan): any published
 * format — HTML, text, PDF, DOCX, DOC/WPS, XLSX/XLS/ET, a ZIP bundle — read by `@plandiff/ingest`, then parsed
 * ({@link parseIngested}).
 *
 * @throws IngestError (from `@plandiff/ingest`) when the file cannot be read at all (OWNER_FILE, EMPTY_FILE,
 *   TRUNCATED, ENCRYPTED, UNSUPPORTED_FORMAT, TOO_LARGE, …); PlanParseError as {@link parsePlan} does
 */
export async function parseNotice(bytes: Uint8Array, options: NoticeOptions = {}): Promise<Plan> {
  const notice = await ingestNotice(
    bytes,
    {
      ...(options.name ?? options.fileName ? { name: (options.name ?? options.fileName)! } : {}),
      ...(options.mediaType ? { mediaType: options.mediaType } : {}),
      ...(options.member !== undefined && options.member !== null ? { member: options.member } : {}),
    },
    options.limits ?? DEFAULT_INGEST_LIMITS,
  );
  return parseIngested(notice, options);
}

/**
 * What the ingest stage read → a Plan. HTML and text bytes go through the pipeline exactly as {@link parsePlan}
 * takes them; the HTML a format reader wrote goes the HTML way, and the origins on its blocks become `origin` on
 * sections and tasks ({@link attachOrigins}). `meta.source` records the format (and, for a bundle, the member read
 * and the others); the ingest warnings join the plan's. A notice whose ingest warnings say SCANNED_NO_TEXT and
 * that has too little text to parse becomes an empty plan, `unusable` for that reason, instead of an error.
 *
 * @throws PlanParseError as {@link parsePlan} does (EMPTY, BINARY, TOO_LARGE, UNDECODABLE, NOT_A_PLAN)
 */
export function parseIngested(notice: IngestedNotice, options: NoticeOptions = {}): Plan {
  const scanned = notice.warnings.some((warning) => warning.code === 'SCANNED_NO_TEXT');
  const pipelineOptions: ParseOptions = notice.body.kind === 'bytes'
    ? { ...options, fileName: options.fileName ?? options.name ?? null }
    : { ...options, fileName: null, mediaType: 'text/html', charset: null };
  let plan: Plan;
  try {
    plan = runPipeline(notice.body.kind === 'bytes' ? notice.body.bytes : notice.body.html, pipelineOptions, notice.warnings);
  } catch (error) {
    if (!scanned || !(error instanceof PlanParseError) || (error.code !== 'EMPTY' && error.code !== 'NOT_A_PLAN')) throw error;
    plan = scannedPlan(notice, options);
  }
  if (notice.body.kind === 'html') attachOrigins(originBlocks(notice.body.html), plan.sections, plan.tasks);
  // the format's title hint (the body's centred title line, DOCX core properties, PDF info) only when parse found no
  // plan title and the text holds it (a title set over two lines counts): WPS files often carry a stale or junk title
  const hinted = notice.title?.trim() ?? '';
  const compact = (text: string) => text.replace(/\s+/g, '');
  const title = plan.meta.title ?? (hinted !== '' && compact(plan.text).includes(compact(hinted)) ? hinted : null);
  const source: PlanSource = {
    format: notice.format,
    member: notice.member,
    ...(notice.members.length > 0 ? { members: notice.members } : {}),
    pages: notice.pages,
    retrievedFrom: options.retrievedFrom ?? null,
  };
  // the text a format reader wrote is a JavaScript string (its own encodings — UTF-8 XML, UTF-16 Word text — decoded)
  const encoding = notice.body.kind === 'html' ? 'utf-8' : plan.meta.encoding;
  return { ...plan, meta: { ...plan.meta, title, encoding, source } };
}

/** The plan of a notice with no text to read (every page a scan): nothing but its verdict and why. */
function scannedPlan(notice: IngestedNotice, options: NoticeOptions): Plan {
  const series = options.series ?? null;
  const year = options.year ?? null;
  return {
    schemaVersion: SCHEMA_VERSION,
    id: series && year ? `${series}/${year}` : series ?? (year ? `untitled/${year}` : 'untitled'),
    series,
    year,
    meta: {
      title: null, issuer: null, docNumber: null, issuedOn: null, publishedOn: null,
      sourceUrl: options.sourceUrl ?? null, encoding: 'utf-8', coverage: options.coverage ?? 'full',
    },
    text: '',
    sections: [],
    tasks: [],
    targets: [],
    damage: [],
    warnings: notice.warnings.map((warning) => ({ ...warning, severity: warning.code === 'SCANNED_NO_TEXT' ? 'error' : warning.severity ?? 'warning' })),
    quality: { verdict: 'unusable', reasons: ['SCANNED_NO_TEXT'] },
  };
}
