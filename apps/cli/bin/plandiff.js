#!/usr/bin/env node
// The installed `plandiff` command. It runs dist/plandiff.js, the single bundled ES module that `pnpm build`
// writes (apps/cli/build.mjs): plain Node, no TypeScript loader, so it answers in about the time Node takes to start.
//
// In a checkout where one of the TypeScript sources the bundle was built from (dist/sources.json) is newer than the
// bundle — edited, or pulled, since the last build — it runs those sources through tsx instead, with every
// @plandiff package resolved to its source (export condition "@plandiff/source"): slower to start, never a stale
// answer (`plandiff check --update` after a parser change must use the new parser). Without a bundle at all it
// does the same, so a fresh checkout works before its first build. `pnpm build` (or `pnpm dev`) restores the
// fast path.
import { readFileSync, statSync } from 'node:fs';

const bundle = new URL('../dist/plandiff.js', import.meta.url);

/** true when dist/plandiff.js exists and no source listed in dist/sources.json is newer than it */
function bundleIsCurrent() {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('../dist/sources.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  for (const source of sources) {
    let changedAt;
    try {
      changedAt = statSync(new URL(source, new URL('../', import.meta.url))).mtimeMs;
    } catch {
      // A source removed since the build: the bundle was built from files that are gone.
      return statSync(new URL('../src/', import.meta.url), { throwIfNoEntry: false }) === undefined;
    }
    if (changedAt > builtAt) return false;
  }
  return true;
}

if (bundleIsCurrent()) {
  await import(bundle.href);
} else {
  const { register } = await import('node:module');
  register(
    'data:text/javascript,export async function resolve(specifier, context, next) {' +
      ' return next(specifier, { ...context, conditions: [...context.conditions, "@plandiff/source"] }); }',
  );
  const tsx = await import('tsx/esm/api');
  tsx.register();
  await import('../src/main.ts');
}
