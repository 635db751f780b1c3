import { draftFromV1 } from '../../../shared/draft-v1';
import { DeskError } from '../../../shared/errors';
import { formOf, isFormId } from '../../../shared/forms';
import { textOf } from '../../../shared/draft';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { addAttachments, readAttachment, removeAttachment, saveSignature } from './attachments';
import { DIALOG_EXTENSIONS } from './ingest';
import { PACKAGE_EXTENSION, writePackage } from './package';
import { importPackage } from './package-import';
import { discardRecovery, keepRecovery, readRecovery } from './recovery';
import { repositoryOf } from './shared-repository';
import { requireFolderOf } from '../export/target';

/** A name Windows accepts for the package file: no reserved characters, bounded length. */
function packageName(title: string, id: string): string {
  const safe = title
    .replace(/[\\/:*?"<>|\p{Cc}]/gu, '')
    .trim()
    .slice(0, 60);
  return `${safe || id}.${PACKAGE_EXTENSION}`;
}

/** The `drafts:` and `attachments:` channels. */
export function draftHandlers(context: ServiceContext): HandlersOf<'drafts' | 'attachments'> {
  const repo = () => repositoryOf(context);

  return {
    'drafts:list': async ({ trash }) => (await repo()).list(trash),
    'drafts:create': async (request) => {
      const { unitProfile } = context.settings.get();
      const form = 'kind' in request ? request.kind : request.form;
      const campaignId = ('campaignId' in request && request.campaignId) || context.campaign().id;
      return (await repo()).create(form, campaignId, unitProfile);
    },
    'drafts:load': async ({ id }) => (await repo()).load(id),
    'drafts:save': async ({ draft }) => {
      // Outside checks still send format 1 (DESIGN §8): it becomes format 2 on the way in.
      const current = 'kind' in draft ? draftFromV1(draft) : draft;
      if (!isFormId(current.form)) throw new DeskError('form-unknown', current.form);
      return { savedAt: (await (await repo()).save(current)).updatedAt };
    },
    'drafts:keepRecovery': async ({ recovery }) => {
      await keepRecovery(await repo(), context.dataDir, recovery, context.now());
      return { done: true };
    },
    'drafts:recovery': async ({ id }) => ({ kept: await readRecovery(await repo(), context.dataDir, id) }),
    'drafts:discardRecovery': async ({ id }) => {
      await discardRecovery(await repo(), context.dataDir, id);
      return { done: true };
    },
    'drafts:rename': async ({ id, title }) => (await repo()).rename(id, title),
    'drafts:duplicate': async ({ id }) => (await repo()).duplicate(id),
    'drafts:trash': async ({ id }) => {
      await (await repo()).trash(id);
      return { done: true };
    },
    'drafts:restore': async ({ id }) => {
      await (await repo()).restore(id);
      return { done: true };
    },
    'drafts:snapshots': async ({ id }) => (await repo()).snapshots(id),
    'drafts:restoreSnapshot': async ({ id, name }) => (await repo()).restoreSnapshot(id, name),
    'drafts:exportPackage': async ({ id }) => {
      const drafts = await repo();
      const draft = await drafts.load(id);
      const file = await context.dialogs.saveFile({
        purpose: 'package',
        defaultName: packageName(textOf(draft, formOf(draft.form).titleField), id),
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      });
      if (!file) throw new DeskError('cancelled');
      await requireFolderOf(file);
      await writePackage(drafts.layout.draftDir(id), draft, file, context.now());
      return { file };
    },
    'drafts:importPackage': async () => {
      const [file] = await context.dialogs.openFiles({
        purpose: 'package',
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
        multiple: false,
      });
      if (!file) throw new DeskError('cancelled');
      return importPackage(await repo(), file);
    },
    'attachments:add': async ({ id, role }) => {
      const files = await context.dialogs.openFiles({
        purpose: 'attachment',
        filters: [
          { name: DIALOG_EXTENSIONS[role].join(' / ').toUpperCase(), extensions: DIALOG_EXTENSIONS[role] },
        ],
        multiple: true,
      });
      return files.length ? addAttachments(await repo(), id, role, files) : [];
    },
    'attachments:remove': async ({ id, attachmentId }) => {
      await removeAttachment(await repo(), id, attachmentId);
      return { done: true };
    },
    'attachments:saveSignature': async ({ id, png }) => ({
      file: await saveSignature(await repo(), id, png),
    }),
    'attachments:read': async ({ id, file }) => ({ dataUrl: await readAttachment(await repo(), id, file) }),
  };
}
