import { DeskError } from '../../../shared/errors';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { addAttachments, readAttachment, removeAttachment, saveSignature } from './attachments';
import { DIALOG_EXTENSIONS } from './ingest';
import { PACKAGE_EXTENSION, writePackage } from './package';
import { importPackage } from './package-import';
import { discardRecovery, keepRecovery, readRecovery } from './recovery';
import { listingRepositoryOf, repositoryOf } from './shared-repository';
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
    'drafts:list': async ({ trash }) => {
      // Answered without waiting for the opening sweep, which starts (if nothing else started it)
      // once the list is out; every other request waits for it.
      const listed = await (await listingRepositoryOf(context)).list(trash);
      void repositoryOf(context);
      return listed;
    },
    'drafts:create': async ({ kind }) => {
      const { unitProfile } = context.settings.get();
      return (await repo()).create(kind, context.campaign().id, unitProfile);
    },
    'drafts:load': async ({ id }) => (await repo()).load(id),
    'drafts:save': async ({ draft }) => ({ savedAt: (await (await repo()).save(draft)).updatedAt }),
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
        defaultName: packageName(draft.cover.title, id),
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
