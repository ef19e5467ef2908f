import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A fingerprint of a fixtures folder: the name, size and mtime of every entry down to the files of each year
 * folder (fixtures/<series>/<year>/<file>, fixtures/collections/<id>.json), read with lstat (symbolic links are
 * never followed) through the asynchronous fs API, so the event loop only strings the results together. Any added,
 * removed, renamed or rewritten file changes it, so a cached answer about stored fixtures is reused exactly while
 * its fingerprint holds. Never rejects (an unreadable folder counts as empty).
 */
export async function fixturesStamp(dir: string): Promise<string> {
  const walk = async (path: string, depth: number): Promise<string[]> => {
    let names: string[];
    try {
      names = (await readdir(path)).sort();
    } catch {
      return [];
    }
    const parts = await Promise.all(
      names.map(async (name) => {
        const entry = join(path, name);
        const stat = await lstat(entry).catch(() => null);
        if (!stat) return [];
        const line = `${depth}:${name}:${stat.size}:${stat.mtimeMs}:${stat.isSymbolicLink() ? 'l' : stat.isDirectory() ? 'd' : 'f'}`;
        return stat.isDirectory() && depth < 2 ? [line, ...(await walk(entry, depth + 1))] : [line];
      }),
    );
    return parts.flat();
  };
  return (await walk(dir, 0)).join('\n');
}
