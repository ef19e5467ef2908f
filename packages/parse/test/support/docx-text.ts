import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';

/**
 * Test-only reading of a DOCX for the gold checks: the text of `word/document.xml` as one line per `w:p`
 * paragraph, each the concatenation of its `w:t` runs with XML entities decoded. This is how the gold of the
 * 2025 reports was read (never through plandiff's own DOCX reader, which the gold exists to measure).
 * Input: the bytes of a .docx. Throws when the zip has no word/document.xml.
 */
export function docxParagraphText(bytes: Uint8Array): string {
  const files = unzipSync(bytes, { filter: (f) => f.name === 'word/document.xml' });
  const xml = files['word/document.xml'];
  if (!xml) throw new Error('not a Word document: word/document.xml is missing');
  const paragraphs = strFromU8(xml).match(/<w:p[ >][\s\S]*?<\/w:p>/gu) ?? [];
  return paragraphs
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => decodeXml(m[1]!)).join(''))
    .join('\n');
}

/** XML's five named entities and numeric character references. */
function decodeXml(s: string): string {
  return s.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/giu, (_m, hex: string, dec: string, name: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (dec) return String.fromCodePoint(parseInt(dec, 10));
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[name as 'amp']!;
  });
}

/** The repository root (this file is packages/parse/test/support/). */
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

/**
 * The folder of the 2025 provincial reports as DOCX: `shared/corpus/provincial-gwr-2025-docx` beside the
 * repository (CI: `../shared`; a git worktree under `wt/` on the development machine: `../../shared`), or
 * `$PLANDIFF_SHARED/corpus/...`. Null when none is present, so the tests that need it skip with a reason.
 */
export function provincialDocxDir(): string | null {
  const tail = join('corpus', 'provincial-gwr-2025-docx');
  const candidates = [process.env.PLANDIFF_SHARED, join(repoRoot, '..', 'shared'), join(repoRoot, '..', '..', 'shared')]
    .filter((d): d is string => Boolean(d))
    .map((d) => join(d, tail));
  return candidates.find((d) => existsSync(join(d, 'index.json'))) ?? null;
}

/** The paragraph text of `<dir>/<file>` (see {@link docxParagraphText}). */
export function docxFileText(dir: string, file: string): string {
  return docxParagraphText(readFileSync(join(dir, file)));
}
