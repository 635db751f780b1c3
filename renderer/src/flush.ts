import { invoke, onEvent } from './api';
import { saveNow } from './stores/draft';

/**
 * Main asks before the window closes or the app quits: save what is pending, then say so, so
 * that no typed word is lost on close (docs/DRAFTS.md). A save that fails has kept the edits in the
 * draft's recovery file by the time `saveNow` resolves. Main waits only a bounded time.
 */
export function listenForFlush(): () => void {
  return onEvent('app:flush', ({ token }) => {
    void Promise.resolve()
      .then(saveNow)
      .then(() => invoke('app:flushed', { token }));
  });
}
