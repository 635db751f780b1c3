import type { TFunction } from 'i18next';
import type { DeskApi } from '../../electron/preload';
import type { Result } from '../../shared/errors';
import type { Channel, RequestOf, ResponseOf } from '../../shared/ipc';
import { useUi, type Failure } from './stores/ui';

declare global {
  interface Window {
    /** Given by the preload (Electron) or the browser shell's init script, with the same shape. */
    desk: DeskApi;
  }
}

/** Calls main; the answer is a result, never a thrown error. */
export function invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
  return window.desk.invoke(channel, request);
}

export const onEvent: DeskApi['on'] = (event, listener) => window.desk.on(event, listener);

/**
 * Calls main and, when it fails, shows the translated error; resolves to undefined then. A
 * cancelled file dialog is the user's choice, not an error, so it resolves quietly.
 */
export async function invokeOrShow<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C> | undefined> {
  const result = await invoke(channel, request);
  if (result.ok) return result.value;
  if (result.code !== 'cancelled') useUi.getState().showError({ code: result.code, detail: result.detail });
  return undefined;
}

/**
 * Like `invokeOrShow`, but the failure goes to the caller, which shows it beside the action that
 * failed (an export's message belongs to the export panel, not over its history), and is cleared
 * when the call is made again.
 */
export async function invokeOrReport<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  report: (failure: Failure | undefined) => void,
): Promise<ResponseOf<C> | undefined> {
  report(undefined);
  const result = await invoke(channel, request);
  if (result.ok) return result.value;
  if (result.code !== 'cancelled') report({ code: result.code, detail: result.detail });
  return undefined;
}

/** The user's message for a failed call: the translated text of its code, plus what it concerns. */
export function errorText(t: TFunction<'errors'>, failure: Failure): string {
  const message = t(failure.code);
  return failure.detail ? t('errorWithDetail', { ns: 'common', message, detail: failure.detail }) : message;
}
