/**
 * Task alignment as a list of passes (in the manner of markdown-it's rule lists): each pass one file of this folder,
 * run in order from {@link ALIGN_PASSES} over one {@link AlignState}.
 */
import type { Plan } from '@plandiff/model';
import type { Alignment } from '../align.js';
import type { ResolvedDecisions } from '../decisions.js';
import { assign } from './assign.js';
import { candidates } from './candidates.js';
import { context } from './context.js';
import { gaps } from './gaps.js';
import { openings } from './openings.js';
import { pins } from './pins.js';
import { printed } from './printed.js';
import { retrieve } from './retrieve.js';
import { score } from './score.js';
import { splitMerge } from './split-merge.js';
import { initialState, type AlignState } from './state.js';

/** One alignment pass: reads the state and adds links, scores or candidates to it. */
export type AlignPass = (state: AlignState) => void;

/** The passes, in the order they run. */
export const ALIGN_PASSES: readonly (readonly [name: string, pass: AlignPass])[] = [
  ['pins', pins],
  ['retrieve', retrieve],
  ['score', score],
  ['assign', assign],
  ['context', context],
  ['openings', openings],
  ['split-merge', splitMerge],
  ['gaps', gaps],
  ['printed', printed],
  ['candidates', candidates],
];

/**
 * Aligns the tasks of `from` with those of `to`.
 * Input: two Plans and resolved human decisions. Output: links (1:1, 1:n split, n:1 merged; indices into
 * `plan.tasks`), each with a score in 0..1 and evidence (data), plus the unlinked tasks of each side, the near-miss
 * candidates and what scoring saw. Cost: retrieval O(n·k·postings), Hungarian O(m³) per candidate component of m tasks.
 * `passes` (default {@link ALIGN_PASSES}) lets a test run a prefix of the list.
 */
export function alignTasks(from: Plan, to: Plan, decisions: ResolvedDecisions, passes: readonly (readonly [string, AlignPass])[] = ALIGN_PASSES): Alignment {
  const s = runPasses(from, to, decisions, passes);
  s.links.sort((x, y) => (x.from[0] ?? 0) - (y.from[0] ?? 0));
  return {
    candidatesFrom: s.candidatesFrom,
    candidatesTo: s.candidatesTo,
    links: s.links,
    unmatchedFrom: s.A.filter((p) => !s.usedA.has(p.index)).map((p) => p.index),
    unmatchedTo: s.B.filter((p) => !s.usedB.has(p.index)).map((p) => p.index),
    fromProfiles: s.A,
    toProfiles: s.B,
    model: s.model,
    bestFrom: s.bestFrom,
    bestTo: s.bestTo,
  };
}

/** The state after running `passes` in order (for tests of one pass: run the ones before it, then it). */
export function runPasses(from: Plan, to: Plan, decisions: ResolvedDecisions, passes: readonly (readonly [string, AlignPass])[] = ALIGN_PASSES): AlignState {
  const s = initialState(from, to, decisions);
  for (const [, pass] of passes) pass(s);
  return s;
}
