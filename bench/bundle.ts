import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Manifest } from 'vite';
import type { Measured } from './report';
import { repoRoot } from './sample';

/** The JS a page loads before any dynamic import: its entry and the static imports, transitively. */
export function initialChunks(manifest: Manifest, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entry);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

/**
 * Builds the renderer with the app's own Vite config (into a temporary folder, with a manifest)
 * and sums the gzip size of the JS that `index.html` loads at once. Lazy chunks (OpenCC, the
 * .docx preview) are left out: they load only when used.
 */
export async function benchBundle(): Promise<Measured[]> {
  const outDir = await mkdtemp(join(tmpdir(), 'submission-desk-bench-build-'));
  try {
    await build({
      configFile: join(repoRoot, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true, manifest: true, chunkSizeWarningLimit: 5000 },
    });
    const manifest = JSON.parse(await readFile(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
    const initial = initialChunks(manifest, 'index.html');
    const all = Object.values(manifest)
      .map((chunk) => chunk.file)
      .filter((file) => file.endsWith('.js'));
    const gzipped = async (file: string) => gzipSync(await readFile(join(outDir, file)), { level: 9 }).length;
    const sizes = await Promise.all(initial.map(gzipped));
    const lazy = await Promise.all(all.filter((file) => !initial.includes(file)).map(gzipped));
    const kb = (bytes: number) => bytes / 1024;
    return [
      {
        name: 'renderer: initial JS, gzip',
        figure: kb(sizes.reduce((a, b) => a + b, 0)),
        unit: 'KB',
        budget: { max: 400 },
        notes: `${initial.length} initial chunk(s); ${lazy.length} lazy chunk(s) of ${kb(lazy.reduce((a, b) => a + b, 0)).toFixed(0)} KB gzip not counted`,
      },
    ];
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}
