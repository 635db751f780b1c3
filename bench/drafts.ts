import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { textOf, type Draft } from '../shared/draft';
import { formOf, partsOf } from '../shared/forms';
import type { Measured } from './report';
import { appServices, tempDataDir } from './services';
import { caseFull } from './sample';
import { collectGarbage, interleave, median, now, percentile, timeRuns } from './stats';

const LIST_SIZE = 1000;
const AUTOSAVE_BYTES = 20 * 1024;

/** Realistic drafts: both kinds, at every stage from a title only to a full text. */
function generatedContent(draft: Draft, n: number): Draft {
  const texts = partsOf(formOf('case')).map((part) => textOf(caseFull, part.id));
  const fill = (n * 37) % 101; // percent of each part written
  const fields = Object.fromEntries(
    partsOf(formOf(draft.form)).map(({ id }, i) => {
      const text = texts[(i + n) % texts.length]!;
      return [id, text.slice(0, Math.round((text.length * fill) / 100))];
    }),
  );
  return {
    ...draft,
    values: {
      ...caseFull.values,
      ...fields,
      title: `${textOf(caseFull, 'title').slice(0, 12)}（第${n + 1}稿）`,
    },
    status: n % 7 === 0 ? 'final' : 'draft',
  };
}

async function makeDrafts(dataDir: string): Promise<void> {
  const { call } = appServices(dataDir);
  const batch = 8;
  for (let start = 0; start < LIST_SIZE; start += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, LIST_SIZE - start) }, async (_, i) => {
        const n = start + i;
        const draft = await call('drafts:create', { kind: n % 3 === 0 ? 'material' : 'case' });
        await call('drafts:save', { draft: generatedContent(draft, n) });
      }),
    );
  }
}

/**
 * The baseline of the list (issue 17): a plain sweep over the same draft folders, with no app code
 * at all: the folder read, then every `draft.json` read and parsed, as many at a time as the app's
 * list has in flight (a sweep that opened 1,000 files at once would be slower, and no fairer).
 */
async function plainSweep(dataDir: string): Promise<number> {
  const root = join(dataDir, 'drafts');
  const names = await readdir(root);
  const folders = names.filter((name) => !name.startsWith('.'));
  let next = 0;
  let parsed = 0;
  const worker = async () => {
    while (next < folders.length) {
      const name = folders[next++]!;
      if (JSON.parse(await readFile(join(root, name, 'draft.json'), 'utf8'))) parsed++;
    }
  };
  await Promise.all(Array.from({ length: 32 }, worker));
  return parsed;
}

/**
 * The list screen asks `drafts:list` once it opens. Each run starts the services afresh on the
 * folder, as an app start does, so the first list also waits for the repository to open (it
 * sweeps every draft folder for what an interrupted write left behind). Runs alternate with the
 * plain sweep over the same folders.
 */
async function benchList(): Promise<Measured> {
  const data = await tempDataDir('list');
  try {
    await makeDrafts(data.dir);
    // The drafts were made by an app that never listed them: its first list reads every draft.
    const firstStart = now();
    const { drafts } = await appServices(data.dir).call('drafts:list', {});
    const firstEver = now() - firstStart;
    if (drafts.length !== LIST_SIZE) throw new Error(`listed ${drafts.length} of ${LIST_SIZE} drafts`);
    const warm: number[] = [];
    const swept: number[] = [];
    // Only the first list of each start is timed; when the opening sweep that follows it ended, and
    // a repeated list, go to the notes.
    const times = await interleave(
      async () => {
        collectGarbage();
        const start = now();
        const { call, context } = appServices(data.dir);
        const listed = await call('drafts:list', {});
        const first = now() - start;
        if (listed.drafts.length !== LIST_SIZE)
          throw new Error(`listed ${listed.drafts.length} of ${LIST_SIZE} drafts`);
        await context.drafts.open();
        swept.push(now() - start);
        const again = now();
        await call('drafts:list', {});
        warm.push(now() - again);
        return first;
      },
      async () => {
        collectGarbage();
        const start = now();
        const parsed = await plainSweep(data.dir);
        if (parsed !== LIST_SIZE) throw new Error(`the sweep parsed ${parsed} of ${LIST_SIZE} drafts`);
        return now() - start;
      },
      { warmUps: 2, runs: 10 },
    );
    return {
      name: `drafts: open the list of ${LIST_SIZE} drafts`,
      figure: median(times.a),
      unit: 'ms',
      baseline: median(times.b),
      budget: { max: 300, maxRatio: 1.5 },
      notes: `medians of 10 interleaved runs: app start + first drafts:list, beside a plain sweep (readdir, read and JSON.parse of each draft.json); the repository's opening sweep of every draft folder, which follows the list and which writes wait for, ended ${median(swept.slice(2)).toFixed(0)} ms after the start; a repeated list takes ${median(warm.slice(2)).toFixed(0)} ms; the very first list, with no summary kept yet, ${firstEver.toFixed(0)} ms`,
    };
  } finally {
    await data.dispose();
  }
}

/** A draft whose file is about 20 KB: the full case with its body repeated where needed. */
function draftOfSize(draft: Draft, bytes: number): Draft {
  const sized = { ...draft, values: { ...caseFull.values } };
  while (Buffer.byteLength(JSON.stringify(sized, null, 2)) < bytes)
    sized.values.proof = `${textOf(sized, 'proof')}${textOf(caseFull, 'lessons')}`;
  return sized;
}

/** Autosave as the wizard sends it: the whole draft, one more character each time. */
async function benchAutosave(): Promise<Measured> {
  const data = await tempDataDir('autosave');
  try {
    const { call } = appServices(data.dir);
    let draft = draftOfSize(await call('drafts:create', { kind: 'case' }), AUTOSAVE_BYTES);
    const size = Buffer.byteLength(JSON.stringify(draft, null, 2));
    const times = await timeRuns(
      async (run) => {
        draft = {
          ...draft,
          values: { ...draft.values, lessons: `${textOf(draft, 'lessons')}${'计量'[run & 1]}` },
        };
        await call('drafts:save', { draft });
      },
      { warmUps: 20, runs: 300 },
    );
    return {
      name: 'autosave: 20 KB draft, p95',
      figure: percentile(times, 95),
      unit: 'ms',
      budget: { max: 50 },
      notes: `p50 ${median(times).toFixed(1)} ms over 300 saves of a ${(size / 1024).toFixed(1)} KB draft through drafts:save (schema check, snapshot, temp file, fsync, rename, summary)`,
    };
  } finally {
    await data.dispose();
  }
}

export async function benchDrafts(): Promise<Measured[]> {
  return [await benchList(), await benchAutosave()];
}
