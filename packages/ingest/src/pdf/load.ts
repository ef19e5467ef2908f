// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- pdfjs-dist ships no types for its worker module: this declares it for every compilation that includes this file (parse, the CLI, the API)
/// <reference path="./pdfjs-worker.d.ts" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { IngestError } from '../errors.js';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
export type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
export type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let loaded: Promise<{ pdfjs: PdfJs; assets: string }> | null = null;

/**
 * pdfjs-dist's legacy build (the one for Node), with its worker code loaded into this thread (Node has no
 * worker here: pdfjs runs its "fake worker" in-process; importing it ourselves keeps a bundled CLI working) and
 * the package's own folder, under which `cmaps/` and `standard_fonts/` lie (nothing is fetched from a network).
 */
function pdfjsModule(): Promise<{ pdfjs: PdfJs; assets: string }> {
  loaded ??= (async () => {
    // the legacy build's core-js replaces built-ins that Node 20 has natively, for the whole process: Array's push
    // (forced on V8 ≤ 12.1 for an edge case of non-writable lengths; its JS replacement makes every push in the
    // process ~4× slower) and JSON's parse/stringify. Keep the native ones; what it only adds (Promise.withResolvers,
    // Map.prototype.getOrInsert, Uint8Array.fromBase64 …) stays, pdfjs needs those.
    const native = { push: Array.prototype.push, parse: JSON.parse, stringify: JSON.stringify };
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= worker;
    restoreBuiltIn(Array.prototype, 'push', native.push);
    restoreBuiltIn(JSON, 'parse', native.parse);
    restoreBuiltIn(JSON, 'stringify', native.stringify);
    const require = createRequire(import.meta.url);
    const assets = dirname(require.resolve('pdfjs-dist/package.json'));
    return { pdfjs, assets };
  })();
  return loaded;
}

function restoreBuiltIn(target: object, key: string, value: unknown): void {
  const descriptor = Object.getOwnPropertyDescriptor(target, key);
  if (descriptor && descriptor.value !== value) Object.defineProperty(target, key, { ...descriptor, value });
}

/**
 * Opens a PDF from bytes with pdfjs-dist, offline: CMaps (CJK fonts need them) and standard fonts from the
 * package's own folders, no eval, no font faces, no system fonts.
 *
 * @throws IngestError ENCRYPTED for a password-protected file, TRUNCATED for a damaged or cut-short one.
 */
export async function openPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { pdfjs, assets } = await pdfjsModule();
  const folder = (name: string): string => pathToFileURL(join(assets, name)).pathname + '/';
  // pdfjs transfers (detaches) the buffer it is given: hand it a copy so the caller's bytes stay whole
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapUrl: folder('cmaps'),
    cMapPacked: true,
    standardFontDataUrl: folder('standard_fonts'),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (error) {
    await task.destroy().catch(() => undefined);
    throw refusal(error);
  }
}

/** pdfjs's exceptions (by name: PasswordException, InvalidPDFException, …) → a refusal a person can act on. */
function refusal(error: unknown): IngestError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') {
    return new IngestError(
      'ENCRYPTED',
      'this PDF is protected by a password: open it with the password and save or print it as a PDF without one, then try again',
    );
  }
  return new IngestError(
    'TRUNCATED',
    `this PDF is damaged or cut short (${message}): download it again or open and re-save it, then try again`,
  );
}
