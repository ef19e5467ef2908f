/**
 * Worker-thread entry of the plan pool ({@link ../plan-pool.ts}): parses a notice or compares two plans off the
 * server's event loop, and answers the result as UTF-8 JSON bytes (transferred, not copied) so the main thread
 * never serialises a Plan or Comparison of an upload. Loaded by tinypool from this file's compiled `.js`, or from
 * the `.ts` source through tsx in tests and `tsx src/server.ts`.
 */
import { setPriority } from 'node:os';
import type { Comparison, Plan } from '@plandiff/model';
import { IngestError, parseNotice, PlanParseError, type ParseOptions } from '@plandiff/parse';
import { comparePlans } from '@plandiff/compare';
import { planBoundsBreach } from '@plandiff/corpus';
import { runStoredJob, type StoredFailure, type StoredJob } from './stored-job.js';

/** Bounds on what a single upload may produce (issue 12: 5 MiB of `（一）\n` made a 97 MB Plan). */
export interface OutputLimits {
  /** most tasks in one Plan */
  maxTasks: number;
  /** most targets in one Plan */
  maxTargets: number;
  /** most characters of one task's text */
  maxTaskChars: number;
  /** most bytes of one Plan's or Comparison's JSON */
  maxJsonBytes: number;
}

/** One side of a comparison job: a notice to parse first, or a Plan already as JSON bytes. */
export type JobSide = { notice: Uint8Array; options: ParseOptions } | { planJson: Uint8Array };

export type PlanJob =
  | { op: 'parse'; bytes: Uint8Array; options: ParseOptions; limits: OutputLimits }
  | { op: 'compare'; from: JobSide; to: JobSide; limits: OutputLimits }
  | StoredJob;

export type PlanJobResult =
  | { ok: true; json: Uint8Array; plans?: { from: Uint8Array | null; to: Uint8Array | null } }
  | { ok: false; failure: 'parse'; code: string; message: string }
  /** the ingest stage could not read the file at all (IngestError: OWNER_FILE, TRUNCATED, ENCRYPTED …) */
  | { ok: false; failure: 'ingest'; code: string; message: string }
  | { ok: false; failure: 'limit'; code: LimitCode; message: string }
  | StoredFailure;

type LimitCode = 'TOO_MANY_TASKS' | 'TOO_MANY_TARGETS' | 'TASK_TOO_LONG' | 'ANSWER_TOO_LARGE';

const decoder = new TextDecoder();

// Lowest CPU priority for this worker thread, so that on a busy machine the main thread (which answers stored
// data) is scheduled first. Linux keeps the nice value per thread (setpriority(2), NOTES: "the nice value is a
// per-thread attribute" under NPTL), so `setPriority(0, …)` here lowers this thread only; raising nice needs no
// privilege. Elsewhere it may lower the whole process or fail; a failure is ignored.
try {
  setPriority(0, 19);
} catch {
  // not permitted here: run at normal priority
}

type JobFailure = Extract<PlanJobResult, { ok: false }>;

function limitFailure(code: LimitCode, message: string): JobFailure {
  return { ok: false, failure: 'limit', code, message };
}

function jsonResult(value: Plan | Comparison, what: string, limits: OutputLimits): PlanJobResult {
  const json = new TextEncoder().encode(JSON.stringify(value));
  if (json.byteLength > limits.maxJsonBytes) {
    return limitFailure('ANSWER_TOO_LARGE', `the ${what} would be ${json.byteLength} bytes of JSON, over the ${limits.maxJsonBytes}-byte limit of one answer`);
  }
  return { ok: true, json };
}

/**
 * Runs one job. Input: {@link PlanJob} (a notice's bytes in any format — HTML, text, PDF, Word, spreadsheet, ZIP,
 * read by the ingest stage inside this job, under the pool's time budget — and parse options, or two plans as JSON
 * bytes). Output: {@link PlanJobResult} — the JSON bytes, the ingest stage's or the parser's refusal (code and
 * message) or an
 * output limit that was crossed. Throws only on a bug (tinypool then rejects the task).
 */
export default async function runPlanJob(job: PlanJob): Promise<PlanJobResult> {
  if (job.op === 'stored') return runStoredJob(job);
  if (job.op === 'parse') {
    const parsed = await parseWithin(job.bytes, job.options, job.limits);
    return 'failure' in parsed ? parsed : jsonResult(parsed.plan, 'plan', job.limits);
  }
  // A comparison with uploads parses them in the same job: one queue slot per request, not two.
  const sides: Plan[] = [];
  const plans: { from: Uint8Array | null; to: Uint8Array | null } = { from: null, to: null };
  for (const name of ['from', 'to'] as const) {
    const side = job[name];
    if ('planJson' in side) {
      sides.push(JSON.parse(decoder.decode(side.planJson)) as Plan);
      continue;
    }
    const parsed = await parseWithin(side.notice, side.options, job.limits);
    if ('failure' in parsed) return parsed;
    const planJson = jsonResult(parsed.plan, 'plan', job.limits);
    if (!planJson.ok) return planJson;
    plans[name] = planJson.json;
    sides.push(parsed.plan);
  }
  const result = jsonResult(comparePlans(sides[0], sides[1]), 'comparison', job.limits);
  return result.ok ? { ...result, plans } : result;
}

/** Reads (any format) and parses a notice, and checks the task and target limits. */
async function parseWithin(bytes: Uint8Array, options: ParseOptions, limits: OutputLimits): Promise<{ plan: Plan } | JobFailure> {
  let plan: Plan;
  try {
    plan = await parseNotice(bytes, options);
  } catch (error) {
    if (error instanceof PlanParseError) return { ok: false, failure: 'parse', code: error.code, message: error.message };
    if (error instanceof IngestError) return { ok: false, failure: 'ingest', code: error.code, message: error.message };
    throw error;
  }
  // the same bounds as for a stored plan (packages/corpus plan-bounds.ts)
  const breach = planBoundsBreach(plan, limits);
  return breach ? limitFailure(breach.code, `the notice is over the bounds of one plan: ${breach.message}`) : { plan };
}
