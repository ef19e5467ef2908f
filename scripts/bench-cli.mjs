#!/usr/bin/env node
// `pnpm bench:cli`: whole-process cost of the `plandiff` command, next to a bare `node -e 0` measured in the same
// run. For each command, over 5 interleaved runs (after one unmeasured warm-up run): the median wall time and its ratio to
// `node -e 0` (the goals), the median CPU time (user + system) and its ratio — steadier than wall time when other
// processes share the machine — and the peak resident memory (largest maxRSS). CPU time and memory are read inside
// the child by a preloaded probe (process.resourceUsage() on exit, written to fd 3; the same probe in every run,
// `node -e 0` included), so no external `time` binary is needed.
// Goals (issue 22, after issue 13): parse ≤ 2.5× and compare ≤ 3× `node -e 0`; parse peak memory ≤ 100 MB.
//
// Options: --runs N (default 5); --bin PATH (default apps/cli/bin/plandiff.js, the installed bin) to measure
// another entry, e.g. a TypeScript one through tsx for a before/after comparison.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '5' }, bin: { type: 'string', default: 'apps/cli/bin/plandiff.js' } },
});
const runs = Number(values.runs);
const bin = resolve(root, values.bin);
if (!existsSync(bin)) {
  console.error(`bench:cli: ${values.bin} does not exist (run \`pnpm build\` first)`);
  process.exit(2);
}

const PROBE =
  'data:text/javascript,import{writeSync}from"node:fs";' +
  'process.on("exit",()=>{try{const u=process.resourceUsage();' +
  'writeSync(3,JSON.stringify({rssKb:u.maxRSS,cpuMs:(u.userCPUTime+u.systemCPUTime)/1000}))}catch{}})';

/** name, node arguments, goal as a multiple of `node -e 0` (undefined = none), goal of peak memory in MB */
const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'parse hubei-sthjt-gzyd/2024 --json', args: [bin, 'parse', 'hubei-sthjt-gzyd/2024', '--json'], ratioGoal: 2.5, rssGoalMb: 100 },
  { name: 'compare gov-work-report/2024 gov-work-report/2025 --json', args: [bin, 'compare', 'gov-work-report/2024', 'gov-work-report/2025', '--json'], ratioGoal: 3 },
  { name: 'targets gov-work-report --json', args: [bin, 'targets', 'gov-work-report', '--json'] },
  { name: 'check', args: [bin, 'check'] },
];

function runOnce(args) {
  const nodeArgs = ['--import', PROBE, ...args];
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, nodeArgs, {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 26,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0 && !(args[1] === 'check' && child.status === 1)) {
    throw new Error(`node ${args.join(' ')} exited ${child.status}: ${child.stderr.toString().trim().split('\n')[0]}`);
  }
  const { rssKb, cpuMs } = JSON.parse(child.output[3]?.toString() || '{"rssKb":null,"cpuMs":null}');
  return { ms, rssKb: rssKb ?? NaN, cpuMs: cpuMs ?? NaN };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

console.log(`plandiff CLI, whole process: median of ${runs} runs (node ${process.version}, bin ${values.bin})`);
// Runs are interleaved (round i runs every command once) so that a change in the machine's load during the
// benchmark hits `node -e 0` and the commands alike instead of skewing their ratio.
for (const c of cases) runOnce(c.args); // warm the file cache (and write the CLI's code cache)
const samples = cases.map(() => []);
for (let round = 0; round < runs; round += 1) {
  cases.forEach((c, i) => samples[i].push(runOnce(c.args)));
}
const baseline = median(samples[0].map((x) => x.ms));
const baselineCpu = median(samples[0].map((x) => x.cpuMs));
let failed = false;
cases.forEach((c, i) => {
  const times = samples[i].map((x) => x.ms);
  const ms = median(times);
  const cpuMs = median(samples[i].map((x) => x.cpuMs));
  const rssMb = Math.max(...samples[i].map((x) => x.rssKb)) / 1024;
  const ratio = ms / baseline;
  const notes = [];
  if (c.ratioGoal !== undefined) {
    const ok = ratio <= c.ratioGoal;
    failed ||= !ok;
    notes.push(`goal ≤ ${c.ratioGoal}×: ${ok ? 'met' : 'MISSED'}`);
  }
  if (c.rssGoalMb !== undefined) {
    const ok = rssMb <= c.rssGoalMb;
    failed ||= !ok;
    notes.push(`memory goal ≤ ${c.rssGoalMb} MB: ${ok ? 'met' : 'MISSED'}`);
  }
  console.log(
    `${c.name.padEnd(58)} wall ${ms.toFixed(0).padStart(5)} ms ${ratio.toFixed(2).padStart(5)}×` +
      `  cpu ${cpuMs.toFixed(0).padStart(5)} ms ${(cpuMs / baselineCpu).toFixed(2).padStart(5)}×  peak ${rssMb.toFixed(0).padStart(4)} MB` +
      `  [${times.map((t) => t.toFixed(0)).join(' ')}]${notes.length ? '  ' + notes.join(', ') : ''}`,
  );
});
process.exitCode = failed ? 1 : 0;
