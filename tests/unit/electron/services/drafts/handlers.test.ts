import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Dialogs } from '../../../../../electron/services/context';
import type { Handlers } from '../../../../../shared/ipc';
import { codeOf, freshRepository } from './helpers';
import { jpeg } from './media';
import { testHandlers } from '../../../../support/handlers';

/** The services as the app composes them, on a data dir, with dialogs answered from a queue. */
function startServices(dataDir: string, answers: (string[] | string | null)[]): Handlers {
  const next = () => answers.shift();
  const dialogs: Dialogs = {
    openFiles: async () => (next() as string[] | undefined) ?? [],
    saveFile: async () => (next() as string | null | undefined) ?? null,
    chooseFolder: async () => null,
    reveal: async () => 'opened',
  };
  return testHandlers(dataDir, dialogs);
}

let env: Awaited<ReturnType<typeof freshRepository>>;
beforeEach(async () => {
  env = await freshRepository('handlers');
});
afterEach(() => env.cleanup());

describe('drafts handlers', () => {
  it('start on a data dir with one corrupt draft: it is quarantined with a message, the others open', async () => {
    const first = startServices(env.dataDir, []);
    const good = await first['drafts:create']({ kind: 'case' });
    const bad = await first['drafts:create']({ kind: 'material' });
    await writeFile(join(env.dataDir, 'drafts', bad.id, 'draft.json'), '{"formatVersion": 1, "id": "');

    const services = startServices(env.dataDir, []);
    const list = await services['drafts:list']({ trash: false });
    expect(list.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(list.quarantined).toEqual([
      {
        id: bad.id,
        code: 'draft-corrupt',
        reason: expect.stringMatching(/^draft-corrupt: not JSON/),
        movedTo: expect.stringContaining('quarantine'),
      },
    ]);
    expect(await readFile(join(list.quarantined[0]!.movedTo, 'reason.txt'), 'utf8')).toContain('not JSON');
    expect((await services['drafts:load']({ id: good.id })).id).toBe(good.id);
    expect(await codeOf(services['drafts:load']({ id: bad.id }))).toBe('not-found');
  });

  it('adds attachments from the dialog, and an empty answer (cancel) adds nothing', async () => {
    const picked = join(env.dataDir, 'picked');
    await mkdir(picked);
    const photo = await jpeg(picked, 'a.jpg', 30, 20);
    const services = startServices(env.dataDir, [[photo], []]);
    const draft = await services['drafts:create']({ kind: 'case' });
    expect(await services['attachments:add']({ id: draft.id, role: 'image' })).toHaveLength(1);
    expect(await services['attachments:add']({ id: draft.id, role: 'image' })).toEqual([]);
    expect((await services['drafts:load']({ id: draft.id })).attachments).toHaveLength(1);
  });

  it('exports a package where the save dialog says, imports it back as a copy, and reports a cancelled dialog', async () => {
    const zip = join(env.dataDir, 'moved.zip');
    const services = startServices(env.dataDir, [zip, [zip], null, []]);
    const draft = await services['drafts:create']({ kind: 'case' });
    expect(await services['drafts:exportPackage']({ id: draft.id })).toEqual({ file: zip });
    const imported = await services['drafts:importPackage']({});
    expect(imported.asCopy).toBe(true);
    expect((await services['drafts:list']({ trash: false })).drafts).toHaveLength(2);
    expect(await codeOf(services['drafts:exportPackage']({ id: draft.id }))).toBe('cancelled');
    expect(await codeOf(services['drafts:importPackage']({}))).toBe('cancelled');
  });

  it('offers a package name Windows can save: a draft titled CON is not offered as CON', async () => {
    const offered: string[] = [];
    const dialogs: Dialogs = {
      openFiles: async () => [],
      saveFile: async ({ defaultName }) => {
        offered.push(defaultName);
        return null;
      },
      chooseFolder: async () => null,
      reveal: async () => 'opened',
    };
    const services = testHandlers(env.dataDir, dialogs);
    const draft = await services['drafts:create']({ kind: 'case' });
    for (const title of ['CON', 'lpt1', '云秤: 称重?', '']) {
      await services['drafts:rename']({ id: draft.id, title });
      expect(await codeOf(services['drafts:exportPackage']({ id: draft.id }))).toBe('cancelled');
    }
    expect(offered).toEqual([
      '_CON.sdpkg.zip',
      '_lpt1.sdpkg.zip',
      '云秤 称重.sdpkg.zip',
      `${draft.id}.sdpkg.zip`,
    ]);
  });
});
