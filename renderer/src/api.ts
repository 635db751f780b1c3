import type { TFunction } from 'i18next';
import type { DeskApi } from '../../electron/preload';
import type { FieldProblem, Result } from '../../shared/errors';
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
  return shownIfFailed(await invoke(channel, request));
}

/** A call's answer, or undefined with its translated error shown (a cancelled dialog quietly). */
export function shownIfFailed<T>(result: Result<T>): T | undefined {
  if (result.ok) return result.value;
  if (result.code !== 'cancelled') useUi.getState().showError(failureOf(result));
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
  if (result.code !== 'cancelled') report(failureOf(result));
  return undefined;
}

/** `forms[1]：未知的表“x”；deadline：不是有效的日期`: each field of a file named with what is wrong. */
export function problemsText(t: TFunction<'errors'>, problems: FieldProblem[]): string {
  return problems
    .map(({ path, code, value }) =>
      t('problem', { ns: 'common', path, message: t(`problems.${code}`, { value }) }),
    )
    .join('；');
}

function failureOf(result: Extract<Result<unknown>, { ok: false }>): Failure {
  return {
    code: result.code,
    detail: result.detail,
    ...(result.problems ? { problems: result.problems } : {}),
  };
}

/**
 * The user's message for a failed call: the translated text of its code, plus what it concerns —
 * for a file with problems, each field named with what is wrong, in the user's language.
 */
export function errorText(t: TFunction<'errors'>, failure: Failure): string {
  const message = t(failure.code);
  const detail = failure.problems ? problemsText(t, failure.problems) : failure.detail;
  return detail ? t('errorWithDetail', { ns: 'common', message, detail }) : message;
}
