/**
 * TF-IDF over character bigrams, with an inverted index for candidate retrieval.
 *
 * Weighting: sublinear term frequency `1 + ln(tf)` times smoothed inverse document frequency
 * `ln((1 + N) / (1 + df)) + 1`, vectors L2-normalised, similarity = cosine (the scikit-learn
 * `TfidfVectorizer(sublinear_tf=True, smooth_idf=True)` formulas; Manning, Raghavan & Schütze,
 * *Introduction to Information Retrieval*, §6.2–6.4). Character n-grams need no word segmentation,
 * which makes retrieval robust to rewording and to the parser's segmentation.
 */
import { bigramCodes } from './tokenise.js';

/** A term: a character bigram encoded by `bigramCodes` (tokenise.ts). */
export type Term = number;

/** A sparse L2-normalised vector: parallel arrays of term ids (ascending) and weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A TF-IDF model fitted on one corpus of documents (both plans' tasks together). */
export interface TfIdfModel {
  /** term → id */
  vocabulary: Map<Term, number>;
  /** idf per term id */
  idf: Float64Array;
  /** number of documents the model was fitted on */
  documents: number;
}

/**
 * Fits IDF weights on documents given as term lists.
 * Input: `docs[i]` = the terms of document i (e.g. `bigramCodes(task.text)`).
 * Output: the vocabulary and idf (see module doc for the formula). O(total terms).
 */
export function fitTfIdf(docs: readonly (readonly Term[])[]): TfIdfModel {
  const vocabulary = new Map<Term, number>();
  const df: number[] = [];
  const lastSeen: number[] = [];
  docs.forEach((terms, d) => {
    for (const t of terms) {
      let id = vocabulary.get(t);
      if (id === undefined) {
        id = vocabulary.size;
        vocabulary.set(t, id);
        df.push(0);
        lastSeen.push(-1);
      }
      if (lastSeen[id] !== d) {
        lastSeen[id] = d;
        df[id] += 1;
      }
    }
  });
  const n = docs.length;
  const idf = new Float64Array(df.length);
  for (let i = 0; i < df.length; i += 1) idf[i] = Math.log((1 + n) / (1 + df[i])) + 1;
  return { vocabulary, idf, documents: n };
}

/**
 * Turns a term list into an L2-normalised TF-IDF vector under `model`.
 * Terms unknown to the model are ignored. An empty input gives an empty vector (cosine 0 with anything).
 */
export function vectorise(model: TfIdfModel, terms: readonly Term[]): SparseVector {
  const scratch = scratchFor(model);
  const touched: number[] = [];
  for (const t of terms) {
    const id = model.vocabulary.get(t);
    if (id === undefined) continue;
    if (scratch[id] === 0) touched.push(id);
    scratch[id] += 1;
  }
  const ids = Int32Array.from(touched).sort();
  const weights = new Float64Array(ids.length);
  let norm = 0;
  for (let i = 0; i < ids.length; i += 1) {
    const id = ids[i];
    const w = (1 + Math.log(scratch[id])) * model.idf[id];
    scratch[id] = 0;
    weights[i] = w;
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i] /= norm;
  return { ids, weights };
}

const scratchOf = new WeakMap<TfIdfModel, Float64Array>();
/** A zeroed term-frequency buffer per model (vectorise leaves it zeroed again). */
function scratchFor(model: TfIdfModel): Float64Array {
  let s = scratchOf.get(model);
  if (!s) scratchOf.set(model, (s = new Float64Array(model.idf.length)));
  return s;
}

/** Cosine of two L2-normalised sparse vectors (a merge of the sorted id arrays). Range 0..1. */
export function cosine(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i];
    const y = b.ids[j];
    if (x === y) {
      sum += a.weights[i] * b.weights[j];
      i += 1;
      j += 1;
    } else if (x < y) i += 1;
    else j += 1;
  }
  return Math.min(1, Math.max(0, sum));
}

/**
 * Share of `part`'s IDF mass whose terms also occur in `whole` (asymmetric containment, 0..1).
 * Used for split/merge detection: a paragraph cut out of a longer one is highly contained in it.
 */
export function containment(model: TfIdfModel, part: readonly Term[], whole: ReadonlySet<Term>): number {
  let total = 0;
  let inside = 0;
  for (const t of part) {
    const id = model.vocabulary.get(t);
    const w = id === undefined ? 1 : model.idf[id];
    total += w;
    if (whole.has(t)) inside += w;
  }
  return total === 0 ? 0 : inside / total;
}

/** A zeroed score accumulator per index, reused by topK (which zeroes what it touched). */
const accumulators = new WeakMap<InvertedIndex, Float64Array>();

/** Inverted index over one side's vectors: term id → (document, weight) postings. */
export interface InvertedIndex {
  postings: Map<number, { docs: number[]; weights: number[] }>;
  size: number;
}

/** Builds the inverted index of `vectors` (document i = vectors[i]). O(total non-zeros). */
export function buildIndex(vectors: readonly SparseVector[]): InvertedIndex {
  const postings = new Map<number, { docs: number[]; weights: number[] }>();
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.ids.length; k += 1) {
      const id = v.ids[k];
      let list = postings.get(id);
      if (!list) postings.set(id, (list = { docs: [], weights: [] }));
      list.docs.push(doc);
      list.weights.push(v.weights[k]);
    }
  });
  return { postings, size: vectors.length };
}

/**
 * The `k` documents of `index` with the highest dot product with `query` over the query's terms whose
 * posting lists hold at most `maxDf` documents (score-at-a-time accumulation; skipping the most common
 * terms, "stop bigrams" such as 发展 or 推进, keeps retrieval near-linear in the number of documents),
 * best first, ties by document order. The returned `cosine` is therefore a lower bound of the true
 * cosine. Documents sharing no retrieval term are never returned.
 */
export function topK(index: InvertedIndex, query: SparseVector, k: number, maxDf = Infinity): { doc: number; cosine: number }[] {
  let acc = accumulators.get(index);
  if (!acc) accumulators.set(index, (acc = new Float64Array(index.size)));
  const touched: number[] = [];
  for (let q = 0; q < query.ids.length; q += 1) {
    const list = index.postings.get(query.ids[q]);
    if (!list || list.docs.length > maxDf) continue;
    const w = query.weights[q];
    const { docs, weights } = list;
    for (let p = 0; p < docs.length; p += 1) {
      const doc = docs[p];
      if (acc[doc] === 0) touched.push(doc);
      acc[doc] += w * weights[p];
    }
  }
  // partial selection of the k best (k is small): O(touched · k)
  const best: number[] = [];
  for (const d of touched) {
    if (best.length === k && acc[d] <= acc[best[k - 1]]) continue;
    let i = best.length < k ? best.length : k - 1;
    best[i] = d;
    while (i > 0 && (acc[best[i - 1]] < acc[d] || (acc[best[i - 1]] === acc[d] && best[i - 1] > d))) {
      best[i] = best[i - 1];
      best[i - 1] = d;
      i -= 1;
    }
  }
  const out = best.map((doc) => ({ doc, cosine: Math.min(1, (acc as Float64Array)[doc]) }));
  for (const d of touched) acc[d] = 0;
  return out;
}

/** The TF-IDF terms of a text: its character bigrams, encoded (see tokenise.ts). */
export function termsOf(text: string): Term[] {
  return bigramCodes(text);
}
