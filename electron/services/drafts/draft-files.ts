import { constants } from 'node:fs';
import { lstat, open, realpath, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';
import { isDraftPath } from '../../../shared/draft-path';
import { DeskError } from '../../../shared/errors';

/**
 * The one way main touches a file a draft names (docs/DRAFTS.md; issue 16): every sink — thumbnails,
 * removal, preflight, the .docx, the draft package, the submission package, the CLI — goes
 * through here. The name must pass `isDraftPath`; on disk, the real path (symlinks resolved) must
 * lie under the real `attachments/` of the same draft folder and pass the same rule again, so a
 * symlink planted in the folder cannot lead out of it or to the draft's own files. The check is
 * made when the file is opened, and the bytes used are read from that open handle.
 *
 * A refused name is `not-found`, exactly like a missing file: the answer must not tell a page
 * whether some file outside the folder exists.
 */
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;
const O_NOFOLLOW = constants.O_NOFOLLOW ?? 0;

function refused(name: string): DeskError {
  return new DeskError('not-found', name);
}

/** The path of `real` below `root`, with `/` separators, or null when it is not below it. */
function below(root: string, real: string): string | null {
  const inside = relative(root, real);
  if (!inside || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return null;
  return inside.split(sep).join('/');
}

async function realRoot(draftDir: string, name: string): Promise<string> {
  return realpath(draftDir).catch(() => {
    throw refused(name);
  });
}

/** The real path of the regular file `name` names in the draft folder; `not-found` for anything else. */
export async function resolveDraftFile(draftDir: string, name: string): Promise<string> {
  if (!isDraftPath(name)) throw refused(name);
  const root = await realRoot(draftDir, name);
  const real = await realpath(join(root, name)).catch(() => {
    throw refused(name);
  });
  const inside = below(root, real);
  if (inside === null || !isDraftPath(inside)) throw refused(name);
  const info = await lstat(real).catch(() => null);
  if (!info?.isFile()) throw refused(name);
  return real;
}

export interface OpenDraftFile {
  handle: FileHandle;
  size: number;
}

/**
 * Opens the file for reading, checked as above. `O_NOFOLLOW` keeps the last component from being
 * swapped for a link after the check, `O_NONBLOCK` keeps a FIFO from hanging the open, and the
 * real path is resolved again once the file is open, so a parent folder swapped for a link in
 * between is caught too. The caller closes the handle (a stream made from it closes it at its end).
 */
export async function openDraftFile(draftDir: string, name: string): Promise<OpenDraftFile> {
  const real = await resolveDraftFile(draftDir, name);
  const handle = await open(real, constants.O_RDONLY | O_NONBLOCK | O_NOFOLLOW).catch(() => {
    throw refused(name);
  });
  try {
    const info = await handle.stat();
    if (!info.isFile() || (await realpath(real).catch(() => null)) !== real) throw refused(name);
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The bytes of the file; `file-too-large` past `maxBytes`. */
export async function readDraftFile(draftDir: string, name: string, maxBytes = Infinity): Promise<Buffer> {
  const { handle, size } = await openDraftFile(draftDir, name);
  try {
    if (size > maxBytes) throw new DeskError('file-too-large', name);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Whether the file is there and may be used, without reading it. */
export async function draftFileUsable(draftDir: string, name: string): Promise<boolean> {
  return resolveDraftFile(draftDir, name).then(
    () => true,
    () => false,
  );
}

/**
 * Removes the file `name` names. Only the last component is removed, never followed: the folder
 * it lies in is resolved and must be the draft's own `attachments/` (or below it), so removing a
 * link planted there removes the link, not what it points at. A missing file is no error.
 */
export async function removeDraftFile(draftDir: string, name: string): Promise<void> {
  if (!isDraftPath(name)) throw refused(name);
  const root = await realRoot(draftDir, name);
  const folder = await realpath(dirname(join(root, name))).catch(() => null);
  if (folder === null) return;
  const target = join(folder, basename(name));
  const inside = below(root, target);
  if (inside === null || !isDraftPath(inside)) throw refused(name);
  const info = await lstat(target).catch(() => null);
  if (!info) return;
  if (info.isDirectory()) throw refused(name);
  await unlink(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}
