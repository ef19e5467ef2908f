// Load benchmark of the HTTP API over loopback (`pnpm bench:api`): starts the server as a child process on a free
// port of 127.0.0.1, warms GET /api/series/gov-work-report/compare?from=2024&to=2025, then runs autocannon with 50
// connections for 10 s, three times, against that route (as identity JSON and, as a browser asks for it, with
// Accept-Encoding: br), alternating with two baselines in the same session: GET /api/health (the API's fixed cost)
// and a bare node:http server answering the very same comparison bytes (what loopback, Node and autocannon allow on
// this machine at all; bench/bare-server.ts). Prints requests/s, p50 and p99 latency and the resident set size
// (VmRSS of the child, from /proc) before and after each run, the medians and the ratios. Exits 1 when any request
// failed. Takes about 2 minutes. autocannon's decoding of each body into a string is switched off (see below).
// Then the MIXED run (issue 12): three times, GET compare for 10 s alone, then for 10 s while 20 clients keep
// POSTing /api/compare uploads from a child process (bench/uploader.ts: the 2024 government work report with a
// unique line appended, so no upload hits a cache, against the stored gov-work-report/2025); prints the GET p99 alone and under uploads, the uploads
// answered (200) and refused (503 busy, retried after 50 ms), and the server's RSS over the three runs.
// `pnpm bench:api --mixed-only` runs only the mixed run.
// Last, the ADVERSARIAL run (issue 22), in the same invocation: a second server over a temporary fixtures folder
// holding a generated 20,000-task stored plan (the issue's `（一）；` × 20,000 next to the real 2025 resolution), once
// with the default plan bounds (the plan is refused, 422) and once with PLANDIFF_MAX_TASKS=25000 (the stored
// comparison is really computed, in the worker pool, until the 20 s budget); /api/health is polled every 10 ms from
// the moment the server listens (its warm-up included) until the comparison is answered, and the longest health
// answer is printed (goal ≤ 100 ms), next to the longest of 5 s of the same polling right after (nothing computing:
// what the machine's load alone costs a poll) and the load average. `--adversarial-only` runs only this.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, openSync, closeSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import autocannon, { type Result } from 'autocannon';

// autocannon 8 appends every response body to a JS string (lib/pipelinedRequestsQueue.js, addBody), only for
// options this bench does not use (expectBody, verifyBody, onResponse). For 191 kB of Chinese UTF-8 (or br bytes)
// that decoding costs the load generator itself about 0.8 ms per response and makes it the bottleneck; measured
// with 191 kB of ASCII it costs 0.11 ms. Status codes and byte counts are still recorded.
const requireCjs = createRequire(import.meta.url);
const PipelinedRequestsQueue = requireCjs('autocannon/lib/pipelinedRequestsQueue.js') as { prototype: { addBody(data: Uint8Array): void } };
PipelinedRequestsQueue.prototype.addBody = () => {};

const HOST = '127.0.0.1';
const CONNECTIONS = 50;
const DURATION_S = 10;
const RUNS = 3;
const COMPARE = '/api/series/gov-work-report/compare?from=2024&to=2025';
/** What is loaded: the baseline, the comparison as identity JSON, and as a browser asks for it (br). */
const ROUTES = {
  health: { path: '/api/health', headers: {} },
  compare: { path: COMPARE, headers: {} },
  'compare br': { path: COMPARE, headers: { 'Accept-Encoding': 'br' } },
  'bare node, same bytes': { path: '/', headers: {} },
} as const;
type RouteName = keyof typeof ROUTES;
const ROUTE_NAMES = Object.keys(ROUTES) as RouteName[];

const apiDir = fileURLToPath(new URL('..', import.meta.url));

/** Resident set size of a process in MiB, from /proc/<pid>/status (Linux). */
function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/** Starts `script` (a TypeScript file of apps/api) as a child and waits for the URL it prints. */
async function startServer(script: string, logFile: string, env: Record<string, string> = {}) {
  const out = openSync(logFile, 'w');
  // One node process (tsx as an import hook, not the tsx CLI wrapper), so that its pid is the server's pid.
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: apiDir,
    env: { ...process.env, HOST, PORT: '0', ...env },
    stdio: ['ignore', out, 'inherit'],
  });
  closeSync(out);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(readFileSync(logFile, 'utf8'));
    if (match) return { child, url: match[1] };
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    if (Date.now() > deadline) throw new Error('server did not start within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat (Linux, 100 ticks per second). */
function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime: fields 14 and 15 of proc(5)
}

interface Row {
  route: RouteName;
  run: number;
  reqPerSec: number;
  p50: number;
  p99: number;
  requests: number;
  /** response bytes per request (body and headers, as autocannon counts them) */
  bytesPerRequest: number;
  failed: number;
  rssBefore: number;
  rssAfter: number;
  /** CPU used by the server and by this process (autocannon), in percent of one core over the run */
  serverCpu: number;
  clientCpu: number;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const UPLOADERS = 20;

interface MixedRow {
  run: number;
  phase: 'GET alone' | `GET + ${number} uploads`;
  reqPerSec: number;
  p50: number;
  p99: number;
  failed: number;
  uploadsOk: number;
  uploadsBusy: number;
  uploadsOther: number;
  rssBefore: number;
  rssAfter: number;
}

/** Starts bench/uploader.ts (`UPLOADERS` clients POSTing /api/compare) as a child; `stop()` ends it and answers its counts. */
function uploadLoad(url: string): { stop(): Promise<{ ok: number; busy: number; other: number }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/uploader.ts', url, String(UPLOADERS)], {
    cwd: apiDir, stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.kill('SIGTERM');
      await exited;
      return JSON.parse(out || '{"ok":0,"busy":0,"other":0}') as { ok: number; busy: number; other: number };
    },
  };
}

async function mixedRun(child: ReturnType<typeof spawn>, url: string): Promise<MixedRow[]> {
  const rows: MixedRow[] = [];
  for (let run = 1; run <= RUNS; run++) {
    for (const withUploads of [false, true]) {
      const rssBefore = rssMiB(child.pid!);
      const uploads = withUploads ? uploadLoad(url) : null;
      if (withUploads) await new Promise((r) => setTimeout(r, 2000)); // let the uploader start and fill the pool
      const r = await autocannon({ url: url + COMPARE, connections: CONNECTIONS, duration: DURATION_S, timeout: 10 });
      const counts = uploads ? await uploads.stop() : { ok: 0, busy: 0, other: 0 };
      const row: MixedRow = {
        run, phase: withUploads ? `GET + ${UPLOADERS} uploads` : 'GET alone', reqPerSec: r.requests.average,
        p50: r.latency.p50, p99: r.latency.p99, failed: r.errors + r.timeouts + r.non2xx,
        uploadsOk: counts.ok, uploadsBusy: counts.busy, uploadsOther: counts.other, rssBefore, rssAfter: rssMiB(child.pid!),
      };
      rows.push(row);
      console.log(`mixed run ${run} ${row.phase}: ${row.reqPerSec.toFixed(0)} req/s, p99 ${row.p99} ms, uploads 200×${row.uploadsOk} 503×${row.uploadsBusy} other×${row.uploadsOther}, RSS ${row.rssBefore.toFixed(0)}→${row.rssAfter.toFixed(0)} MiB`);
      if (withUploads) await new Promise((r) => setTimeout(r, 3000)); // let the jobs in flight drain
    }
  }
  return rows;
}

function printMixed(rows: MixedRow[]): void {
  console.log(`\nMIXED: GET ${COMPARE} with ${CONNECTIONS} connections, ${DURATION_S} s per phase, alone vs while ${UPLOADERS} clients POST /api/compare`);
  console.table(rows.map((r) => ({
    run: r.run, phase: r.phase, 'req/s': Math.round(r.reqPerSec), 'p50 ms': r.p50, 'p99 ms': r.p99, 'GET failed': r.failed,
    'uploads 200': r.uploadsOk, 'uploads 503': r.uploadsBusy, 'uploads other': r.uploadsOther,
    'RSS before MiB': r.rssBefore.toFixed(1), 'RSS after MiB': r.rssAfter.toFixed(1),
  })));
  console.log(`load average after the mixed run (1, 5, 15 min): ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} on ${os.cpus().length} cores`);
  const alone = median(rows.filter((r) => r.phase === 'GET alone').map((r) => r.p99));
  const loaded = median(rows.filter((r) => r.phase !== 'GET alone').map((r) => r.p99));
  console.log(
    `GET compare p99: alone ${alone} ms, with ${UPLOADERS} uploads ${loaded} ms (median of ${RUNS}); ` +
      `goal ≤ 50 ms under load ${loaded <= 50 ? 'met' : 'NOT met'}; ` +
      `RSS over the runs: ${rows.map((r) => r.rssAfter.toFixed(0)).join(' → ')} MiB`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--adversarial-only')) {
    await adversarialRun();
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'plandiff-bench-'));
  const { child, url } = await startServer('src/server.ts', join(tmp, 'server.log'));
  let bare: Awaited<ReturnType<typeof startServer>> | undefined;
  const rows: Row[] = [];
  let mixed: MixedRow[] = [];
  const mixedOnly = process.argv.includes('--mixed-only');
  try {
    if (!url.startsWith(`http://${HOST}:`)) throw new Error(`refusing to load anything but loopback: ${url}`);
    for (const route of ROUTE_NAMES.filter((r) => r !== 'bare node, same bytes')) {
      const { path, headers } = ROUTES[route];
      const res = await fetch(url + path, { headers });
      if (res.status !== 200) throw new Error(`warm-up ${path} answered ${res.status}`);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (route === 'compare') writeFileSync(join(tmp, 'compare.json'), bytes);
    }
    bare = await startServer('bench/bare-server.ts', join(tmp, 'bare.log'), { BARE_BODY_FILE: join(tmp, 'compare.json') });
    const warm = await autocannon({ url: url + COMPARE, connections: CONNECTIONS, duration: 2 });
    console.log(`warm-up: ${warm.requests.total} requests of compare in 2 s`);
    for (let run = 1; run <= (mixedOnly ? 0 : RUNS); run++) {
      for (const route of ROUTE_NAMES) {
        const server = route === 'bare node, same bytes' ? bare : { child, url };
        const rssBefore = rssMiB(server.child.pid!);
        const serverCpuBefore = cpuSeconds(server.child.pid!);
        const clientCpuBefore = process.cpuUsage();
        const { path, headers } = ROUTES[route];
        const r: Result = await autocannon({
          url: server.url + path, headers: { ...headers }, connections: CONNECTIONS, duration: DURATION_S, timeout: 10,
        });
        const rssAfter = rssMiB(server.child.pid!);
        const serverCpu = ((cpuSeconds(server.child.pid!) - serverCpuBefore) / r.duration) * 100;
        const clientUsage = process.cpuUsage(clientCpuBefore);
        const clientCpu = ((clientUsage.user + clientUsage.system) / 1e6 / r.duration) * 100;
        const row: Row = {
          route, run, reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99,
          requests: r.requests.total, bytesPerRequest: r.throughput.total / Math.max(1, r.requests.total), failed: r.errors + r.timeouts + r.non2xx, rssBefore, rssAfter, serverCpu, clientCpu,
        };
        rows.push(row);
        console.log(`run ${run} ${route}: ${row.reqPerSec.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, failed ${row.failed}, CPU server ${row.serverCpu.toFixed(0)}% client ${row.clientCpu.toFixed(0)}%`);
      }
    }
    mixed = await mixedRun(child, url);
  } finally {
    for (const c of [child, bare?.child]) {
      if (!c || c.exitCode !== null) continue;
      c.kill('SIGTERM');
      await new Promise((r) => c.once('exit', r));
    }
    rmSync(tmp, { recursive: true, force: true });
  }

  printMixed(mixed);
  await adversarialRun();
  if (mixedOnly) return;
  const table = rows.map((r) => ({
    route: r.route, run: r.run, 'req/s': Math.round(r.reqPerSec), 'p50 ms': r.p50, 'p99 ms': r.p99,
    requests: r.requests, 'kB/response': (r.bytesPerRequest / 1000).toFixed(1), failed: r.failed, 'RSS before MiB': r.rssBefore.toFixed(1), 'RSS after MiB': r.rssAfter.toFixed(1),
    'server CPU %': Math.round(r.serverCpu), 'client CPU %': Math.round(r.clientCpu),
  }));
  console.log(`\nGET over ${HOST}, ${CONNECTIONS} connections, ${DURATION_S} s per run, ${RUNS} runs each (runs alternate)`);
  console.table(table);
  const of = (route: RouteName) => rows.filter((r) => r.route === route);
  const summary = ROUTE_NAMES.map((route) => ({
    route,
    'median req/s': Math.round(median(of(route).map((r) => r.reqPerSec))),
    'median p50 ms': median(of(route).map((r) => r.p50)),
    'median p99 ms': median(of(route).map((r) => r.p99)),
    'median server CPU %': Math.round(median(of(route).map((r) => r.serverCpu))),
    'RSS first→last MiB': `${of(route)[0].rssBefore.toFixed(1)}→${of(route).at(-1)!.rssAfter.toFixed(1)}`,
  }));
  console.table(summary);
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.log(`load average at the end (1, 5, 15 min): ${load} on ${os.cpus().length} cores`);
  const medianOf = (route: RouteName) => summary.find((s) => s.route === route)!['median req/s'];
  for (const compare of summary.filter((s) => s.route === 'compare' || s.route === 'compare br')) {
    console.log(
      `${compare.route}: ${(compare['median req/s'] / medianOf('health')).toFixed(2)} × health, ` +
        `${(compare['median req/s'] / medianOf('bare node, same bytes')).toFixed(2)} × bare node throughput; ` +
        `goal p99 < 50 ms ${compare['median p99 ms'] < 50 ? 'met' : 'NOT met'} (${compare['median p99 ms']} ms), ` +
        `goal ≥ 1000 req/s ${compare['median req/s'] >= 1000 ? 'met' : 'NOT met'} (${compare['median req/s']})`,
    );
  }
  const failed = rows.reduce((n, r) => n + r.failed, 0);
  if (failed > 0) {
    console.error(`${failed} requests failed`);
    process.exitCode = 1;
  }
}

/** Fixtures with npc-gwr-resolution 2025 (real) and 2024 = the issue's 20,000 labels (19,999 tasks). */
function twentyThousandTaskFixtures(dir: string): void {
  const fixtures = fileURLToPath(new URL('../../../fixtures/npc-gwr-resolution/', import.meta.url));
  const series = join(dir, 'npc-gwr-resolution');
  mkdirSync(join(series, '2024'), { recursive: true });
  cpSync(join(fixtures, 'series.json'), join(series, 'series.json'));
  cpSync(join(fixtures, '2025'), join(series, '2025'), { recursive: true });
  writeFileSync(join(series, '2024', 'meta.json'), JSON.stringify({ sourceUrl: null, retrievedOn: null, coverage: 'full', encoding: 'utf-8', sourceFile: 'source.txt' }));
  writeFileSync(join(series, '2024', 'source.txt'), '（一）；'.repeat(20_000));
}

/** Polls /api/health every 10 ms until `until` settles; the longest answer time and the number of polls. */
async function healthStall(url: string, until: Promise<unknown>): Promise<{ longest: number; polls: number; failed: number }> {
  let done = false;
  void until.finally(() => (done = true)).catch(() => undefined);
  let longest = 0;
  let polls = 0;
  let failed = 0;
  while (!done) {
    const started = performance.now();
    const ok = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(10_000) }).then((r) => r.status === 200, () => false);
    if (!ok) failed++;
    longest = Math.max(longest, performance.now() - started);
    polls++;
    await new Promise((r) => setTimeout(r, 10));
  }
  return { longest, polls, failed };
}

async function adversarialRun(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'plandiff-adversarial-'));
  twentyThousandTaskFixtures(join(tmp, 'fixtures'));
  console.log('\nADVERSARIAL: a 20,000-task stored plan (npc-gwr-resolution/2024), GET its comparison with 2025 while /api/health is polled every 10 ms from start-up');
  try {
    for (const [name, env] of [['default bounds (5,000 tasks)', {}], ['bounds raised to 25,000 tasks (computed in the pool)', { PLANDIFF_MAX_TASKS: '25000' }]] as const) {
      const { child, url } = await startServer('src/server.ts', join(tmp, 'server.log'), { PLANDIFF_FIXTURES: join(tmp, 'fixtures'), ...env });
      try {
        const started = performance.now();
        const compare = fetch(`${url}/api/series/npc-gwr-resolution/compare?from=2024&to=2025`, { signal: AbortSignal.timeout(120_000) });
        const health = await healthStall(url, compare);
        const answer = await compare;
        const body = (await answer.json()) as { code?: string };
        // the same polling of the same server with nothing else to do: what the machine's load alone costs a poll
        const idle = await healthStall(url, new Promise((r) => setTimeout(r, 5_000)));
        const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
        console.log(
          `${name}: compare answered ${answer.status}${body.code ? ` ${body.code}` : ''}${answer.headers.get('retry-after') ? ` Retry-After ${answer.headers.get('retry-after')}` : ''} after ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
            `longest /api/health ${health.longest.toFixed(0)} ms over ${health.polls} polls (failed ${health.failed}), goal ≤ 100 ms ${health.longest <= 100 && health.failed === 0 ? 'met' : 'NOT met'}; ` +
            `idle baseline right after, same server: longest ${idle.longest.toFixed(0)} ms over ${idle.polls} polls; load average ${load}`,
        );
      } finally {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
