/**
 * Performance marks the viewer sets once per page load, read by the browser tests and the bench
 * (`performance.getEntriesByName(name)[0].startTime`: ms after navigation start).
 */
export const READY_MARK = {
  /** the comparison (summary, target table, first rows of the task list) is on screen and usable */
  comparison: 'plandiff:comparison-ready',
  /** the home page's series list is on screen */
  home: 'plandiff:home-ready',
} as const;

/** Sets the performance mark `name` unless this page load already has it (the first render is what counts). */
export function markReadyOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
