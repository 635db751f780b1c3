import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../../electron/services/context';
import type { Handlers } from '../../../../../shared/ipc';
import { testHandlers } from '../../../../support/handlers';
import { wordForm } from '../../../../support/word-form';
import { codeOf, freshRepository } from '../drafts/helpers';
import { loadFixture } from '../export/docx-files';

/**
 * drafts:importDocx reads and stages, drafts:importConfirm makes the draft, drafts:importDiscard
 * drops it: nothing reaches the list before the user confirms, and nothing staged outlives a cancel
 * or a run that died.
 */
let env: Awaited<ReturnType<typeof freshRepository>>;
let file: string;
beforeEach(async () => {
  env = await freshRepository('import-staged');
  const { draft } = await loadFixture('case-full');
  file = join(env.dataDir, '征集表.docx');
  await writeFile(
    file,
    await wordForm({ draft, omit: ['significance'], signDate: '2022年1月10日', opinionDate: '2022.1.12' }),
  );
});
afterEach(() => env.cleanup());

function services(answers: string[][] = []): Handlers {
  const dialogs: Dialogs = {
    openFiles: async () => answers.shift() ?? [],
    saveFile: async () => null,
    chooseFolder: async () => null,
    reveal: async () => 'opened',
  };
  return testHandlers(env.dataDir, dialogs);
}

const stagingFolders = async () =>
  (await readdir(join(env.dataDir, 'drafts'))).filter((name) => name.startsWith('.staging-'));
const listed = async (handlers: Handlers) =>
  (await handlers['drafts:list']({ trash: false })).drafts.map((d) => d.id);

describe('a staged Word import', () => {
  it('is no draft until confirmed, then a new draft under the staged id', async () => {
    const handlers = services([[file]]);
    const { staged, report } = await handlers['drafts:importDocx']({});
    expect(report.missing.map((m) => m.id)).toEqual(['significance']);
    expect(await listed(handlers)).toEqual([]);
    expect(await stagingFolders()).toHaveLength(1);

    expect(await handlers['drafts:importConfirm']({ staged })).toEqual({ id: staged });
    expect(await listed(handlers)).toEqual([staged]);
    expect(await stagingFolders()).toEqual([]);
    expect((await handlers['drafts:load']({ id: staged })).form).toBe('case');
    // Confirming twice makes no second draft and replaces nothing.
    expect(await codeOf(handlers['drafts:importConfirm']({ staged }))).toBe('not-found');
  });

  it('leaves nothing after a cancel, and cannot be confirmed then', async () => {
    const handlers = services([[file]]);
    const { staged } = await handlers['drafts:importDocx']({});
    await handlers['drafts:importDiscard']({ staged });
    expect(await stagingFolders()).toEqual([]);
    expect(await codeOf(handlers['drafts:importConfirm']({ staged }))).toBe('not-found');
    expect(await listed(handlers)).toEqual([]);
  });

  it('takes the bytes of a dropped file, and keeps no copy of them in the staged draft', async () => {
    const handlers = services();
    const dropped = (await readFile(file)).toString('base64');
    const { staged } = await handlers['drafts:importDocx']({ dropped });
    const [folder] = await stagingFolders();
    expect((await readdir(join(env.dataDir, 'drafts', folder!))).filter((n) => n.endsWith('.docx'))).toEqual(
      [],
    );
    await handlers['drafts:importConfirm']({ staged });
    expect(await listed(handlers)).toEqual([staged]);
  });

  it('refuses dropped bytes that are no .docx, staging nothing', async () => {
    const handlers = services();
    const dropped = Buffer.from('just text').toString('base64');
    expect(await codeOf(handlers['drafts:importDocx']({ dropped }))).toBe('import-not-docx');
    expect(await stagingFolders()).toEqual([]);
  });

  it('is swept when the app starts again after dying with it staged', async () => {
    await services([[file]])['drafts:importDocx']({});
    expect(await stagingFolders()).toHaveLength(1);
    const next = services();
    await next['drafts:create']({ kind: 'case' });
    expect(await stagingFolders()).toEqual([]);
  });
});
