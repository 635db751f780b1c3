import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../../shared/draft';
import { packagedCase, sha256 } from '../../faults/lib/fixtures';
import { startServices } from '../../faults/lib/services';
import { writeRawZip, type RawEntry } from '../electron/services/drafts/zips';

/**
 * Issue 16, item 2: a colleague's package is data, not instructions. Its checksums prove the bytes
 * arrived as sent, not that what they say may be trusted: the export history comes in as numbers,
 * hashes and dates only, and nothing but the draft and the files it declares is extracted.
 */
let env: Awaited<ReturnType<typeof packagedCase>>;
let draft: Draft;
let good: RawEntry[];
const at = (name: string) => env.at(name);

beforeAll(async () => {
  env = await packagedCase('package-trust', { width: 320, height: 240 }, async (services, made, path) => {
    for (const n of [1, 2]) {
      // One number per content: the second export is of edited content.
      if (n === 2)
        await services.value('drafts:save', {
          draft: { ...made, values: { ...made.values, contact: '李四' } },
        });
      services.dialogs.saved.push(path(`form-${n}.docx`));
      await services.value('export:docx', { id: made.id });
    }
  });
  ({ draft, good } = env);
}, 60_000);
afterAll(() => env.cleanup());

/** The good package with draft.json changed and `extra` entries added, every checksum made to match. */
async function forged(
  name: string,
  change: (draft: Draft) => unknown,
  extra: RawEntry[] = [],
): Promise<string> {
  const source = JSON.parse(good.find((e) => e.name === 'draft.json')!.data.toString()) as Draft;
  const draftJson = JSON.stringify(change(source), null, 2);
  const files = good.filter((e) => e.name !== 'manifest.json' && e.name !== 'draft.json');
  const entries: RawEntry[] = [{ name: 'draft.json', data: draftJson }, ...files, ...extra];
  const manifest = JSON.parse(good.find((e) => e.name === 'manifest.json')!.data.toString()) as {
    files: { path: string; size: number; sha256: string }[];
  };
  manifest.files = entries.map((e) => ({
    path: e.name,
    size: Buffer.byteLength(e.data),
    sha256: sha256(e.data),
  }));
  await writeRawZip(at(name), [{ name: 'manifest.json', data: JSON.stringify(manifest) }, ...entries]);
  return at(name);
}

/** Imports into a data folder of its own, as on the colleague's machine. */
async function importElsewhere(file: string, label: string) {
  const services = startServices(join(env.dir, `elsewhere-${label}`));
  services.dialogs.opened.push([file]);
  return { services, result: await services.call('drafts:importPackage', {}) };
}

describe('export records of a package are data only', () => {
  it('a record naming /bin/sh never reaches the desktop: the imported record carries no path', async () => {
    const file = await forged('bin-sh.zip', (d) => ({
      ...d,
      exports: d.exports.map((r) => ({ ...r, files: ['/bin/sh'] })),
    }));
    const { services, result } = await importElsewhere(file, 'bin-sh');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : '';
    const imported = await services.value('drafts:load', { id });
    expect(imported.exports.flatMap((r) => r.files)).toEqual([]);
    expect(await services.call('export:reveal', { id, what: 'file' })).toMatchObject({ ok: false });
    expect(await services.call('export:reveal', { id, what: 'folder' })).toMatchObject({ ok: false });
    expect(services.dialogs.revealed).toEqual([]);
  });

  it('an export number of 2^53−1 is refused, and does not break later exports', async () => {
    const file = await forged('huge-number.zip', (d) => ({
      ...d,
      exports: [...d.exports, { ...d.exports[0]!, number: Number.MAX_SAFE_INTEGER }],
    }));
    const { services, result } = await importElsewhere(file, 'huge-number');
    if (result.ok) {
      services.dialogs.saved.push(at('after-huge.docx'));
      expect(await services.call('export:docx', { id: result.value.id })).toMatchObject({ ok: true });
    } else expect(result.code).toBe('package-invalid');
  });

  it('a moved draft keeps its numbering: the next export is the third, not 第1次 again', async () => {
    const { services, result } = await importElsewhere(at('good.sdpkg.zip'), 'moved');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : '';
    const imported = await services.value('drafts:load', { id });
    const source = await env.services.value('drafts:load', { id: draft.id });
    expect(source.exports.map((r) => r.number)).toEqual([1, 2]);
    expect(imported.exports.map((r) => [r.number, r.hash, r.at])).toEqual(
      source.exports.map((r) => [r.number, r.hash, r.at]),
    );
    // Its content is the second export's, so that number is kept; an edit then gets the third.
    services.dialogs.saved.push(at('moved-2.docx'));
    expect(await services.value('export:docx', { id })).toMatchObject({ number: 2 });
    await services.value('drafts:save', {
      draft: { ...imported, values: { ...imported.values, contact: '王五' } },
    });
    services.dialogs.saved.push(at('moved-3.docx'));
    expect(await services.value('export:docx', { id })).toMatchObject({ number: 3 });
  });
});

describe('nothing but the draft and its declared files is extracted', () => {
  it('a planted future snapshot and extra files stay out, and saves still snapshot', async () => {
    const future = '2099-01-01T00-00-00-000Z.json';
    const file = await forged('planted.zip', (d) => d, [
      { name: `snapshots/${future}`, data: good.find((e) => e.name === 'draft.json')!.data },
      { name: 'notes.txt', data: 'not part of the draft' },
      { name: 'attachments/unlisted-by-draft.jpg', data: 'x' },
    ]);
    const { services, result } = await importElsewhere(file, 'planted');
    expect(result.ok).toBe(true);
    const id = result.ok ? result.value.id : '';
    const dir = join(env.dir, 'elsewhere-planted', 'drafts', id);
    const names = await readdir(dir, { recursive: true });
    expect(names).not.toContain('notes.txt');
    expect(names).not.toContain(join('attachments', 'unlisted-by-draft.jpg'));
    expect(await services.value('drafts:snapshots', { id })).toEqual([]);
    const loaded = await services.value('drafts:load', { id });
    await services.value('drafts:save', {
      draft: { ...loaded, values: { ...loaded.values, title: '改过的题目' } },
    });
    const snapshots = await services.value('drafts:snapshots', { id });
    expect(snapshots.length).toBe(1);
    expect(snapshots.map((s) => s.savedAt.slice(0, 4))).not.toContain('2099');
  });

  it('an entry named `attachments` (a file) or nested 3000 deep is refused with a package code, not internal', async () => {
    const asFile = await forged('attachments-file.zip', (d) => d, [{ name: 'attachments', data: 'x' }]);
    const deep = await forged('deep.zip', (d) => d, [{ name: `${'a/'.repeat(3000)}x.jpg`, data: 'x' }]);
    for (const [label, file] of [
      ['attachments-file', asFile],
      ['deep', deep],
    ] as const) {
      const { result } = await importElsewhere(file, label);
      if (!result.ok) expect(result.code, label).toMatch(/^package-/);
    }
    // And as the draft's own attachment path, which no schema-valid draft can name.
    const deepRef = await forged('deep-ref.zip', (d) => ({
      ...d,
      attachments: d.attachments.map((a, i) =>
        i === 0 ? { ...a, file: `attachments/${'a/'.repeat(3000)}x.jpg` } : a,
      ),
    }));
    const { result } = await importElsewhere(deepRef, 'deep-ref');
    expect(result).toMatchObject({ ok: false });
    if (!result.ok) expect(result.code).toMatch(/^package-/);
  });
});
