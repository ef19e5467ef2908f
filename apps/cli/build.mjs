#!/usr/bin/env node
// Build of the `plandiff` command: one CommonJS script, dist/plandiff.cjs, bundled by esbuild from the TypeScript sources
// of the CLI and of the workspace packages it imports (their "@plandiff/source" export condition) together with
// commander, cheerio, diff and zod. One file loads faster than the few hundred modules it replaces: Node resolves,
// reads and compiles one file instead of walking node_modules (see `pnpm bench:cli`). It is CommonJS, not an ES
// module, because Node 20 can load a script, but not a module, with a V8 code cache (bin/plandiff.js keeps one
// next to it; Node 22's module.enableCompileCache() would do this for modules). The file sits in apps/cli/dist/,
// as deep in the checkout as src/ was, so the paths the sources build from import.meta.url (fixtures/,
// packages/model/schema/) still point at the same folders.
//
// Next to the bundle, dist/sources.json lists the workspace source files it was built from (paths relative to
// apps/cli/): bin/plandiff.js compares their modification times with the bundle's to never run a stale bundle.
//
// Usage: node build.mjs [--watch]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { context } from 'esbuild';

/**
 * cheerio's main entry adds, next to `load`, loaders from a URL, a Buffer and streams that pull in undici (1 MB),
 * iconv-lite (0.5 MB) and parse5's stream parser: half of the bundle, evaluated at every start, used by no
 * plandiff code. This plugin resolves `cheerio` to the same public API without those loaders: cheerio's own
 * load-parse and static modules (`load`, `contains`, `merge` and the types). A future import of one of the dropped
 * loaders fails the build ("No matching export"), never silently.
 */
/**
 * zod's main entry re-exports every one of its ~50 message locales (`z.locales`, `z.core.locales`) although only English, its
 * default, is configured and no plandiff code names another: they are a third of zod in the bundle. This plugin
 * resolves that namespace to English alone, so `z.locales.en` still works.
 */
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[/\\]zod[/\\]v4[/\\](classic[/\\]external|core[/\\]index)\.js$/.test(args.importer)
        ? { path: join(dirname(args.importer), '..', 'locales', 'index.js'), namespace: 'zod-english-only' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: `export { default as en } from ${JSON.stringify(join(dirname(args.path), 'en.js'))};\n`,
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

const cheerioWithoutLoaders = {
  name: 'cheerio-without-loaders',
  setup(build) {
    build.onResolve({ filter: /^cheerio$/ }, (args) => {
      const parseDir = dirname(args.importer);
      const entry = createRequire(join(parseDir, 'x.js')).resolve('cheerio');
      return { path: entry, namespace: 'cheerio-without-loaders', pluginData: { dir: dirname(entry) } };
    });
    build.onLoad({ filter: /.*/, namespace: 'cheerio-without-loaders' }, (args) => {
      // require.resolve gives the CommonJS entry (dist/commonjs/index.js); the ES modules sit in dist/esm/.
      const esm = join(args.pluginData.dir, '..', 'esm');
      return {
        contents: `export * from ${JSON.stringify(join(esm, 'load-parse.js'))};\nexport { contains, merge } from ${JSON.stringify(join(esm, 'static.js'))};\n`,
        resolveDir: esm,
        loader: 'js',
      };
    });
  },
};

const watch = process.argv.includes('--watch');
const outdir = new URL('./dist/', import.meta.url).pathname;
rmSync(outdir, { recursive: true, force: true });

/** Writes dist/sources.json after each build: the bundle's inputs that are workspace sources (not node_modules). */
const recordSources = {
  name: 'record-sources',
  setup(build) {
    build.onEnd((result) => {
      if (!result.metafile) return;
      const cliDir = new URL('.', import.meta.url).pathname;
      const sources = Object.keys(result.metafile.inputs)
        .filter((input) => !input.includes('node_modules') && !input.includes(':'))
        .map((input) => relative(cliDir, join(process.cwd(), input)))
        .sort();
      mkdirSync(outdir, { recursive: true });
      writeFileSync(join(outdir, 'sources.json'), JSON.stringify(sources, null, 1) + '\n');
    });
  },
};

const ctx = await context({
  entryPoints: { plandiff: new URL('./src/main.ts', import.meta.url).pathname },
  outdir,
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  conditions: ['@plandiff/source'],
  sourcemap: 'linked',
  minify: true,
  legalComments: 'linked',
  metafile: true,
  plugins: [cheerioWithoutLoaders, zodEnglishOnly, recordSources],
  logLevel: watch ? 'info' : 'warning',
  // The sources locate fixtures/ and packages/model/schema/ from import.meta.url: the bundle's own URL.
  define: { 'import.meta.url': '__plandiffBundleUrl' },
  banner: { js: "var __plandiffBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
if (watch) {
  await ctx.watch();
} else {
  await ctx.rebuild();
  await ctx.dispose();
}
