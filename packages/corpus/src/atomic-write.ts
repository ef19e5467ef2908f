import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync, cpSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { randomUUID } from 'node:crypto';

/**
 * Writes a whole folder at once: the files are written into a sibling temporary folder which then replaces
 * `dir` with one rename, so a failure leaves `dir` as it was (nothing half-written).
 * `files` maps a file name inside `dir` to its bytes or text. With `keepExisting`, other files already in
 * `dir` are carried over. Throws the underlying fs error.
 */
export function writeFolderAtomically(dir: string, files: Record<string, Uint8Array | string>, keepExisting = false): void {
  const parent = dirname(dir);
  mkdirSync(parent, { recursive: true });
  const tmp = join(parent, `.${basename(dir)}.${randomUUID()}.tmp`);
  const old = join(parent, `.${basename(dir)}.${randomUUID()}.old`);
  try {
    if (keepExisting && existsSync(dir)) cpSync(dir, tmp, { recursive: true });
    else mkdirSync(tmp);
    for (const [name, data] of Object.entries(files)) writeFileSync(join(tmp, name), data);
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(tmp, dir);
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
    throw error;
  }
}

/** Writes one file atomically (temp file + rename). */
export function writeFileAtomically(path: string, data: Uint8Array | string): void {
  const tmp = `${path}.${randomUUID()}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (error) {
    rmSync(tmp, { force: true });
    throw error;
  }
}
