import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built into dist/web (served by the Safehold server, src/api/web-assets.ts) with hashed names
// under assets/. Nothing is inlined as a data: URI, so the strict CSP holds without exceptions.
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    assetsDir: 'assets',
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    target: 'es2022',
    sourcemap: false,
    // The first screen's budget is 300 KB compressed, not minified: test/web/serving.test.ts checks it.
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // zod's sources carry comments Rollup cannot place; they change nothing in the output.
      onwarn(warning, warn) {
        if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
      },
    },
  },
});
