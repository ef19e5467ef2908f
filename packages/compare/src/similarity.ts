/**
 * TF-IDF over character bigrams, with an inverted index for candidate retrieval.
 *
 * Weighting: sublinear term frequency `1 + ln(tf)` times smoothed inverse document frequency
 * `ln((1 + N) / (1 + df)) + 1`, vectors L2-normalised, similarity = cosine (the scikit-learn
 * `TfidfVectorizer(sublinear_tf=True, smooth_idf=True)` formulas; Manning, Raghavan & Schütze,
 * *Introduction to Information Retrieval*, §6.2–6.4). Character n-grams need no word segmentation,
 * which makes retrieval robust to rewording and to the parser's segmentation.
 */
import { characterBigrams } from './tokenise.js';

/** A sparse L2-normalised vector: parallel arrays of term ids (ascending) and weights. */
export interface SparseVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A TF-IDF model fitted on one corpus of documents (both plans' tasks together). */
export interface TfIdfModel {
  /** term → id */
  vocabulary: Map<string, number>;
  /** idf per term id */
  idf: Float64Array;
  /** number of documents the model was fitted on */
  documents: number;
}

/**
 * Fits IDF weights on documents given as term lists.
 * Input: `docs[i]` = the terms of document i (e.g. `characterBigrams(task.text)`).
 * Output: the vocabulary and idf (see module doc for the formula). O(total terms).
 */
export function fitTfIdf(docs: readonly string[][]): TfIdfModel {
  const vocabulary = new Map<string, number>();
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
export function vectorise(model: TfIdfModel, terms: readonly string[]): SparseVector {
  const tf = new Map<number, number>();
  for (const t of terms) {
    const id = model.vocabulary.get(t);
    if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + 1);
  }
  const ids = Int32Array.from([...tf.keys()].sort((a, b) => a - b));
  const weights = new Float64Array(ids.length);
  let norm = 0;
  ids.forEach((id, i) => {
    const w = (1 + Math.log(tf.get(id) ?? 1)) * model.idf[id];
    weights[i] = w;
    norm += w * w;
  });
  norm = Math.sqrt(norm);
  if (norm > 0) for (let i = 0; i < weights.length; i += 1) weights[i] /= norm;
  return { ids, weights };
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
export function containment(model: TfIdfModel, part: readonly string[], whole: ReadonlySet<string>): number {
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

/** Inverted index over one side's vectors: term id → (document, weight) postings. */
export interface InvertedIndex {
  postings: Map<number, { doc: number; weight: number }[]>;
  size: number;
}

/** Builds the inverted index of `vectors` (document i = vectors[i]). O(total non-zeros). */
export function buildIndex(vectors: readonly SparseVector[]): InvertedIndex {
  const postings = new Map<number, { doc: number; weight: number }[]>();
  vectors.forEach((v, doc) => {
    for (let k = 0; k < v.ids.length; k += 1) {
      const id = v.ids[k];
      let list = postings.get(id);
      if (!list) postings.set(id, (list = []));
      list.push({ doc, weight: v.weights[k] });
    }
  });
  return { postings, size: vectors.length };
}

/**
 * The `k` documents of `index` with the highest cosine to `query` (score-at-a-time accumulation over
 * postings), best first, ties by document order. Documents with cosine 0 are never returned.
 */
export function topK(index: InvertedIndex, query: SparseVector, k: number): { doc: number; cosine: number }[] {
  const acc = new Float64Array(index.size);
  const touched: number[] = [];
  for (let q = 0; q < query.ids.length; q += 1) {
    const list = index.postings.get(query.ids[q]);
    if (!list) continue;
    const w = query.weights[q];
    for (const p of list) {
      if (acc[p.doc] === 0) touched.push(p.doc);
      acc[p.doc] += w * p.weight;
    }
  }
  touched.sort((a, b) => acc[b] - acc[a] || a - b);
  return touched.slice(0, k).map((doc) => ({ doc, cosine: Math.min(1, acc[doc]) }));
}

/** Convenience: the TF-IDF terms of a text (character bigrams, see tokenise.ts). */
export function termsOf(text: string): string[] {
  return characterBigrams(text);
}
