import { cpSync, rmSync } from 'node:fs';
import { build, type BuildOptions } from 'esbuild';

/**
 * Bundles main (ESM) and the preload (CommonJS: a sandboxed preload cannot be an ES module) into
 * dist/electron/. Native and Electron's own modules stay outside the bundle.
 */
const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  external: ['electron', 'sharp'],
  logLevel: 'warning',
};

await Promise.all([
  build({
    ...common,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.js',
    format: 'esm',
    // Bundled CommonJS dependencies call require(); give them one in the ES module.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
    },
  }),
  // Minified: the preload is parsed on every page load.
  build({
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    format: 'cjs',
    minify: true,
  }),
]);

// The built-in campaigns are data the app reads at start (electron/services/campaigns/builtin-dir.ts):
// copied whole, so next year's call is one more file in resources/campaigns/ and no code change.
rmSync('dist/campaigns', { recursive: true, force: true });
cpSync('resources/campaigns', 'dist/campaigns', { recursive: true });
