// Alignment cost at 1×, 10× and 50× the largest real plan (issue 22): `tsx --conditions=@plandiff/source
// bench/align-scale.bench.ts [multiples…]` (default 1 10 50). The pair is the government work reports 2024 → 2025
// (79 → 76 tasks), repeated as k vocabulary-disjoint copies (every Han character of copy j shifted by j·7919 within
// U+4E00–U+9FFF, so copies share no words) with k chosen so that each side holds about m × 183 tasks (183: the
// largest stored plan, gwr-hainan/2026). Prints the wall and CPU time of comparePlans per size, the growth exponent
// (2.0 = quadratic) and whether the service would compute it at all (the plan bounds: 5,000 tasks a side). A size
// is skipped once a smaller one took over 120 s.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import type { Plan, Section } from '@plandiff/model';
import { parsePlan } from '@plandiff/parse';
import { comparePlans } from '@plandiff/compare';
import { DEFAULT_PLAN_BOUNDS, planBoundsBreach } from '@plandiff/corpus';

const LARGEST_REAL_PLAN_TASKS = 183;
const report = (year: number): Plan =>
  parsePlan(readFileSync(new URL(`../../../fixtures/gov-work-report/${year}/source.txt`, import.meta.url)), { series: 'gov-work-report', year });

const shift = (text: string, j: number) =>
  j === 0 ? text : text.replace(/[\u4e00-\u9fff]/gu, (c) => String.fromCharCode(0x4e00 + ((c.charCodeAt(0) - 0x4e00 + j * 7919) % (0x9fff - 0x4e00 + 1))));

/** k vocabulary-disjoint copies of a plan as one Plan. */
function copies(plan: Plan, k: number): Plan {
  const section = (s: Section, j: number): Section => ({ ...s, id: `c${j}.${s.id}`, title: shift(s.title, j), children: s.children.map((c) => section(c, j)) });
  const tasks: Plan['tasks'] = [];
  const sections: Section[] = [];
  for (let j = 0; j < k; j++) {
    sections.push(...plan.sections.map((s) => section(s, j)));
    tasks.push(...plan.tasks.map((t) => ({
      ...t, id: `c${j}.${t.id}`, sectionId: `c${j}.${t.sectionId}`, title: shift(t.title, j), text: shift(t.text, j),
      targets: t.targets.map((g) => ({ ...g, taskId: `c${j}.${t.id}`, metric: shift(g.metric, j), text: shift(g.text, j) })),
    })));
  }
  return { ...plan, id: `${plan.id}×${k}`, sections, tasks, targets: tasks.flatMap((t) => t.targets), text: plan.text.repeat(k) };
}

const multiples = process.argv.slice(2).map(Number).filter((n) => n > 0);
const a = report(2024);
const b = report(2025);
let previous: { n: number; cpu: number } | null = null;
let tooSlow = false;
console.log(`comparePlans of gov-work-report 2024 → 2025 as disjoint copies; node ${process.version}`);
for (const m of multiples.length > 0 ? multiples : [1, 10, 50]) {
  const k = Math.max(1, Math.round((m * LARGEST_REAL_PLAN_TASKS) / a.tasks.length));
  const from = copies(a, k);
  const to = copies(b, k);
  const served = planBoundsBreach(from) === null && planBoundsBreach(to) === null;
  if (tooSlow) {
    console.log(`${m}× (${from.tasks.length} → ${to.tasks.length} tasks): skipped, a smaller size took over 120 s; the service ${served ? 'would compute it (in the pool, under the budget)' : `refuses it (over ${DEFAULT_PLAN_BOUNDS.maxTasks} tasks)`}`);
    continue;
  }
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  comparePlans(from, to);
  const ms = performance.now() - started;
  const used = process.cpuUsage(cpuBefore);
  const cpu = (used.user + used.system) / 1000;
  const n = from.tasks.length + to.tasks.length;
  const growth = previous ? (Math.log(cpu / previous.cpu) / Math.log(n / previous.n)).toFixed(2) : '–';
  console.log(
    `${m}× (${from.tasks.length} → ${to.tasks.length} tasks): wall ${(ms / 1000).toFixed(2)} s, CPU ${(cpu / 1000).toFixed(2)} s, growth exponent ${growth}; ` +
      `the service ${served ? 'computes it in the worker pool' : `refuses it (over ${DEFAULT_PLAN_BOUNDS.maxTasks} tasks a side)`}; load ${loadavg()[0].toFixed(1)}`,
  );
  previous = { n, cpu };
  if (ms > 120_000) tooSlow = true;
}
