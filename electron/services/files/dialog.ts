import { DeskError } from '../../../shared/errors';
import type { Dialogs } from '../context';
import { requireFolderOf } from './target';

/**
 * The file the user chose to write, in a folder that is there. A closed dialog is `cancelled`,
 * which the page treats as no error at all.
 */
export async function chooseTarget(
  dialogs: Dialogs,
  options: Parameters<Dialogs['saveFile']>[0],
): Promise<string> {
  const target = await dialogs.saveFile(options);
  if (!target) throw new DeskError('cancelled');
  await requireFolderOf(target);
  return target;
}

/** The one file the user chose to read; a closed dialog is `cancelled`. */
export async function chooseFile(
  dialogs: Dialogs,
  options: Omit<Parameters<Dialogs['openFiles']>[0], 'multiple'>,
): Promise<string> {
  const [file] = await dialogs.openFiles({ ...options, multiple: false });
  if (!file) throw new DeskError('cancelled');
  return file;
}
