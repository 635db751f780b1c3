import type { BrowserContext, Page } from 'playwright-core';

/**
 * In every frame, before the page's scripts: `window.open` answers null, as it does in Electron
 * where `setWindowOpenHandler` denies every URL. Not writable or configurable, so a script of
 * the page cannot put the original back.
 */
const DENY_OPEN = `(() => {
  Object.defineProperty(window, 'open', {
    value: function open() { return null; },
    writable: false,
    configurable: false,
  });
})();`;

const popups = new WeakMap<Page, Promise<boolean>>();

/**
 * Whether a page was opened by another page (a popup), not by the shell itself. Asked once per
 * page (it is a round trip to the browser), since the bridge asks it on every call.
 */
export function isPopup(page: Page): Promise<boolean> {
  let popup = popups.get(page);
  if (!popup) {
    popup = page.opener().then(
      (opener) => opener !== null,
      () => true,
    );
    popups.set(page, popup);
  }
  return popup;
}

/**
 * No page of the app may open a window (docs/ARCHITECTURE.md): a second page at the app's origin would get
 * the bridge to main as well. `window.open` is replaced, and any page that is opened anyway (a
 * link with target=_blank, `open` reached from a fresh frame) is closed at once.
 */
export async function denyNewWindows(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: DENY_OPEN });
  context.on('page', (page) => {
    void isPopup(page)
      .then((popup) => (popup ? page.close() : undefined))
      .catch(() => undefined);
  });
}
