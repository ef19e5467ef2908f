import type { Task } from '@plandiff/model';

/**
 * A task's place as a reader cites it, never its internal id: the outline labels joined as written, a paragraph
 * part `pN` as 第N段, an item number as written. Input: the task's `path` (contract: section labels then `pN` or the
 * item number). Output: `三（二）第2段`, `一（二）1`, `第1段` (a paragraph before the first heading); `全文` for an
 * empty path.
 */
export function displayPath(path: readonly string[]): string {
  if (path.length === 0) return '全文';
  return path
    .map((part) => {
      const paragraph = /^p(\d+)$/.exec(part);
      return paragraph ? `第${paragraph[1]}段` : part;
    })
    .join('');
}

/** {@link displayPath} of a task. */
export function taskDisplayPath(task: Pick<Task, 'path'>): string {
  return displayPath(task.path);
}
