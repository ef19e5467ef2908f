import type { CollectionOutcomes, Outcomes } from '@plandiff/model';
import { ApiError, problemFromResponse } from '../api/api-error.js';

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`/api${path}`, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, 'The API could not be reached', error instanceof Error ? error.message : String(error));
  }
  if (!response.ok) throw await problemFromResponse(response);
  return (await response.json()) as T;
}

/**
 * GET /api/series/:series/outcomes (DESIGN.md "Outcomes"): every target of each year of the series against the result
 * reported for that year, `{ series, rows }`. Throws ApiError (404 unknown series; status 0 when the API is down).
 */
export function getSeriesOutcomes(series: string, signal?: AbortSignal): Promise<Outcomes> {
  return getJson<Outcomes>(`/series/${encodeURIComponent(series)}/outcomes`, signal);
}

/**
 * GET /api/collections/:id/outcomes?year=: the outcomes of one year for every member series,
 * `{ collection, year, series: { id: rows[] } }` (an empty list for a member without that year or its review).
 */
export function getCollectionOutcomes(collection: string, year: number, signal?: AbortSignal): Promise<CollectionOutcomes> {
  return getJson<CollectionOutcomes>(`/collections/${encodeURIComponent(collection)}/outcomes?year=${year}`, signal);
}
