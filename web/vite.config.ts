import { defineConfig } from 'vite';

// The console is served by `concord serve` from the server's wwwroot (web/dist is copied there at build).
// In development, `npm run dev` proxies the API to a local hub (CONCORD_HUB, default http://127.0.0.1:5094).
const hub = process.env.CONCORD_HUB ?? 'http://127.0.0.1:5094';

export default defineConfig({
  base: '/',
  // three.js (about 560 kB, 140 kB gzipped) is its own chunk, loaded by dynamic import() only on pages with a 3-D view.
  // Legal comments (three.js's MIT @license header) stay in the bundle.
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: false, assetsInlineLimit: 0, chunkSizeWarningLimit: 600,
    rolldownOptions: { output: { comments: { legal: true, annotation: false, jsdoc: false } } } },
  server: { proxy: { '/api': { target: hub, changeOrigin: false } } },
});
