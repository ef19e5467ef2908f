/**
 * Worker-thread entry of the plan pool ({@link ../plan-pool.ts}): parses a notice or compares two plans off the
 * server's event loop, and answers the result as UTF-8 JSON bytes (transferred, not copied) so the main thread
 * never serialises a Plan or Comparison of an upload. Loaded by tinypool from this file's compiled `.js`, or from
 * the `.ts` source through tsx in tests and `tsx src/server.ts`.
 */
import type { Comparison, Plan } from '@plandiff/model';
import { parsePlan, PlanParseError, type ParseOptions } from '@plandiff/parse';
import { comparePlans } from '@plandiff/compare';

/** Bounds on what a single upload may produce (issue 12: 5 MiB of `（一）\n` made a 97 MB Plan). */
export interface OutputLimits {
  /** most tasks in one Plan */
  maxTasks: number;
  /** most targets in one Plan */
  maxTargets: number;
  /** most bytes of one Plan's or Comparison's JSON */
  maxJsonBytes: number;
}

export type PlanJob =
  | { op: 'parse'; bytes: Uint8Array; options: ParseOptions; limits: OutputLimits }
  | { op: 'compare'; from: Uint8Array; to: Uint8Array; limits: OutputLimits };

export type PlanJobResult =
  | { ok: true; json: Uint8Array }
  | { ok: false; failure: 'parse'; code: string; message: string }
  | { ok: false; failure: 'limit'; code: 'TOO_MANY_TASKS' | 'TOO_MANY_TARGETS' | 'ANSWER_TOO_LARGE'; message: string };

const decoder = new TextDecoder();

function limitFailure(code: 'TOO_MANY_TASKS' | 'TOO_MANY_TARGETS' | 'ANSWER_TOO_LARGE', message: string): PlanJobResult {
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
 * Runs one job. Input: {@link PlanJob} (a notice's bytes and parse options, or two plans as JSON bytes).
 * Output: {@link PlanJobResult} — the JSON bytes, the parser's refusal (PlanParseError code and message) or an
 * output limit that was crossed. Throws only on a bug (tinypool then rejects the task).
 */
export default function runPlanJob(job: PlanJob): PlanJobResult {
  if (job.op === 'compare') {
    const from = JSON.parse(decoder.decode(job.from)) as Plan;
    const to = JSON.parse(decoder.decode(job.to)) as Plan;
    return jsonResult(comparePlans(from, to), 'comparison', job.limits);
  }
  let plan: Plan;
  try {
    plan = parsePlan(job.bytes, job.options);
  } catch (error) {
    if (error instanceof PlanParseError) return { ok: false, failure: 'parse', code: error.code, message: error.message };
    throw error;
  }
  if (plan.tasks.length > job.limits.maxTasks) {
    return limitFailure('TOO_MANY_TASKS', `the notice reads as ${plan.tasks.length} tasks, over the limit of ${job.limits.maxTasks}: send one plan, not a list of labels`);
  }
  if (plan.targets.length > job.limits.maxTargets) {
    return limitFailure('TOO_MANY_TARGETS', `the notice reads as ${plan.targets.length} targets, over the limit of ${job.limits.maxTargets}`);
  }
  return jsonResult(plan, 'plan', job.limits);
}
