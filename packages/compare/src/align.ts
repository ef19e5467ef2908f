/**
 * Task alignment between two plans, independent of numbering.
 *
 * 1. Candidate retrieval: TF-IDF over character bigrams (similarity.ts), top-k in both directions.
 * 2. Scoring: a logistic model over six signals (text cosine, lead-sentence cosine, shared target
 *    metrics, shared lead units, section-title cosine, relative position), so that a score is a
 *    probability-like value in 0..1, comparable across pairs (weights in {@link SCORE_WEIGHTS}, set by
 *    hand and checked against the gold links of eval/gold: see `pnpm eval`, which prints calibration).
 * 3. Order-free optimal 1:1 assignment: the Hungarian algorithm (Kuhn 1955, Munkres 1957; package
 *    `munkres` 2.0.4) run per connected component of the candidate graph, maximising the summed score.
 * 4. Split/merge detection: an unassigned task largely contained in a task already linked on the other
 *    side joins that link (1 of A covered by 2 of B = split; the reverse = merged).
 * Human decisions (decisions.ts) are applied first: pinned tasks leave the pool, forbidden pairs are
 * never candidates.
 */
import munkres from 'munkres';
import type { Evidence, Plan, Section, Task } from '@plandiff/model';
import type { ResolvedDecisions } from './decisions.js';
import {
  buildIndex, containment, cosine, fitTfIdf, topK, vectorise, type SparseVector, type Term, type TfIdfModel,
} from './similarity.js';
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
  const walk = (s: Section, chain: Section[]): void => {
    const c = [...chain, s];
    out.set(s.id, c);
    s.children.forEach((ch) => walk(ch, c));
  };
  plan.sections.forEach((s) => walk(s, []));
  return out;
}

function leadUnits(task: Task): Set<string> {
  return new Set(task.assignments.flatMap((a) => a.lead));
}

function profiles(plan: Plan, model: TfIdfModel, terms: Term[][], sectionTerms: Term[][]): TaskProfile[] {
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

function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** The six signals of a pair, each 0..1. */
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
function sectionTermsOf(plan: Plan): { perTask: Term[][]; unique: Term[][] } {
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

interface Scored {
  a: number;
  b: number;
  f: PairFeatures;
  score: number;
  context?: boolean;
}

/** Logit bonus of pass 2 for a pair inside corresponding sections, and for the same place in them. */
/** Score of a pass-3 link between the opening paragraphs of corresponding sections (at least). */
export const OPENING_SCORE = 0.5;
export const CONTEXT_BONUS = 1.5;
export const ORDINAL_BONUS = 1.5;

/**
 * Maximum-score 1:1 matching of scored pairs: the Hungarian algorithm (munkres) on each connected
 * component, cost 1 − score, absent pairs cost 1 (never chosen over a real pair).
 */
function hungarian(pool: Scored[]): Scored[] {
  const chosen: Scored[] = [];
  for (const comp of components(pool)) {
    const edges = comp.map((i) => pool[i]);
    const rows = [...new Set(edges.map((e) => e.a))];
    const cols = [...new Set(edges.map((e) => e.b))];
    const rowAt = new Map(rows.map((r, i) => [r, i]));
    const colAt = new Map(cols.map((c, i) => [c, i]));
    const cost = rows.map(() => cols.map(() => 1));
    const byCell = new Map<string, Scored>();
    for (const e of edges) {
      const r = rowAt.get(e.a) as number;
      const c = colAt.get(e.b) as number;
      cost[r][c] = 1 - e.score;
      byCell.set(`${r}:${c}`, e);
    }
    for (const [r, c] of munkres(cost)) {
      const e = byCell.get(`${r}:${c}`);
      if (e) chosen.push(e);
    }
  }
  return chosen.sort((x, y) => x.a - y.a);
}

/**
 * Corresponding sections after pass 1: at each outline depth, a section of `from` maps to the section
 * of `to` at the same depth that receives most links from tasks under it (its subsections included;
 * ties: the first seen). Sections with no linked task under them are absent.
 */
function correspondingSections(from: Plan, to: Plan, links: RawLink[]): Map<string, string> {
  const chainsA = sectionChains(from);
  const chainsB = sectionChains(to);
  const votes = new Map<string, Map<string, number>>();
  for (const l of links) for (const i of l.from) for (const j of l.to) {
    const ca = chainsA.get(from.tasks[i].sectionId) ?? [];
    const cb = chainsB.get(to.tasks[j].sectionId) ?? [];
    for (let d = 0; d < Math.min(ca.length, cb.length); d += 1) {
      let m = votes.get(ca[d].id);
      if (!m) votes.set(ca[d].id, (m = new Map()));
      m.set(cb[d].id, (m.get(cb[d].id) ?? 0) + 1);
    }
  }
  const out = new Map<string, string>();
  for (const [sa, m] of votes) {
    let best = '';
    let n = 0;
    for (const [sb, c] of m) if (c > n) {
      best = sb;
      n = c;
    }
    out.set(sa, best);
  }
  return out;
}

/** Connected components of a bipartite edge list; returns lists of edge indices. */
function components(edges: { a: number; b: number }[]): number[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) as string;
    let y = x;
    while (parent.get(y) !== r) {
      const next = parent.get(y) as string;
      parent.set(y, r);
      y = next;
    }
    return r;
  };
  const add = (x: string): void => {
    if (!parent.has(x)) parent.set(x, x);
  };
  for (const e of edges) {
    const x = `a${e.a}`;
    const y = `b${e.b}`;
    add(x);
    add(y);
    const rx = find(x);
    const ry = find(y);
    if (rx !== ry) parent.set(rx, ry);
  }
  const groups = new Map<string, number[]>();
  edges.forEach((e, i) => {
    const r = find(`a${e.a}`);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(i);
  });
  return [...groups.values()];
}

/**
 * Aligns the tasks of `from` with those of `to`.
 * Input: two Plans and resolved human decisions. Output: links (1:1, 1:n split, n:1 merged; indices
 * into `plan.tasks`), each with a score in 0..1 and evidence strings, plus the unlinked tasks of each side.
 * Cost: retrieval O(n·k·postings), Hungarian O(m³) per candidate component of m tasks.
 */
export function alignTasks(from: Plan, to: Plan, decisions: ResolvedDecisions): Alignment {
  const fromTerms = from.tasks.map((t) => bigramCodes(t.text));
  const toTerms = to.tasks.map((t) => bigramCodes(t.text));
  const fromSection = sectionTermsOf(from);
  const toSection = sectionTermsOf(to);
  const model = fitTfIdf([...fromTerms, ...toTerms, ...fromSection.unique, ...toSection.unique]);
  const A = profiles(from, model, fromTerms, fromSection.perTask);
  const B = profiles(to, model, toTerms, toSection.perTask);

  const links: RawLink[] = [];
  const usedA = new Set<number>();
  const usedB = new Set<number>();

  // Pinned links first.
  for (const pin of decisions.pins) {
    const feats = pin.from.flatMap((i) => pin.to.map((j) => pairFeatures(A[i], B[j])));
    const best = feats.reduce((x, y) => (scoreFeatures(y) > scoreFeatures(x) ? y : x), feats[0]);
    const ev = pairEvidence(model, A[pin.from[0]], B[pin.to[0]], best);
    links.push({
      from: pin.from, to: pin.to, score: scoreFeatures(best), text: textSimilarity(withOverlap(model, A[pin.from[0]], B[pin.to[0]], best)), pinned: true,
      evidence: [{ code: 'pinned', values: pin.note ? { note: pin.note } : {} }, ...ev],
    });
    pin.from.forEach((i) => usedA.add(i));
    pin.to.forEach((j) => usedB.add(j));
  }

  // Candidate retrieval, both directions.
  const freeA = A.filter((p) => !usedA.has(p.index));
  const freeB = B.filter((p) => !usedB.has(p.index));
  const indexB = buildIndex(freeB.map((p) => p.vector));
  const indexA = buildIndex(freeA.map((p) => p.vector));
  const pairs = new Map<string, { a: number; b: number }>();
  const addPair = (a: number, b: number): void => {
    if (decisions.forbidden.has(`${a}:${b}`) || A[a].role !== B[b].role) return;
    pairs.set(`${a}:${b}`, { a, b });
  };
  const maxDf = Math.max(RETRIEVAL_MAX_DF, Math.ceil(RETRIEVAL_MAX_DF_SHARE * (A.length + B.length)));
  for (const p of freeA) for (const h of topK(indexB, p.vector, CANDIDATES_PER_TASK, maxDf)) addPair(p.index, freeB[h.doc].index);
  for (const p of freeB) for (const h of topK(indexA, p.vector, CANDIDATES_PER_TASK, maxDf)) addPair(freeA[h.doc].index, p.index);
  const candidates = [...pairs.values()].map((e) => ({ ...e, cos: cosine(A[e.a].vector, B[e.b].vector) }));
  // Tasks of one section share its title vector: one cosine per pair of sections.
  const sectionCosines = new Map<string, number>();
  const sectionCosine = (x: TaskProfile, y: TaskProfile): number => {
    const k = `${x.task.sectionId}|${y.task.sectionId}`;
    let c = sectionCosines.get(k);
    if (c === undefined) sectionCosines.set(k, (c = cosine(x.sectionVector, y.sectionVector)));
    return c;
  };
  const bestCosA = new Float64Array(A.length);
  const bestCosB = new Float64Array(B.length);
  for (const e of candidates) {
    bestCosA[e.a] = Math.max(bestCosA[e.a], e.cos);
    bestCosB[e.b] = Math.max(bestCosB[e.b], e.cos);
  }

  const scored: Scored[] = candidates.map((e) => {
    const f = pairFeatures(A[e.a], B[e.b], { a: bestCosA[e.a], b: bestCosB[e.b] }, { text: e.cos, section: sectionCosine });
    return { a: e.a, b: e.b, f, score: scoreFeatures(f) };
  });
  const bestFrom = new Float64Array(A.length);
  const bestTo = new Float64Array(B.length);
  for (const e of scored) {
    bestFrom[e.a] = Math.max(bestFrom[e.a], e.score);
    bestTo[e.b] = Math.max(bestTo[e.b], e.score);
  }
  const strong = scored.filter((e) => e.score >= LINK_THRESHOLD);

  // Pass 1: Hungarian per connected component of the strong candidate graph.
  const assign = (pool: Scored[], extraEvidence: (e: Scored) => Evidence[]): void => {
    for (const e of hungarian(pool)) {
      links.push({
        from: [e.a], to: [e.b], score: e.score, text: textSimilarity(withOverlap(model, A[e.a], B[e.b], e.f)), pinned: false,
        evidence: [...extraEvidence(e), ...pairEvidence(model, A[e.a], B[e.b], e.f)],
      });
      usedA.add(e.a);
      usedB.add(e.b);
    }
  };
  assign(strong, () => []);

  // Pass 2 (context): sections whose tasks pass 1 linked are corresponding sections; an unlinked task
  // gains CONTEXT_BONUS (in logit units) towards unlinked tasks of the corresponding section, and
  // ORDINAL_BONUS more when both hold the same place in their sections (e.g. both open the section).
  const sectionMap = correspondingSections(from, to, links);
  const ordinal = (plan: Plan): Map<number, number> => {
    const seen = new Map<string, number>();
    const out = new Map<number, number>();
    plan.tasks.forEach((t, i) => {
      const k = seen.get(t.sectionId) ?? 0;
      out.set(i, k);
      seen.set(t.sectionId, k + 1);
    });
    return out;
  };
  const ordA = ordinal(from);
  const ordB = ordinal(to);
  const bySectionB = new Map<string, number[]>();
  for (const p of B) {
    if (usedB.has(p.index)) continue;
    let l = bySectionB.get(p.task.sectionId);
    if (!l) bySectionB.set(p.task.sectionId, (l = []));
    l.push(p.index);
  }
  const second = new Map<string, Scored>();
  const consider = (ai: number, bi: number, base?: Scored): void => {
    if (usedA.has(ai) || usedB.has(bi) || decisions.forbidden.has(`${ai}:${bi}`) || A[ai].role !== B[bi].role) return;
    const inContext = sectionMap.get(A[ai].task.sectionId) === B[bi].task.sectionId;
    if (!inContext) return;
    const e = base ?? (() => {
      const f = pairFeatures(A[ai], B[bi], { a: bestCosA[ai], b: bestCosB[bi] }, { section: sectionCosine });
      return { a: ai, b: bi, f, score: scoreFeatures(f) };
    })();
    const sameOrdinal = ordA.get(ai) === ordB.get(bi);
    const logit = Math.log(e.score / (1 - e.score)) + CONTEXT_BONUS + (sameOrdinal ? ORDINAL_BONUS : 0);
    second.set(`${ai}:${bi}`, { ...e, score: sigmoid(logit), context: true });
  };
  for (const e of scored) consider(e.a, e.b, e);
  for (const p of A) {
    if (usedA.has(p.index)) continue;
    const target = sectionMap.get(p.task.sectionId);
    for (const bi of target ? bySectionB.get(target) ?? [] : []) if (!second.has(`${p.index}:${bi}`)) consider(p.index, bi);
  }
  assign([...second.values()].filter((e) => e.score >= LINK_THRESHOLD), (e) => [{
    code: 'corresponding_sections',
    values: { from: A[e.a].sectionPath, to: B[e.b].sectionPath, samePlace: ordA.get(e.a) === ordB.get(e.b) },
  }]);

  // Pass 3 (structure): the opening paragraphs of corresponding sections, both still unlinked, are
  // each other's counterpart (a chapter's opening statement is rewritten every year); score
  // max(pair score, OPENING_SCORE).
  const firstOf = (plan: Plan): Map<string, number> => {
    const m = new Map<string, number>();
    plan.tasks.forEach((t, i) => {
      if (!m.has(t.sectionId)) m.set(t.sectionId, i);
    });
    return m;
  };
  const firstB = firstOf(to);
  const sectionMap3 = correspondingSections(from, to, links);
  for (const [sectionId, ai] of firstOf(from)) {
    const target = sectionMap3.get(sectionId);
    const bi = target === undefined ? undefined : firstB.get(target);
    if (bi === undefined || usedA.has(ai) || usedB.has(bi) || A[ai].role !== B[bi].role || decisions.forbidden.has(`${ai}:${bi}`)) continue;
    const f = pairFeatures(A[ai], B[bi], { a: bestCosA[ai], b: bestCosB[bi] });
    links.push({
      from: [ai], to: [bi], score: Math.max(scoreFeatures(f), OPENING_SCORE), text: textSimilarity(withOverlap(model, A[ai], B[bi], f)), pinned: false,
      evidence: [{ code: 'opening_paragraphs', values: { from: A[ai].sectionPath, to: B[bi].sectionPath } }, ...pairEvidence(model, A[ai], B[bi], f)],
    });
    usedA.add(ai);
    usedB.add(bi);
  }

  // Split / merge: one task whose content the other plan spreads over several tasks.
  const bestTextA = new Float64Array(A.length);
  const bestTextB = new Float64Array(B.length);
  for (const e of scored) {
    bestTextA[e.a] = Math.max(bestTextA[e.a], e.f.text);
    bestTextB[e.b] = Math.max(bestTextB[e.b], e.f.text);
  }
  const linkOfA = new Map<number, RawLink>();
  const linkOfB = new Map<number, RawLink>();
  for (const l of links) {
    l.from.forEach((i) => linkOfA.set(i, l));
    l.to.forEach((j) => linkOfB.set(j, l));
  }
  const pairsOfA = new Map<number, Scored[]>();
  const pairsOfB = new Map<number, Scored[]>();
  for (const e of scored) {
    if (!pairsOfA.has(e.a)) pairsOfA.set(e.a, []);
    if (!pairsOfB.has(e.b)) pairsOfB.set(e.b, []);
    (pairsOfA.get(e.a) as Scored[]).push(e);
    (pairsOfB.get(e.b) as Scored[]).push(e);
  }
  const group = (
    side: 'split' | 'merged',
    whole: TaskProfile,
    pairs: Scored[],
    partOf: (e: Scored) => TaskProfile,
    used: Set<number>,
    bestOfPart: Float64Array,
    linkOf: Map<number, RawLink>,
  ): void => {
    const existing = linkOf.get(whole.index);
    if (existing && (existing.pinned || existing.from.length > 1 || existing.to.length > 1)) return;
    const partner = existing ? (side === 'split' ? existing.to[0] : existing.from[0]) : null;
    const candidates = pairs
      .map((e) => ({ e, part: partOf(e) }))
      .filter(({ e, part }) => !used.has(part.index) && e.f.text >= bestOfPart[part.index] - 1e-9)
      .map(({ e, part }) => ({ e, part, cover: containment(model, whole.terms, part.termSet) }))
      .filter((x) => x.cover >= SPLIT_PART)
      .sort((x, y) => y.cover - x.cover);
    if (candidates.length === 0) return;
    const members: TaskProfile[] = partner === null ? [] : [side === 'split' ? B[partner] : A[partner]];
    // All parts come from one section: the partner's, else the one whose candidates cover most.
    const coverBySection = new Map<string, number>();
    for (const c of candidates) coverBySection.set(c.part.task.sectionId, (coverBySection.get(c.part.task.sectionId) ?? 0) + c.cover);
    const home = members[0]?.task.sectionId
      ?? [...coverBySection.entries()].reduce((x, y) => (y[1] > x[1] ? y : x))[0];
    const sameSection = candidates.filter((c) => c.part.task.sectionId === home);
    candidates.length = 0;
    candidates.push(...sameSection);
    const union = new Set<Term>(members.flatMap((m) => [...m.termSet]));
    let covered = members.length > 0 ? containment(model, whole.terms, union) : 0;
    for (const c of candidates) {
      for (const t of c.part.termSet) union.add(t);
      const next = containment(model, whole.terms, union);
      if (next - covered < SPLIT_GAIN) {
        for (const t of c.part.termSet) if (!members.some((m) => m.termSet.has(t))) union.delete(t);
        continue;
      }
      members.push(c.part);
      covered = next;
    }
    if (members.length < 2 || covered < SPLIT_COVERAGE) return;
    // A task that is a whole section of its plan, spread over a section of the other plan, also takes
    // that section's opening paragraph when nothing else did.
    const otherPlan = side === 'split' ? to : from;
    const ownPlan = side === 'split' ? from : to;
    const wholeIsSection = ownPlan.tasks.filter((t) => t.sectionId === whole.task.sectionId).length === 1;
    const opening = otherPlan.tasks.findIndex((t) => t.sectionId === home);
    const openingProfile = opening < 0 ? undefined : side === 'split' ? B[opening] : A[opening];
    if (wholeIsSection && openingProfile && !used.has(opening) && !members.includes(openingProfile)
      && openingProfile.role === whole.role) members.push(openingProfile);
    members.sort((x, y) => x.index - y.index);
    const parts = members.map((m) => m.index).filter((i) => i !== partner);
    const evidence: Evidence = {
      code: 'taken_up',
      values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(covered) },
      taskIds: { whole: whole.task.id, parts: members.map((m) => m.task.id) },
    };
    const score = Math.max(existing?.score ?? 0, sigmoid(-1 + 5 * covered));
    const text = Math.max(existing?.text ?? 0, ...candidates.filter((c) => members.includes(c.part)).map((c) => textSimilarity(withOverlap(model, A[c.e.a], B[c.e.b], c.e.f))));
    if (existing) {
      existing.text = text;
      (side === 'split' ? existing.to : existing.from).push(...parts);
      existing.evidence.unshift(evidence);
      existing.score = score;
    } else {
      const l: RawLink = side === 'split'
        ? { from: [whole.index], to: parts, score, text, evidence: [evidence], pinned: false }
        : { from: parts, to: [whole.index], score, text, evidence: [evidence], pinned: false };
      links.push(l);
      linkOf.set(whole.index, l);
      if (side === 'split') usedA.add(whole.index);
      else usedB.add(whole.index);
    }
    for (const i of parts) used.add(i);
  };
  for (const p of A) group('split', p, pairsOfA.get(p.index) ?? [], (e) => B[e.b], usedB, bestTextB, linkOfA);
  for (const p of B) {
    if (linkOfB.get(p.index)?.from.length === 1 && (linkOfB.get(p.index)?.to.length ?? 0) > 1) continue;
    group('merged', p, pairsOfB.get(p.index) ?? [], (e) => A[e.a], usedA, bestTextA, linkOfB);
  }

  // Split / merge in a gap: a task nothing took, and a run of consecutive tasks nothing took either, inside the
  // corresponding section of the other plan. A paragraph cut into several is printed as consecutive paragraphs, so
  // here a part needs only GAP_PART of the whole's wording (not SPLIT_PART, nor to have the whole as its best match).
  const gapGroup = (side: 'split' | 'merged', whole: TaskProfile, others: TaskProfile[], used: Set<number>, sectionOf: Map<string, string>): void => {
    // the other plan's section where the nearest linked paragraph of the whole's own section went
    const own = side === 'split' ? A : B;
    const linkOf = side === 'split' ? linkOfA : linkOfB;
    let target: string | undefined;
    for (let d = 1; target === undefined && d < own.length; d += 1) {
      for (const k of [whole.index - d, whole.index + d]) {
        const sibling = own[k];
        const l = sibling && sibling.task.sectionId === whole.task.sectionId ? linkOf.get(k) : undefined;
        const partner = l ? (side === 'split' ? l.to[0] : l.from[0]) : undefined;
        if (partner !== undefined) {
          target = others[partner].task.sectionId;
          break;
        }
      }
    }
    target ??= sectionOf.get(whole.task.sectionId);
    if (target === undefined) return;
    const forbidden = (o: TaskProfile): boolean => decisions.forbidden.has(side === 'split' ? `${whole.index}:${o.index}` : `${o.index}:${whole.index}`);
    let best: { members: TaskProfile[]; covered: number } | null = null;
    let run: TaskProfile[] = [];
    const close = (): void => {
      if (run.length >= 2) {
        const union = new Set<Term>(run.flatMap((m) => [...m.termSet]));
        const covered = containment(model, whole.terms, union);
        if (covered >= SPLIT_COVERAGE && (!best || covered > best.covered)) best = { members: run, covered };
      }
      run = [];
    };
    for (const o of others) {
      const eligible = o.task.sectionId === target && !used.has(o.index) && o.role === whole.role && !forbidden(o)
        && containment(model, whole.terms, o.termSet) >= GAP_PART;
      if (eligible) run.push(o);
      else close();
    }
    close();
    const found = best as { members: TaskProfile[]; covered: number } | null;
    if (!found) return;
    const parts = found.members.map((m) => m.index);
    const text = Math.max(...found.members.map((m) => {
      const [a, b] = side === 'split' ? [whole, m] : [m, whole];
      return textSimilarity(withOverlap(model, a, b, pairFeatures(a, b)));
    }));
    const evidence: Evidence = {
      code: 'taken_up',
      values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(found.covered), gap: true },
      taskIds: { whole: whole.task.id, parts: found.members.map((m) => m.task.id) },
    };
    const score = sigmoid(-1 + 5 * found.covered);
    links.push(side === 'split'
      ? { from: [whole.index], to: parts, score, text, evidence: [evidence], pinned: false }
      : { from: parts, to: [whole.index], score, text, evidence: [evidence], pinned: false });
    (side === 'split' ? usedA : usedB).add(whole.index);
    for (const i of parts) used.add(i);
  };
  // A paragraph cut into several is printed as consecutive paragraphs: an untaken paragraph lying between two parts
  // of a split (merge), in their section, joins it when it holds ≥ GAP_PART of the whole's wording.
  for (const l of links) {
    if (l.pinned) continue;
    for (const side of ['split', 'merged'] as const) {
      const partIdx = side === 'split' ? l.to : l.from;
      const wholeIdx = side === 'split' ? l.from : l.to;
      if (wholeIdx.length !== 1 || partIdx.length < 2) continue;
      const whole = side === 'split' ? A[wholeIdx[0]] : B[wholeIdx[0]];
      const others = side === 'split' ? B : A;
      const used = side === 'split' ? usedB : usedA;
      const section = others[partIdx[0]].task.sectionId;
      if (partIdx.some((i) => others[i].task.sectionId !== section)) continue;
      const lo = Math.min(...partIdx);
      const hi = Math.max(...partIdx);
      for (let k = lo + 1; k < hi; k += 1) {
        const q = others[k];
        if (used.has(k) || q.task.sectionId !== section || q.role !== whole.role
          || decisions.forbidden.has(side === 'split' ? `${whole.index}:${k}` : `${k}:${whole.index}`)) continue;
        const cover = containment(model, whole.terms, q.termSet);
        if (cover < GAP_PART) continue;
        partIdx.push(k);
        used.add(k);
        l.evidence.push({
          code: 'between_parts',
          values: { whole: side === 'split' ? 'from' : 'to', coverage: round2(cover) },
          taskIds: { whole: whole.task.id, parts: [q.task.id] },
        });
      }
    }
  }
  const sectionMapBack = new Map<string, string>();
  for (const [a, b] of sectionMap3) if (!sectionMapBack.has(b)) sectionMapBack.set(b, a);
  for (const p of A) if (!usedA.has(p.index)) gapGroup('split', p, B, usedB, sectionMap3);
  for (const p of B) if (!usedB.has(p.index)) gapGroup('merged', p, A, usedA, sectionMapBack);
  for (const l of links) {
    l.from.sort((x, y) => x - y);
    l.to.sort((x, y) => x - y);
  }
  // Opening paragraphs of their sections, linked 1:1: their wording is also compared as printed, with a run-in
  // heading as the lead sentence (run-in-heading.ts).
  const firstA = new Set(firstOf(from).values());
  for (const l of links) {
    if (l.pinned || l.from.length !== 1 || l.to.length !== 1 || !firstA.has(l.from[0]) || ![...firstB.values()].includes(l.to[0])) continue;
    const printed = printedSimilarity(model, A[l.from[0]], B[l.to[0]]);
    if (printed === null || printed <= l.text) continue;
    l.text = printed;
    l.evidence = l.evidence.map((e) => (e.code === 'text_similarity'
      ? { code: e.code, values: { ...e.values, similarity: round2(printed), printed: true } }
      : e));
  }
  links.sort((x, y) => (x.from[0] ?? 0) - (y.from[0] ?? 0));

  const keep = (m: Map<number, Candidate[]>, i: number, c: Candidate): void => {
    let l = m.get(i);
    if (!l) m.set(i, (l = []));
    l.push(c);
  };
  const candidatesFrom = new Map<number, Candidate[]>();
  const candidatesTo = new Map<number, Candidate[]>();
  // pass-2 scores (context bonus) replace pass-1 scores of the same pair
  const finalScore = new Map<string, Scored>();
  for (const e of scored) finalScore.set(`${e.a}:${e.b}`, e);
  for (const [k, e] of second) finalScore.set(k, e);
  for (const e of finalScore.values()) {
    keep(candidatesFrom, e.a, { index: e.b, score: e.score });
    keep(candidatesTo, e.b, { index: e.a, score: e.score });
  }
  for (const m of [candidatesFrom, candidatesTo]) for (const [i, l] of m) {
    l.sort((x, y) => y.score - x.score || x.index - y.index);
    m.set(i, l.slice(0, CANDIDATES_KEPT));
  }
  return {
    candidatesFrom,
    candidatesTo,
    links,
    unmatchedFrom: A.filter((p) => !usedA.has(p.index)).map((p) => p.index),
    unmatchedTo: B.filter((p) => !usedB.has(p.index)).map((p) => p.index),
    fromProfiles: A,
    toProfiles: B,
    model,
    bestFrom,
    bestTo,
  };
}
