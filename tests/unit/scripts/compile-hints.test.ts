import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT } from '../../../scripts/compile-hints';

/** The renderer built with the app's own config, as `npm run build:renderer` builds it. */
describe('compile hints in the renderer build', () => {
  let out: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'submission-desk-hints-'));
    await build({
      configFile: 'vite.config.ts',
      logLevel: 'error',
      build: { outDir: out, emptyOutDir: true },
    });
    const names = (await readdir(join(out, 'assets'))).filter((name) => name.endsWith('.js'));
    files = new Map(
      await Promise.all(
        names.map(async (name) => [name, await readFile(join(out, 'assets', name), 'utf8')] as const),
      ),
    );
  }, 60_000);

  afterAll(() => rm(out, { recursive: true, force: true }));

  const hinted = (name: string) => files.get(name)!.startsWith(`${COMPILE_HINT}\n`);

  it('starts the entry and every chunk index.html preloads with the hint, before any statement', async () => {
    const html = await readFile(join(out, 'index.html'), 'utf8');
    const initial = [...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(initial.length).toBeGreaterThan(0);
    for (const name of initial) expect(hinted(name), name).toBe(true);
  });

  it('leaves the lazy chunks (screens, OpenCC) to compile lazily', () => {
    const lazy = [...files.keys()].filter((name) =>
      /^(Wizard|DraftList|SettingsScreen|cn2t|t2cn)-/.test(name),
    );
    expect(lazy.length).toBeGreaterThanOrEqual(5);
    for (const name of lazy) expect(hinted(name), name).toBe(false);
  });
});
