// Real notices of fixtures/ for the API tests (read byte for byte, as a client would upload them).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURES_DIR = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/** The source bytes of fixtures/<series>/<year>/source.txt. */
export function noticeBytes(series: string, year: number): Uint8Array<ArrayBuffer> {
  const buffer = readFileSync(join(FIXTURES_DIR, series, String(year), 'source.txt'));
  return new Uint8Array(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
}

/** Every stored notice (series, year), sorted; with `textOnly`, those stored as source.txt (the 41 text notices). */
export function storedNotices(textOnly = false): { series: string; year: number }[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(FIXTURES_DIR, d.name), { withFileTypes: true })
        .filter((y) => y.isDirectory() && /^\d{4}$/.test(y.name) && (!textOnly || existsSync(join(FIXTURES_DIR, d.name, y.name, 'source.txt'))))
        .map((y) => ({ series: d.name, year: Number(y.name) })),
    )
    .sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year);
}

/** A multipart/form-data body with the given parts (a Uint8Array part becomes a file). */
export function form(parts: Record<string, Uint8Array<ArrayBuffer> | string>, fileType = 'text/plain', fileName?: string): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(parts)) {
    if (typeof value === 'string') data.append(name, value);
    else data.append(name, new Blob([value], { type: fileType }), fileName ?? `${name}.txt`);
  }
  return data;
}

/** A body that looks like a PDF file: header, binary object stream bytes, trailer. */
export function pdfLikeBytes(): Uint8Array<ArrayBuffer> {
  const head = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Length 4096 /Filter /FlateDecode >>\nstream\n');
  const bytes = new Uint8Array(head.length + 4096 + 32);
  bytes.set(head, 0);
  let x = 12345;
  for (let i = head.length; i < bytes.length; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    bytes[i] = x & 0xff;
  }
  bytes.set(new TextEncoder().encode('\nendstream\n%%EOF'), bytes.length - 16);
  return bytes;
}
