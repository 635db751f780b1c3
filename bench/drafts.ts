import { textOf, type Draft } from '../shared/draft';
import type { Measured } from './report';
import { appServices, tempDataDir } from './services';
import { caseFull } from './sample';
import { median, now, percentile, timeRuns } from './stats';
import { formOf, partsOf } from '../shared/forms';

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
 * The list screen asks `drafts:list` once it opens. Each run starts the services afresh on the
 * folder, as an app start does, so the first list also waits for the repository to open (it
 * sweeps every draft folder for what an interrupted write left behind).
 */
async function benchList(): Promise<Measured> {
  const data = await tempDataDir('list');
  try {
    await makeDrafts(data.dir);
    const warm: number[] = [];
    const first = await timeRuns(
      async () => {
        const { call } = appServices(data.dir);
        const { drafts } = await call('drafts:list', {});
        if (drafts.length !== LIST_SIZE) throw new Error(`listed ${drafts.length} of ${LIST_SIZE} drafts`);
        const start = now();
        await call('drafts:list', {});
        warm.push(now() - start);
      },
      { warmUps: 2, runs: 10 },
    );
    return {
      name: `drafts: open the list of ${LIST_SIZE} drafts`,
      figure: median(first),
      unit: 'ms',
      budget: { max: 300 },
      notes: `median of 10 app starts, first drafts:list (repository opening included); a repeated list takes ${median(warm.slice(2)).toFixed(0)} ms`,
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
