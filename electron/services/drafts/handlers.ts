import { ATTACHMENT_ROLES } from '../../../shared/attachment-roles';
import { draftFromV1 } from '../../../shared/draft-v1';
import { DeskError } from '../../../shared/errors';
import { formOf, isFormId } from '../../../shared/forms';
import { textOf } from '../../../shared/draft';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { addAttachments, readAttachment, removeAttachment, saveSignature } from './attachments';
import { PACKAGE_EXTENSION, writePackage } from './package';
import { importPackage } from './package-import';
import { stageDocxImport } from '../import/draft';
import { discardRecovery, keepRecovery, readRecovery } from './recovery';
import { safeStem } from '../files/names';
import { chooseFile, chooseTarget } from '../files/dialog';

/** The package file is named after the draft's title, safe on Windows, or after its id. */
function packageName(title: string, id: string): string {
  return `${safeStem([title], 60) || id}.${PACKAGE_EXTENSION}`;
}

/** The `drafts:` and `attachments:` channels. */
export function draftHandlers(context: ServiceContext): HandlersOf<'drafts' | 'attachments'> {
  const { drafts } = context;

  return {
    'drafts:list': async ({ trash }) => drafts.list(trash),
    'drafts:create': async (request) => {
      const { unitProfile } = context.settings.get();
      const form = 'kind' in request ? request.kind : request.form;
      // Without a campaign: the newest that asks for the form (a test's form may be in none). An id
      // the app does not hold is kept as given, as a draft of a campaign that was removed keeps it.
      const asked = 'campaignId' in request ? request.campaignId : undefined;
      const campaignId = asked ?? context.campaigns.forDraft({ form, campaignId: '' }).id;
      return drafts.create(form, campaignId, unitProfile);
    },
    'drafts:load': async ({ id }) => drafts.load(id),
    'drafts:save': async ({ draft }) => {
      // Outside checks still send format 1 (DESIGN §8): it becomes format 2 on the way in.
      const current = 'kind' in draft ? draftFromV1(draft) : draft;
      if (!isFormId(current.form)) throw new DeskError('form-unknown', current.form);
      return { savedAt: (await drafts.save(current)).updatedAt };
    },
    'drafts:keepRecovery': async ({ recovery }) => {
      await keepRecovery(drafts, context.dataDir, recovery, context.now());
      return { done: true };
    },
    'drafts:recovery': async ({ id }) => ({ kept: await readRecovery(drafts, context.dataDir, id) }),
    'drafts:discardRecovery': async ({ id }) => {
      await discardRecovery(drafts, context.dataDir, id);
      return { done: true };
    },
    'drafts:rename': async ({ id, title }) => drafts.rename(id, title),
    'drafts:duplicate': async ({ id }) => drafts.duplicate(id),
    'drafts:trash': async ({ id }) => {
      await drafts.trash(id);
      return { done: true };
    },
    'drafts:restore': async ({ id }) => {
      await drafts.restore(id);
      return { done: true };
    },
    'drafts:snapshots': async ({ id }) => drafts.snapshots(id),
    'drafts:restoreSnapshot': async ({ id, name }) => drafts.restoreSnapshot(id, name),
    'drafts:exportPackage': async ({ id }) => {
      const draft = await drafts.load(id);
      const file = await chooseTarget(context.dialogs, {
        purpose: 'package',
        defaultName: packageName(textOf(draft, formOf(draft.form).titleField), id),
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      });
      await writePackage(drafts.layout.draftDir(id), draft, file, context.now());
      return { file };
    },
    'drafts:importPackage': async () => {
      const file = await chooseFile(context.dialogs, {
        purpose: 'package',
        filters: [{ name: 'ZIP', extensions: ['zip'] }],
      });
      return importPackage(drafts, file);
    },
    'drafts:importDocx': async ({ dropped }) => {
      const source =
        dropped !== undefined
          ? { bytes: Buffer.from(dropped, 'base64') }
          : {
              file: await chooseFile(context.dialogs, {
                purpose: 'attachment',
                filters: [{ name: 'Word', extensions: ['docx'] }],
              }),
            };
      // The recognised form's newest campaign, as a draft made without one gets (drafts:create).
      return stageDocxImport(drafts, source, {
        campaignFor: (form) => context.campaigns.forDraft({ form: form.id, campaignId: '' }).id,
        now: context.now(),
      });
    },
    'drafts:importConfirm': async ({ staged }) => {
      await drafts.placeStaged(staged);
      return { id: staged };
    },
    'drafts:importDiscard': async ({ staged }) => {
      await drafts.discardStaged(staged);
      return { done: true };
    },
    'attachments:add': async ({ id, role }) => {
      const { extensions } = ATTACHMENT_ROLES[role];
      const files = await context.dialogs.openFiles({
        purpose: 'attachment',
        filters: [{ name: extensions.join(' / ').toUpperCase(), extensions }],
        multiple: true,
      });
      return files.length ? addAttachments(drafts, id, role, files) : [];
    },
    'attachments:remove': async ({ id, attachmentId }) => {
      await removeAttachment(drafts, id, attachmentId);
      return { done: true };
    },
    'attachments:saveSignature': async ({ id, png }) => ({
      file: await saveSignature(drafts, id, png),
    }),
    'attachments:read': async ({ id, file }) => ({ dataUrl: await readAttachment(drafts, id, file) }),
  };
}
