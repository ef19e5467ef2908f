#!/usr/bin/env node
// The installed `plandiff` command. It runs dist/plandiff.cjs, the single bundled script that `pnpm build` writes
// (apps/cli/build.mjs): plain Node, no TypeScript loader.
//
// Fast start: the bundle is compiled with a V8 code cache kept beside it (dist/plandiff.<hash>.v8cache, keyed by
// the bundle's SHA-1 because V8 checks only a source's length). The first run writes it when it ends, so that it
// holds every function that run compiled; later runs skip compiling them. Without a writable dist/ it just runs
// uncached. (Node 22's module.enableCompileCache() does this natively; Node 20 has only vm.Script's cachedData.)
//
// Never stale: in a checkout where one of the TypeScript sources the bundle was built from (dist/sources.json) is
// newer than the bundle — edited, or pulled, since the last build — it runs those sources through tsx instead,
// with every @plandiff package resolved to its source (export condition "@plandiff/source"): slower to start, never
// a stale answer (`plandiff check --update` after a parser change must use the new parser). Without a bundle at all
// it does the same, so a fresh checkout works before its first build. `pnpm build` (or `pnpm dev`) restores the
// fast path.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const bundle = fileURLToPath(new URL('../dist/plandiff.cjs', import.meta.url));

/** true when the bundle exists and no source listed in dist/sources.json is newer than it */
function bundleIsCurrent() {
  let builtAt;
  let sources;
  try {
    builtAt = statSync(bundle).mtimeMs;
    sources = JSON.parse(readFileSync(new URL('../dist/sources.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  const sourcesPresent = statSync(new URL('../src/', import.meta.url), { throwIfNoEntry: false }) !== undefined;
  if (!sourcesPresent) return true; // an installed copy without sources: the bundle is all there is
  for (const source of sources) {
    const stat = statSync(new URL(source, new URL('../', import.meta.url)), { throwIfNoEntry: false });
    // A source removed since the build, or changed after it: the bundle no longer matches the checkout.
    if (!stat || stat.mtimeMs > builtAt) return false;
  }
  return true;
}

/** Runs the CommonJS bundle as Node's require() would, compiled with (and then refreshing) its code cache. */
function runBundle() {
  // esbuild keeps main.ts's #! line; inside the CommonJS wrapper it would be a syntax error (Node's loader strips it too).
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const cachePath = bundle.replace(/\.cjs$/, `.${createHash('sha1').update(source).digest('hex').slice(0, 16)}.v8cache`);
  let cachedData;
  try {
    cachedData = readFileSync(cachePath);
  } catch {
    cachedData = undefined;
  }
  const script = new Script(Module.wrap(source), { filename: bundle, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) {
    process.once('exit', () => {
      try {
        const temporary = `${cachePath}.${process.pid}`;
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, cachePath);
      } catch {
        // read-only install: run uncached
      }
    });
  }
  // the bundle's identity, for caches of what it computes (src/comparison-cache.ts): a rebuilt bundle never reads
  // an answer an older build wrote
  globalThis.__plandiffBuild = { id: createHash('sha1').update(source).digest('hex'), cacheDir: dirname(bundle) };
  const module = { exports: {}, filename: bundle, id: bundle, loaded: false };
  script.runInThisContext().call(module.exports, module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

if (bundleIsCurrent()) {
  runBundle();
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
