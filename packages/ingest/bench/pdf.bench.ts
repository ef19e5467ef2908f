/**
 * PDF benchmark (issue #18 "Done when"), in one run:
 * - in-process: ingest (pdfjs-dist, layout) + parse of a 13-page printed report, median over warm runs, and the
 *   ingest share alone;
 * - yardstick: Debian's `pdftotext` on the same file as a whole process (median);
 * - whole process: `node apps/cli/bin/plandiff.js parse x.pdf` against `node -e 0` (median ratio; skipped with a
 *   clear line while the CLI refuses PDFs);
 * - peak memory: this process's RSS high-water mark after the in-process runs;
 * - the regression check: the PDF gives the text fixture's task count (exit code 1 if not).
 * Goals: in-process ≤ 300 ms; CLI parse ≤ 5 × `node -e 0`.
 * Run: `pnpm --filter @plandiff/ingest bench` (or `pnpm exec tsx bench/pdf.bench.ts` in packages/ingest).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from '../test/parse.js';
import { ingestNotice } from '../src/index.js';
import { fixtureSource, parseIngested } from '../test/format-view.js';

const FIXTURE = 'hubei-sthjt-gzyd/2024';
const pdf = fileURLToPath(new URL('../test/pdf-data/hubei-sthjt-gzyd-2024.chromium.pdf', import.meta.url));
const root = fileURLToPath(new URL('../../../', import.meta.url));
const cli = `${root}apps/cli/bin/plandiff.js`;
const RUNS = Number(process.env.BENCH_RUNS ?? 15);

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};
const ms = (value: number): string => `${value.toFixed(1)} ms`;

function timeProcess(command: string, args: string[], runs: number): { median: number; status: number | null; stderr: string } {
  const times: number[] = [];
  let last: ReturnType<typeof spawnSync> | null = null;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    last = spawnSync(command, args, { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
    times.push(performance.now() - start);
  }
  return { median: median(times), status: last?.status ?? null, stderr: String(last?.stderr ?? '') };
}

const bytes = new Uint8Array(readFileSync(pdf));
const { text, options } = fixtureSource(FIXTURE);
const expectedTasks = parsePlan(text, options).tasks.length;

// warm-up: the first run loads pdfjs-dist (≈0.5 s of module loading, paid once per process)
const firstStart = performance.now();
const first = await ingestNotice(bytes, { name: 'x.pdf' });
const firstMs = performance.now() - firstStart;
parseIngested(first, options);

const ingestTimes: number[] = [];
const totalTimes: number[] = [];
let tasks = 0;
for (let run = 0; run < RUNS; run += 1) {
  const start = performance.now();
  const notice = await ingestNotice(bytes, { name: 'x.pdf' });
  const ingested = performance.now();
  tasks = parseIngested(notice, options).tasks.length;
  ingestTimes.push(ingested - start);
  totalTimes.push(performance.now() - start);
}
const peakRss = process.resourceUsage().maxRSS / 1024;

console.log(`PDF benchmark — ${FIXTURE} printed by Chromium: ${first.pages} pages, ${Math.round(bytes.length / 1024)} KB; ${RUNS} runs, medians`);
console.log(`  in-process ingest + parse   ${ms(median(totalTimes))}   (goal ≤ 300 ms)   ingest alone ${ms(median(ingestTimes))}; first run incl. loading pdfjs ${ms(firstMs)}`);
const pdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' });
if (pdftotext.error) {
  console.log('  pdftotext (yardstick)       skipped: pdftotext is not installed (apt-get install poppler-utils)');
} else {
  const yardstick = timeProcess('pdftotext', ['-enc', 'UTF-8', pdf, '-'], RUNS);
  console.log(`  pdftotext, whole process    ${ms(yardstick.median)}   (in-process ingest + parse = ${(median(totalTimes) / yardstick.median).toFixed(1)}× pdftotext)`);
}
const node = timeProcess(process.execPath, ['-e', '0'], RUNS);
console.log(`  node -e 0, whole process    ${ms(node.median)}`);
if (!existsSync(cli)) {
  console.log(`  plandiff parse x.pdf        skipped: no CLI at ${cli}`);
} else {
  const probe = spawnSync(process.execPath, [cli, 'parse', pdf, '--json'], { encoding: 'utf8', cwd: root, maxBuffer: 64 * 1024 * 1024 });
  if (probe.status !== 0) {
    const reason = (probe.stderr || probe.stdout).trim().split('\n')[0] ?? '';
    console.log(`  plandiff parse x.pdf        skipped: the CLI refuses PDFs on this branch (exit ${probe.status}: ${reason.slice(0, 120)})`);
  } else {
    const whole = timeProcess(process.execPath, [cli, 'parse', pdf, '--json'], Math.max(5, Math.round(RUNS / 3)));
    console.log(`  plandiff parse x.pdf        ${ms(whole.median)}   = ${(whole.median / node.median).toFixed(1)}× node -e 0 (goal ≤ 5×)`);
  }
}
const processScript = fileURLToPath(new URL('./pdf-process.mjs', import.meta.url));
if (!existsSync(fileURLToPath(new URL('../dist/index.js', import.meta.url))) || !existsSync(`${root}packages/parse/dist/index.js`)) {
  console.log('  node pdf-process.mjs x.pdf  skipped: build ingest and parse first (turbo run build --filter @plandiff/ingest --filter @plandiff/parse)');
} else {
  const whole = timeProcess(process.execPath, [processScript, pdf], Math.max(5, Math.round(RUNS / 3)));
  const rss = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, processScript, pdf], { encoding: 'utf8' });
  const childRss = rss.error ? '' : `, peak RSS ${Math.round(Number(rss.stderr.trim().split('\n').at(-1)) / 1024)} MB`;
  console.log(`  ingest+parse, whole process ${ms(whole.median)}   = ${(whole.median / node.median).toFixed(1)}× node -e 0 (built dist; what the CLI adds is its own start-up)${childRss}`);
}
console.log(`  peak RSS (this process)     ${peakRss.toFixed(0)} MB`);
console.log(`  tasks: PDF ${tasks}, text fixture ${expectedTasks} — ${tasks === expectedTasks ? 'same' : 'DIFFERENT'}`);
if (tasks !== expectedTasks) process.exitCode = 1;
