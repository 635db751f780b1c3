import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer is served from files (Electron) or a local page (browser shell), so paths stay relative. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    reportCompressedSize: false,
  },
});
