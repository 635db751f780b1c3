import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { runAndKillAfterFirstOutput } from '../../support/kill';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Inside the repository, so the bundle's bare imports resolve to its node_modules. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'desk-faults');
let bundled: Promise<string> | undefined;

/**
 * The writer child bundled once, with its packages, so each of the thousand children of a full run
 * starts in plain Node without resolving and loading some 400 package files one by one: that
 * halved the start of a child (about 1.1 s to 0.55 s before its first write, at load 4 on two
 * cores), and a child's start is spent on every kill before the random delay even begins. sharp
 * stays outside (a native addon), found from the bundle's folder in the repository's node_modules;
 * `require` is provided for the CommonJS packages that ask for Node's modules.
 */
export function writerChild(): Promise<string> {
  bundled ??= (async () => {
    await mkdir(OUT_DIR, { recursive: true });
    const outfile = join(OUT_DIR, `writer-${process.pid}.mjs`);
    await build({
      entryPoints: [join(ROOT, 'tests', 'faults', 'children', 'writer.ts')],
      bundle: true,
      external: ['sharp'],
      banner: {
        js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      },
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
