import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const webDir = fileURLToPath(new URL('../../', import.meta.url));
const repoDir = join(webDir, '..', '..');

/** Newest modification time (ms) of any file under `path` (a file or a folder), 0 when absent. */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/**
 * Vitest global setup of the browser tests: builds the viewer (`vite build` into apps/web/dist) when dist is
 * missing or older than any of its inputs (web src, index.html, vite config, and the browser-side packages model
 * and compare), so the tests always drive the current code.
 */
export default async function setup(): Promise<void> {
  const built = newest(join(webDir, 'dist', 'index.html'));
  const inputs = Math.max(
    newest(join(webDir, 'src')),
    newest(join(webDir, 'index.html')),
    newest(join(webDir, 'vite.config.ts')),
    newest(join(repoDir, 'packages', 'model', 'src')),
    newest(join(repoDir, 'packages', 'compare', 'src')),
  );
  if (built > inputs) return;
  // vitest sets NODE_ENV=test, and vite keeps a NODE_ENV that is already set: without this the tests would drive
  // React's development build (larger and slower than what `pnpm build` ships).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ root: webDir, configFile: join(webDir, 'vite.config.ts'), mode: 'production', logLevel: 'warn' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
