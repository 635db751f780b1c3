import { execFileSync } from 'node:child_process';
import { constants } from 'node:fs';
import { copyFile, mkdir, open, readdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { createHandlers } from '../../../electron/services/index';
import { textOf, type Draft } from '../../../shared/draft';
import { faults } from '../../faults/lib/faulty-fs';
import { scratch } from '../../faults/lib/fixtures';
import { startServices, type Services } from '../../faults/lib/services';
import { writeRawZip } from '../electron/services/drafts/zips';
import { createHash } from 'node:crypto';

vi.mock('node:fs/promises', async (real) =>
  (await import('../../faults/lib/faulty-fs')).faultyPromises(await real()),
);
vi.mock('node:fs', async (real) => (await import('../../faults/lib/faulty-fs')).faultyFs(await real()));

/**
 * Issue 16, item 3 and the main-process half of item 4: saves that stopped for good. Each case
 * sets up a data folder as the probe found it and then saves through the same dispatcher as IPC;
 * the save must go through (or fail with the code the user can act on), and keep going through.
 */
let root: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
  root = await scratch('save-stalls');
});
afterAll(async () => {
  faults.mode = 'off';
  faults.root = null;
  await root.cleanup();
});

/** Services whose clock the test moves. */
function clocked(label: string, start: string) {
  let now = Date.parse(start);
  const services = startServices(join(root.dir, label), () => new Date(now));
  return {
    services,
    dataDir: join(root.dir, label),
    set: (iso: string) => void (now = Date.parse(iso)),
    advance: (ms: number) => void (now += ms),
  };
}

async function edit(services: Services, id: string, text: string): Promise<void> {
  const current = await services.value('drafts:load', { id });
  await services.value('drafts:save', {
    draft: { ...current, values: { ...current.values, summary: text } },
  });
}

/** Saves every `stepMs` for `durationMs`, collecting every snapshot name seen along the way. */
async function saveFor(clock: ReturnType<typeof clocked>, id: string, durationMs: number, stepMs: number) {
  const seen = new Set<string>();
  for (let t = 0; t < durationMs; t += stepMs) {
    clock.advance(stepMs);
    await edit(clock.services, id, `第 ${t} 毫秒的内容`);
    for (const s of await clock.services.value('drafts:snapshots', { id })) seen.add(s.name);
  }
  return seen;
}

describe('snapshots follow a sequence, not the wall clock alone', () => {
  it('a backward clock correction does not stop snapshots: 3 hours of saves keep snapshotting', async () => {
    const clock = clocked('clock-back', '2026-06-01T12:00:00.000Z');
    const { id } = await clock.services.value('drafts:create', { kind: 'case' });
    const before = await saveFor(clock, id, 10 * 60_000, 30_000);
    expect(before.size).toBeGreaterThanOrEqual(2);
    clock.set('2026-06-01T08:00:00.000Z');
    const after = await saveFor(clock, id, 3 * 3_600_000, 30_000);
    const taken = [...after].filter((name) => !before.has(name));
    // One every five minutes of saving, give or take the first.
    expect(taken.length).toBeGreaterThanOrEqual(30);
  }, 120_000);

  it('a planted future-dated snapshot does not switch snapshots off', async () => {
    const clock = clocked('future', '2026-06-01T12:00:00.000Z');
    const { id } = await clock.services.value('drafts:create', { kind: 'case' });
    const dir = join(clock.dataDir, 'drafts', id);
    await mkdir(join(dir, 'snapshots'), { recursive: true });
    await copyFile(join(dir, 'draft.json'), join(dir, 'snapshots', '2099-12-31T23-59-59-999Z.json'));
    const seen = await saveFor(clock, id, 3_600_000, 30_000);
    seen.delete('2099-12-31T23-59-59-999Z.json');
    expect(seen.size).toBeGreaterThanOrEqual(10);
  }, 60_000);
});

describe('what is in snapshots/ never stops a save', () => {
  it('a dangling symlink in snapshots/ is ignored and reported; saves and the list of snapshots work', async () => {
    const clock = clocked('dangling', '2026-06-01T12:00:00.000Z');
    const { id } = await clock.services.value('drafts:create', { kind: 'case' });
    const dir = join(clock.dataDir, 'drafts', id, 'snapshots');
    await mkdir(dir, { recursive: true });
    await symlink(join(root.dir, 'gone.json'), join(dir, '2026-05-01T00-00-00-000Z.json'));
    await writeFile(join(dir, 'notes.txt'), 'not a snapshot');
    clock.advance(10 * 60_000);
    await edit(clock.services, id, '保存一次');
    clock.advance(10 * 60_000);
    await edit(clock.services, id, '再保存一次');
    expect(textOf(await clock.services.value('drafts:load', { id }), 'summary')).toBe('再保存一次');
    const snapshots = await clock.services.value('drafts:snapshots', { id });
    expect(snapshots.length).toBe(2);
    const list = await clock.services.value('drafts:list', {});
    expect(JSON.stringify(list.ignored ?? [])).toContain('2026-05-01T00-00-00-000Z.json');
  });

  it('`snapshots` being a file: the save goes through (not internal EEXIST), the file is left alone', async () => {
    const clock = clocked('snapshots-file', '2026-06-01T12:00:00.000Z');
    const { id } = await clock.services.value('drafts:create', { kind: 'case' });
    await writeFile(join(clock.dataDir, 'drafts', id, 'snapshots'), 'a file, not a folder');
    clock.advance(10 * 60_000);
    await edit(clock.services, id, '保存');
    expect(textOf(await clock.services.value('drafts:load', { id }), 'summary')).toBe('保存');
    expect(await clock.services.value('drafts:snapshots', { id })).toEqual([]);
  });
});

describe('the list of drafts', () => {
  it('a read-only drafts/ with a leftover temp file: listing works, a save says read-only, nothing cached', async () => {
    const dataDir = join(root.dir, 'read-only');
    const first = startServices(dataDir);
    const draft = await first.value('drafts:create', { kind: 'case' });
    await writeFile(join(dataDir, 'drafts', `.x.desk-tmp-0123456789ab`), 'left by a crash');
    faults.root = join(dataDir, 'drafts');
    faults.mode = 'read-only';
    const services = startServices(dataDir);
    try {
      const listed = await services.call('drafts:list', {});
      expect(listed).toMatchObject({ ok: true });
      expect(listed.ok && listed.value.drafts.map((d) => d.id)).toEqual([draft.id]);
      expect(await services.call('drafts:save', { draft })).toMatchObject({ ok: false, code: 'read-only' });
    } finally {
      faults.mode = 'off';
    }
    // The folder is writable again (the disk was remounted): the same session recovers.
    expect(await services.call('drafts:save', { draft })).toMatchObject({ ok: true });
    expect(await services.call('drafts:list', {})).toMatchObject({ ok: true });
  });

  it('a FIFO named draft.json does not hang the list', async () => {
    const dataDir = join(root.dir, 'fifo');
    const services = startServices(dataDir);
    const kept = await services.value('drafts:create', { kind: 'case' });
    const fifoDir = join(dataDir, 'drafts', 'fifodraft01');
    await mkdir(fifoDir, { recursive: true });
    const fifo = join(fifoDir, 'draft.json');
    execFileSync('mkfifo', [fifo]);
    let timer: NodeJS.Timeout | undefined;
    try {
      const listed = await Promise.race([
        services.call('drafts:list', {}),
        new Promise<'hung'>((resolve) => (timer = setTimeout(() => resolve('hung'), 5_000))),
      ]);
      expect(listed).not.toBe('hung');
      expect(listed).toMatchObject({ ok: true });
      if (listed !== 'hung' && listed.ok) expect(listed.value.drafts.map((d) => d.id)).toEqual([kept.id]);
    } finally {
      clearTimeout(timer);
      // A reader blocked on the FIFO is released by a writer opening and closing it.
      const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => null);
      await writer?.close();
    }
  });
});

describe('the schema never refuses a save for what the UI let the user type', () => {
  let services: Services;
  let draft: Draft;
  beforeAll(async () => {
    services = startServices(join(root.dir, 'lengths'));
    draft = await services.value('drafts:create', { kind: 'case' });
  });

  it('报送人 over 100 characters, a title over 500: saved as typed, and reported by preflight', async () => {
    const signer = '张'.repeat(150);
    const title = '题'.repeat(800);
    const long = {
      ...draft,
      values: { ...draft.values, title },
      declaration: { ...draft.declaration, signer },
    };
    expect(await services.call('drafts:save', { draft: long })).toMatchObject({ ok: true });
    const loaded = await services.value('drafts:load', { id: draft.id });
    expect([loaded.declaration.signer, textOf(loaded, 'title')]).toEqual([signer, title]);
    const check = await services.value('export:preflight', { id: draft.id });
    const overLimit = check.issues.filter((i) => i.code === 'over-limit').map((i) => i.field);
    expect(overLimit).toEqual(expect.arrayContaining(['signer', 'title']));
  });

  it('a draft over 8 M characters imported from a package can be saved again', async () => {
    const big = { ...draft, values: { ...draft.values, approach: 'metrology '.repeat(1_000_000) } };
    const draftJson = JSON.stringify({ ...big, exports: [] });
    const manifest = {
      packageVersion: 1,
      formatVersion: 1,
      draftId: 'bigdraft0001',
      createdAt: new Date().toISOString(),
      files: [
        {
          path: 'draft.json',
          size: Buffer.byteLength(draftJson),
          sha256: createHash('sha256').update(draftJson).digest('hex'),
        },
      ],
    };
    const file = join(root.dir, 'big.sdpkg.zip');
    await writeRawZip(file, [
      { name: 'manifest.json', data: JSON.stringify(manifest) },
      { name: 'draft.json', data: draftJson, compress: true },
    ]);
    expect(Buffer.byteLength(draftJson)).toBeLessThan(20 * 1024 ** 2);
    const elsewhere = startServices(join(root.dir, 'big-import'));
    elsewhere.dialogs.opened.push([file]);
    const { id } = await elsewhere.value('drafts:importPackage', {});
    const loaded = await elsewhere.value('drafts:load', { id });
    const saved = await elsewhere.call('drafts:save', {
      draft: { ...loaded, values: { ...loaded.values, summary: '再改一处' } },
    });
    expect(saved).toMatchObject({ ok: true });
  }, 120_000);

  it('a 400 MB payload is refused at once, without building a copy of it', async () => {
    const handlers = createHandlers(startServices(join(root.dir, 'huge')).context);
    const huge = 'x'.repeat(400 * 1024 * 1024);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const result = await dispatch(handlers, 'drafts:save', {
      draft: { ...draft, fields: { summary: huge } },
    });
    const took = performance.now() - started;
    const grew = process.memoryUsage().heapUsed - heapBefore;
    expect(result).toMatchObject({ ok: false, code: 'invalid-request' });
    expect(took).toBeLessThan(1_000);
    expect(grew).toBeLessThan(100 * 1024 * 1024);
  }, 120_000);
});

describe('folders left as they were', () => {
  it('no snapshots/ junk was removed by any of the saves above', async () => {
    const dir = join(root.dir, 'dangling', 'drafts');
    const [id] = (await readdir(dir)).filter((n) => !n.startsWith('.'));
    expect(await readdir(join(dir, id!, 'snapshots'))).toEqual(
      expect.arrayContaining(['2026-05-01T00-00-00-000Z.json', 'notes.txt']),
    );
  });
});
