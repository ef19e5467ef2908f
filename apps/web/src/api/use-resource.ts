import { useCallback, useEffect, useState } from 'react';

/** The state of one asynchronous load: loading, failed (with the error) or ready (with the data). */
export type Resource<T> = { status: 'loading' } | { status: 'error'; error: Error } | { status: 'ready'; data: T };

/**
 * Loads data when `key` changes and aborts the previous load. Input: a string key naming what is loaded
 * (e.g. `gov-work-report/2024/2025`; null loads nothing and stays loading) and a loader taking an AbortSignal.
 * Output: the Resource state of the latest key, and `reload` to run the loader again (after an error).
 */
export function useResource<T>(
  key: string | null,
  load: (signal: AbortSignal) => Promise<T>,
): [Resource<T>, () => void] {
  const [attempt, setAttempt] = useState(0);
  const token = key === null ? null : `${key}#${attempt}`;
  const [state, setState] = useState<{ token: string | null; resource: Resource<T> }>({
    token,
    resource: { status: 'loading' },
  });
  useEffect(() => {
    if (token === null) return;
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ token, resource: { status: 'ready', data } });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) {
          setState({ token, resource: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) } });
        }
      },
    );
    return () => controller.abort();
    // the loader is named by `key`: a new closure with the same key must not load again
  }, [token]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return [state.token === token ? state.resource : { status: 'loading' }, reload];
}
