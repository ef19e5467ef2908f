import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { Corpus } from '@plandiff/corpus';
import { createApp, type AppOptions } from './app.js';
import { PlanPool, poolLimitsFromEnv } from './plan-pool.js';
import { warmCorpus, type WarmReport } from './warm.js';
import { StoredAnswers } from './stored-answers.js';
import { allowedHostsFromEnv, HostPolicy } from './host-check.js';
import { answerClientError, clientErrorAnswers } from './client-error.js';

export interface RunningServer {
  server: Server;
  /** e.g. http://127.0.0.1:8787 */
  url: string;
  /** stops accepting connections, stops the warm-up, lets requests in flight finish (at most `graceMs`), stops the worker pool, then resolves */
  close(graceMs?: number): Promise<void>;
  /** the background warm-up started after listening (see {@link warmCorpus}); null when `warm: false` */
  warmed: Promise<WarmReport> | null;
}

export interface ServerOptions extends AppOptions {
  /** parse every stored plan and the latest-two comparison of each series in the background once listening (default true) */
  warm?: boolean;
}

/**
 * Starts the API over HTTP with @hono/node-server on `host:port` (port 0 = any free port), then, unless
 * `warm: false`, warms the Corpus in the background (the listen is not delayed; see {@link warmCorpus}).
 * Output: the running server, its URL, a graceful close and the warm-up's report. Throws when the address cannot
 * be bound.
 */
export async function startServer(
  host: string,
  port: number,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const corpus = options.corpus ?? new Corpus();
  const planPool = options.planPool ?? new PlanPool(poolLimitsFromEnv());
  const stored = options.stored ?? new StoredAnswers(corpus, new PlanPool(poolLimitsFromEnv()));
  const hosts = options.hosts ?? new HostPolicy(allowedHostsFromEnv());
  const app = createApp({ ...options, corpus, planPool, stored, hosts });
  const server = await new Promise<Server>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port }, () => resolve(s as Server)) as Server;
    s.once('error', reject);
  });
  // Node's own 431/400 answers, given the same security headers as every other answer
  server.on('clientError', answerClientError(await clientErrorAnswers(Boolean(options.cors))));
  const address = server.address() as AddressInfo;
  hosts.listening(address.family === 'IPv6' ? `[${address.address}]` : address.address, address.port);
  const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const stopWarming = new AbortController();
  return {
    server,
    url: `http://${shownHost}:${address.port}`,
    warmed: options.warm === false ? null : warmCorpus(stored, stopWarming.signal),
    close: (graceMs = 10_000) =>
      new Promise<void>((resolve) => {
        stopWarming.abort();
        const force = setTimeout(() => server.closeAllConnections(), graceMs);
        // Keep-alive connections become idle once their request is answered: close them as they do.
        const sweep = setInterval(() => server.closeIdleConnections(), 50);
        force.unref();
        sweep.unref();
        server.close(() => {
          clearTimeout(force);
          clearInterval(sweep);
          void Promise.allSettled([planPool.close(), stored.close()]).then(() => resolve());
        });
        server.closeIdleConnections();
      }),
  };
}

const ListenEnv = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z
    .string()
    .regex(/^\d{1,5}$/, 'a port number')
    .transform(Number)
    .pipe(z.number().int().max(65535))
    .default(8787),
});

/**
 * Reads HOST (default 127.0.0.1) and PORT (default 8787; 0 = any free port) from the environment (empty = unset).
 * Throws Error naming the bad variable.
 */
export function listenAddress(env: NodeJS.ProcessEnv = process.env): { host: string; port: number } {
  const parsed = ListenEnv.safeParse({ HOST: env.HOST || undefined, PORT: env.PORT || undefined });
  if (!parsed.success) {
    throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  }
  return { host: parsed.data.HOST, port: parsed.data.PORT };
}

async function main(): Promise<void> {
  const { host, port } = listenAddress();
  const running = await startServer(host, port, { log: (line) => console.log(line) });
  console.log(`plandiff api listening on ${running.url}  (viewer at /, API at /api, OpenAPI at /api/openapi.json)`);
  void running.warmed?.then((report) => {
    if (report.aborted) return;
    console.log(`warmed ${report.plans.length} plans and ${report.comparisons.length} comparisons in ${report.ms} ms`);
    for (const line of report.failed) console.error(`warm-up failed: ${line}`);
  });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: closing (requests in flight may finish)`);
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
