import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DraftRepository } from '../../../../../electron/services/drafts/repository';
import { DeskError } from '../../../../../shared/errors';
import { freshRepository } from './helpers';
import { DRAFT_FORMAT_VERSION, textOf } from '../../../../../shared/draft';

let env: Awaited<ReturnType<typeof freshRepository>>;
beforeEach(async () => {
  env = await freshRepository('repo');
});
afterEach(() => env.cleanup());

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof DeskError ? error.code : `not a DeskError: ${String(error)}`;
}

describe('draft repository', () => {
  it('creates, lists with summaries, saves and loads a draft; main sets updatedAt', async () => {
    const draft = await env.repo.create('case', 'c-1', { unit: '上海市计量测试技术研究院' });
    expect(textOf(draft, 'unit')).toBe('上海市计量测试技术研究院');
    env.advance(60_000);
    const edited = {
      ...draft,
      values: { ...draft.values, title: '智慧计量', summary: '计量——测量' },
    };
    const saved = await env.repo.save({ ...edited, updatedAt: '1999-01-01T00:00:00.000Z' });
    expect(saved.updatedAt).toBe('2021-12-20T08:01:00.000Z');
    expect(await env.repo.load(draft.id)).toEqual(saved);
    const { drafts, quarantined } = await env.repo.list();
    expect(quarantined).toEqual([]);
    expect(drafts).toEqual([
      expect.objectContaining({
        id: draft.id,
        title: '智慧计量',
        form: 'case',
        status: 'draft',
        exported: false,
        words: 5,
        limits: [
          { step: 'summary', words: 5, limit: 300 },
          { step: 'body', words: 0, limit: 3000 },
        ],
      }),
    ]);
  });

  it("lists each limit with the text it holds: the case body's parts together, not the proof", async () => {
    const draft = await env.repo.create('case', 'c-1');
    await env.repo.save({
      ...draft,
      values: {
        ...draft.values,
        background: '计'.repeat(2000),
        approach: '量'.repeat(1200),
        proof: '证'.repeat(50),
      },
    });
    const material = await env.repo.create('material', 'c-1');
    await env.repo.save({ ...material, values: { ...material.values, content: '量'.repeat(1400) } });
    const { drafts } = await env.repo.list();
    const limits = Object.fromEntries(drafts.map((d) => [d.form, d.limits]));
    expect(limits).toEqual({
      case: [
        { step: 'summary', words: 0, limit: 300 },
        { step: 'body', words: 3200, limit: 3000 },
      ],
      material: [
        { step: 'summary', words: 0, limit: 200 },
        { step: 'body', words: 1400, limit: 1500 },
      ],
    });
  });

  it('lists from a summary that is rebuilt when the draft file changed behind it', async () => {
    const draft = await env.repo.create('material', 'c-1');
    const file = env.repo.layout.draftFile(draft.id);
    const text = (await readFile(file, 'utf8')).replace('"title": ""', '"title": "手改的题目"');
    await writeFile(file, text);
    const { drafts } = await env.repo.list();
    expect(drafts[0]?.title).toBe('手改的题目');
  });

  it('renames, duplicates with attachments folder, trashes and restores', async () => {
    const draft = await env.repo.create('case', 'c-1');
    expect((await env.repo.rename(draft.id, '新题目')).title).toBe('新题目');
    const copy = await env.repo.duplicate(draft.id);
    expect(copy.id).not.toBe(draft.id);
    expect(copy.title).toBe('新题目');
    await env.repo.trash(draft.id);
    expect((await env.repo.list()).drafts.map((d) => d.id)).toEqual([copy.id]);
    expect((await env.repo.list(true)).drafts.map((d) => d.id)).toEqual([draft.id]);
    expect(await codeOf(env.repo.load(draft.id))).toBe('not-found');
    await env.repo.restore(draft.id);
    expect(textOf(await env.repo.load(draft.id), 'title')).toBe('新题目');
    expect(await codeOf(env.repo.restore(draft.id))).toBe('not-found');
  });

  it('keeps export records a stale renderer copy does not know about', async () => {
    const draft = await env.repo.create('case', 'c-1');
    const record = {
      number: 1,
      at: '2021-12-20T08:00:00.000Z',
      hash: 'abcdef01',
      files: ['a.docx'],
      provisional: true,
    };
    await env.repo.update(draft.id, (d) => ({ ...d, exports: [record] }));
    const saved = await env.repo.save({ ...draft, values: { ...draft.values, summary: '改' } });
    expect(saved.exports).toEqual([record]);
  });

  it('takes snapshots at most every five minutes and restores one, keeping the current as a snapshot', async () => {
    const draft = await env.repo.create('case', 'c-1');
    const texts = ['一', '二', '三'];
    for (const text of texts) {
      env.advance(6 * 60_000);
      await env.repo.save({ ...draft, values: { ...draft.values, summary: text } });
      env.advance(1000);
      await env.repo.save({ ...draft, values: { ...draft.values, summary: `${text}!` } });
    }
    const snapshots = await env.repo.snapshots(draft.id);
    expect(snapshots).toHaveLength(3);
    const oldest = snapshots.at(-1)!;
    const restored = await env.repo.restoreSnapshot(draft.id, oldest.name);
    expect(textOf(restored, 'summary')).toBe('');
    expect(textOf(await env.repo.load(draft.id), 'summary')).toBe('');
    const after = await env.repo.snapshots(draft.id);
    expect(after).toHaveLength(4);
    const newest = JSON.parse(
      await readFile(join(env.repo.layout.snapshotsDir(draft.id), after[0]!.name), 'utf8'),
    );
    expect(textOf(newest, 'summary')).toBe('三!');
  });

  it('quarantines a corrupt draft with its reason, and the others still open', async () => {
    const good = await env.repo.create('case', 'c-1');
    const bad = await env.repo.create('material', 'c-1');
    const truncated = (await readFile(env.repo.layout.draftFile(bad.id), 'utf8')).slice(0, 100);
    await writeFile(env.repo.layout.draftFile(bad.id), truncated);
    // A restart: a new repository on the same data directory.
    const repo = await new DraftRepository(env.dataDir, () => env.clock.now).open();
    const { drafts, quarantined } = await repo.list();
    expect(drafts.map((d) => d.id)).toEqual([good.id]);
    expect(quarantined).toEqual([
      expect.objectContaining({ id: bad.id, reason: expect.stringContaining('draft-corrupt') }),
    ]);
    const [folder] = await readdir(repo.layout.quarantine);
    const moved = join(repo.layout.quarantine, folder!);
    expect(await readFile(join(moved, 'draft.json'), 'utf8')).toBe(truncated);
    expect(await readFile(join(moved, 'reason.txt'), 'utf8')).toContain('not JSON');
    expect((await repo.load(good.id)).id).toBe(good.id);
  });

  it('refuses a draft of a future format version and leaves it untouched where it is', async () => {
    const draft = await env.repo.create('case', 'c-1');
    const file = env.repo.layout.draftFile(draft.id);
    const future = (await readFile(file, 'utf8')).replace(
      `"formatVersion": ${DRAFT_FORMAT_VERSION}`,
      '"formatVersion": 7',
    );
    await writeFile(file, future);
    expect(await codeOf(env.repo.load(draft.id))).toBe('draft-future-version');
    expect(await codeOf(env.repo.save(draft))).toBe('draft-future-version');
    expect(await readFile(file, 'utf8')).toBe(future);
    const { drafts, quarantined } = await env.repo.list();
    expect(drafts).toEqual([]);
    expect(quarantined).toEqual([
      expect.objectContaining({
        id: draft.id,
        code: 'draft-future-version',
        reason: expect.stringContaining('version 7'),
      }),
    ]);
  });

  it('removes temp files and half-built folders left by an interrupted write when it opens', async () => {
    const draft = await env.repo.create('case', 'c-1');
    const dir = env.repo.layout.draftDir(draft.id);
    await writeFile(join(dir, '.draft.json.desk-tmp-0123456789ab'), '{"torn');
    await writeFile(join(env.repo.layout.drafts, '.staging-x'), '');
    await new DraftRepository(env.dataDir, () => env.clock.now).open();
    expect((await readdir(dir)).sort()).toEqual(['draft.json']);
    expect(await readdir(env.repo.layout.drafts)).toEqual([draft.id]);
  });

  it('runs concurrent saves of one draft one after another, ending with the last', async () => {
    const draft = await env.repo.create('case', 'c-1');
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        env.repo.save({ ...draft, values: { ...draft.values, summary: String(i) } }),
      ),
    );
    expect(textOf(await env.repo.load(draft.id), 'summary')).toBe('19');
  });
});
