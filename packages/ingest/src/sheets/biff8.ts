import CFB from 'cfb';
import { IngestError } from '../errors.js';
import type { IngestLimits } from '../limits.js';
import { numberFormatKind, percentText, serialDateText, type NumberFormatKind } from './number-format.js';
import { cellText, fillMergedRanges, MAX_SHEET_CELLS, type MergedRange, type SheetGrid } from './grid.js';

/**
 * A small reader of Excel 97-2003 workbooks (BIFF8, the `Workbook` stream of an OLE2 compound file), for `.xls`
 * and WPS `.et` files. It reads cell text and merged ranges only — what a 任务分解表 or a 名单 needs — from these
 * records of [MS-XLS] (Excel Binary File Format, Microsoft Open Specifications), §2.4 "Records":
 * BOF 0x0809 (§2.4.21), EOF 0x000A, BoundSheet8 0x0085 (§2.4.28), SST 0x00FC (§2.4.265) + Continue 0x003C
 * (§2.4.58, with the string-splitting rule of §2.5.293 XLUnicodeRichExtendedString), LabelSst 0x00FD (§2.4.149),
 * Label 0x0204 (§2.4.148), Number 0x0203 (§2.4.180), RK 0x027E (§2.4.220, RkNumber §2.5.217), MulRk 0x00BD
 * (§2.4.175), Formula 0x0006 (§2.4.127, FormulaValue §2.5.133) + String 0x0207 (§2.4.268), BoolErr 0x0205,
 * MergeCells 0x00E5 (§2.4.168), FilePass 0x002F (§2.4.117: the workbook is encrypted), and Format 0x041E
 * (§2.4.126) + XF 0x00E0 (§2.4.353) for whether a number is shown as a date or a percentage.
 * Everything else (formats, styles, formulas' token streams, drawings, macros) is skipped by its length, so a
 * hostile file can do no more than describe cells: each record is bounded by the stream, the grid by
 * {@link MAX_SHEET_CELLS}. The OLE2 container is read by SheetJS's `cfb` ([MS-CFB]).
 *
 * Chosen over the `xlsx` package (0.18.5 on the registry, with published prototype-pollution and ReDoS
 * advisories for untrusted files, fixed only in releases not on the registry) and over LibreOffice (not on
 * every machine; a process per upload): a reader of a few fixed-size records has no parser of formulas, XML
 * or regular expressions to attack.
 */

const RECORD = {
  BOF: 0x0809, EOF: 0x000a, BOUNDSHEET: 0x0085, SST: 0x00fc, CONTINUE: 0x003c, LABELSST: 0x00fd, LABEL: 0x0204,
  NUMBER: 0x0203, RK: 0x027e, MULRK: 0x00bd, FORMULA: 0x0006, STRING: 0x0207, BOOLERR: 0x0205, MERGECELLS: 0x00e5,
  FILEPASS: 0x002f, FORMAT: 0x041e, XF: 0x00e0,
} as const;
/** BOF.vers of BIFF8 (Excel 97 and later; WPS writes the same). */
const BIFF8_VERSION = 0x0600;
/** A BIFF8 sheet has at most 256 columns and 65,536 rows ([MS-XLS] §2.5.19 Col, §2.5.228 Rw): cells beyond are ignored. */
const MAX_COLUMNS = 256;
const MAX_ROWS = 65_536;
/** The most worksheets read (Excel 97-2003 itself opens no more than memory allows; 255 is plenty for a notice). */
const MAX_SHEETS = 255;
/** BoundSheet8.dt of a worksheet (others are macro sheets, charts, VB modules). */
const WORKSHEET = 0;

/** The name of the OLE2 stream holding a BIFF workbook (`Book` in BIFF5 files), or null when there is none. */
export function workbookStreamName(bytes: Uint8Array): 'Workbook' | 'Book' | null {
  try {
    const container = CFB.read(toBuffer(bytes), { type: 'buffer' });
    if (CFB.find(container, 'Workbook')) return 'Workbook';
    if (CFB.find(container, 'Book')) return 'Book';
  } catch {
    return null;
  }
  return null;
}

/**
 * True when the bytes are an OLE2 compound file holding an Excel/WPS workbook (a `Workbook` or `Book` stream):
 * the sniffer's test for xls/et (an OLE2 file with a `WordDocument` stream is doc/wps instead).
 */
export function isBiffWorkbook(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0 && workbookStreamName(bytes) !== null;
}

/**
 * Reads every worksheet of a BIFF8 workbook into sheet grids (merged ranges filled), in workbook order.
 * Numbers are written as JavaScript prints them (121111029401312, 0.5), or as their format shows them
 * when it is a date (2024年6月30日) or a percentage (85%).
 * @throws IngestError TRUNCATED (not an OLE2 file, a damaged stream), ENCRYPTED (FilePass), UNSUPPORTED_FORMAT
 *   (BIFF5 and older: save it again as .xlsx), TOO_LARGE (over {@link MAX_SHEET_CELLS} cells).
 */
export function readBiffSheets(bytes: Uint8Array, limits: IngestLimits): SheetGrid[] {
  let stream: Uint8Array;
  try {
    const container = CFB.read(toBuffer(bytes), { type: 'buffer' });
    if (CFB.find(container, 'EncryptedPackage')) throw new IngestError('ENCRYPTED', 'the spreadsheet is password-protected: open it, remove the password and save it again');
    const entry = CFB.find(container, 'Workbook') ?? CFB.find(container, 'Book');
    if (!entry?.content) throw new IngestError('TRUNCATED', 'the file is an OLE2 document without a workbook: it is not a spreadsheet, or it is damaged');
    stream = Uint8Array.from(entry.content as ArrayLike<number>);
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError('TRUNCATED', `the spreadsheet could not be opened (${(error as Error).message}): it is damaged; open it and save it again as .xlsx`);
  }
  if (stream.length > limits.maxInflatedBytes) throw new IngestError('TOO_LARGE', `the workbook stream is ${stream.length} bytes, more than the ${limits.maxInflatedBytes} allowed`);
  return readWorkbookStream(stream);
}

interface Record {
  type: number;
  data: Uint8Array;
}

/** The records from `offset` on, as [MS-XLS] §2.1.4 lays them out: type (2 bytes), size (2 bytes), data. */
function* records(stream: Uint8Array, offset: number): Generator<Record> {
  let p = offset;
  while (p + 4 <= stream.length) {
    const type = stream[p] | (stream[p + 1] << 8);
    const size = stream[p + 2] | (stream[p + 3] << 8);
    if (p + 4 + size > stream.length) throw new IngestError('TRUNCATED', 'the workbook stream is cut short: the spreadsheet is damaged');
    yield { type, data: stream.subarray(p + 4, p + 4 + size) };
    p += 4 + size;
  }
}

function readWorkbookStream(stream: Uint8Array): SheetGrid[] {
  const globals = records(stream, 0);
  const first = globals.next();
  if (first.done || first.value.type !== RECORD.BOF) throw new IngestError('TRUNCATED', 'the workbook stream does not start with a BOF record: the spreadsheet is damaged');
  const version = u16(first.value.data, 0);
  if (version !== BIFF8_VERSION) {
    throw new IngestError('UNSUPPORTED_FORMAT', 'the spreadsheet is in the Excel 5.0/95 format (BIFF5), which is not read: open it and save it as .xlsx');
  }
  const boundSheets: { name: string; offset: number }[] = [];
  const sstParts: Uint8Array[] = [];
  const formats = new Map<number, string>();
  const xfFormats: number[] = [];
  let inSst = false;
  for (const record of globals) {
    if (record.type === RECORD.EOF) break;
    if (record.type === RECORD.FILEPASS) throw new IngestError('ENCRYPTED', 'the spreadsheet is password-protected: open it, remove the password and save it again');
    if (record.type === RECORD.FORMAT) formats.set(u16(record.data, 0), new SegmentReader([record.data.subarray(2)]).string());
    if (record.type === RECORD.XF) xfFormats.push(u16(record.data, 2));
    if (record.type === RECORD.BOUNDSHEET) {
      if (record.data[5] !== WORKSHEET || boundSheets.length >= MAX_SHEETS) continue;
      const reader = new SegmentReader([record.data.subarray(6)]);
      boundSheets.push({ name: reader.shortString(), offset: u32(record.data, 0) });
    }
    if (record.type === RECORD.SST) {
      inSst = true;
      sstParts.push(record.data);
    } else if (record.type === RECORD.CONTINUE && inSst) {
      sstParts.push(record.data);
    } else {
      inSst = false;
    }
  }
  const sst = sstParts.length > 0 ? readSst(sstParts) : [];
  const kinds = xfFormats.map((ifmt) => numberFormatKind(ifmt, formats.get(ifmt) ?? null));
  const shown = (value: number, ixfe: number) => numberShown(value, kinds[ixfe] ?? 'number');
  let cells = 0;
  return boundSheets.map(({ name, offset }) => {
    const sheet = readSheet(stream, offset, sst, shown);
    cells += sheet.rows.reduce((sum, row) => sum + row.length, 0);
    if (cells > MAX_SHEET_CELLS) throw new IngestError('TOO_LARGE', `the workbook has more than ${MAX_SHEET_CELLS} cells: too large to be a notice`);
    return { name, rows: sheet.rows };
  });
}

/** The most distinct strings read from the SST (its declared count is a hint, never an allocation size). */
const MAX_SST_STRINGS = 1_000_000;

/** The shared string table ([MS-XLS] §2.4.265): cstTotal, cstUnique, then cstUnique rich extended strings. */
function readSst(parts: Uint8Array[]): string[] {
  const reader = new SegmentReader(parts);
  reader.skip(4);
  const unique = reader.u32();
  const strings: string[] = [];
  for (let i = 0; i < Math.min(unique, MAX_SST_STRINGS) && !reader.atEnd(); i++) strings.push(reader.richString());
  return strings;
}

/** One worksheet's substream from its BOF: cells into rows, merged ranges filled. */
function readSheet(stream: Uint8Array, offset: number, sst: string[], shown: (value: number, ixfe: number) => string): { rows: string[][] } {
  const rows: string[][] = [];
  const merges: MergedRange[] = [];
  let cells = 0;
  const put = (row: number, col: number, text: string) => {
    if (text === '' || col >= MAX_COLUMNS || row >= MAX_ROWS) return;
    if (++cells > MAX_SHEET_CELLS) throw new IngestError('TOO_LARGE', `the workbook has more than ${MAX_SHEET_CELLS} cells: too large to be a notice`);
    rows[row] ??= [];
    rows[row][col] = cellText(text);
  };
  let pendingFormula: { row: number; col: number } | null = null;
  let depth = 0;
  for (const record of records(stream, offset)) {
    const d = record.data;
    if (record.type === RECORD.BOF) {
      depth++;
      continue;
    }
    if (record.type === RECORD.EOF) {
      if (--depth <= 0) break;
      continue;
    }
    if (depth !== 1) continue; // an embedded chart's substream
    switch (record.type) {
      case RECORD.LABELSST:
        put(u16(d, 0), u16(d, 2), sst[u32(d, 6)] ?? '');
        break;
      case RECORD.LABEL:
        put(u16(d, 0), u16(d, 2), new SegmentReader([d.subarray(6)]).string());
        break;
      case RECORD.NUMBER:
        put(u16(d, 0), u16(d, 2), shown(new DataView(d.buffer, d.byteOffset, d.byteLength).getFloat64(6, true), u16(d, 4)));
        break;
      case RECORD.RK:
        put(u16(d, 0), u16(d, 2), shown(rkNumber(u32(d, 6)), u16(d, 4)));
        break;
      case RECORD.MULRK: {
        const row = u16(d, 0);
        const firstCol = u16(d, 2);
        const count = Math.floor((d.length - 6) / 6);
        for (let i = 0; i < count; i++) put(row, firstCol + i, shown(rkNumber(u32(d, 4 + i * 6 + 2)), u16(d, 4 + i * 6)));
        break;
      }
      case RECORD.FORMULA: {
        const row = u16(d, 0);
        const col = u16(d, 2);
        if (d[12] === 0xff && d[13] === 0xff) {
          if (d[6] === 0x00) pendingFormula = { row, col }; // a string result: the STRING record follows
          else if (d[6] === 0x01) put(row, col, d[8] ? 'TRUE' : 'FALSE');
        } else {
          put(row, col, shown(new DataView(d.buffer, d.byteOffset, d.byteLength).getFloat64(6, true), u16(d, 4)));
        }
        break;
      }
      case RECORD.STRING:
        if (pendingFormula) put(pendingFormula.row, pendingFormula.col, new SegmentReader([d]).string());
        pendingFormula = null;
        break;
      case RECORD.BOOLERR:
        if (d[7] === 0) put(u16(d, 0), u16(d, 2), d[6] ? 'TRUE' : 'FALSE');
        break;
      case RECORD.MERGECELLS: {
        const count = Math.min(u16(d, 0), Math.floor((d.length - 2) / 8));
        for (let i = 0; i < count; i++) {
          const at = 2 + i * 8;
          merges.push({ firstRow: u16(d, at), lastRow: u16(d, at + 2), firstCol: u16(d, at + 4), lastCol: Math.min(u16(d, at + 6), MAX_COLUMNS - 1) });
        }
        break;
      }
      default:
        break;
    }
  }
  const dense = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? ''));
  return { rows: fillMergedRanges(dense, merges) };
}

/** RkNumber ([MS-XLS] §2.5.217): bit 0 "divide by 100", bit 1 "a 30-bit signed integer", else the high 30 bits of an IEEE double. */
function rkNumber(rk: number): number {
  let value: number;
  if (rk & 0x02) {
    value = rk >> 2;
  } else {
    const view = new DataView(new ArrayBuffer(8));
    view.setUint32(4, rk & 0xfffffffc, true);
    value = view.getFloat64(0, true);
  }
  return rk & 0x01 ? value / 100 : value;
}

/** A number as its cell's format shows it: a date (2024年6月30日), a percentage (85%), else {@link numberText}. */
function numberShown(value: number, kind: NumberFormatKind): string {
  if (kind === 'date') return serialDateText(value) ?? numberText(value);
  if (kind === 'percent' && Number.isFinite(value)) return percentText(value);
  return numberText(value);
}

/** A number as a cell shows it in the General format, near enough: integers in full, others to 15 significant digits. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(15)));
}

function u16(data: Uint8Array, at: number): number {
  return at + 2 <= data.length ? data[at] | (data[at + 1] << 8) : 0;
}

function u32(data: Uint8Array, at: number): number {
  return at + 4 <= data.length ? (data[at] | (data[at + 1] << 8) | (data[at + 2] << 16)) + data[at + 3] * 0x1000000 : 0;
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const latin1 = new TextDecoder('latin1');
const utf16 = new TextDecoder('utf-16le');

/**
 * Reads across a record and its CONTINUE records. Per [MS-XLS] §2.5.293, when the characters of a string run
 * past a record's end, the next record begins with one byte of flags whose bit 0 says whether the rest of the
 * characters are 2-byte (UTF-16LE) or 1-byte (the low bytes of UTF-16, i.e. Latin-1); every other field just
 * continues in the next record.
 */
class SegmentReader {
  private segment = 0;
  private offset = 0;
  constructor(private readonly segments: Uint8Array[]) {}

  atEnd(): boolean {
    this.advance();
    return this.segment >= this.segments.length;
  }

  private advance(): void {
    while (this.segment < this.segments.length && this.offset >= this.segments[this.segment].length) {
      this.segment++;
      this.offset = 0;
    }
  }

  byte(): number {
    this.advance();
    if (this.segment >= this.segments.length) throw new IngestError('TRUNCATED', 'a string in the workbook runs past its records: the spreadsheet is damaged');
    return this.segments[this.segment][this.offset++];
  }

  u16(): number {
    return this.byte() | (this.byte() << 8);
  }

  u32(): number {
    return (this.u16() | (this.u16() << 16)) >>> 0;
  }

  skip(count: number): void {
    let left = count;
    while (left > 0) {
      this.advance();
      if (this.segment >= this.segments.length) return;
      const take = Math.min(left, this.segments[this.segment].length - this.offset);
      this.offset += take;
      left -= take;
    }
  }

  /** `count` characters, switching width at each record boundary by the flags byte that opens the next record. */
  private characters(count: number, highByte: boolean): string {
    let text = '';
    let left = count;
    let wide = highByte;
    while (left > 0) {
      if (this.segment < this.segments.length && this.offset >= this.segments[this.segment].length) {
        this.segment++;
        this.offset = 0;
        if (this.segment >= this.segments.length) break;
        wide = (this.segments[this.segment][this.offset++] & 0x01) !== 0;
      }
      if (this.segment >= this.segments.length) break;
      const segment = this.segments[this.segment];
      const available = Math.floor((segment.length - this.offset) / (wide ? 2 : 1));
      if (available === 0) {
        this.offset = segment.length;
        continue;
      }
      const take = Math.min(left, available);
      const end = this.offset + take * (wide ? 2 : 1);
      text += (wide ? utf16 : latin1).decode(segment.subarray(this.offset, end));
      this.offset = end;
      left -= take;
    }
    return text;
  }

  /** XLUnicodeRichExtendedString (§2.5.293): cch, flags (fHighByte, fExtSt, fRichSt), cRun, cbExtRst, chars, runs, ext. */
  richString(): string {
    const count = this.u16();
    const flags = this.byte();
    const runs = flags & 0x08 ? this.u16() : 0;
    const extra = flags & 0x04 ? this.u32() : 0;
    const text = this.characters(count, (flags & 0x01) !== 0);
    this.skip(runs * 4 + extra);
    return text;
  }

  /** XLUnicodeString (§2.5.294): cch (2 bytes), flags, characters. */
  string(): string {
    const count = this.u16();
    const flags = this.byte();
    return this.characters(count, (flags & 0x01) !== 0);
  }

  /** ShortXLUnicodeString (§2.5.240): cch (1 byte), flags, characters. */
  shortString(): string {
    const count = this.byte();
    const flags = this.byte();
    return this.characters(count, (flags & 0x01) !== 0);
  }
}
