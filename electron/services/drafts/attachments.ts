import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { printedImageMax, takesRole } from '../../../shared/attachment-roles';
import type { Attachment, AttachmentRole, Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import { ensureDir, writeFileAtomic } from '../files/atomic';
import { readDraftFile } from './draft-files';
import { ingestFile, removeAttachmentFiles } from './ingest';
import { ATTACHMENTS_DIR, newId } from './layout';
import type { DraftRepository } from './repository';
import { filesReferencedBySnapshots } from './snapshots';

/** Thumbnails and the signature preview; larger originals are shown through their print copy. */
const MAX_READ_BYTES = 25 * 1024 ** 2;
const PREVIEWABLE = ['image/jpeg', 'image/png'];

/** Refuses what the form does not take, before any file is copied (the app's dialog and `cli new`). */
export function checkRoom(draft: Draft, role: AttachmentRole, count: number): { printed: boolean } {
  const form = formOf(draft.form);
  if (!takesRole(form, role)) throw new DeskError('invalid-request', role);
  const max = printedImageMax(form);
  const printed = role === 'image' && max > 0;
  const already = draft.attachments.filter((a) => a.role === 'image').length;
  if (printed && already + count > max) throw new DeskError('too-many-images', String(max));
  return { printed };
}

/**
 * Adds files chosen in main's dialog to a draft, all or none: if one is refused, the ones already
 * copied in this batch are removed and the draft is unchanged. Files are copied outside the
 * draft's write queue, so autosaves are not held up by a long video. Returns the new attachments.
 */
export async function addAttachments(
  repo: DraftRepository,
  id: string,
  role: AttachmentRole,
  sources: string[],
): Promise<Attachment[]> {
  const { printed } = checkRoom(await repo.load(id), role, sources.length);
  const added: Attachment[] = [];
  const dir = repo.layout.draftDir(id);
  try {
    for (const source of sources) added.push(await ingestFile({ draftDir: dir, source, role, printed }));
    await repo.update(id, (draft) => {
      checkRoom(draft, role, added.length);
      return { ...draft, attachments: [...draft.attachments, ...added] };
    });
  } catch (error) {
    for (const attachment of added) await removeAttachmentFiles(dir, attachment);
    throw error;
  }
  return added;
}

/** Drops the attachment from the draft; its files go unless a snapshot still refers to them. */
export async function removeAttachment(
  repo: DraftRepository,
  id: string,
  attachmentId: string,
): Promise<void> {
  let removed: Attachment | undefined;
  await repo.update(id, (draft) => {
    removed = draft.attachments.find((a) => a.id === attachmentId);
    if (!removed) throw new DeskError('not-found', attachmentId);
    return { ...draft, attachments: draft.attachments.filter((a) => a !== removed) };
  });
  const kept = await filesReferencedBySnapshots(repo.layout.snapshotsDir(id));
  const dir = repo.layout.draftDir(id);
  // The record is gone; a file the resolver refuses (a link out of the folder) is simply not removed.
  for (const file of [removed!.file, removed!.printFile])
    if (file && !kept.has(file))
      await removeAttachmentFiles(dir, { file }).catch((error: unknown) => {
        if (!(error instanceof DeskError && error.code === 'not-found')) throw error;
      });
}

/** Stores a drawn signature and points the declaration at it. */
export async function saveSignature(repo: DraftRepository, id: string, pngBase64: string): Promise<string> {
  const bytes = Buffer.from(pngBase64, 'base64');
  const type = await fileTypeFromBuffer(bytes);
  if (type?.mime !== 'image/png') throw new DeskError('unsupported-file', 'signature');
  const file = `${ATTACHMENTS_DIR}/signature-${newId()}.png`;
  await repo.update(id, async (draft) => {
    await ensureDir(join(repo.layout.draftDir(id), ATTACHMENTS_DIR));
    await writeFileAtomic(join(repo.layout.draftDir(id), file), bytes);
    return { ...draft, declaration: { ...draft.declaration, signatureFile: file } };
  });
  return file;
}

/**
 * An image of the draft as a data: URL. Only files that really lie inside that draft's folder
 * are served (a symlink pointing out of it is refused), and only images.
 */
export async function readAttachment(repo: DraftRepository, id: string, file: string): Promise<string> {
  await repo.assertExists(id);
  const bytes = await readDraftFile(repo.layout.draftDir(id), file, MAX_READ_BYTES);
  const type = await fileTypeFromBuffer(bytes);
  if (!type || !PREVIEWABLE.includes(type.mime)) throw new DeskError('unsupported-file', file);
  return `data:${type.mime};base64,${bytes.toString('base64')}`;
}
