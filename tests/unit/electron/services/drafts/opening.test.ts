import { access, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { tempPathFor } from '../../../../../electron/services/files/atomic';
import type { Dialogs } from '../../../../../electron/services/context';
import type { Handlers } from '../../../../../shared/ipc';
import { testHandlers } from '../../../../support/handlers';
import { freshRepository } from './helpers';

const noDialogs: Dialogs = {
  openFiles: async () => [],
  saveFile: async () => null,
  chooseFolder: async () => null,
  reveal: async () => 'opened',
};

let env: Awaited<ReturnType<typeof freshRepository>>;
beforeEach(async () => {
  env = await freshRepository('opening');
});
afterEach(() => env.cleanup());

/** A draft folder with what a crash mid-write leaves (a temp file in it and in snapshots/) and a kept file. */
async function leftovers(id: string): Promise<string[]> {
  const dir = env.repo.layout.draftDir(id);
  await mkdir(join(dir, 'snapshots'), { recursive: true });
  const temps = [tempPathFor(join(dir, 'draft.json')), tempPathFor(join(dir, 'snapshots', 'a.json'))];
  for (const file of temps) await writeFile(file, 'half a write');
  await writeFile(join(dir, 'snapshots', 'kept.txt'), 'not a temp file');
  return temps;
}

const gone = (file: string) =>
  access(file).then(
    () => false,
    () => true,
  );

async function saveTitle(handlers: Handlers, id: string, title: string): Promise<void> {
  const draft = await handlers['drafts:load']({ id });
  await handlers['drafts:save']({ draft: { ...draft, values: { ...draft.values, title } } });
}

it('an app start lists at once, and the folders are swept before anything writes', async () => {
  const draft = await env.repo.create('case', 'c-1');
  const temps = await leftovers(draft.id);
  const handlers = testHandlers(env.dataDir, noDialogs);
  const { drafts } = await handlers['drafts:list']({ trash: false });
  expect(drafts.map((d) => d.id)).toEqual([draft.id]);
  await saveTitle(handlers, draft.id, '改过');
  expect(await Promise.all(temps.map(gone))).toEqual([true, true]);
  expect(await readdir(join(env.repo.layout.draftDir(draft.id), 'snapshots'))).toContain('kept.txt');
  expect((await handlers['drafts:list']({ trash: false })).drafts[0]?.title).toBe('改过');
});

it('a start whose first request writes sweeps the folders first too', async () => {
  const draft = await env.repo.create('case', 'c-1');
  const temps = await leftovers(draft.id);
  await saveTitle(testHandlers(env.dataDir, noDialogs), draft.id, '先写');
  expect(await Promise.all(temps.map(gone))).toEqual([true, true]);
});
