import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { compileHints } from './scripts/compile-hints';

/** The renderer is served from files (Electron) or a local page (browser shell), so paths stay relative. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), compileHints()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    reportCompressedSize: false,
  },
});
