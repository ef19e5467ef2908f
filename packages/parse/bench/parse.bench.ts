/**
 * `pnpm bench`: parse speed and memory on the real fixtures.
 * For every fixture: median parse time after warm-up, time per 100k characters of plan text, and the
 * ratio to a named baseline measured in the same run (baseline = `TextDecoder.decode` + `split('\n')`
 * of the same bytes, the least any parser must do). Then Hubei 2024 at 1×, 10×, 100× its size
 * (its plan body repeated before the footer), a per-stage split of the Hubei parse, and the process's peak memory
 * (`process.resourceUsage().maxRSS`, plus the largest `memoryUsage().heapUsed` seen between runs). Also the
 * 2024 State Council report saved as one line (U+3000 pairs / no separator) at 1×, 10×, 100× and as 1 MB of one line.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decode } from '../src/decode.js';
import { extract } from '../src/extract.js';
import { parsePlan } from '../src/index.js';
import { normalise } from '../src/normalise.js';
import { outline } from '../src/outline.js';
import { repair } from '../src/repair.js';
import { extractTargets } from '../src/targets/index.js';
import { tasks } from '../src/tasks.js';
import { assignments } from '../src/assignments.js';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
let peakHeap = 0;

/** Median wall time in ms of `run` over `runs` runs after `warmup` unmeasured ones. */
function median(run: () => unknown, runs: number, warmup: number): number {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const baseline = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes).split('\n');
const ms = (x: number) => x.toFixed(2);

const rows: Record<string, string | number>[] = [];
for (const series of readdirSync(fixtures).sort()) {
  // fixtures stored as text (a DOCX fixture is measured by packages/ingest/bench/docx.bench.ts)
  for (const year of readdirSync(`${fixtures}${series}`).filter((y) => /^\d{4}$/.test(y) && existsSync(`${fixtures}${series}/${y}/source.txt`)).sort()) {
    const bytes = readFileSync(`${fixtures}${series}/${year}/source.txt`);
    const plan = parsePlan(bytes);
    const parse = median(() => parsePlan(bytes), 21, 10);
    const base = median(() => baseline(bytes), 21, 10);
    rows.push({
      fixture: `${series}/${year}`, bytes: bytes.length, chars: plan.text.length, encoding: plan.meta.encoding,
      'median ms': ms(parse), 'ms / 100k chars': ms((parse / plan.text.length) * 100_000),
      'baseline ms': ms(base), 'x baseline': (parse / base).toFixed(0),
    });
  }
}
console.log('\nParse time per fixture (median of 21 runs after 10 warm-up runs)');
console.table(rows);

const hubei = readFileSync(`${fixtures}hubei-sthjt-gzyd/2024/source.txt`);
/** The Hubei page with its plan body (title line to the last task) repeated `factor` times before the site footer. */
function scaledHubei(factor: number): Uint8Array {
  const page = new TextDecoder().decode(hubei);
  const bodyStart = page.indexOf('2024年全省生态环境工作要炸');
  const footer = page.indexOf('\n地区9/font>');
  const body = page.slice(bodyStart, footer);
  return new TextEncoder().encode(page.slice(0, footer) + `\n${body}`.repeat(factor - 1) + page.slice(footer));
}
const scaled: Record<string, string | number>[] = [];
let oneX = 0;
for (const factor of [1, 10, 100]) {
  const bytes = scaledHubei(factor);
  const plan = parsePlan(bytes);
  const runs = factor === 100 ? 5 : 11;
  const t = median(() => parsePlan(bytes), runs, factor === 100 ? 1 : 5);
  if (factor === 1) oneX = t;
  scaled.push({
    input: `Hubei 2024 × ${factor}`, bytes: bytes.length, chars: plan.text.length, tasks: plan.tasks.length,
    'median ms': ms(t), 'ms / 100k chars': ms((t / plan.text.length) * 100_000), 'x the 1× time': (t / oneX).toFixed(1),
  });
}
console.log('\nScaling (the Hubei plan body repeated; goal: 1× under 10 ms, time growing linearly)');
console.table(scaled);

/**
 * A report saved as one line (issue 9): the 2024 State Council report's paragraphs joined by U+3000 pairs or by
 * nothing, at 1×, 10× and 100× (the paragraphs repeated), and cut at 1 MB (UTF-8 bytes) of one line.
 */
const reportLines = new TextDecoder().decode(readFileSync(`${fixtures}gov-work-report/2024/source.txt`)).split('\n').map((l) => l.trim()).filter((l) => l !== '');
// the report without Wikisource's licence footer (本作品…), which would end the notice after the first copy
const report = reportLines.slice(0, reportLines.findIndex((l) => l.startsWith('本作品')));
const oneLine: Record<string, string | number>[] = [];
for (const [separator, name] of [['\u3000\u3000', 'U+3000 pairs'], ['', 'no separator']] as const) {
  let base = 0;
  for (const factor of [1, 10, 100]) {
    const bytes = new TextEncoder().encode(Array.from({ length: factor }, () => report.join(separator)).join(separator));
    const plan = parsePlan(bytes, { year: 2024 });
    const t = median(() => parsePlan(bytes, { year: 2024 }), factor === 100 ? 3 : 9, 1);
    if (factor === 1) base = t;
    oneLine.push({
      input: `one line (${name}) × ${factor}`, bytes: bytes.length, chars: plan.text.length, sections: plan.sections.length, tasks: plan.tasks.length,
      'median ms': ms(t), 'ms / 100k chars': ms((t / plan.text.length) * 100_000), 'x the 1× time': (t / base).toFixed(1),
    });
  }
  // exactly 1 MB of one line (cut at a character boundary)
  let text = '';
  while (new TextEncoder().encode(text).length < 1_000_000) text += report.join(separator) + separator;
  const mb = new TextEncoder().encode(text).subarray(0, 1_000_000);
  const cut = new TextEncoder().encode(new TextDecoder().decode(mb).replace(/\uFFFD$/, ''));
  const t = median(() => parsePlan(cut, { year: 2024 }), 3, 1);
  oneLine.push({ input: `1 MB of one line (${name})`, bytes: cut.length, chars: parsePlan(cut, { year: 2024 }).text.length, 'median ms': ms(t) });
}
console.log('\nOne-line layout (goal: linear; 1 MB of one line under 1 s)');
console.table(oneLine);

const d = decode(hubei);
const e = extract(d);
const r = repair(e);
const n = normalise(r);
const o = outline(n.blocks, false);
const t = tasks(o, n.text);
const stages: Record<string, () => unknown> = {
  decode: () => decode(hubei), extract: () => extract(d), repair: () => repair(e), normalise: () => normalise(r),
  outline: () => outline(n.blocks, false), tasks: () => tasks(o, n.text),
  assignments: () => t.map((x) => assignments(x.text, x.span[0])),
  targets: () => t.map((x) => extractTargets({ taskId: x.id, text: x.text, offset: x.span[0], planYear: 2024, role: x.role === 'review' || x.role === 'preamble' ? x.role : 'plan' })),
};
console.log('\nHubei 2024 per stage (median ms of 31 runs)');
console.table(Object.entries(stages).map(([stage, run]) => ({ stage, 'median ms': ms(median(run, 31, 10)) })));

const usage = process.resourceUsage();
console.log(`\npeak memory: maxRSS ${(usage.maxRSS / 1024).toFixed(1)} MiB, largest heapUsed seen ${(peakHeap / 1024 / 1024).toFixed(1)} MiB`);
