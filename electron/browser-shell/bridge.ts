import type { BrowserContext, Page } from 'playwright-core';
import type { Handlers, EventName, EventOf } from '../../shared/ipc';
import { dispatch } from '../services/dispatch';
import { APP_ORIGIN } from './serve';
import { isPopup } from './windows';

const isAppPage = (url: string): boolean => URL.canParse(url) && new URL(url).origin === APP_ORIGIN;

const INVOKE = '__deskInvoke';
const DELIVER = '__deskDeliver';

/**
 * Runs in the page before its scripts: defines `window.desk` with the preload's shape, carried by
 * a Playwright binding instead of IPC. Only the contract's event names can be listened to. Kept as
 * source text because a serialized TypeScript function may carry the transpiler's helpers.
 */
function deskScript(eventNames: string[]): string {
  return `(() => {
  const binding = globalThis[${JSON.stringify(INVOKE)}];
  const events = ${JSON.stringify(eventNames)};
  const listeners = new Map();
  const desk = {
    invoke: (channel, request) => binding(channel, request),
    on(event, listener) {
      if (!events.includes(event)) throw new Error('unknown event ' + event);
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set.add(listener));
      return () => void set.delete(listener);
    },
  };
  Object.defineProperty(globalThis, 'desk', { value: Object.freeze(desk), enumerable: true });
  Object.defineProperty(globalThis, ${JSON.stringify(DELIVER)}, {
    value: (event, payload) => listeners.get(event)?.forEach((listener) => listener(payload)),
  });
})();`;
}

/** Bridges every page of the context to the services through the same guarded dispatcher as IPC. */
export async function bridge(
  context: BrowserContext,
  handlers: Handlers,
  events: EventName[],
): Promise<void> {
  // A popup at the app's origin is not the app: only pages the shell opened itself are served.
  await context.exposeBinding(INVOKE, async ({ frame, page }, channel: unknown, request: unknown) =>
    isAppPage(frame.url()) && frame === page.mainFrame() && !(await isPopup(page))
      ? dispatch(handlers, channel, request)
      : { ok: false, code: 'forbidden-sender' },
  );
  await context.addInitScript({ content: deskScript(events) });
  context.pages().forEach(readyForAnswers);
  context.on('page', readyForAnswers);
}

/**
 * Playwright hands a binding's answer to the page through a helper it builds in the page on the
 * first evaluation there. Building it as soon as an app page commits, while the page still waits
 * for its scripts, keeps that step off the first answers' way (the data of the first screen);
 * Electron's IPC has no such step.
 */
function readyForAnswers(page: Page): void {
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame() && isAppPage(frame.url())) void frame.evaluate('0').catch(() => undefined);
  });
}

/** Sends a host event to the page, as `webContents.send` does in Electron. */
export async function emit<E extends EventName>(page: Page, event: E, payload: EventOf<E>): Promise<void> {
  const args = [event, payload].map((value) => JSON.stringify(value)).join(', ');
  await page.evaluate(`globalThis[${JSON.stringify(DELIVER)}](${args})`);
}
