import { createApp } from '@plandiff/api';

let app: ReturnType<typeof createApp> | null = null;

/**
 * Reads one JSON answer of the real API in-process (no socket, no viewer), over the real fixtures/: the same
 * data the viewer receives. Input: a path such as `/api/series/gov-work-report/plans/2024`. Throws on a non-2xx.
 */
export async function storedJson<T>(path: string): Promise<T> {
  app ??= createApp({ webRoot: null });
  const response = await app.request(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
