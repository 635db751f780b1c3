import { readdir, readFile, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftRepository } from '../../../../../electron/services/drafts/repository';
import { SUMMARY_INDEX_FILE } from '../../../../../electron/services/drafts/summary-index';
import { freshRepository } from './helpers';

let env: Awaited<ReturnType<typeof freshRepository>>;
beforeEach(async () => {
  env = await freshRepository('summary-index');
});
afterEach(() => env.cleanup());

/** An app start on the same data folder. */
const restart = (app = '') => new DraftRepository(env.dataDir, () => env.clock.now, app).open();
const indexFile = () => join(env.repo.layout.drafts, SUMMARY_INDEX_FILE);

interface IndexFile {
  app: string;
  entries: Record<string, { summary: { title: string } }>;
}
const readIndex = async (): Promise<IndexFile> =>
  JSON.parse(await readFile(indexFile(), 'utf8')) as IndexFile;

/** Puts `title` into the kept summary of `id` only, leaving the key it was made from as it was. */
async function forgeKeptTitle(id: string, title: string): Promise<void> {
  const index = await readIndex();
  index.entries[id]!.summary.title = title;
  await writeFile(indexFile(), JSON.stringify(index));
}

const titles = async (repo: DraftRepository, trash = false) =>
  (await repo.list(trash)).drafts.map((d) => d.title).sort();

describe('the summary index of the draft list', () => {
  it('is written by a list, and a restart lists from it without reading the drafts', async () => {
    const draft = await env.repo.create('case', 'c-1');
    await env.repo.save({ ...draft, values: { ...draft.values, title: '原题' } });
    expect(await titles(env.repo)).toEqual(['原题']);
    expect(Object.keys((await readIndex()).entries)).toEqual([draft.id]);
    // Had the restart read draft.json, it would list 原题; the kept summary says otherwise.
    await forgeKeptTitle(draft.id, '来自索引');
    expect(await titles(await restart())).toEqual(['来自索引']);
  });

  it('is made again for a draft saved after it was kept, in this run or by another process', async () => {
    const draft = await env.repo.create('case', 'c-1');
    await env.repo.list();
    await env.repo.save({ ...draft, values: { ...draft.values, title: '本进程' } });
    expect(await titles(env.repo)).toEqual(['本进程']);
    // Another process (a second repository on the folder) saves; this one's memory is stale.
    const other = await restart();
    await other.save({ ...draft, values: { ...draft.values, title: '另一进程' } });
    expect(await titles(env.repo)).toEqual(['另一进程']);
    expect(await titles(await restart())).toEqual(['另一进程']);
  });

  it('is made again for a hand edit in place of the same size, told by its mtime', async () => {
    const draft = await env.repo.create('material', 'c-1');
    await env.repo.save({ ...draft, values: { ...draft.values, title: '甲乙' } });
    await env.repo.list();
    const file = env.repo.layout.draftFile(draft.id);
    const before = await stat(file);
    await writeFile(file, (await readFile(file, 'utf8')).replace('"title": "甲乙"', '"title": "丙丁"'));
    // Same size and inode; the clock of the disk may not have ticked since, so the edit is dated later.
    const later = new Date(before.mtimeMs + 2000);
    await utimes(file, later, later);
    expect((await stat(file)).size).toBe(before.size);
    expect(await titles(env.repo)).toEqual(['丙丁']);
    expect(await titles(await restart())).toEqual(['丙丁']);
  });

  it('forgets a deleted draft, and a folder put back under its id is read again', async () => {
    const gone = await env.repo.create('case', 'c-1');
    const kept = await env.repo.create('case', 'c-1');
    await env.repo.save({ ...kept, values: { ...kept.values, title: '留下' } });
    await env.repo.save({ ...gone, values: { ...gone.values, title: '删掉' } });
    await env.repo.list();
    const copy = await readFile(env.repo.layout.draftFile(gone.id), 'utf8');
    await rm(env.repo.layout.draftDir(gone.id), { recursive: true });
    expect(await titles(env.repo)).toEqual(['留下']);
    expect(Object.keys((await readIndex()).entries)).toEqual([kept.id]);
    await env.repo.stageAndPlace(gone.id, (staging) =>
      writeFile(join(staging, 'draft.json'), copy.replace('"title": "删掉"', '"title": "放回"')),
    );
    expect(await titles(env.repo)).toEqual(['放回', '留下']);
  });

  it('still quarantines a draft broken after its summary was kept, in this run and after a restart', async () => {
    const first = await env.repo.create('case', 'c-1');
    const second = await env.repo.create('case', 'c-1');
    await env.repo.list();
    const truncate = async (id: string) => {
      const file = env.repo.layout.draftFile(id);
      await writeFile(file, (await readFile(file, 'utf8')).slice(0, 80));
    };
    await truncate(first.id);
    const listed = await env.repo.list();
    expect(listed.drafts.map((d) => d.id)).toEqual([second.id]);
    expect(listed.quarantined).toEqual([expect.objectContaining({ id: first.id })]);
    await truncate(second.id);
    const repo = await restart();
    const after = await repo.list();
    expect(after.drafts).toEqual([]);
    expect(after.quarantined).toEqual([expect.objectContaining({ id: second.id })]);
    expect(await readdir(repo.layout.quarantine)).toHaveLength(2);
    expect((await readIndex()).entries).toEqual({});
  });

  it('moves with a draft to the trash and back', async () => {
    const draft = await env.repo.create('case', 'c-1');
    await env.repo.save({ ...draft, values: { ...draft.values, title: '搬动' } });
    await env.repo.trash(draft.id);
    expect(await titles(env.repo)).toEqual([]);
    expect(await titles(env.repo, true)).toEqual(['搬动']);
    await env.repo.restore(draft.id);
    expect(await titles(env.repo, true)).toEqual([]);
    expect(await titles(env.repo)).toEqual(['搬动']);
  });

  it('is not trusted when torn, foreign, of another shape or written by another version of the app', async () => {
    const draft = await env.repo.create('case', 'c-1');
    await env.repo.save({ ...draft, values: { ...draft.values, title: '真题' } });
    await env.repo.list();
    const good = await readFile(indexFile(), 'utf8');
    const forged = good.replace(/"title":"真题"/, '"title":"伪题"');
    for (const text of [
      forged.slice(0, forged.length / 2),
      '[1, 2, 3]',
      forged.replace(/"words":\d+/, '"words":"many"'),
    ]) {
      await writeFile(indexFile(), text);
      expect(await titles(await restart()), text.slice(0, 40)).toEqual(['真题']);
    }
    await writeFile(indexFile(), forged);
    expect(await titles(await restart())).toEqual(['伪题']);
    expect(await titles(await restart('9.9.9'))).toEqual(['真题']);
    expect((await readIndex()).app).toBe('9.9.9');
  });
});
