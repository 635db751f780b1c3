import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { textOf, contentChanges as changedKeys } from '../../../../../shared/draft';
import { SOFFICE_ENV } from '../../../../../electron/services/delivery/tools';
import type { Draft } from '../../../../../shared/draft';
import { paragraphTexts, unzip } from '../export/docx-files';
import { deliveryWorld, type DeliveryWorld } from './services';
import { readZip } from './zip';
import { parseDraftText } from '../../../../../electron/services/drafts/format';

const ID = 'fixture-case-full';
let world: DeliveryWorld;
beforeEach(async () => {
  world = await deliveryWorld(['case-full']);
  vi.stubEnv(SOFFICE_ENV, '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await world.cleanup();
});

async function edit(change: (draft: Draft) => Draft): Promise<void> {
  const loaded = await world.handlers['drafts:load']({ id: ID });
  await world.handlers['drafts:save']({ draft: change(loaded) });
}

describe('changedKeys', () => {
  it('names the cover items, parts and declaration keys that differ, then attachments', () => {
    const before = {
      cover: { title: 'a', unit: 'u' },
      fields: { summary: 's', background: 'b' },
      attachments: [{ sha256: '1' }],
      declaration: { signer: 'x', signDate: null },
    };
    const after = {
      cover: { title: 'A', unit: 'u' },
      fields: { summary: 's', background: 'b2', lessons: 'new' },
      attachments: [],
      declaration: { signer: 'x', signDate: '2022-01-10' },
    };
    expect(changedKeys(before, after)).toEqual([
      'cover.title',
      'fields.background',
      'fields.lessons',
      'declaration.signDate',
      'attachments',
    ]);
    expect(changedKeys(before, before)).toEqual([]);
  });
});

describe('export history', () => {
  it('is empty and unchanged before the first export', async () => {
    const history = await world.handlers['delivery:history']({ id: ID });
    expect(history.exports).toEqual([]);
    expect(history.changed).toBeNull();
    expect(history.hash).toMatch(/^[0-9a-f]{8}$/);
  });

  it('records each export, and names what changed since the last one', async () => {
    world.answer(path.join(world.outDir, 'one.docx'));
    const first = await world.handlers['export:docx']({ id: ID });
    let history = await world.handlers['delivery:history']({ id: ID });
    expect(history.exports.map((r) => [r.number, r.hash, r.files])).toEqual([[1, first.hash, first.files]]);
    expect(history.hash).toBe(first.hash);
    expect(history.changed).toBeNull();

    await edit((d) => ({
      ...d,
      values: { ...d.values, contact: '李明', results: `${textOf(d, 'results')}补充。` },
      attachments: d.attachments.slice(0, 1),
    }));
    history = await world.handlers['delivery:history']({ id: ID });
    expect(history.changed).toEqual({ since: 1, keys: ['cover.contact', 'fields.results', 'attachments'] });
    expect(history.hash).not.toBe(first.hash);

    world.answer(path.join(world.outDir, 'two.docx'));
    const second = await world.handlers['export:docx']({ id: ID });
    expect(second.number).toBe(2);
    history = await world.handlers['delivery:history']({ id: ID });
    expect(history.exports.map((r) => r.number)).toEqual([1, 2]);
    expect(history.changed).toBeNull();

    // Undoing the edit makes the draft match export 1 again, but not the last one printed.
    await edit((d) => ({ ...d, values: { ...d.values, contact: '王立新' } }));
    expect((await world.handlers['delivery:history']({ id: ID })).changed).toEqual({
      since: 2,
      keys: ['cover.contact'],
    });
  });

  it('gives the Word file, the package, its 报送说明 and the cover sheet of one content one number', async () => {
    const out = (name: string) => path.join(world.outDir, name);
    world.answer(out('form.docx'));
    const docx = await world.handlers['export:docx']({ id: ID });
    world.answer(out('package.zip'));
    const pack = await world.handlers['delivery:package']({ id: ID, options: { tableFontSize: 14 } });
    world.answer(out('cover.docx'));
    const cover = await world.handlers['delivery:coverSheet']({ id: ID });
    for (const result of [pack, cover]) expect(result).toMatchObject({ number: 1, hash: docx.hash });

    const entries = await readZip(out('package.zip'));
    const note = entries.find((e) => e.name === '报送说明.txt')!.bytes.toString('utf8');
    expect(note).toContain(`征集表：第1次导出，校验码 ${docx.hash}`);
    const inner = await unzip(entries.find((e) => e.name.endsWith('.docx'))!.bytes);
    expect(paragraphTexts(inner.get('word/footer1.xml')!.toString()).join('')).toContain(
      `第1次导出\u3000校验码 ${docx.hash}`,
    );
    const history = await world.handlers['delivery:history']({ id: ID });
    expect(history.exports.map((r) => [r.number, r.files])).toEqual([
      [1, [out('form.docx'), out('package.zip'), out('cover.docx')]],
    ]);

    await edit((d) => ({ ...d, values: { ...d.values, results: `${textOf(d, 'results')}补充。` } }));
    world.answer(out('package-2.zip'));
    const next = await world.handlers['delivery:package']({ id: ID });
    expect(next.number).toBe(2);
    expect(next.hash).not.toBe(docx.hash);
    const second = (await readZip(out('package-2.zip'))).find((e) => e.name === '报送说明.txt')!;
    expect(second.bytes.toString('utf8')).toContain(`征集表：第2次导出，校验码 ${next.hash}`);
  });

  it('still says the draft changed when the last export’s content was not kept', async () => {
    const file = path.join(world.draftDir('case-full'), 'draft.json');
    const draft = parseDraftText(await readFile(file, 'utf8'));
    const record = {
      number: 1,
      at: '2022-01-12T08:00:00.000Z',
      hash: '00000000',
      files: ['/x.docx'],
      provisional: false,
    };
    await writeFile(file, JSON.stringify({ ...draft, exports: [record] }));
    expect((await world.handlers['delivery:history']({ id: ID })).changed).toEqual({ since: 1, keys: [] });
  });
});
