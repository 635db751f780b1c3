import type { Channel, RequestOf, ResponseOf } from '../../../shared/ipc';
import { invoke } from '../api';
import { useUi } from '../stores/ui';

/**
 * Calls main for a list action. A cancelled file dialog is the user's choice, not an error, so
 * it resolves to undefined quietly; any other failure shows the translated error.
 */
export async function act<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
): Promise<ResponseOf<C> | undefined> {
  const result = await invoke(channel, request);
  if (result.ok) return result.value;
  if (result.code !== 'cancelled') useUi.getState().showError({ code: result.code, detail: result.detail });
  return undefined;
}

export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
