import { DeskError } from '../../shared/errors';
import type { HandlersOf } from '../../shared/ipc';

/**
 * Where dialogs are native (Electron), no dialog session is ever open in the page, so every
 * `dialog:` call names one that does not exist. The browser shell serves its own in their place.
 */
export function noPageDialogs(): HandlersOf<'dialog'> {
  const none = async (): Promise<never> => {
    throw new DeskError('not-found', 'dialog');
  };
  return { 'dialog:navigate': none, 'dialog:submit': none, 'dialog:cancel': none };
}
