import { deflateSync } from 'fflate';

/** One member of a hand-built ZIP: its name, its stored (possibly deflated) data and what its headers declare. */
export interface HandMember {
  name: string;
  /** the member's bytes before compression (deflated unless `raw` is given) */
  content?: Uint8Array;
  /** already-compressed data to store as is (method 8), e.g. a streamed bomb */
  raw?: Uint8Array;
  /** the uncompressed size the headers declare (default: the content's length) */
  declaredSize?: number;
  /** set bit 11 (UTF-8 name) */
  utf8?: boolean;
  /** the name's bytes when not UTF-8 (e.g. GBK) */
  nameBytes?: Uint8Array;
}

/**
 * Builds a ZIP archive by hand (APPNOTE 6.3.10 §4.3.7 local headers, §4.3.12 central directory, §4.3.16 end
 * record), so a test can make headers lie about sizes — what a ZIP bomb does and what no archiver writes.
 */
export function buildZip(members: HandMember[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const member of members) {
    const name = member.nameBytes ?? new TextEncoder().encode(member.name);
    const data = member.raw ?? deflateSync(member.content ?? new Uint8Array(0));
    const size = member.declaredSize ?? member.content?.length ?? 0;
    const crc = 0; // the reader under test does not check CRC-32s
    const flags = member.utf8 ? 0x0800 : 0;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, 8, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const cv = new DataView(entry.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, 8, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint32(42, offset, true);
    entry.set(name, 46);
    parts.push(local, data);
    central.push(entry);
    offset += local.length + data.length;
  }
  const directorySize = central.reduce((sum, e) => sum + e.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, members.length, true);
  ev.setUint16(10, members.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  const all = [...parts, ...central, end];
  const out = new Uint8Array(all.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const p of all) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
