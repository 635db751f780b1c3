import type { CDPSession } from 'playwright-core';

const BACKSPACE = { key: 'Backspace', code: 'Backspace', windowsVirtualKeyCode: 8 };

/** One Backspace, as the keyboard delivers it, to take typed text out between rounds. */
export async function pressBackspace(cdp: CDPSession): Promise<void> {
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...BACKSPACE });
  await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...BACKSPACE });
}
