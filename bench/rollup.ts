import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import yauzl from 'yauzl';
import { builtinCampaignsDir } from '../electron/services/campaigns/builtin-dir';
import { openCampaigns } from '../electron/services/campaigns/registry';
import { runRollup, type RollupRun } from '../electron/services/rollup/index';
import { findSharedPassages } from '../electron/services/rollup/originality/index';
import { ignoredTexts, textsOf } from '../electron/services/rollup/texts';
import { isFormId } from '../shared/forms';
import { writeBulkCorpus } from '../tests/support/submissions';
import type { Measured } from './report';
import { repoRoot } from './sample';
import { tempDataDir } from './services';
import { collectGarbage, median, now } from './stats';

/**
 * The roll-up of issue 21 (docs/PERFORMANCE.md): 300 case packages of 3000字 each read into rows
 * and checked for shared passages, beside a plain pass that unzips and hashes the same files in
 * the same run; its memory, measured in a process of its own; and how it scales to 100 and 1000.
 */
const BUDGET_COUNT = 300;
const SCALES = [100, 300, 1000];
const BODY_CHARS = 3000;
const RUNS = 3;

const registry = () => openCampaigns({ builtinDir: builtinCampaignsDir(), isFormId, readOnly: true });

/** The roll-up as the app runs it (the originality check included), on a fresh work folder. */
export function rollup(files: string[], workDir: string): Promise<RollupRun> {
  return runRollup(files, { registry: registry(), now: new Date(), workDir });
}

/**
 * The originality check of a run alone, as runRollup calls it, timed again after the run: the share
 * of the roll-up's time that is the check's, for the notes.
 */
function originalityMs(run: RollupRun): number {
  const counted = run.rows.filter((row) => !row.message && !row.duplicateOf);
  const submissions = counted.map((row) => run.submissions.get(row.id)!);
  const texts = counted.flatMap((row) =>
    textsOf(run.submissions.get(row.id)!.draft).map(({ field, text }) => ({ row: row.id, field, text })),
  );
  const start = now();
  findSharedPassages(texts, { ignore: ignoredTexts(submissions) });
  return now() - start;
}

/** Every entry of a zip read and hashed, as yauzl streams it; the file hashed too. */
function unzipAndHash(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const whole = createHash('sha256');
    readFile(file).then((bytes) => {
      whole.update(bytes);
      yauzl.fromBuffer(bytes, { lazyEntries: true }, (error, zip) => {
        if (error) return reject(error);
        let entries = 0;
        zip.on('entry', (entry: yauzl.Entry) =>
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError) return reject(streamError);
            pipeline(stream, createHash('sha256')).then(() => {
              entries++;
              zip.readEntry();
            }, reject);
          }),
        );
        zip.on('end', () => {
          whole.digest();
          resolve(entries);
        });
        zip.on('error', reject);
        zip.readEntry();
      });
    }, reject);
  });
}

async function plainPass(files: string[]): Promise<number> {
  let entries = 0;
  for (const file of files) entries += await unzipAndHash(file);
  return entries;
}

/** Peak RSS and heap of one roll-up of `files`, in a fresh Node process (bench/rollup-memory.ts). */
function memoryOf(files: string[], workDir: string): Promise<{ rssMB: number; heapMB: number; ms: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--expose-gc', '--import', 'tsx', join(repoRoot, 'bench', 'rollup-memory.ts'), workDir],
      { cwd: repoRoot, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as { rssMB: number; heapMB: number; ms: number })
        : reject(new Error(`rollup-memory exited ${code}`)),
    );
    child.stdin.end(JSON.stringify(files));
  });
}

export async function benchRollup(): Promise<Measured[]> {
  const data = await tempDataDir('rollup');
  try {
    const dir = join(data.dir, 'submissions');
    const largest = Math.max(...SCALES);
    process.stderr.write(`bench: rollup: making ${largest} case packages of ${BODY_CHARS}字…\n`);
    const corpus = await writeBulkCorpus(dir, { count: largest, bodyChars: BODY_CHARS });
    const files = (await readdir(dir)).sort().map((name) => join(dir, name));
    const first = (count: number) => files.slice(0, count);
    const plantedIn = (count: number) =>
      corpus.passages.filter(({ places }) =>
        places.every(({ file }) => first(count).includes(join(dir, file))),
      ).length;

    let workRun = 0;
    const originality = new Map<number, number[]>();
    const rollupOnce = async (count: number) => {
      const workDir = join(data.dir, `work-${workRun++}`);
      await mkdir(workDir);
      collectGarbage();
      const start = now();
      const run = await rollup(first(count), workDir);
      const ms = now() - start;
      originality.set(count, [...(originality.get(count) ?? []), originalityMs(run)]);
      await rm(workDir, { recursive: true, force: true });
      const unread = run.rows.filter((row) => row.message);
      if (unread.length)
        throw new Error(`rollup bench: ${unread.length} inputs unread (${unread[0]!.message!.code})`);
      if (run.passages.length !== plantedIn(count))
        throw new Error(
          `rollup bench: ${run.passages.length} shared passages found, ${plantedIn(count)} planted`,
        );
      return ms;
    };
    const plainOnce = async (count: number) => {
      collectGarbage();
      const start = now();
      await plainPass(first(count));
      return now() - start;
    };

    // Interleaved, one warm-up each: A B, B A, A B, …
    const rollupMs: number[] = [];
    const plainMs: number[] = [];
    for (let i = -1; i < RUNS; i++) {
      const order = i % 2 === 0 ? [true, false] : [false, true];
      for (const isRollup of order) {
        const ms = isRollup ? await rollupOnce(BUDGET_COUNT) : await plainOnce(BUDGET_COUNT);
        if (i >= 0) (isRollup ? rollupMs : plainMs).push(ms);
      }
    }
    const scaling: string[] = [];
    for (const count of SCALES) {
      const ms = count === BUDGET_COUNT ? median(rollupMs) : await rollupOnce(count);
      const plain = count === BUDGET_COUNT ? median(plainMs) : await plainOnce(count);
      const check = median(originality.get(count)!);
      scaling.push(
        `${count}: ${(ms / 1000).toFixed(1)} s, of which the originality check ${(check / 1000).toFixed(2)} s (plain pass ${(plain / 1000).toFixed(1)} s)`,
      );
    }
    const workDir = join(data.dir, 'work-memory');
    await mkdir(workDir);
    const memory = await memoryOf(first(BUDGET_COUNT), workDir);

    const figure = median(rollupMs);
    return [
      {
        name: `rollup: ${BUDGET_COUNT} submissions with the originality check`,
        figure,
        unit: 'ms',
        baseline: median(plainMs),
        budget: { max: 30_000, maxRatio: 3 },
        notes: `medians of ${RUNS} interleaved runs; ${BUDGET_COUNT} case packages of ${BODY_CHARS}字 正文, ${plantedIn(BUDGET_COUNT)} shared 200字 passages planted and found; baseline = unzip and SHA-256 of every entry of the same files; scaling ${scaling.join(', ')}`,
      },
      {
        name: `rollup: peak memory of ${BUDGET_COUNT} submissions`,
        figure: memory.rssMB,
        unit: 'MB',
        budget: { max: 1024 },
        notes: `peak RSS of a fresh process running one roll-up (${(memory.ms / 1000).toFixed(1)} s there); peak JS heap sampled ${memory.heapMB.toFixed(0)} MB`,
      },
    ];
  } finally {
    await data.dispose();
  }
}
