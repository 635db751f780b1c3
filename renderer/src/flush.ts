import { invoke, onEvent } from './api';

/**
 * Main asks before the window closes or the app quits: save what is pending, then say so, so
 * that no typed word is lost on close (docs/DRAFTS.md). A save that fails has kept the edits in the
 * draft's recovery file by the time `saveNow` resolves. Main waits only a bounded time.
 */
export function listenForFlush(): () => void {
  return onEvent('app:flush', ({ token }) => {
    // Imported here, not at the top, to keep the draft store out of the first chunk (menu-commands.ts).
    void import('./stores/draft')
      .then(({ saveNow }) => saveNow())
      .then(() => invoke('app:flushed', { token }));
  });
}
