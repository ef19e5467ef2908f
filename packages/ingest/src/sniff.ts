import * as CFB from 'cfb';
import { unzipSync } from 'fflate';
import { IngestError } from './errors.js';
import { isOwnerFile, ownerFileMessage } from './owner-file.js';
import type { IngestHints, SourceFormat } from './types.js';

/**
 * The format of a file, from its bytes (DESIGN.md "The flow": bytes ─sniff─▶ format). The name and the declared
 * media type only break ties the bytes leave open (an OLE2 Word file named `.wps` is `wps`, a BIFF workbook
 * named `.et` is `et`); an `.xls` that holds HTML (Excel's "web page") is `html`, a `.doc` that is Word's owner
 * file is refused.
 *
 * Signatures: `%PDF-` (ISO 32000-1 §7.5.2), ZIP local header `PK\3\4` / empty archive `PK\5\6` (APPNOTE 4.3.7)
 * with the OOXML part names of ECMA-376 Part 2 (`word/document.xml`, `xl/workbook.xml`), the OLE2 compound file
 * `D0 CF 11 E0 A1 B1 1A E1` ([MS-CFB] 2.2) with its stream names ([MS-DOC] `WordDocument`, [MS-XLS]
 * `Workbook`/`Book`, [MS-OFFCRYPTO] `EncryptionInfo`/`EncryptedPackage`).
 *
 * @returns the format, or 'unknown' for an OLE2 compound file that holds no Word or Excel stream
 * @throws IngestError EMPTY_FILE (no bytes, or only white space), OWNER_FILE (Word/Excel's lock file),
 *   TRUNCATED (a ZIP or OLE2 container whose directory cannot be read), ENCRYPTED (a password-protected Office
 *   file), UNSUPPORTED_FORMAT (a known format no reader exists for: OFD, PPTX, ODF, RTF, images)
 */
export function sniffFormat(bytes: Uint8Array, hints: IngestHints = {}): SourceFormat | 'unknown' {
  if (bytes.length === 0 || isOnlyWhiteSpace(bytes)) {
    throw new IngestError('EMPTY_FILE', `${quoted(hints.name)}is empty: there is nothing to read`);
  }
  if (isOwnerFile(bytes)) throw new IngestError('OWNER_FILE', ownerFileMessage(bytes, hints.name));
  if (startsWith(bytes, PDF)) return 'pdf';
  if (startsWith(bytes, ZIP_LOCAL) || startsWith(bytes, ZIP_EMPTY)) return sniffZip(bytes, hints);
  if (startsWith(bytes, OLE2)) return sniffOle2(bytes, hints);
  const other = KNOWN_UNREADABLE.find((known) => startsWith(bytes, known.signature));
  if (other) {
    throw new IngestError('UNSUPPORTED_FORMAT', `${quoted(hints.name)}is ${other.what}, which plandiff cannot read; ${other.todo}`);
  }
  return sniffText(bytes);
}

const PDF = ascii('%PDF-');
const ZIP_LOCAL = [0x50, 0x4b, 0x03, 0x04];
const ZIP_EMPTY = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Signatures of formats that have no reader, each with what to do instead. */
const KNOWN_UNREADABLE: { signature: number[]; what: string; todo: string }[] = [
  { signature: ascii('{\\rtf'), what: 'an RTF document', todo: 'save it as .docx or PDF' },
  { signature: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', todo: 'upload the document itself (PDF, Word or HTML), not a picture of it' },
  { signature: [0xff, 0xd8, 0xff], what: 'a JPEG image', todo: 'upload the document itself (PDF, Word or HTML), not a picture of it' },
  { signature: ascii('GIF8'), what: 'a GIF image', todo: 'upload the document itself (PDF, Word or HTML), not a picture of it' },
  { signature: [0x49, 0x49, 0x2a, 0x00], what: 'a TIFF image', todo: 'upload the document itself (PDF, Word or HTML), not a picture of it' },
  { signature: [0x4d, 0x4d, 0x00, 0x2a], what: 'a TIFF image', todo: 'upload the document itself (PDF, Word or HTML), not a picture of it' },
  { signature: ascii('Rar!'), what: 'a RAR archive', todo: 'unpack it and upload the notice' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: 'a 7z archive', todo: 'unpack it and upload the notice' },
];

/** OOXML / ZIP: the part names decide (a DOCX is a ZIP with `word/document.xml`). */
function sniffZip(bytes: Uint8Array, hints: IngestHints): SourceFormat {
  const names = zipMemberNames(bytes, hints);
  const has = (name: string) => names.has(name.toLowerCase());
  if (has('EncryptedPackage')) throw encrypted(hints);
  if (has('word/document.xml')) return 'docx';
  if (has('xl/workbook.xml')) return 'xlsx';
  if (has('OFD.xml')) {
    throw new IngestError(
      'UNSUPPORTED_FORMAT',
      `${quoted(hints.name)}is an OFD document (GB/T 33190), which plandiff cannot read yet; download the PDF or Word version of the notice`,
    );
  }
  if (has('ppt/presentation.xml')) {
    throw new IngestError('UNSUPPORTED_FORMAT', `${quoted(hints.name)}is a PowerPoint presentation, which plandiff cannot read; upload the notice as PDF or Word`);
  }
  if (has('mimetype') && has('content.xml')) {
    throw new IngestError('UNSUPPORTED_FORMAT', `${quoted(hints.name)}is an OpenDocument file, which plandiff cannot read; save it as .docx or PDF`);
  }
  return 'zip';
}

/** The member names from the ZIP central directory, lower-cased; nothing is inflated. */
function zipMemberNames(bytes: Uint8Array, hints: IngestHints): Set<string> {
  const names = new Set<string>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.add(file.name.toLowerCase());
        return false;
      },
    });
  } catch {
    throw new IngestError(
      'TRUNCATED',
      `${quoted(hints.name)}is a damaged or incomplete ZIP/Office file (its directory cannot be read — the download was probably cut short); download it again`,
    );
  }
  return names;
}

/** OLE2 compound file: the stream names decide; the file name separates DOC from WPS and XLS from ET. */
function sniffOle2(bytes: Uint8Array, hints: IngestHints): SourceFormat | 'unknown' {
  let container: CFB.CFB$Container;
  try {
    container = CFB.read(bytes, { type: 'buffer' });
  } catch {
    throw new IngestError(
      'TRUNCATED',
      `${quoted(hints.name)}is a damaged or incomplete Office 97-2003 file (its directory cannot be read — the download was probably cut short); download it again`,
    );
  }
  const streams = new Set(container.FileIndex.map((entry) => entry.name));
  const extension = extensionOf(hints.name);
  if (streams.has('EncryptionInfo') || streams.has('EncryptedPackage')) throw encrypted(hints);
  if (streams.has('WordDocument')) {
    if (isEncryptedWordBinary(CFB.find(container, 'WordDocument')?.content)) throw encrypted(hints);
    return extension === 'wps' || /kingsoft|wps/i.test(hints.mediaType ?? '') ? 'wps' : 'doc';
  }
  if (streams.has('Workbook') || streams.has('Book')) {
    return extension === 'et' || /kingsoft|\bet\b/i.test(hints.mediaType ?? '') ? 'et' : 'xls';
  }
  if (streams.has('PowerPoint Document')) {
    throw new IngestError('UNSUPPORTED_FORMAT', `${quoted(hints.name)}is a PowerPoint presentation, which plandiff cannot read; upload the notice as PDF or Word`);
  }
  return 'unknown';
}

/** [MS-DOC] 2.5.2 FibBase: bit fEncrypted (0x0100) of the flags word at offset 0x0A of the WordDocument stream. */
function isEncryptedWordBinary(stream: CFB.CFB$Blob | undefined): boolean {
  if (!stream || stream.length < 12) return false;
  const flags = (stream[0x0a] ?? 0) | ((stream[0x0b] ?? 0) << 8);
  return (flags & 0x0100) !== 0;
}

/**
 * Text or HTML: markup at the start, or an `<html`/`<body`/`<table` tag in the first 4 KB (Excel and Word "web page"
 * files begin with a comment or an XML declaration), makes HTML; anything else is text. Bytes with no known
 * signature that are not text at all (NUL bytes, control characters) are left to parse's decode stage, which
 * refuses them as BINARY with its own reason, exactly as before this stage existed.
 */
function sniffText(bytes: Uint8Array): SourceFormat {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const head = utf16
    ? new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(0, 8192))
    : new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const text = head.replace(/^\ufeff|^\u00ef\u00bb\u00bf/, '');
  if (/^\s*</.test(text) || /<(?:html|body|table|head)[\s>]/i.test(text)) return 'html';
  return 'text';
}

function isOnlyWhiteSpace(bytes: Uint8Array): boolean {
  if (bytes.length > 4096) return false;
  return /^[\s\u0000\ufeff\u00ef\u00bb\u00bf]*$/.test(new TextDecoder('latin1').decode(bytes));
}

function encrypted(hints: IngestHints): IngestError {
  return new IngestError(
    'ENCRYPTED',
    `${quoted(hints.name)}is protected by a password, so its text cannot be read; ask the publisher for an unprotected copy, or open it and save it without a password`,
  );
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((byte, index) => bytes[index] === byte);
}

function ascii(text: string): number[] {
  return [...text].map((char) => char.charCodeAt(0));
}

function extensionOf(name: string | undefined): string {
  return /\.([a-z0-9]+)$/i.exec(name ?? '')?.[1]?.toLowerCase() ?? '';
}

function quoted(name: string | undefined): string {
  return name ? `"${name}" ` : 'the file ';
}
