#!/usr/bin/env node
// The `plandiff` command: see `plandiff --help` and README.md.
import { runCli } from './cli.js';

// A reader that stops early (`plandiff compare … | head`) closes the pipe: end quietly, as Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

// No top-level await: the bundle (build.mjs) is a CommonJS script so that bin/plandiff.js can load it with a V8 code cache.
void runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
}).then((code) => {
  process.exitCode = code;
});
