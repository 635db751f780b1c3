import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './paths';

export const rendererDist = join(repoRoot, 'dist', 'renderer');
const SOURCES = [
  'renderer',
  'shared',
  'resources',
  'vite.config.ts',
  'scripts/compile-hints.ts',
  'package.json',
];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce(
    (newest, name) => Math.max(newest, newestChange(join(path, name))),
    stat.mtimeMs,
  );
}

/** Whether `dist/renderer` is missing or older than any source it is built from. */
export function rendererIsStale(): boolean {
  const built = join(rendererDist, 'index.html');
  if (!existsSync(built)) return true;
  const sources = SOURCES.map((name) => join(repoRoot, name)).filter(existsSync);
  return Math.max(...sources.map(newestChange)) > statSync(built).mtimeMs;
}

/**
 * Builds the renderer only when stale. It builds beside the old copy and swaps, so a shell that
 * is serving the old build at that moment is not left with half a folder.
 */
export async function ensureRendererBuilt(log: (line: string) => void): Promise<void> {
  if (!rendererIsStale()) return;
  log('building the renderer…');
  const { build } = await import('vite');
  const next = `${rendererDist}.next-${process.pid}`;
  await build({
    configFile: join(repoRoot, 'vite.config.ts'),
    logLevel: 'warn',
    // The OpenCC chunk is large by nature and loaded only when the traditional UI needs it.
    build: { outDir: next, emptyOutDir: true, chunkSizeWarningLimit: 1200 },
  });
  rmSync(rendererDist, { recursive: true, force: true });
  renameSync(next, rendererDist);
}
