import { describe, expect, it } from 'vitest';
import { createShellDialogs } from '../../../../electron/browser-shell/dialogs';

const filters = [{ name: 'images', extensions: ['png'] }];

describe('browser shell dialogs', () => {
  it('answer from the queue in order', async () => {
    const shell = createShellDialogs(false);
    shell.queue(['/a.png', '/b.png']);
    shell.queue('/out.docx');
    expect(await shell.dialogs.openFiles({ purpose: 'attachment', filters, multiple: true })).toEqual([
      '/a.png',
      '/b.png',
    ]);
    expect(await shell.dialogs.saveFile({ purpose: 'export', defaultName: 'x.docx', filters })).toBe(
      '/out.docx',
    );
  });

  it('give one file when one is asked for', async () => {
    const shell = createShellDialogs(false);
    shell.queue(['/a.png', '/b.png']);
    expect(await shell.dialogs.openFiles({ purpose: 'package', filters, multiple: false })).toEqual([
      '/a.png',
    ]);
  });

  it('count as cancelled with nothing queued and no terminal, or when null is queued', async () => {
    const shell = createShellDialogs(false);
    expect(await shell.dialogs.openFiles({ purpose: 'attachment', filters, multiple: true })).toEqual([]);
    shell.queue(null);
    expect(await shell.dialogs.saveFile({ purpose: 'export', defaultName: 'x.docx', filters })).toBeNull();
  });

  it('record what the app asked to reveal', async () => {
    const shell = createShellDialogs(false);
    await shell.dialogs.reveal('/out/x.docx', 'folder');
    expect(shell.revealed).toEqual([{ path: '/out/x.docx', what: 'folder' }]);
  });
});
