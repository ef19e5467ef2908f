import { Inflate } from 'fflate';
import { IngestError } from './errors.js';

/**
 * A ZIP archive's central directory, read without inflating anything, and one member inflated under a bound.
 * Format: PKWARE APPNOTE.TXT 6.3.10 — §4.3.16 end of central directory record (signature 0x06054b50),
 * §4.3.12 central directory header (0x02014b50), §4.3.7 local file header (0x04034b50), §4.4.4 general purpose
 * bit flag (bit 0 encrypted, bit 11 "language encoding": the name is UTF-8), §4.4.5 method (0 stored, 8 deflated).
 * Names without bit 11 are in the archiver's OEM code page; on Chinese Windows that is GBK (code page 936).
 */

/** One central directory entry. */
export interface ZipEntry {
  /** the name decoded: UTF-8 when bit 11 is set, else GBK */
  name: string;
  /** declared sizes (from the central directory, before anything is inflated) */
  compressedSize: number;
  uncompressedSize: number;
  method: number;
  encrypted: boolean;
  isDirectory: boolean;
  /** offset of the local file header */
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const EOCD_SEARCH = 22 + 0xffff;
/** Input fed to the inflater at a time: DEFLATE expands at most ~1,032:1, so one push yields at most ~4 MB. */
const INFLATE_INPUT_CHUNK = 4096;

const utf8 = new TextDecoder('utf-8');
const gbk = new TextDecoder('gbk');

/**
 * Lists a ZIP archive's members from its central directory (nothing is inflated).
 * Input: the archive's bytes; `maxMembers` bounds the listing. Output: the entries in directory order.
 * @throws IngestError TRUNCATED when the end record or a directory entry is missing or runs past the file;
 *   TOO_LARGE when the archive has more than `maxMembers` entries or is ZIP64 (sizes of 4 GB or more).
 */
export function readZipDirectory(bytes: Uint8Array, maxMembers: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new IngestError('TRUNCATED', 'the ZIP archive has no end record: it was cut short or damaged; download it again');
  const count = view.getUint16(eocd + 10, true);
  const directoryOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || directoryOffset === 0xffffffff) {
    throw new IngestError('TOO_LARGE', 'the ZIP archive is in ZIP64 form (over 65,535 members or 4 GB): too large to read');
  }
  if (count > maxMembers) {
    throw new IngestError('TOO_LARGE', `the ZIP archive has ${count} members, more than the ${maxMembers} read: unpack it and give the notice itself`);
  }
  const entries: ZipEntry[] = [];
  let p = directoryOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw new IngestError('TRUNCATED', 'the ZIP archive\'s directory is damaged: download it again');
    }
    const flags = view.getUint16(p + 8, true);
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const uncompressedSize = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    if (p + 46 + nameLength > bytes.length) throw new IngestError('TRUNCATED', 'the ZIP archive\'s directory is damaged: download it again');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new IngestError('TOO_LARGE', 'a member of the ZIP archive is in ZIP64 form (4 GB or more): too large to read');
    }
    const rawName = bytes.subarray(p + 46, p + 46 + nameLength);
    const name = (flags & 0x0800 ? utf8 : gbk).decode(rawName);
    entries.push({
      name, compressedSize, uncompressedSize, method, localHeaderOffset,
      encrypted: (flags & 0x0001) !== 0,
      isDirectory: name.endsWith('/') || name.endsWith('\\'),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/**
 * Inflates one member, stopping as soon as its output passes `maxBytes` or its declared size (a member whose
 * header lies about its size is refused, never inflated to the end).
 * Input: the archive, one of its entries, the most bytes this member may take. Output: the member's bytes.
 * @throws IngestError ENCRYPTED (password-protected member), UNSUPPORTED_FORMAT (a method other than stored or
 *   deflated), TRUNCATED (data runs past the file, or inflates short), TOO_LARGE (past the bound or the declared size).
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array {
  if (entry.encrypted) throw new IngestError('ENCRYPTED', `the ZIP member "${entry.name}" is password-protected: unpack it with its password and give the file itself`);
  if (entry.uncompressedSize > maxBytes) {
    throw new IngestError('TOO_LARGE', `the ZIP member "${entry.name}" declares ${entry.uncompressedSize} bytes, more than the ${maxBytes} allowed`);
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    throw new IngestError('TRUNCATED', `the ZIP member "${entry.name}" is missing from the archive: download it again`);
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new IngestError('TRUNCATED', `the ZIP member "${entry.name}" is cut short: download the archive again`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.uncompressedSize) throw new IngestError('TRUNCATED', `the ZIP member "${entry.name}" is damaged`);
    return data;
  }
  if (entry.method !== 8) {
    throw new IngestError('UNSUPPORTED_FORMAT', `the ZIP member "${entry.name}" is compressed with method ${entry.method}, which is not read: re-pack it as a standard ZIP`);
  }
  const cap = entry.uncompressedSize;
  const out = new Uint8Array(cap);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (written + chunk.length > cap) {
      throw new IngestError('TOO_LARGE', `the ZIP member "${entry.name}" inflates past its declared ${cap} bytes (a ZIP bomb?): refused`);
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  for (let i = 0; i < data.length; i += INFLATE_INPUT_CHUNK) {
    const last = i + INFLATE_INPUT_CHUNK >= data.length;
    try {
      inflater.push(data.subarray(i, i + INFLATE_INPUT_CHUNK), last);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      throw new IngestError('TRUNCATED', `the ZIP member "${entry.name}" is damaged (${(error as Error).message}): download the archive again`);
    }
  }
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  if (written !== cap) throw new IngestError('TRUNCATED', `the ZIP member "${entry.name}" inflates to ${written} of its declared ${cap} bytes: it is damaged`);
  return out;
}

/**
 * Checks that a ZIP-based document (XLSX, DOCX) stays inside `maxInflatedBytes` in all, by its declared sizes
 * and then by inflating each part under the bound (a part that lies about its size is refused), before a library
 * that trusts the declared sizes opens it.
 * @throws IngestError as {@link readZipDirectory} and {@link inflateZipEntry}; TOO_LARGE when the parts together
 *   declare more than the bound.
 */
export function checkZipBounds(bytes: Uint8Array, limits: { maxInflatedBytes: number; maxMembers: number }): ZipEntry[] {
  const entries = readZipDirectory(bytes, Math.max(limits.maxMembers, 10_000));
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  if (declared > limits.maxInflatedBytes) {
    throw new IngestError('TOO_LARGE', `the file's parts declare ${declared} bytes in all, more than the ${limits.maxInflatedBytes} allowed`);
  }
  for (const entry of entries) if (!entry.isDirectory) inflateZipEntry(bytes, entry, limits.maxInflatedBytes);
  return entries;
}
