// Child process of the mixed run of bench/load.bench.ts: `UPLOADERS` clients keep POSTing distinct notices to
// <url>/api/compare?to=gov-work-report/2025 (the 2024 government work report plus a unique line, so no upload hits
// a cache) until SIGTERM, then print `{"ok":n,"busy":n,"other":n}` (answers 200, 503, anything else). A separate
// process, so that the uploads' own work does not delay the event loop of the GET load generator.
import { readFileSync } from 'node:fs';

const [url, clients] = [process.argv[2], Number(process.argv[3] ?? 20)];
const notice = readFileSync(new URL('../../../fixtures/gov-work-report/2024/source.txt', import.meta.url));
const counts = { ok: 0, busy: 0, other: 0 };
const stop = new AbortController();
let serial = 0;

async function client(): Promise<void> {
  while (!stop.signal.aborted) {
    const body = Buffer.concat([notice, Buffer.from(`\n（附）上传编号${process.pid}-${serial++}\n`)]);
    try {
      const res = await fetch(`${url}/api/compare?to=gov-work-report/2025`, {
        method: 'POST', body, headers: { 'Content-Type': 'text/plain' }, signal: stop.signal,
      });
      await res.arrayBuffer();
      if (res.status === 200) counts.ok++;
      else if (res.status === 503) {
        counts.busy++;
        await new Promise((r) => setTimeout(r, 50)); // a polite client waits; Retry-After says 5 s
      } else counts.other++;
    } catch {
      if (!stop.signal.aborted) counts.other++;
    }
  }
}

process.on('SIGTERM', () => stop.abort());
await Promise.all(Array.from({ length: clients }, client));
process.stdout.write(JSON.stringify(counts));
