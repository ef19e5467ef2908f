import { readFileSync } from 'node:fs';
import * as CFB from 'cfb';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DEFAULT_INGEST_LIMITS, ingestNotice, IngestError, sniffFormat } from '../src/index.js';
import { makeDocx, p } from './docx-builder.js';

const beijing = () => new Uint8Array(readFileSync(new URL('./data/docx/beijing-2025.docx', import.meta.url)));

/** What `ingestNotice` refuses the bytes with: the IngestError's code and message. */
async function refusal(bytes: Uint8Array, name?: string, limits = DEFAULT_INGEST_LIMITS): Promise<{ code: string; message: string }> {
  try {
    await ingestNotice(bytes, name ? { name } : {}, limits);
  } catch (error) {
    if (error instanceof IngestError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error('not refused');
}

/**
 * Word's owner file as Word writes it (PRONOM fmt/473; see src/owner-file.ts): 162 bytes — the user name's length,
 * the name in the ANSI code page, NUL up to offset 54, the length again as a 16-bit word and the name in UTF-16LE,
 * NUL to the end.
 */
function ownerFile(user: string): Uint8Array {
  const bytes = new Uint8Array(162);
  bytes[0] = user.length;
  bytes.set(new TextEncoder().encode(user), 1);
  bytes[54] = user.length;
  [...user].forEach((char, index) => (bytes[56 + 2 * index] = char.charCodeAt(0)));
  return bytes;
}

/** An OLE2 compound file with the given streams (built with cfb, the reader the sniffer uses). */
function ole2(streams: Record<string, Uint8Array>): Uint8Array {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return new Uint8Array(CFB.write(container, { type: 'array' }) as number[]);
}

describe('the format is sniffed from the bytes; the name only breaks ties', () => {
  it('a DOCX named .doc is docx, a Word binary named .wps is wps, a BIFF workbook named .et is et', () => {
    expect(sniffFormat(beijing(), { name: 'report.doc' })).toBe('docx');
    const word = ole2({ WordDocument: new Uint8Array(512) });
    expect(sniffFormat(word, { name: 'a.doc' })).toBe('doc');
    expect(sniffFormat(word, { name: 'a.wps' })).toBe('wps');
    const workbook = ole2({ Workbook: new Uint8Array(512) });
    expect(sniffFormat(workbook, { name: 'a.xls' })).toBe('xls');
    expect(sniffFormat(workbook, { name: 'a.et' })).toBe('et');
    expect(sniffFormat(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }), { name: 'a.zip' })).toBe('xlsx');
    expect(sniffFormat(zipSync({ 'a.doc': strToU8('x'), 'b.xls': strToU8('y') }))).toBe('zip');
    expect(sniffFormat(strToU8('%PDF-1.7\n'), { name: 'a.txt' })).toBe('pdf');
  });

  it('an Excel "web page" saved as .xls is HTML, read as HTML (its own bytes, for parse to decode)', async () => {
    const page = strToU8(
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\r\n<head><meta http-equiv=Content-Type content="text/html; charset=gb2312"></head>' +
        '<body><table><tr><td>序号</td><td>重点任务</td><td>牵头单位</td></tr></table></body></html>',
    );
    const notice = await ingestNotice(page, { name: '任务分解表.xls', mediaType: 'application/vnd.ms-excel' });
    expect(notice.format).toBe('html');
    expect(notice.body).toEqual({ kind: 'bytes', bytes: page });
    // Word's "web page" opens with an XML declaration and a comment before <html>
    expect(sniffFormat(strToU8('<?xml version="1.0"?>\n<!-- saved by Word -->\n<html><body><p>通知</p></body></html>'), { name: 'a.doc' })).toBe('html');
    expect(sniffFormat(strToU8('2025年工作要点\n一、总体要求'), { name: 'a.xls' })).toBe('text');
  });
});

describe('what cannot be read is refused with a reason a person can act on', () => {
  it("Word's owner file (~$name.doc, 162 bytes): OWNER_FILE, saying what it is and which file to upload", async () => {
    const owner = ownerFile('zhangwei');
    expect(owner).toHaveLength(162);
    const { code, message } = await refusal(owner, '~$25年工作要点.doc');
    expect(code).toBe('OWNER_FILE');
    expect(message).toBe(
      '"~$25年工作要点.doc" is the lock file Word leaves beside an open document (it only records that "zhangwei" had it open), not the document; ' +
        'upload the document itself, whose name ends in "25年工作要点.doc" (the first characters of its name were replaced by ~$)',
    );
    // the bytes decide, not the name: an owner file renamed is still one
    expect((await refusal(owner, 'notice.doc')).code).toBe('OWNER_FILE');
  });

  it('an empty file, and a DOCX with nothing in its body: EMPTY_FILE', async () => {
    expect(await refusal(new Uint8Array(0), 'notice.docx')).toEqual({ code: 'EMPTY_FILE', message: '"notice.docx" is empty: there is nothing to read' });
    expect((await refusal(strToU8(' \r\n\t '), 'notice.txt')).code).toBe('EMPTY_FILE');
    const blank = makeDocx({ body: p('') + p('\u3000') });
    expect(await refusal(blank, 'blank.docx')).toEqual({
      code: 'EMPTY_FILE', message: '"blank.docx" opens but has no text in its body; check that this is the notice and not an empty template',
    });
  });

  it('a DOCX cut in half (the 2025 Beijing report): TRUNCATED', async () => {
    const whole = beijing();
    const { code, message } = await refusal(whole.subarray(0, Math.floor(whole.length / 2)), 'beijing.docx');
    expect(code).toBe('TRUNCATED');
    expect(message).toContain('download it again');
  });

  it('a Word 97-2003 file cut short: TRUNCATED', async () => {
    const doc = new Uint8Array(readFileSync(new URL('./data/cases/yuanzhou-note-2018.doc', import.meta.url)));
    expect((await refusal(doc.subarray(0, 1024), 'note.doc')).code).toBe('TRUNCATED');
  });

  it('a password-protected Office file (EncryptionInfo + EncryptedPackage in OLE2, [MS-OFFCRYPTO]): ENCRYPTED', async () => {
    const encrypted = ole2({ EncryptionInfo: new Uint8Array(64), EncryptedPackage: new Uint8Array(4096) });
    const { code, message } = await refusal(encrypted, 'plan.docx');
    expect(code).toBe('ENCRYPTED');
    expect(message).toContain('password');
  });

  it('a format with no reader: UNSUPPORTED_FORMAT naming it (an image, an OFD)', async () => {
    expect(await refusal(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'scan.png')).toEqual({
      code: 'UNSUPPORTED_FORMAT',
      message: '"scan.png" is a PNG image, which plandiff cannot read; upload the document itself (PDF, Word or HTML), not a picture of it',
    });
    expect((await refusal(zipSync({ 'OFD.xml': strToU8('<ofd:OFD/>') }), 'notice.ofd')).message).toContain('OFD');
  });

  it('a Word part that declares entities (entity expansion) is refused unread: MALFORMED', async () => {
    const bomb = zipSync({
      'word/document.xml': strToU8('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><w:document><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>'),
    });
    expect((await refusal(bomb, 'bomb.docx')).code).toBe('MALFORMED');
  });

  it('a DOCX whose parts would inflate past the bound is refused before inflating: TOO_LARGE', async () => {
    const limits = { ...DEFAULT_INGEST_LIMITS, maxInflatedBytes: 10_000 };
    const { code } = await refusal(beijing(), 'beijing.docx', limits);
    expect(code).toBe('TOO_LARGE');
  });
});
