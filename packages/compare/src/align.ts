/**
 * Task alignment between two plans, independent of numbering.
 *
 * 1. Candidate retrieval: TF-IDF over character bigrams (similarity.ts), top-k in both directions.
 * 2. Scoring: a logistic model over seven signals (text cosine, lead-sentence cosine, shared target
 *    metrics, shared lead units, section-title cosine, relative position, mutual best), so that a score is a
 *    probability-like value in 0..1, comparable across pairs (weights in {@link SCORE_WEIGHTS}, set by
 *    hand and checked against the gold links of eval/gold: see `pnpm eval`, which prints calibration).
 * 3. Order-free optimal 1:1 assignment: the Hungarian algorithm (Kuhn 1955, Munkres 1957; package
 *    `munkres` 2.0.4) run per connected component of the candidate graph, maximising the summed score.
 * 4. Split/merge detection: an unassigned task largely contained in a task already linked on the other
 *    side joins that link (1 of A covered by 2 of B = split; the reverse = merged).
 * Human decisions (decisions.ts) are applied first: pinned tasks leave the pool, forbidden pairs are
 * never candidates. This file holds the signals and evidence of a pair; the passes that use them, run in order from a
 * table, are one file each under align/ (align/run.ts).
 */
import type { Evidence, Plan, Section, Task } from '@plandiff/model';
import { walkSections } from '@plandiff/model';
import { containment, cosine, vectorise, type SparseVector, type Term, type TfIdfModel } from './similarity.js';
import { bigramCode, bigramCodes } from './tokenise.js';
import { normaliseMetric } from './targets.js';
import { runInHeading } from './run-in-heading.js';

/** Logistic weights of the link score: score = σ(bias + Σ wᵢ·featureᵢ). */
export const SCORE_WEIGHTS = {
  bias: -4.0,
  text: 6.0,
  title: 2.0,
  metrics: 1.5,
  leads: 1.5,
  section: 1.2,
  position: -2.0,
  mutual: 2.5,
} as const;

/** Minimum score for a 1:1 link (the score is calibrated so 0.5 means "as likely right as wrong"). */
export const LINK_THRESHOLD = 0.5;
/**
 * Split/merge detection: a part must cover ≥ SPLIT_PART of the whole task's IDF mass, add ≥ SPLIT_GAIN
 * of it not covered yet, and the parts together must cover ≥ SPLIT_COVERAGE. A part is only taken when
 * the whole is its best counterpart by text cosine. The group's score is σ(−1 + 5·coverage) (splits in the gold are right even at coverage 0.3).
 */
export const SPLIT_PART = 0.12;
export const SPLIT_GAIN = 0.05;
export const SPLIT_COVERAGE = 0.3;
/** A part of a split/merge found in an alignment gap (consecutive unlinked paragraphs) covers ≥ GAP_PART of the whole. */
export const GAP_PART = 0.08;
/** Number of candidates retrieved per task in each direction. */
export const CANDIDATES_PER_TASK = 8;
/**
 * Terms in more than max(RETRIEVAL_MAX_DF, RETRIEVAL_MAX_DF_SHARE · documents) tasks are not used to
 * retrieve candidates (they still count when candidates are scored).
 */
export const RETRIEVAL_MAX_DF = 48;
export const RETRIEVAL_MAX_DF_SHARE = 0.02;

/** The per-task signals, computed once per plan. */
export interface TaskProfile {
  index: number;
  task: Task;
  terms: Term[];
  termSet: Set<Term>;
  vector: SparseVector;
  titleVector: SparseVector;
  sectionVector: SparseVector;
  metrics: Set<string>;
  leads: Set<string>;
  position: number;
  sectionPath: string;
  /** role of the task's section (plan, review, preamble): tasks only link to tasks of the same role */
  role: string;
  /**
   * the first task of a section whose heading runs into it (run-in-heading.ts): its terms as printed, heading first;
   * absent otherwise
   */
  printed?: { terms: Term[]; termSet: Set<Term>; vector: SparseVector };
}

/** One alignment link before classification; indices into plan.tasks. */
export interface RawLink {
  from: number[];
  to: number[];
  score: number;
  /** text cosine (TF-IDF over character bigrams, 0..1) of the pair; for split/merge groups the best part's */
  text: number;
  evidence: Evidence[];
  pinned: boolean;
}

/** A counterpart considered for a task: index into the other plan's tasks, pair score (0..1). */
export interface Candidate {
  index: number;
  score: number;
}

/** What the aligner hands to classification. */
export interface Alignment {
  links: RawLink[];
  unmatchedFrom: number[];
  unmatchedTo: number[];
  fromProfiles: TaskProfile[];
  toProfiles: TaskProfile[];
  model: TfIdfModel;
  /** best candidate score seen per task of `from` / `to` (0 when it had no candidate) */
  bestFrom: Float64Array;
  bestTo: Float64Array;
  /** the best-scoring counterparts considered per task of `from` / `to`, best first (at most {@link CANDIDATES_KEPT}) */
  candidatesFrom: Map<number, Candidate[]>;
  candidatesTo: Map<number, Candidate[]>;
}

/** Near-miss candidates kept per task. */
export const CANDIDATES_KEPT = 3;

const chainCache = new WeakMap<object, Map<string, Section[]>>();

/** Flattens a plan's outline: section id → the chain of sections from the top down to it. */
export function sectionChains(plan: Pick<Plan, 'sections'>): Map<string, Section[]> {
  const cached = chainCache.get(plan.sections);
  if (cached) return cached;
  const out = new Map<string, Section[]>();
  chainCache.set(plan.sections, out);
  walkSections(plan.sections, (s, trail) => out.set(s.id, [...trail]));
  return out;
}

function leadUnits(task: Task): Set<string> {
  return new Set(task.assignments.flatMap((a) => a.lead));
}

export function profiles(plan: Plan, model: TfIdfModel, terms: Term[][], sectionTerms: Term[][]): TaskProfile[] {
  const chains = sectionChains(plan);
  const n = plan.tasks.length;
  const sectionVectors = new Map<Term[], SparseVector>();
  const sectionVector = (t: Term[]): SparseVector => {
    let v = sectionVectors.get(t);
    if (!v) sectionVectors.set(t, (v = vectorise(model, t)));
    return v;
  };
  const seen = new Set<string>();
  return plan.tasks.map((task, index) => {
    const chain = chains.get(task.sectionId) ?? [];
    const first = !seen.has(task.sectionId);
    seen.add(task.sectionId);
    const heading = runInHeading(plan, task, chain[chain.length - 1], first);
    const printedTerms = heading === null ? undefined : bigramCodes(`${heading}。${task.text}`);
    return {
      printed: printedTerms && { terms: printedTerms, termSet: new Set(printedTerms), vector: vectorise(model, printedTerms) },
      index,
      task,
      terms: terms[index],
      termSet: new Set(terms[index]),
      vector: vectorise(model, terms[index]),
      titleVector: vectorise(model, bigramCodes(task.title)),
      sectionVector: sectionVector(sectionTerms[index]),
      metrics: new Set(task.targets.map((t) => normaliseMetric(t.metric))),
      leads: leadUnits(task),
      position: n > 1 ? index / (n - 1) : 0,
      sectionPath: chain.map((s) => s.label).join(' '),
      role: taskRole(chain),
    };
  });
}

/**
 * The role of a task: the role of its innermost section that is not 'plan' (a 附件 chapter marked 'appendix' keeps
 * its plain subsections in the appendix), 'plan' when none is.
 */
export function taskRole(chain: readonly Section[]): string {
  for (let i = chain.length - 1; i >= 0; i -= 1) if (chain[i].role !== 'plan') return chain[i].role;
  return 'plan';
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter += 1;
  return inter / (a.size + b.size - inter);
}

/** The logistic function σ(x) = 1 / (1 + e^−x). */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The seven signals of a pair (text, title, metrics, leads, section, position, mutual), each 0..1. */
export interface PairFeatures {
  text: number;
  title: number;
  metrics: number;
  leads: number;
  section: number;
  position: number;
  /** text cosine over the best text cosine either task reaches with any candidate (1 = mutual best) */
  mutual: number;
  /**
   * share of either task's IDF mass found in the other (the larger; 0..1): filled only for linked pairs (not a score
   * signal), by {@link withOverlap}
   */
  overlap?: number;
}

/**
 * Computes the signals of linking task profile `a` (from) with `b` (to). `best` gives the best text
 * cosine of each task over its candidates (for `mutual`); without it `mutual` is 1.
 */
export function pairFeatures(
  a: TaskProfile,
  b: TaskProfile,
  best?: { a: number; b: number },
  known: { text?: number; section?: (a: TaskProfile, b: TaskProfile) => number } = {},
): PairFeatures {
  const text = known.text ?? cosine(a.vector, b.vector);
  const top = best ? Math.max(best.a, best.b, text) : text;
  return {
    text,
    mutual: top > 0 ? text / top : 0,
    title: cosine(a.titleVector, b.titleVector),
    metrics: jaccard(a.metrics, b.metrics),
    leads: jaccard(a.leads, b.leads),
    section: known.section ? known.section(a, b) : cosine(a.sectionVector, b.sectionVector),
    position: Math.abs(a.position - b.position),
  };
}

/**
 * How alike two tasks' wording is, 0..1: the largest of the whole-text cosine, the lead-sentence cosine (TF-IDF over
 * character bigrams) and the overlap (share of either task's IDF mass found in the other). A task whose lead sentence
 * is kept while its body is rewritten (推进财税金融等领域改革 → 深化财税金融体制改革), or a short paragraph taken up
 * into a longer one, is still recognisably the same task; two tasks sharing none of these are not, whatever their place.
 */
export function textSimilarity(f: Pick<PairFeatures, 'text' | 'title' | 'overlap'>): number {
  return Math.max(f.text, f.title, f.overlap ?? 0);
}

/**
 * Text similarity (as {@link textSimilarity}, without the lead-sentence term) of two tasks read as printed: a task
 * whose section heading runs into it (run-in-heading.ts) with that heading first. Null when neither task has a run-in
 * heading. Used for opening paragraphs of sections only.
 */
export function printedSimilarity(model: TfIdfModel, a: TaskProfile, b: TaskProfile): number | null {
  if (!a.printed && !b.printed) return null;
  const pa = a.printed ?? { terms: a.terms, termSet: a.termSet, vector: a.vector };
  const pb = b.printed ?? { terms: b.terms, termSet: b.termSet, vector: b.vector };
  return Math.max(cosine(pa.vector, pb.vector), containment(model, pa.terms, pb.termSet), containment(model, pb.terms, pa.termSet));
}

/** Fills `f.overlap` for the pair (a, b) (see {@link PairFeatures.overlap}) and returns `f`. */
export function withOverlap(model: TfIdfModel, a: TaskProfile, b: TaskProfile, f: PairFeatures): PairFeatures {
  f.overlap ??= Math.max(containment(model, a.terms, b.termSet), containment(model, b.terms, a.termSet));
  return f;
}

/** The calibrated link score (0..1) of a pair's signals under {@link SCORE_WEIGHTS}. */
export function scoreFeatures(f: PairFeatures): number {
  const w = SCORE_WEIGHTS;
  return sigmoid(
    w.bias + w.text * f.text + w.title * f.title + w.metrics * f.metrics + w.leads * f.leads
      + w.section * f.section + w.position * f.position + w.mutual * f.mutual,
  );
}

/** CJK unified ideograph, ASCII letter or digit (UTF-16 code unit). */
function isWordChar(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Shared distinctive words of two tasks, rarest first (for evidence). */
export function sharedTerms(model: TfIdfModel, a: TaskProfile, b: TaskProfile, max = 5): string[] {
  // Maximal runs of consecutive bigrams present in both texts, scored by summed idf.
  const runs = new Map<string, number>();
  const text = a.task.text;
  let start = -1;
  let weight = 0;
  const flush = (end: number): void => {
    if (start >= 0 && end - start >= 3) {
      const s = text.slice(start, end);
      runs.set(s, Math.max(runs.get(s) ?? 0, weight));
    }
    start = -1;
    weight = 0;
  };
  for (let i = 0; i + 1 < text.length; i += 1) {
    const c1 = text.charCodeAt(i);
    const c2 = text.charCodeAt(i + 1);
    const bg = bigramCode(c1, c2);
    if (isWordChar(c1) && isWordChar(c2) && b.termSet.has(bg)) {
      if (start < 0) start = i;
      const id = model.vocabulary.get(bg);
      weight += id === undefined ? 1 : model.idf[id];
    } else flush(i + 1);
  }
  flush(text.length);
  return [...runs.entries()]
    .filter(([s]) => s.length <= 12)
    .sort((x, y) => y[1] - x[1])
    .slice(0, max)
    .map(([s]) => s);
}

/** A similarity or share rounded to 2 decimals, as evidence carries it. */
export function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

/** The evidence of a pair as data: shared terms, metrics, lead units, lead sentence, section title, text similarity. */
export function pairEvidence(model: TfIdfModel, a: TaskProfile, b: TaskProfile, f: PairFeatures): Evidence[] {
  const ev: Evidence[] = [];
  const terms = sharedTerms(model, a, b);
  if (terms.length > 0) ev.push({ code: 'shared_terms', values: { terms } });
  const metrics = [...a.metrics].filter((m) => b.metrics.has(m));
  if (metrics.length > 0) ev.push({ code: 'shared_metrics', values: { metrics } });
  const leads = [...a.leads].filter((u) => b.leads.has(u));
  if (leads.length > 0) ev.push({ code: 'same_lead_unit', values: { units: leads } });
  if (f.title >= 0.6) ev.push({ code: 'similar_lead_sentence', values: { similarity: round2(f.title) } });
  if (f.section >= 0.6) ev.push({ code: 'similar_section_title', values: { similarity: round2(f.section) } });
  withOverlap(model, a, b, f);
  ev.push({
    code: 'text_similarity',
    values: { similarity: round2(textSimilarity(f)), whole: round2(f.text), lead: round2(f.title), overlap: round2(f.overlap ?? 0) },
  });
  return ev;
}

/** Terms of each task's section chain titles, computed once per section (tasks share the arrays). */
export function sectionTermsOf(plan: Plan): { perTask: Term[][]; unique: Term[][] } {
  const chains = sectionChains(plan);
  const bySection = new Map<string, Term[]>();
  const perTask = plan.tasks.map((t) => {
    let terms = bySection.get(t.sectionId);
    if (!terms) {
      terms = bigramCodes((chains.get(t.sectionId) ?? []).map((s) => s.title).join('。'));
      bySection.set(t.sectionId, terms);
    }
    return terms;
  });
  return { perTask, unique: [...bySection.values()] };
}

/** Score of a pass-3 link between the opening paragraphs of corresponding sections (at least). */
export const OPENING_SCORE = 0.5;
/** Logit bonus of pass 2 for a pair inside corresponding sections, and for the same place in them. */
export const CONTEXT_BONUS = 1.5;
export const ORDINAL_BONUS = 1.5;
