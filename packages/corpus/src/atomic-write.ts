import { closeSync, cpSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomUUID } from 'node:crypto';

// Names of the sibling folders of a folder replacement (issue 12: a kill -9 between the two renames of the old
// scheme lost the year). `.<name>.<uuid>.tmp` is being written (incomplete: always safe to delete);
// `.<name>.new` is complete and waits to replace `<name>`; `.<name>.old` is the complete previous `<name>`.
const NEW_SUFFIX = '.new';
const OLD_SUFFIX = '.old';
const TMP = /^\.(.+)\.[0-9a-f-]{36}\.tmp$/;
const STAGED = /^\.(.+)\.(new|old)$/;

function writeFileDurably(path: string, data: Uint8Array | string): void {
  writeFileSync(path, data);
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Replaces a whole folder so that at every instant a complete copy of the old or of the new folder is on disk:
 * the files are written (and fsynced) into `.<name>.<uuid>.tmp`, which is renamed to `.<name>.new`; then `<name>`
 * is renamed to `.<name>.old`, `.<name>.new` to `<name>`, and `.<name>.old` is removed. A process killed anywhere
 * in between leaves sibling folders that {@link recoverFolderSwaps} turns back into exactly one complete `<name>`.
 * (Between the two renames `<name>` itself is briefly absent: POSIX has no portable atomic exchange of two
 * non-empty folders.) `files` maps a file name inside the folder to its bytes or text; with `keepExisting`, the
 * other files already in `dir` are carried over. On an error nothing changes (`dir` as it was) and the error is
 * rethrown.
 */
export function writeFolderAtomically(dir: string, files: Record<string, Uint8Array | string>, keepExisting = false): void {
  const parent = dirname(dir);
  const name = basename(dir);
  mkdirSync(parent, { recursive: true });
  recoverFolderSwaps(parent, (l) => l.target === dir);
  const tmp = join(parent, `.${name}.${randomUUID()}.tmp`);
  const staged = join(parent, `.${name}${NEW_SUFFIX}`);
  const old = join(parent, `.${name}${OLD_SUFFIX}`);
  try {
    if (keepExisting && existsSync(dir)) cpSync(dir, tmp, { recursive: true });
    else mkdirSync(tmp);
    for (const [file, data] of Object.entries(files)) writeFileDurably(join(tmp, file), data);
    renameSync(tmp, staged);
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(dir)) renameSync(dir, old);
  renameSync(staged, dir);
  rmSync(old, { recursive: true, force: true });
}

/** A sibling folder left by an interrupted {@link writeFolderAtomically}: its path and what recovery does with it. */
export interface SwapLeftover {
  path: string;
  /** `tmp`: an incomplete write; `new`: a complete replacement; `old`: a complete previous folder */
  kind: 'tmp' | 'new' | 'old';
  /** the folder it belongs to */
  target: string;
  /** what {@link recoverFolderSwaps} does: delete it, or rename it to its target */
  action: 'delete' | 'restore';
}

/**
 * The leftovers of interrupted folder replacements in `parent` (not changed). `.<name>.new` is restored when
 * `<name>` is missing (the crash came after `<name>` moved aside: roll forward to the new folder), else deleted
 * (the replacement never happened); `.<name>.old` is restored when `<name>` and `.<name>.new` are both missing,
 * else deleted; `.tmp` folders are deleted.
 */
export function swapLeftovers(parent: string): SwapLeftover[] {
  if (!existsSync(parent)) return [];
  const names = new Set(readdirSync(parent));
  const out: SwapLeftover[] = [];
  for (const entry of [...names].sort()) {
    const tmp = TMP.exec(entry);
    if (tmp) {
      out.push({ path: join(parent, entry), kind: 'tmp', target: join(parent, tmp[1]), action: 'delete' });
      continue;
    }
    const staged = STAGED.exec(entry);
    if (!staged) continue;
    const [, name, kind] = staged;
    const restore = kind === 'new' ? !names.has(name) : !names.has(name) && !names.has(`.${name}${NEW_SUFFIX}`);
    out.push({ path: join(parent, entry), kind: kind as 'new' | 'old', target: join(parent, name), action: restore ? 'restore' : 'delete' });
  }
  return out;
}

/**
 * Finishes or undoes the interrupted folder replacements in `parent` (see {@link swapLeftovers}) that `which`
 * selects (default all), so that each folder is complete again and no leftover remains. Only call it for folders
 * no other process is replacing right now (hold their lock). Output: the leftovers handled. Throws fs errors.
 */
export function recoverFolderSwaps(parent: string, which: (leftover: SwapLeftover) => boolean = () => true): SwapLeftover[] {
  const leftovers = swapLeftovers(parent).filter(which);
  for (const l of leftovers.filter((x) => x.action === 'restore')) renameSync(l.path, l.target);
  for (const l of leftovers.filter((x) => x.action === 'delete')) rmSync(l.path, { recursive: true, force: true });
  return leftovers;
}

/** Writes one file atomically (temp file, fsync, rename). */
export function writeFileAtomically(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileDurably(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
