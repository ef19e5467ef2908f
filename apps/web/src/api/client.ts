import type { CollectionSummary, Comparison, CrossSection, Plan, SeriesSummary, Timeline } from '@plandiff/model';
import { ApiError, problemFromResponse } from './api-error.js';

/** Base path of the HTTP API (DESIGN.md: everything under /api; the viewer is served by the same origin). */
const API = '/api';

async function send<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${API}${path}`, { ...init, headers: { accept: 'application/json', ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'The API could not be reached', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as T;
}

const segment = encodeURIComponent;

/** GET /api/series: every series with its issuer and years (each year's coverage and title). */
export function listSeries(signal?: AbortSignal): Promise<SeriesSummary[]> {
  return send<SeriesSummary[] | { series: SeriesSummary[] }>('/series', { signal }).then((body) =>
    Array.isArray(body) ? body : body.series,
  );
}

/** GET /api/series/:series: one series with its years. Throws ApiError 404 for an unknown series. */
export function getSeries(series: string, signal?: AbortSignal): Promise<SeriesSummary> {
  return send<SeriesSummary>(`/series/${segment(series)}`, { signal });
}

/** GET /api/series/:series/plans/:year: the parsed Plan of one year. */
export function getPlan(series: string, year: number, signal?: AbortSignal): Promise<Plan> {
  return send<Plan>(`/series/${segment(series)}/plans/${year}`, { signal });
}

/** GET /api/series/:series/compare?from=&to=: the Comparison of year `from` (A) with year `to` (B). */
export function getComparison(series: string, from: number, to: number, signal?: AbortSignal): Promise<Comparison> {
  return send<Comparison>(`/series/${segment(series)}/compare?from=${from}&to=${to}`, { signal });
}

/** GET /api/series/:series/targets: the metric × year Timeline of a series. */
export function getTimeline(series: string, signal?: AbortSignal): Promise<Timeline> {
  return send<Timeline>(`/series/${segment(series)}/targets`, { signal });
}

/** GET /api/collections: every collection with its member series (stored or not) and years. */
export function listCollections(signal?: AbortSignal): Promise<CollectionSummary[]> {
  return send<CollectionSummary[]>('/collections', { signal });
}

/** GET /api/collections/:id: one collection with what is stored of each member. Throws ApiError 404. */
export function getCollection(collection: string, signal?: AbortSignal): Promise<CollectionSummary> {
  return send<CollectionSummary>(`/collections/${segment(collection)}`, { signal });
}

/** GET /api/collections/:id/targets?year=: the metric × series CrossSection of one year. Throws ApiError 404/400. */
export function getCrossSection(collection: string, year: number, signal?: AbortSignal): Promise<CrossSection> {
  return send<CrossSection>(`/collections/${segment(collection)}/targets?year=${year}`, { signal });
}

/**
 * POST /api/parse: parses a notice without saving it. Input: a dropped File (sent as multipart `file`, so the
 * API detects its encoding from the bytes) or pasted text (sent as the raw UTF-8 body). Output: the Plan,
 * warnings included. Throws ApiError (413 too large, 415/422 not a plan).
 */
export function parseNotice(notice: File | string, signal?: AbortSignal): Promise<Plan> {
  if (typeof notice === 'string') {
    return send<Plan>('/parse', { method: 'POST', body: notice, headers: { 'content-type': 'text/plain; charset=utf-8' }, signal });
  }
  const form = new FormData();
  form.set('file', notice, notice.name);
  return send<Plan>('/parse', { method: 'POST', body: form, signal });
}

/** One side of POST /api/compare: a notice (file or pasted text) or a stored `series/year`. */
export type CompareSide = { notice: File | string } | { stored: string };

function appendSide(form: FormData, field: 'from' | 'to', side: CompareSide): void {
  if ('stored' in side) form.set(field, side.stored);
  else if (typeof side.notice === 'string') form.set(field, new Blob([side.notice], { type: 'text/plain;charset=utf-8' }), 'notice.txt');
  else form.set(field, side.notice, side.notice.name);
}

/**
 * POST /api/compare: compares two notices, or a notice and a stored year, without saving anything.
 * Input: year A (`from`) and year B (`to`), each a notice or a `series/year` reference.
 * Output: the Comparison. Throws ApiError on a bad or unreadable notice.
 */
export function compareNotices(from: CompareSide, to: CompareSide, signal?: AbortSignal): Promise<Comparison> {
  const form = new FormData();
  appendSide(form, 'from', from);
  appendSide(form, 'to', to);
  return send<Comparison>('/compare', { method: 'POST', body: form, signal });
}
