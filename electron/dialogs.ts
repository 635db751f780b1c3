import { dialog, shell, type BrowserWindow } from 'electron';
import type { Dialogs } from './services/context';

/** Native dialogs for the services, parented to the app window so they stay in front of it. */
export function electronDialogs(window: () => BrowserWindow | undefined): Dialogs {
  return {
    async openFiles({ filters, multiple }) {
      const options: Electron.OpenDialogOptions = {
        filters,
        properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? [] : result.filePaths;
    },
    async saveFile({ defaultName, filters }) {
      const options: Electron.SaveDialogOptions = { defaultPath: defaultName, filters };
      const parent = window();
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder() {
      const options: Electron.OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
      const parent = window();
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async reveal(path, what) {
      if (what === 'folder') {
        shell.showItemInFolder(path);
        return 'shown';
      }
      const failure = await shell.openPath(path);
      if (failure) throw new Error(failure);
      return 'opened';
    },
  };
}
