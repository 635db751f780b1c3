import { randomUUID } from 'node:crypto';

/**
 * The close handshake: the host sends `app:flush` with a fresh token and waits, at most
 * `timeoutMs`, for the renderer's `app:flushed` with that token. A renderer that hangs cannot
 * keep the app from closing, and a late answer to an earlier request does not count.
 */
export function createFlushWaiter() {
  const waiting = new Map<string, () => void>();
  return {
    onFlushed(token: string): void {
      waiting.get(token)?.();
    },
    /** Resolves true when the renderer confirmed, false on timeout or when it could not be asked. */
    async request(send: (token: string) => Promise<void> | void, timeoutMs = 5000): Promise<boolean> {
      const token = randomUUID();
      let timer: NodeJS.Timeout | undefined;
      const answered = new Promise<boolean>((resolve) => {
        waiting.set(token, () => resolve(true));
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        await send(token);
        return await answered;
      } catch {
        return false;
      } finally {
        clearTimeout(timer);
        waiting.delete(token);
      }
    },
  };
}
export type FlushWaiter = ReturnType<typeof createFlushWaiter>;
