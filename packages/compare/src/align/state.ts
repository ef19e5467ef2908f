/**
 * The state the alignment passes share (align/run.ts runs them in order): the two plans and their task profiles, the
 * links made so far and the tasks they use, and what retrieval and scoring found. Each pass reads it and adds to it.
 */
import type { Plan } from '@plandiff/model';
import type { ResolvedDecisions } from '../decisions.js';
import type { Candidate, PairFeatures, RawLink, TaskProfile } from '../align.js';
import { profiles, sectionTermsOf } from '../align.js';
import { cosine, fitTfIdf, type TfIdfModel } from '../similarity.js';
import { bigramCodes } from '../tokenise.js';

/** A scored candidate pair: indices into the plans' tasks, its signals and its score (0..1). */
export interface Scored {
  a: number;
  b: number;
  f: PairFeatures;
  score: number;
  context?: boolean;
}

export interface AlignState {
  from: Plan;
  to: Plan;
  decisions: ResolvedDecisions;
  model: TfIdfModel;
  /** task profiles of `from` (A) and `to` (B), by task index */
  A: TaskProfile[];
  B: TaskProfile[];
  links: RawLink[];
  usedA: Set<number>;
  usedB: Set<number>;
  /** retrieved candidate pairs with their text cosine */
  retrieved: { a: number; b: number; cos: number }[];
  /** best text cosine of any candidate per task */
  bestCosA: Float64Array;
  bestCosB: Float64Array;
  /** every candidate pair with its pass-1 score */
  scored: Scored[];
  /** best candidate score per task (0 when it had none) */
  bestFrom: Float64Array;
  bestTo: Float64Array;
  /** pass-2 scores (context bonus) of pairs inside corresponding sections */
  second: Map<string, Scored>;
  /** corresponding sections (section id of `from` → of `to`), once pass 1 has linked tasks; null before */
  sections: Map<string, string> | null;
  /** the cosine of two tasks' section titles, one computation per pair of sections */
  sectionCosine: (x: TaskProfile, y: TaskProfile) => number;
  /** the link of each task the split-merge pass saw (its wholes included), for the gaps pass; null before */
  linkOf: { A: Map<number, RawLink>; B: Map<number, RawLink> } | null;
  candidatesFrom: Map<number, Candidate[]>;
  candidatesTo: Map<number, Candidate[]>;
}

/** The state before the first pass: profiles over one TF-IDF model of both plans' tasks and section titles. */
export function initialState(from: Plan, to: Plan, decisions: ResolvedDecisions): AlignState {
  const fromTerms = from.tasks.map((t) => bigramCodes(t.text));
  const toTerms = to.tasks.map((t) => bigramCodes(t.text));
  const fromSection = sectionTermsOf(from);
  const toSection = sectionTermsOf(to);
  const model = fitTfIdf([...fromTerms, ...toTerms, ...fromSection.unique, ...toSection.unique]);
  const A = profiles(from, model, fromTerms, fromSection.perTask);
  const B = profiles(to, model, toTerms, toSection.perTask);
  const sectionCosines = new Map<string, number>();
  return {
    from, to, decisions, model, A, B,
    links: [], usedA: new Set(), usedB: new Set(),
    retrieved: [], bestCosA: new Float64Array(A.length), bestCosB: new Float64Array(B.length),
    scored: [], bestFrom: new Float64Array(A.length), bestTo: new Float64Array(B.length),
    second: new Map(), sections: null,
    sectionCosine: (x, y) => {
      const k = `${x.task.sectionId}|${y.task.sectionId}`;
      let c = sectionCosines.get(k);
      if (c === undefined) sectionCosines.set(k, (c = cosine(x.sectionVector, y.sectionVector)));
      return c;
    },
    linkOf: null, candidatesFrom: new Map(), candidatesTo: new Map(),
  };
}

/** True when a pair may be linked at all: no human forbade it and both tasks have the same role. */
export function allowed(s: AlignState, a: number, b: number): boolean {
  return !s.decisions.forbidden.has(`${a}:${b}`) && s.A[a].role === s.B[b].role;
}
