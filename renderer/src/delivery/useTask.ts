import { useCallback, useEffect, useRef, useState } from 'react';

/** A task shows its progress only after this long, so quick ones do not flicker. */
export const PROGRESS_DELAY_MS = 400;

/**
 * Runs one long task at a time (a PDF or a package can take seconds while LibreOffice starts),
 * and says which is running and for how long, for the progress indicator.
 */
export function useTask<Name extends string>() {
  const [running, setRunning] = useState<Name | undefined>();
  const [elapsedMs, setElapsedMs] = useState(0);
  const started = useRef(0);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setElapsedMs(Date.now() - started.current), 200);
    return () => clearInterval(timer);
  }, [running]);
  const run = useCallback(async <T>(name: Name, task: () => Promise<T>): Promise<T> => {
    started.current = Date.now();
    setElapsedMs(0);
    setRunning(name);
    try {
      return await task();
    } finally {
      setRunning(undefined);
    }
  }, []);
  return { running, elapsedMs, run };
}
