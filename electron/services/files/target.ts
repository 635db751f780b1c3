import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { DeskError } from '../../../shared/errors';

/**
 * A target whose folder is gone (a USB stick pulled out, a path typed by hand) is named as such
 * before anything is rendered or written, instead of surfacing as a bare ENOENT that reads as a
 * missing draft.
 */
export async function requireFolderOf(target: string): Promise<void> {
  const folder = dirname(target);
  const found = await stat(folder).catch(() => undefined);
  if (!found?.isDirectory()) throw new DeskError('folder-missing', folder);
}
