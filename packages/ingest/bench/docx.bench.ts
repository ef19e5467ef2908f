/**
 * `pnpm bench:docx` (packages/ingest): in-process reading of a ~40 KB DOCX — the 2025 Beijing report as published
 * (42 KB, saved by WPS) and the other provincial 2025 reports — as medians of 21 runs after 10 warm-up runs:
 * - ingest: bytes → notice HTML (this package's DOCX reader);
 * - parseNotice: bytes → Plan (ingest + parse), the number the goal (≤ 100 ms) is about;
 * - baselines in the same run: `unzip` (fflate inflating word/document.xml and decoding it: the least any DOCX
 *   reader does) and `mammoth` (mammoth 1.13.0 convertToHtml of the same bytes: the well-known library reader).
 * Then the process's peak memory (`process.resourceUsage().maxRSS`).
 */
import { readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { parseNotice } from '../../parse/src/index.js';
import { ingestNotice } from '../src/index.js';

const fixtures = new URL('../../../fixtures/', import.meta.url);

/** Median wall time in ms of `run` over `runs` runs after `warmup` unmeasured ones. */
async function median(run: () => unknown, runs = 21, warmup = 10): Promise<number> {
  for (let i = 0; i < warmup; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const unzipBaseline = (bytes: Uint8Array) =>
  new TextDecoder().decode(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);

const PROVINCES = ['beijing', 'anhui', 'fujian', 'hebei', 'jilin'];
const documents = PROVINCES.map((province) => new Uint8Array(readFileSync(new URL(`gwr-${province}/2025/source.docx`, fixtures))));
// one unmeasured pass over every file and reader first, so the first row does not pay for compiling the code
for (const bytes of documents) for (let i = 0; i < 5; i++) await Promise.all([parseNotice(bytes), mammoth.convertToHtml({ buffer: Buffer.from(bytes) })]);

const rows: Record<string, string | number>[] = [];
for (const [index, province] of PROVINCES.entries()) {
  const bytes = documents[index];
  const ingest = await median(() => ingestNotice(bytes, { name: 'source.docx' }));
  const parse = await median(() => parseNotice(bytes, { name: 'source.docx' }));
  const unzip = await median(() => unzipBaseline(bytes));
  const library = await median(() => mammoth.convertToHtml({ buffer: Buffer.from(bytes) }));
  rows.push({
    docx: `gwr-${province}/2025`, 'KB': (bytes.length / 1024).toFixed(1),
    'ingest ms': ingest.toFixed(2), 'parseNotice ms': parse.toFixed(2), 'unzip ms': unzip.toFixed(2), 'mammoth ms': library.toFixed(2),
    'ingest x unzip': (ingest / unzip).toFixed(1), 'ingest x mammoth': (ingest / library).toFixed(2),
  });
}
console.log('\nDOCX read in-process (median of 21 runs after 10 warm-up runs); goal: parseNotice of a ~40 KB DOCX ≤ 100 ms');
console.table(rows);
console.log(`peak memory (maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
