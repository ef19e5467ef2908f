import { closeSync, existsSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusUsageError } from './errors.js';

/** Path of the lock file of one series/year: `fixtures/.<series>-<year>.lock` (a dot file: never a series). */
export function lockPath(fixturesDir: string, series: string, year: number): string {
  return join(fixturesDir, `.${series}-${year}.lock`);
}

/** Whether a live process holds the lock of `series/year` (a lock left by a killed process is not held). */
export function lockHeld(fixturesDir: string, series: string, year: number): boolean {
  const path = lockPath(fixturesDir, series, year);
  return existsSync(path) && holderAlive(path);
}

function holderAlive(path: string): boolean {
  let pid: number;
  try {
    pid = Number(JSON.parse(readFileSync(path, 'utf8')).pid);
  } catch {
    return true; // being written by its holder right now, or unreadable: do not steal it
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Runs `work` while holding the lock of `series/year`: the lock file is created with O_CREAT|O_EXCL (`wx`), so of
 * two processes adding the same year at once exactly one gets it; the other gets CorpusUsageError (exit 2)
 * naming the holder's pid. A lock whose holder process is gone (killed) is taken over. The lock is removed when
 * `work` returns or throws.
 */
export function withFixtureLock<T>(fixturesDir: string, series: string, year: number, work: () => T): T {
  const path = lockPath(fixturesDir, series, year);
  let fd: number | null = null;
  for (let attempt = 0; attempt < 2 && fd === null; attempt++) {
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (attempt === 0 && !holderAlive(path)) {
        rmSync(path, { force: true });
        continue;
      }
      let holder = 'another process';
      try {
        holder = `process ${JSON.parse(readFileSync(path, 'utf8')).pid}`;
      } catch {
        // keep the generic name
      }
      throw new CorpusUsageError(`fixtures/${series}/${year} is being added by ${holder} right now (lock ${path}); try again when it has finished`);
    }
  }
  try {
    writeSync(fd!, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
    closeSync(fd!);
    return work();
  } finally {
    rmSync(path, { force: true });
  }
}
