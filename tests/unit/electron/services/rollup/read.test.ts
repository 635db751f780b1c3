import { createHash } from 'node:crypto';
import { cp, readdir, readFile, symlink } from 'node:fs/promises';
import path from 'node:path';
import { ZipFile } from 'yazl';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writePackage } from '../../../../../electron/services/drafts/package';
import { productFileName } from '../../../../../electron/services/export/pipeline';
import { MAX_DEPTH } from '../../../../../electron/services/rollup/inputs';
import { readZip } from '../delivery/zip';
import { declareSize, writeRawZip } from '../drafts/zips';
import { DRAFTS, rollupWorld, type RollupWorld } from './world';

let world: RollupWorld;
beforeEach(async () => {
  world = await rollupWorld();
});
afterEach(() => world.cleanup());

/** Every file under `dir` with its SHA-256: what a run must leave as it was. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const file = path.join(entry.parentPath, entry.name);
      files[path.relative(dir, file)] = createHash('sha256')
        .update(await readFile(file))
        .digest('hex');
    }
  return files;
}

/** The entries of `zip` written again to `target`, each through `change` (null drops it). */
async function rezip(
  zip: string,
  target: string,
  change: (name: string, bytes: Buffer) => Buffer | null = (_name, bytes) => bytes,
) {
  const out = new ZipFile();
  for (const entry of await readZip(zip)) {
    const bytes = change(entry.name, entry.bytes);
    if (bytes) out.addBuffer(bytes, entry.name);
  }
  out.end();
  const chunks: Buffer[] = [];
  for await (const chunk of out.outputStream) chunks.push(chunk as Buffer);
  await world.put(path.relative(world.inbox, target), Buffer.concat(chunks));
}

describe('reading draft folders', () => {
  it('reads each draft folder of a folder into a row of its form’s facts', async () => {
    await world.addSample('case-full', 'a-case');
    await world.addSample('case-unfinished', 'b-case');
    const run = await world.run();
    expect(run.cancelled).toBe(false);
    expect(run.rows.map((r) => [r.id, r.source, r.kind, r.form])).toEqual([
      ['r1', 'a-case', 'folder', 'case'],
      ['r2', 'b-case', 'folder', 'case'],
    ]);
    const [full, unfinished] = run.rows;
    expect(full).toMatchObject({
      unit: '上海市东滨区市场监督管理局',
      contact: '王立新',
      phone: '021-64220000转2479',
      formName: '计量创新案例',
      final: true,
      signed: true,
      manifest: 'not-a-package',
      checksums: 'unchecked',
      printedHash: 'unchecked',
      images: 2,
    });
    expect(full!.title).toContain('“云秤”守护菜篮子');
    expect(full!.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(full!.counts.find((c) => c.label === '案例材料合计')).toEqual({
      field: 'material',
      label: '案例材料合计',
      count: 2886,
      limit: 3000,
      over: false,
    });
    expect(full!.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(unfinished!.issues.some((i) => i.severity === 'error')).toBe(true);
    expect(unfinished!.final).toBe(false);
    expect(run.submissions.get('r1')!.dir).toBe(path.join(world.inbox, 'a-case'));
  });

  it('takes a draft.json named on its own, and marks the same content a second time 重复', async () => {
    await world.addSample('case-full', 'a');
    const copy = await world.addSample('case-full', 'b');
    const run = await world.run([world.inbox, path.join(copy, 'draft.json')]);
    expect(run.rows.map((r) => [r.source, r.duplicateOf])).toEqual([
      ['a', undefined],
      ['b', 'r1'],
      ['draft.json', 'r1'],
    ]);
  });
});

describe('walking folders', () => {
  it('goes no deeper than MAX_DEPTH and follows no links, counting what it left', async () => {
    await world.addSample('case-full', 'a');
    const deep = Array.from({ length: MAX_DEPTH + 2 }, (_, i) => `d${i}`).join('/');
    await world.addSample('case-full', `${deep}/too-deep`);
    await symlink(path.join(world.inbox, 'a'), path.join(world.inbox, 'b-link'));
    const run = await world.run();
    expect(run.rows.map((r) => r.source)).toEqual(['a']);
    expect(run.skipped).toBe(1);
  });
});

describe('earlier years', () => {
  it('compares the submissions with the earlier folders’ texts, which are no rows of their own', async () => {
    await world.addSample('case-full', 'this-year');
    const earlier = path.join(world.root, '2020');
    await cp(path.join(DRAFTS, 'case-full'), path.join(earlier, 'old-case'), { recursive: true });
    const run = await world.run([world.inbox], { earlier: [earlier] });
    expect(run.rows.map((r) => r.source)).toEqual(['this-year']);
    const background = run.passages.find((p) => p.a.field === 'background')!;
    expect(background.b).toMatchObject({ earlier: 'old-case', field: 'background' });
    expect(background.chars).toBeGreaterThan(300);
  });
});

describe('reading submission packages', () => {
  it('checks every entry and the printed hash against the manifest, unpacking only into the work folder', async () => {
    const { draft, form } = await world.exportSample('case-full', path.join(world.inbox, '东滨区.zip'));
    const before = await snapshot(world.inbox);
    const run = await world.run();
    expect(await snapshot(world.inbox)).toEqual(before);
    expect(run.rows).toHaveLength(1);
    expect(run.rows[0]).toMatchObject({
      kind: 'submission',
      manifest: 'present',
      checksums: 'ok',
      printedHash: 'ok',
      exportNumber: form.number,
      hash: form.hash,
      unit: '上海市东滨区市场监督管理局',
      images: 2,
    });
    expect(run.rows[0]!.message).toBeUndefined();
    // The originals travelled; preflight reads them where they were unpacked.
    expect(run.rows[0]!.issues.filter((i) => i.code === 'attachment-missing')).toEqual([]);
    const submission = run.submissions.get('r1')!;
    expect(submission.dir.startsWith(path.join(world.root, 'work'))).toBe(true);
    expect(submission.draft.values).toEqual(draft.values);
    expect(submission.draft.attachments.map((a) => a.id)).toEqual(draft.attachments.map((a) => a.id));
    expect(submission.docx && (await readFile(submission.docx)).equals(form.bytes)).toBe(true);
  });

  it('says mismatch for a tampered entry, and for a manifest whose draft is not what was printed', async () => {
    const original = path.join(world.root, 'original.zip');
    await world.exportSample('case-full', original);
    await rezip(original, path.join(world.inbox, 'a-photo.zip'), (name, bytes) =>
      name === '图片/社区计量服务站.jpg' ? Buffer.concat([bytes, Buffer.from('x')]) : bytes,
    );
    await rezip(original, path.join(world.inbox, 'b-draft.zip'), (name, bytes) => {
      if (name !== 'manifest.json') return bytes;
      const manifest = JSON.parse(bytes.toString('utf8'));
      manifest.draft.values.title = '另一个题目';
      return Buffer.from(JSON.stringify(manifest));
    });
    await rezip(original, path.join(world.inbox, 'c-extra.zip'), (name, bytes) =>
      name === '报送说明.txt' ? Buffer.from('换过的说明') : bytes,
    );
    const run = await world.run();
    expect(run.rows.map((r) => [r.source, r.checksums, r.printedHash])).toEqual([
      ['a-photo.zip', 'mismatch', 'ok'],
      ['b-draft.zip', 'ok', 'mismatch'],
      ['c-extra.zip', 'mismatch', 'ok'],
    ]);
    expect(run.rows[1]!.title).toBe('另一个题目');
  });

  it('reads a package made before manifests through its form, and says so', async () => {
    const original = path.join(world.root, 'original.zip');
    const { draft, form } = await world.exportSample('case-full', original);
    await rezip(original, path.join(world.inbox, 'old.zip'), (name, bytes) =>
      name === 'manifest.json' ? null : bytes,
    );
    const run = await world.run();
    expect(run.rows[0]).toMatchObject({
      kind: 'submission',
      manifest: 'absent',
      checksums: 'unchecked',
      printedHash: 'unchecked',
      form: 'case',
      unit: '上海市东滨区市场监督管理局',
      exportNumber: form.number,
    });
    expect(run.rows[0]!.title).toBe(draft.values.title);
  });
});

describe('reading portable drafts and Word forms', () => {
  it('reads a .sdpkg.zip through the package import’s checks', async () => {
    const draft = await world.readDraft(path.join(DRAFTS, 'material-full'));
    await world.put('m.sdpkg.zip', '');
    await writePackage(
      path.join(DRAFTS, 'material-full'),
      draft,
      path.join(world.inbox, 'm.sdpkg.zip'),
      new Date(),
    );
    const run = await world.run();
    expect(run.rows[0]).toMatchObject({
      kind: 'portable',
      form: 'material',
      manifest: 'present',
      checksums: 'ok',
      printedHash: 'unchecked',
    });
    expect(run.submissions.get('r1')!.draft.values).toEqual(draft.values);
  });

  it('reads a .docx through the Word import, with the number its footer prints', async () => {
    const { form, draft } = await world.exportSample('case-full', path.join(world.root, 'p.zip'));
    await world.put(productFileName(draft, 'docx'), form.bytes);
    const run = await world.run();
    expect(run.rows[0]).toMatchObject({
      kind: 'docx',
      form: 'case',
      manifest: 'not-a-package',
      exportNumber: form.number,
      unit: '上海市东滨区市场监督管理局',
    });
    expect(run.rows[0]!.message).toBeUndefined();
  });
});

describe('inputs that cannot be read', () => {
  it('makes each damaged, hostile or foreign file a row with its message, and reads the rest', async () => {
    await world.addSample('case-full', 'a-good');
    const good = path.join(world.root, 'good.zip');
    await world.exportSample('case-full', good);
    await world.put('b-truncated.zip', (await readFile(good)).subarray(0, 2000));
    const evil = path.join(world.inbox, 'c-evil.zip');
    await writeRawZip(evil, [{ name: '../../escape.docx', data: 'x' }]);
    const bomb = path.join(world.root, 'bomb.zip');
    await writeRawZip(bomb, [{ name: 'huge.docx', data: 'x'.repeat(100), compress: true }]);
    await world.put('d-bomb.zip', declareSize(await readFile(bomb), 'huge.docx', 3 * 1024 ** 3));
    await world.put('e-not-a-draft.json', '{"hello": 1}');
    await world.put('f-legacy.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    await world.put('g-notes.txt', '说明');
    const run = await world.run([world.inbox, path.join(world.inbox, 'g-notes.txt')]);
    expect(run.rows.map((r) => [r.source, r.kind, r.message?.code])).toEqual([
      ['a-good', 'folder', undefined],
      ['b-truncated.zip', 'submission', 'package-invalid'],
      ['c-evil.zip', 'submission', 'package-unsafe-entry'],
      ['d-bomb.zip', 'submission', 'package-unsafe-entry'],
      ['e-not-a-draft.json', 'folder', 'draft-corrupt'],
      ['f-legacy.doc', 'docx', 'import-doc'],
      ['g-notes.txt', 'unknown', 'unsupported-file'],
    ]);
    expect(await readdir(world.root)).not.toContain('escape.docx');
  });
});

describe('progress and cancelling', () => {
  it('counts each input and starts no further one once cancelled, keeping the rows read', async () => {
    const names = Array.from({ length: 10 }, (_, i) => `s${String(i).padStart(2, '0')}`);
    for (const name of names) await world.addSample('case-full', name);
    const controller = new AbortController();
    const seen: [number, number][] = [];
    const run = await world.run([world.inbox], {
      signal: controller.signal,
      onProgress: ({ done, total }) => {
        seen.push([done, total]);
        if (done === 2) controller.abort();
      },
    });
    expect(seen.slice(0, 3)).toEqual([
      [0, 10],
      [1, 10],
      [2, 10],
    ]);
    expect(run.cancelled).toBe(true);
    // What was under way finishes (at most four at once); nothing after it starts.
    expect(run.rows.length).toBeGreaterThanOrEqual(2);
    expect(run.rows.length).toBeLessThanOrEqual(5);
    expect(run.rows.map((r) => r.source)).toEqual(names.slice(0, run.rows.length));
    expect(run.passages).toEqual([]);
  });

  it('reads a few at once yet numbers and marks the rows in input order', async () => {
    for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) await world.addSample('case-full', name);
    const run = await world.run();
    expect(run.rows.map((r) => [r.id, r.source, r.duplicateOf])).toEqual([
      ['r1', 'a', undefined],
      ['r2', 'b', 'r1'],
      ['r3', 'c', 'r1'],
      ['r4', 'd', 'r1'],
      ['r5', 'e', 'r1'],
      ['r6', 'f', 'r1'],
    ]);
  });
});
