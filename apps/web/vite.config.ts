import { defaultClientConditions, defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from './precompress.js';

/**
 * Vite config of the viewer: React plugin, `/api` proxied to the API in dev (`pnpm --filter @plandiff/api start`
 * listens on 127.0.0.1:8787), production build to `dist/` (served by the API as its web root) with a brotli and a gzip copy of each text file.
 */
export default defineConfig({
  plugins: [react(), precompress()],
  // @plandiff packages resolve to their TypeScript source (export condition "@plandiff/source"), so the viewer builds
  // and serves the current model and compare code without their dist/.
  resolve: { conditions: ['@plandiff/source', ...defaultClientConditions] },
  server: {
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
});
