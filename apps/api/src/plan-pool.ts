import { availableParallelism } from 'node:os';
import { z } from 'zod';
import Tinypool from 'tinypool';
import type { ParseOptions } from '@plandiff/parse';
import { IngestError, PlanParseError, type IngestErrorCode, type PlanParseErrorCode } from '@plandiff/parse';
import { ProblemError, RETRY_AFTER_SECONDS } from './problem.js';
import { DEFAULT_PLAN_BOUNDS, type PlanBounds } from '@plandiff/corpus';
import type { JobSide, OutputLimits, PlanJob, PlanJobResult } from './plan-worker.js';
import { storedFailureError, type StoredQuery } from './stored-job.js';

export type { JobSide, OutputLimits } from './plan-worker.js';

/** Limits of the pool that parses and compares uploads. */
export interface PlanPoolLimits {
  /** worker threads, i.e. uploads parsed or compared at the same time */
  threads: number;
  /** jobs that may wait for a thread; one more is refused at once with 503 + Retry-After */
  maxQueue: number;
  /** wall time of one job from its submission, in ms; then its thread is terminated and the request gets 503 */
  budgetMs: number;
  /** bounds on what one job may produce */
  output: OutputLimits;
}

/**
 * Defaults: all cores but one (≥ 1) as threads, 16 waiting jobs, 20 s per job, the plan bounds of
 * @plandiff/corpus (5,000 tasks/targets, 20,000 characters per task), 32 MiB JSON.
 */
export const DEFAULT_PLAN_POOL_LIMITS: PlanPoolLimits = {
  threads: Math.max(1, Math.min(4, availableParallelism() - 1)),
  maxQueue: 16,
  budgetMs: 20_000,
  output: { ...DEFAULT_PLAN_BOUNDS, maxJsonBytes: 32 * 1024 * 1024 },
};


const Whole = z.string().regex(/^\d+$/, 'a whole number').transform(Number).pipe(z.number().int().min(1));
const PoolEnv = z.object({
  PLANDIFF_WORKERS: Whole.optional(),
  PLANDIFF_QUEUE: Whole.optional(),
  PLANDIFF_TIME_BUDGET_MS: Whole.optional(),
  PLANDIFF_MAX_TASKS: Whole.optional(),
  PLANDIFF_MAX_TARGETS: Whole.optional(),
  PLANDIFF_MAX_TASK_CHARS: Whole.optional(),
});

/**
 * Pool limits from the environment: PLANDIFF_WORKERS (threads), PLANDIFF_QUEUE (waiting jobs),
 * PLANDIFF_TIME_BUDGET_MS (ms per job), and the plan bounds PLANDIFF_MAX_TASKS, PLANDIFF_MAX_TARGETS,
 * PLANDIFF_MAX_TASK_CHARS (for stored and uploaded plans alike); unset or empty = the default. Throws Error naming
 * the bad variable.
 */
export function poolLimitsFromEnv(env: NodeJS.ProcessEnv = process.env): PlanPoolLimits {
  const parsed = PoolEnv.safeParse({
    PLANDIFF_WORKERS: env.PLANDIFF_WORKERS || undefined,
    PLANDIFF_QUEUE: env.PLANDIFF_QUEUE || undefined,
    PLANDIFF_TIME_BUDGET_MS: env.PLANDIFF_TIME_BUDGET_MS || undefined,
    PLANDIFF_MAX_TASKS: env.PLANDIFF_MAX_TASKS || undefined,
    PLANDIFF_MAX_TARGETS: env.PLANDIFF_MAX_TARGETS || undefined,
    PLANDIFF_MAX_TASK_CHARS: env.PLANDIFF_MAX_TASK_CHARS || undefined,
  });
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const d = DEFAULT_PLAN_POOL_LIMITS;
  return {
    threads: parsed.data.PLANDIFF_WORKERS ?? d.threads,
    maxQueue: parsed.data.PLANDIFF_QUEUE ?? d.maxQueue,
    budgetMs: parsed.data.PLANDIFF_TIME_BUDGET_MS ?? d.budgetMs,
    output: {
      ...d.output,
      maxTasks: parsed.data.PLANDIFF_MAX_TASKS ?? d.output.maxTasks,
      maxTargets: parsed.data.PLANDIFF_MAX_TARGETS ?? d.output.maxTargets,
      maxTaskChars: parsed.data.PLANDIFF_MAX_TASK_CHARS ?? d.output.maxTaskChars,
    },
  };
}

/** The plan bounds part of pool limits (what a Corpus of stored plans is given). */
export function planBoundsOf(limits: PlanPoolLimits): PlanBounds {
  return { maxTasks: limits.output.maxTasks, maxTargets: limits.output.maxTargets, maxTaskChars: limits.output.maxTaskChars };
}

/**
 * The worker entry, next to this module: `plan-worker.js` when this module runs compiled, else (running from
 * source under tsx or vitest) `plan-worker-source.mjs`, which registers tsx's hooks in the worker thread and loads
 * `plan-worker.ts` (a worker does not inherit the loader hooks of its parent; `--import tsx` in a worker's
 * execArgv is not honoured on Node 20).
 */
export function planWorkerFile(moduleUrl: string = import.meta.url): string {
  const fromSource = moduleUrl.endsWith('.ts');
  return new URL(fromSource ? './plan-worker-source.mjs' : './plan-worker.js', moduleUrl).href;
}

/**
 * Parses and compares uploaded notices in worker threads (tinypool), so a slow or hostile upload never blocks
 * the event loop that answers stored data. At most `threads` jobs run; `maxQueue` more wait; beyond that a job
 * is refused with ProblemError `busy` (503). A job still running after `budgetMs` has its thread terminated and
 * fails with ProblemError `over-time-budget` (503). Threads start on first use, are unref'd when idle, and run at
 * the lowest CPU priority (nice 19, per thread on Linux; see plan-worker.ts) so stored-data GETs stay fast.
 */
export class PlanPool {
  private pool: Tinypool | null = null;

  constructor(readonly limits: PlanPoolLimits = DEFAULT_PLAN_POOL_LIMITS) {}

  private tinypool(): Tinypool {
    if (!this.pool) {
      this.pool = new Tinypool({
        filename: planWorkerFile(),
        minThreads: 0,
        maxThreads: this.limits.threads,
        maxQueue: this.limits.maxQueue,
        idleTimeout: 60_000,
      });
    }
    return this.pool;
  }

  /**
   * The Plan of a notice as UTF-8 JSON bytes. Throws PlanParseError (the parser's refusal), ProblemError
   * `output-too-large` (422: tasks, targets or JSON over the limits), `busy` or `over-time-budget` (503); an
   * AbortError when `signal` (the job's clients all went away) fires first.
   */
  async parse(bytes: Uint8Array, options: ParseOptions, signal?: AbortSignal): Promise<Uint8Array> {
    return (await this.run({ op: 'parse', bytes, options, limits: this.limits.output }, 'parsing the notice', signal)).json;
  }

  /**
   * The Comparison of two sides (a notice to parse, or a Plan as JSON bytes) in one job, as UTF-8 JSON bytes,
   * with the JSON of the plans it parsed on the way (null for a side given as a Plan). Throws as {@link parse}.
   */
  async compare(from: JobSide, to: JobSide, signal?: AbortSignal): Promise<{ json: Uint8Array; plans: { from: Uint8Array | null; to: Uint8Array | null } }> {
    const done = await this.run({ op: 'compare', from, to, limits: this.limits.output }, 'comparing the notices', signal);
    return { json: done.json, plans: done.plans ?? { from: null, to: null } };
  }

  /**
   * An answer about the stored fixtures in `dir` (series, plans, comparisons, timelines, collections), computed in
   * a worker thread by a Corpus kept per thread, with this pool's plan bounds, as UTF-8 JSON bytes. Throws the
   * Corpus's own errors (CorpusNotFoundError, CorpusUsageError, CorpusBrokenFixtureError,
   * CorpusPlanOverBoundsError, PlanParseError) and ProblemError `busy` / `over-time-budget` (503).
   */
  async stored(dir: string, query: StoredQuery, signal?: AbortSignal): Promise<Uint8Array> {
    const doing = query.kind === 'compare' ? `comparing the stored plans ${query.series}/${query.from} and ${query.to}` : `reading the stored ${query.kind}`;
    return (await this.run({ op: 'stored', dir, bounds: planBoundsOf(this.limits), query }, doing, signal)).json;
  }

  /** Jobs submitted and not yet answered, and how many of them wait for a thread (for tests). */
  load(): { inFlight: number; queued: number } {
    return { inFlight: this.inFlight, queued: this.pool?.queueSize ?? 0 };
  }

  /** Stops every thread (jobs in flight fail). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = null;
    await pool?.destroy();
  }

  private inFlight = 0;

  private async run(job: PlanJob, doing: string, cancel?: AbortSignal): Promise<Extract<PlanJobResult, { ok: true }>> {
    const pool = this.tinypool();
    if (this.inFlight >= this.limits.threads + this.limits.maxQueue) throw busy(this.limits);
    const budget = AbortSignal.timeout(this.limits.budgetMs);
    // `cancel` (every client of the job went away) stops the job like the budget does: tinypool dequeues it or
    // terminates its thread
    const signal = cancel ? AbortSignal.any([budget, cancel]) : budget;
    this.inFlight++;
    let result: PlanJobResult;
    try {
      result = (await pool.run(job, { signal })) as PlanJobResult;
    } catch (error) {
      if (budget.aborted) {
        throw new ProblemError(
          'over-time-budget',
          `${doing} took longer than the ${this.limits.budgetMs / 1000} s budget of one request and was stopped; ` +
            'a notice this slow is most likely not a plan (or the server is overloaded: retry later)',
          'TIME_BUDGET',
        );
      }
      if (error instanceof Error && /queue is at limit/i.test(error.message)) throw busy(this.limits);
      throw error;
    } finally {
      this.inFlight--;
    }
    if (result.ok) return result;
    if (result.failure === 'parse') throw new PlanParseError(result.code as PlanParseErrorCode, result.message);
    if (result.failure === 'ingest') throw new IngestError(result.code as IngestErrorCode, result.message);
    if (result.failure === 'corpus') throw storedFailureError(result);
    throw new ProblemError('output-too-large', result.message, result.code);
  }
}

function busy(limits: PlanPoolLimits): ProblemError {
  return new ProblemError(
    'busy',
    `the server is already reading ${limits.threads + limits.maxQueue} uploads; retry in ${RETRY_AFTER_SECONDS} s`,
    'BUSY',
  );
}
