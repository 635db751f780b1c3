import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runAndKillAfterFirstOutput } from '../../support/kill';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Inside the repository, so the bundle's bare imports resolve to its node_modules. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'desk-faults');
let bundled: Promise<string> | undefined;

/** The writer child bundled once, so each of hundreds of children starts in plain Node in tens of ms. */
export function writerChild(): Promise<string> {
  bundled ??= (async () => {
    await mkdir(OUT_DIR, { recursive: true });
    const outfile = join(OUT_DIR, `writer-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'tests', 'faults', 'children', 'writer.ts')],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'error',
    });
    return outfile;
  })();
  return bundled;
}

/** Removes this process's bundle from node_modules/.cache once its suite is done. */
export async function removeWriterChild(): Promise<void> {
  if (bundled) await rm(await bundled, { force: true });
  bundled = undefined;
}

export interface KilledRun {
  /** The last operation the child started, and the last one it reported as acknowledged (-1: none). */
  begun: number;
  done: number;
  /** What each acknowledged operation reported, by its number. */
  details: Map<number, string>;
}

/**
 * Runs the writer child and SIGKILLs it `delayMs` after its first operation began: no handler runs,
 * no buffer is flushed, exactly as when the machine loses power to the process.
 */
export async function runAndKill(args: string[], delayMs: number): Promise<KilledRun> {
  const child = await writerChild();
  const run: KilledRun = { begun: -1, done: -1, details: new Map() };
  await runAndKillAfterFirstOutput(child, args, delayMs, (line) => {
    const [what, n, ...rest] = line.split(' ');
    if (what === 'begin') run.begun = Number(n);
    if (what === 'done') {
      run.done = Number(n);
      run.details.set(Number(n), rest.join(' '));
    }
  });
  return run;
}
