// Child process of the kill-between-renames test: runs `addNotice(… force)` and SIGKILLs itself at a chosen rename
// of the folder replacement, as a `kill -9` or a power cut would stop it. Usage:
//   node --import tsx add-then-die.ts <fixturesDir> <sourceFile> <series> <year> <crashPoint>
// crashPoint: `before-swap` (the new folder is staged as .<year>.new, the old year still in place) or
// `between-renames` (the old year moved to .<year>.old, the new one not yet renamed into place).
import fs from 'node:fs';
import { basename } from 'node:path';
import { syncBuiltinESMExports } from 'node:module';

const [fixturesDir, sourceFile, series, year, crashPoint] = process.argv.slice(2);
const rename = fs.renameSync;
fs.renameSync = (from: fs.PathLike, to: fs.PathLike) => {
  const src = basename(String(from));
  const dst = basename(String(to));
  const die = crashPoint === 'before-swap' ? dst === `.${year}.old` : src === `.${year}.new` && dst === year;
  if (die) process.kill(process.pid, 'SIGKILL');
  rename(from, to);
};
syncBuiltinESMExports();
const { addNotice } = await import('../../src/index.js');
addNotice(fixturesDir, { bytes: fs.readFileSync(sourceFile), fileName: 'source.txt', series, year, force: true });
console.log('finished without being killed');
