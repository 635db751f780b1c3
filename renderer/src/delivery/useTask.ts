import { useCallback, useEffect, useState } from 'react';

/** A task shows its progress only after this long, so quick ones do not flicker. */
export const PROGRESS_DELAY_MS = 400;

/** Milliseconds since `since` (a `Date.now()`), ticking while it is set; 0 while it is not. */
export function useElapsed(since: number | undefined): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (since === undefined) return;
    const timer = setInterval(() => setNow(Date.now()), 200);
    return () => clearInterval(timer);
  }, [since]);
  // Until the first tick, `now` is from before `since`: no time has passed yet.
  return since === undefined ? 0 : Math.max(0, now - since);
}

/**
 * Runs one long task at a time (a PDF or a package can take seconds while LibreOffice starts),
 * and says which is running and for how long, for the progress indicator.
 */
export function useTask<Name extends string>() {
  const [task, setTask] = useState<{ name: Name; since: number } | undefined>();
  const elapsedMs = useElapsed(task?.since);
  const run = useCallback(async <T>(name: Name, work: () => Promise<T>): Promise<T> => {
    setTask({ name, since: Date.now() });
    try {
      return await work();
    } finally {
      setTask(undefined);
    }
  }, []);
  return { running: task?.name, elapsedMs, run };
}
