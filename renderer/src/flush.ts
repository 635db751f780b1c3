import { invoke, onEvent } from './api';
import { flushPendingSave } from './stores/draft';

/**
 * Main asks before the window closes or the app quits: save what is pending, then say so, so
 * that no typed word is lost on close (docs/DRAFTS.md). Main waits only a bounded time for the answer.
 */
export function listenForFlush(): () => void {
  return onEvent('app:flush', ({ token }) => {
    void Promise.resolve()
      .then(flushPendingSave)
      .catch(() => undefined)
      .then(() => invoke('app:flushed', { token }));
  });
}
