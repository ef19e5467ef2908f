/**
 * `pnpm bench`: cost of comparing two government work reports end to end (parse excluded).
 *
 * 1. comparePlans(gov-work-report 2024, 2025): median of RUNS runs after WARMUP runs; goal < 100 ms.
 * 2. Baseline in the same run: a whole-document word diff, `diffWords(text2024, text2025,
 *    { intlSegmenter: Intl.Segmenter('zh', word) })` from the `diff` package, one run capped at 60 s
 *    by the package's `timeout` option; ratio baseline / ours (a lower bound when capped).
 * 3. Scaling: synthetic plans made of k = 1, 4, 16 copies of each report. Copy j maps every Han
 *    character c to another Han character (c + j·7919 within U+4E00–U+9FFF), so copies keep the
 *    reports' structure and statistics but share no vocabulary (k different plans' worth of tasks, not
 *    k repeats of one). Reports the median and the growth exponent between sizes (1.0 = linear;
 *    n·log n from 4× to 16× is ≈ 1.1).
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffWords } from 'diff';
import { parsePlan } from '@plandiff/parse';
import type { Plan, Section } from '@plandiff/model';
import { comparePlans } from '../src/compare.js';
import { alignTasks } from '../src/align/run.js';
import { classifyLinks } from '../src/classify.js';
import { resolveDecisions } from '../src/decisions.js';

const WARMUP = 5;
const RUNS = 21;
const here = dirname(fileURLToPath(import.meta.url));
const fixture = (year: number): Plan =>
  parsePlan(readFileSync(join(here, '..', '..', '..', 'fixtures', 'gov-work-report', String(year), 'source.txt')), {
    series: 'gov-work-report', year,
  });

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** CPU time (user + system, this process) of the last timed run set, median; less sensitive to other load. */
let lastCpu = 0;
function time(fn: () => unknown, runs = RUNS, warmup = WARMUP): number {
  for (let i = 0; i < warmup; i += 1) fn();
  const xs: number[] = [];
  const cs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const c = process.cpuUsage();
    const t = performance.now();
    fn();
    xs.push(performance.now() - t);
    const u = process.cpuUsage(c);
    cs.push((u.user + u.system) / 1000);
  }
  lastCpu = median(cs);
  return median(xs);
}

const HAN_START = 0x4e00;
const HAN_SIZE = 0x9fff - 0x4e00 + 1;
function shiftHan(text: string, j: number): string {
  if (j === 0) return text;
  return text.replace(/[\u4e00-\u9fff]/gu, (c) => String.fromCharCode(HAN_START + ((c.charCodeAt(0) - HAN_START + j * 7919) % HAN_SIZE)));
}

/** k vocabulary-disjoint copies of a plan in one Plan (ids prefixed c<j>., texts Han-shifted). */
function synthetic(plan: Plan, k: number): Plan {
  const sections: Section[] = [];
  const tasks: Plan['tasks'] = [];
  const copySection = (s: Section, j: number): Section => ({
    ...s, id: `c${j}.${s.id}`, title: shiftHan(s.title, j), children: s.children.map((c) => copySection(c, j)),
  });
  for (let j = 0; j < k; j += 1) {
    sections.push(...plan.sections.map((s) => copySection(s, j)));
    tasks.push(...plan.tasks.map((t) => ({
      ...t, id: `c${j}.${t.id}`, sectionId: `c${j}.${t.sectionId}`, title: shiftHan(t.title, j), text: shiftHan(t.text, j),
      targets: t.targets.map((g) => ({ ...g, taskId: `c${j}.${t.id}`, metric: shiftHan(g.metric, j), text: shiftHan(g.text, j) })),
    })));
  }
  return { ...plan, id: `${plan.id}×${k}`, sections, tasks, targets: tasks.flatMap((t) => t.targets), text: plan.text.repeat(k) };
}

const a = fixture(2024);
const b = fixture(2025);
const rows: string[][] = [];

const ours = time(() => comparePlans(a, b));
const oursCpu = lastCpu;
const noDecisions = resolveDecisions(a, b, undefined);
const alignMs = time(() => alignTasks(a, b, noDecisions));
const alignment = alignTasks(a, b, noDecisions);
const classifyMs = time(() => classifyLinks(a, b, alignment));
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
// The baseline is quadratic in practice (≈ 1 s at 2,000 characters, 22 s at 10,000 on this machine), so
// it runs once on the whole documents with the `diff` package's own `timeout` option.
const BASELINE_TIMEOUT_MS = 60_000;
const baselineStart = performance.now();
const baselineResult = diffWords(a.text, b.text, { intlSegmenter: segmenter, timeout: BASELINE_TIMEOUT_MS });
const baseline = performance.now() - baselineStart;
const baselineDone = baselineResult !== undefined;

rows.push(['comparePlans 2024→2025 (end to end)', `${a.tasks.length}×${b.tasks.length} tasks`, ours.toFixed(1),
  `${ours < 100 ? 'goal < 100 ms met' : 'goal < 100 ms NOT met'}; CPU ${oursCpu.toFixed(1)} ms; load ${loadavg()[0].toFixed(1)}`]);
rows.push(['  alignTasks alone (same plans)', '', alignMs.toFixed(1), '']);
rows.push(['  classifyLinks alone (diffs, targets)', '', classifyMs.toFixed(1), '']);
rows.push(['baseline: diffWords whole document, Intl.Segmenter', `${a.text.length}+${b.text.length} chars`,
  baselineDone ? baseline.toFixed(1) : `> ${baseline.toFixed(0)}`,
  baselineDone ? `ours is ${(baseline / ours).toFixed(1)}× faster` : `did not finish in ${BASELINE_TIMEOUT_MS / 1000} s: ours is > ${(baseline / ours).toFixed(0)}× faster`]);

let prev: { n: number; cpu: number } | null = null;
for (const k of [1, 4, 16]) {
  const sa = synthetic(a, k);
  const sb = synthetic(b, k);
  const runs = k === 16 ? 5 : RUNS;
  const ms = time(() => comparePlans(sa, sb), runs, 1);
  const cpu = lastCpu;
  const n = sa.tasks.length + sb.tasks.length;
  // growth on CPU time (this process), less sensitive than wall time to other load on the machine
  const growth = prev ? Math.log(cpu / prev.cpu) / Math.log(n / prev.n) : null;
  const nlogn = prev ? Math.log((n * Math.log(n)) / (prev.n * Math.log(prev.n))) / Math.log(n / prev.n) : null;
  rows.push([`synthetic ${k}×`, `${n} tasks`, ms.toFixed(1),
    `CPU ${cpu.toFixed(1)} ms${growth === null || nlogn === null ? '' : `; CPU growth exponent ${growth.toFixed(2)} (n·log n: ${nlogn.toFixed(2)}; ${growth <= nlogn + 0.05 ? 'not worse than n·log n' : 'WORSE than n·log n'})`}`]);
  prev = { n, cpu };
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length), ['what', 'size', 'median ms', 'note'][i].length));
const line = (r: string[]): string => r.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join(' | ');
console.log(`node ${process.version}, median of ${RUNS} runs after ${WARMUP} warm-up runs (16×: 5 runs; baseline: 1 run, capped)`);
console.log(line(['what', 'size', 'median ms', 'note']));
console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
for (const r of rows) console.log(line(r));
