import { spawn } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { build } from 'esbuild';

/**
 * The one SIGKILL harness: a child script bundled once, run, and killed at a chosen instant. The
 * fault suite's writer (`tests/faults/children/writer.ts`) and the drafts' autosave child both go
 * through it; what each child reports, and what its test proves from that, stays with the test.
 */

const ROOT = join(import.meta.dirname, '..', '..');
/** Inside the repository, so the bundle's bare imports resolve to its node_modules. */
const OUT_DIR = join(ROOT, 'node_modules', '.cache', 'desk-faults');
const bundled = new Map<string, Promise<string>>();

/**
 * A child's entry bundled once per process, with its packages, so each of the thousand children of
 * a full run starts in plain Node without resolving and loading some 400 package files one by one:
 * that halved the start of a child (about 1.1 s to 0.55 s before its first write, at load 4 on two
 * cores), and a child's start is spent on every kill before the random delay even begins. sharp
 * stays outside (a native addon), found from the bundle's folder in the repository's node_modules;
 * `require` is provided for the CommonJS packages that ask for Node's modules.
 */
export function bundledChild(entry: string): Promise<string> {
  let bundle = bundled.get(entry);
  if (!bundle) {
    bundle = (async () => {
      await mkdir(OUT_DIR, { recursive: true });
      const outfile = join(OUT_DIR, `${basename(entry, '.ts')}-${process.pid}.mjs`);
      await build({
        entryPoints: [entry],
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
    bundled.set(entry, bundle);
  }
  return bundle;
}

/** Removes this process's bundles from node_modules/.cache once its suite is done. */
export async function removeBundledChildren(): Promise<void> {
  const bundles = [...bundled.values()];
  bundled.clear();
  await Promise.all(bundles.map(async (bundle) => rm(await bundle, { force: true })));
}

/**
 * Runs a Node script and SIGKILLs it `delayMs` after it first writes to stdout: no handler runs,
 * no buffer is flushed, exactly as when the machine loses power to the process. Each complete
 * stdout line reaches `onLine` (the child's acknowledgements); a child that ends by itself fails.
 */
export function runAndKillAfterFirstOutput(
  script: string,
  args: string[],
  delayMs: number,
  onLine: (line: string) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [script, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    proc.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      lines.forEach(onLine);
      timer ??= setTimeout(() => proc.kill('SIGKILL'), delayMs);
    });
    proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    proc.on('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the child ended without being killed: ${stderr}`));
    });
  });
}

/** The fault suite's writer child (`tests/faults/children/writer.ts`). */
export const writerChild = () => bundledChild(join(ROOT, 'tests', 'faults', 'children', 'writer.ts'));

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
