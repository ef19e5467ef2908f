import { IngestError } from './errors.js';
import type { IngestLimits } from './limits.js';
import { isBiffWorkbook } from './sheets/biff8.js';
import { sniffFormat } from './sniff.js';
import type { BundleMember, IngestHints, IngestedNotice, SourceFormat } from './types.js';
import { inflateZipEntry, readZipDirectory, type ZipEntry } from './zip-directory.js';

/** Reads one member's bytes as a notice (the front door, passed in to avoid an import cycle). */
export type MemberReader = (bytes: Uint8Array, hints: IngestHints) => Promise<IngestedNotice>;

/** Members that are never documents: folders, macOS resource forks, Office owner files, Windows thumbnails. */
const SKIPPED_MEMBER = [/(^|\/)__MACOSX\//, /(^|\/)~\$/, /(^|\/)Thumbs\.db$/i, /(^|\/)\.DS_Store$/, /(^|\/)desktop\.ini$/i];
/** Formats read as the notice itself, before any list. */
const DOCUMENT_FORMATS = new Set<SourceFormat | 'other'>(['doc', 'docx', 'wps', 'pdf', 'html', 'text']);
/** Spreadsheets: a list or a 任务分解表 attached to the notice; read only when the bundle holds no document. */
const SHEET_FORMATS = new Set<SourceFormat | 'other'>(['xls', 'xlsx', 'et']);
/** Spreadsheet file names (whatever their bytes are: Excel saves "web pages" under .xls). */
const SHEET_NAME = /\.(?:xls|xlsx|et|csv)$/i;
/** Words in a member's name that say it is the plan itself (a 工作要点 attached to its 通知 is what is read). */
const PLAN_NAME = /工作要点|要点|方案|计划|报告|任务分解|责任清单/;
/** A notice that sends a plan out (关于印发…工作要点的通知) names the plan but is not it: the plan is its attachment. */
const COVER_NAME = /印发|转发|通知(?:\.[a-z]+)?$/i;
/** Words in a member's name that say it is the notice (通知, 公告 …) rather than an attachment. */
const NOTICE_NAME = /通知|公告|公示|通报|意见|决定/;
/** Nested bundles are opened one level deep at most. */
const MAX_NESTING = 1;

/**
 * The format of a member (or any file) from its bytes: the front door's sniffer, refined for containers —
 * a ZIP holding `word/document.xml` is docx, one holding `xl/workbook.xml` xlsx; an OLE2 file with a `Workbook`
 * stream is xls (et by an `.et` name), with a `WordDocument` stream doc (wps by a `.wps` name); bytes that are
 * neither a document nor text (images, executables), and what the sniffer refuses (owner files, empty members,
 * OFD, images), are "other".
 * Input: bytes and the name (a tie-breaker only). Output: the format. Throws nothing.
 */
export function sniffMemberFormat(bytes: Uint8Array, name: string): SourceFormat | 'other' {
  if (bytes.length === 0) return 'other';
  let sniffed: ReturnType<typeof sniffFormat>;
  try {
    sniffed = sniffFormat(bytes, { name });
  } catch (error) {
    // the front door refuses what it cannot read (an image, an owner file, an empty member): in a bundle that is
    // a member to skip, not a reason to refuse the bundle
    if (error instanceof IngestError) return 'other';
    throw error;
  }
  const lower = name.toLowerCase();
  if (sniffed === 'zip' || sniffed === 'docx' || sniffed === 'xlsx') {
    try {
      const names = readZipDirectory(bytes, 100_000).map((entry) => entry.name);
      if (names.includes('word/document.xml')) return 'docx';
      if (names.includes('xl/workbook.xml')) return lower.endsWith('.et') ? 'et' : 'xlsx';
    } catch {
      return 'other';
    }
    return 'zip';
  }
  if (sniffed === 'doc' || sniffed === 'wps' || sniffed === 'xls' || sniffed === 'et') {
    if (isBiffWorkbook(bytes)) return lower.endsWith('.et') ? 'et' : 'xls';
    return lower.endsWith('.wps') ? 'wps' : 'doc';
  }
  if (sniffed === 'html' || sniffed === 'text') {
    return bytes.subarray(0, 4096).includes(0) ? 'other' : sniffed;
  }
  return sniffed === 'unknown' ? 'other' : sniffed;
}

interface Candidate {
  entry: ZipEntry;
  member: BundleMember;
  bytes: Uint8Array | null;
}

/**
 * Reads a ZIP bundle (a notice with its attachments, as sites publish them) — an XLSX package that reaches it
 * (sniffed as a bare ZIP) is read as the spreadsheet it is. Lists the members from the central
 * directory (names in UTF-8 when bit 11 is set, else GBK), skips folders, `__MACOSX/`, `~$` owner files and
 * `Thumbs.db`, sniffs each member from its bytes, and reads the notice with `readMember`:
 * `hints.member` (1-based index into `members`, or a name or base name) when given; else the first document
 * (doc/docx/wps/pdf/html/text) whose name says 工作要点/方案/计划 (the plan; not a 关于印发…的通知 that sends it), then one that says 通知/公告 …; else the largest document; else,
 * when the bundle has only spreadsheets, the largest one (a 任务分解表 zipped alone). A nested ZIP is opened one
 * level deep when the bundle has nothing else to read.
 * Bounds (checked on the declared sizes before anything is inflated, and again while inflating, so a member
 * whose header lies stops at the bound): each member and the total ≤ `limits.maxInflatedBytes`, at most
 * `limits.maxMembers` members, nesting ≤ 1.
 * Output: the member's notice with `format: 'zip'`, `member` (the name read) and `members` (every member, its
 * sniffed format and role: read / attachment / skipped). Names are shown without the folder every member shares
 * (an archive of one zipped folder), so `member` is the document's own name.
 * @throws IngestError TOO_LARGE (a bound), TRUNCATED (a damaged archive), ENCRYPTED (the chosen member is
 *   password-protected), NO_NOTICE_IN_BUNDLE (no readable member, or `hints.member` names none); and whatever
 *   `readMember` throws for the chosen member.
 */
export async function readZip(
  bytes: Uint8Array,
  hints: IngestHints,
  limits: IngestLimits,
  readMember: MemberReader,
  depth = 0,
): Promise<IngestedNotice> {
  const entries = readZipDirectory(bytes, Math.max(limits.maxMembers, 10_000));
  if (entries.some((entry) => entry.name === 'xl/workbook.xml')) {
    // an XLSX (or an ET saved as XLSX) sniffed only as a ZIP: a workbook, not a bundle
    const { readSpreadsheet } = await import('./sheets/index.js'); // loaded only for a workbook (exceljs is heavy)
    return readSpreadsheet(bytes, hints.name?.toLowerCase().endsWith('.et') ? 'et' : 'xlsx', hints, limits);
  }
  if (entries.length > limits.maxMembers) {
    throw new IngestError('TOO_LARGE', `the ZIP archive has ${entries.length} members, more than the ${limits.maxMembers} read: unpack it and give the notice itself`);
  }
  const files = entries.filter((entry) => !entry.isDirectory);
  const declaredTotal = files.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  for (const entry of files) {
    if (entry.uncompressedSize > limits.maxInflatedBytes) {
      throw new IngestError('TOO_LARGE', `the ZIP member "${entry.name}" declares ${entry.uncompressedSize} bytes, more than the ${limits.maxInflatedBytes} allowed: unpack it and give the notice itself`);
    }
  }
  if (declaredTotal > limits.maxInflatedBytes) {
    throw new IngestError('TOO_LARGE', `the ZIP members declare ${declaredTotal} bytes in all, more than the ${limits.maxInflatedBytes} allowed: unpack it and give the notice itself`);
  }
  let budget = limits.maxInflatedBytes;
  const root = commonFolder(files.map((entry) => entry.name));
  const candidates: Candidate[] = files.map((entry) => {
    const skipped = SKIPPED_MEMBER.some((re) => re.test(entry.name));
    const name = entry.name.slice(root.length);
    return { entry, bytes: null, member: { name, format: 'other', role: skipped ? 'skipped' : 'attachment', bytes: entry.uncompressedSize } };
  });
  for (const candidate of candidates) {
    if (candidate.member.role === 'skipped' || candidate.entry.encrypted) continue;
    const data = inflateZipEntry(bytes, candidate.entry, budget);
    budget -= data.length;
    candidate.bytes = data;
    candidate.member.format = sniffMemberFormat(data, baseName(candidate.entry.name));
    if (candidate.member.format === 'other') candidate.member.role = 'skipped';
  }
  const chosen = chooseNotice(candidates, hints.member);
  const locked = candidates.filter((c) => c.entry.encrypted && c.member.role !== 'skipped');
  if (!chosen && locked.length > 0) {
    throw new IngestError('ENCRYPTED', `the ZIP bundle's members are password-protected (${locked.map((c) => c.member.name).join(', ')}): unpack them with the password and give the notice itself`);
  }
  if (!chosen) {
    const listing = candidates.map((c) => `${c.member.name} (${c.member.format})`).join(', ') || 'nothing';
    throw new IngestError('NO_NOTICE_IN_BUNDLE', hints.member !== undefined
      ? `the ZIP bundle has no member ${JSON.stringify(hints.member)}; it holds: ${listing}`
      : `the ZIP bundle holds no document to read (${listing}): unpack it and give the notice itself`);
  }
  if (chosen.entry.encrypted || !chosen.bytes) {
    throw new IngestError('ENCRYPTED', `the ZIP member "${chosen.entry.name}" is password-protected: unpack it with its password and give the file itself`);
  }
  chosen.member.role = 'read';
  const members = candidates.map((c) => c.member);
  let notice: IngestedNotice;
  if (chosen.member.format === 'zip') {
    if (depth >= MAX_NESTING) {
      throw new IngestError('TOO_LARGE', `the ZIP member "${chosen.entry.name}" is a bundle inside a bundle inside a bundle: unpack it and give the notice itself`);
    }
    notice = await readZip(chosen.bytes, {}, { ...limits, maxInflatedBytes: budget }, readMember, depth + 1);
    notice = { ...notice, member: `${chosen.member.name}/${notice.member}` };
  } else {
    notice = await readMember(chosen.bytes, { name: baseName(chosen.entry.name) });
  }
  return { ...notice, format: 'zip', member: notice.member ?? chosen.member.name, members };
}

/** The notice among the members (see {@link readZip} for the order of preference), or null. */
function chooseNotice(candidates: Candidate[], pick: number | string | undefined): Candidate | null {
  if (pick !== undefined) {
    if (typeof pick === 'number' || /^\d+$/.test(pick)) return candidates[Number(pick) - 1] ?? null;
    return candidates.find((c) => c.member.name === pick || c.entry.name === pick) ?? candidates.find((c) => baseName(c.entry.name) === pick) ?? null;
  }
  const readable = candidates.filter((c) => c.member.role !== 'skipped');
  const largest = (list: Candidate[]) => list.reduce<Candidate | null>((best, c) => (!best || c.member.bytes > best.member.bytes ? c : best), null);
  // an Excel "web page" saved as .xls sniffs as HTML but is a list all the same: its name decides
  const documents = readable.filter((c) => DOCUMENT_FORMATS.has(c.member.format) && !SHEET_NAME.test(c.entry.name));
  return documents.find((c) => PLAN_NAME.test(baseName(c.entry.name)) && !COVER_NAME.test(baseName(c.entry.name)))
    ?? documents.find((c) => NOTICE_NAME.test(baseName(c.entry.name)))
    ?? largest(documents)
    ?? largest(readable.filter((c) => SHEET_FORMATS.has(c.member.format) || SHEET_NAME.test(c.entry.name)))
    ?? largest(readable.filter((c) => c.member.format === 'zip'));
}

/** The folder every member sits in (an archive made by zipping one folder), with its "/", or "". */
function commonFolder(names: string[]): string {
  const first = names.find((name) => !name.startsWith('__MACOSX/'));
  const slash = first?.indexOf('/') ?? -1;
  if (!first || slash === -1) return '';
  const folder = first.slice(0, slash + 1);
  return names.every((name) => name.startsWith(folder) || name.startsWith('__MACOSX/')) ? folder : '';
}

function baseName(name: string): string {
  return name.replace(/\\/g, '/').split('/').pop() ?? name;
}
