import { describe, expect, it } from 'vitest';
import { createFlushWaiter } from '../../../../electron/services/flush';

describe('flush handshake', () => {
  it('resolves true when the renderer answers with the token it was sent', async () => {
    const flush = createFlushWaiter();
    expect(await flush.request((token) => void setTimeout(() => flush.onFlushed(token), 5), 1000)).toBe(true);
  });

  it('gives up after the timeout, and ignores answers with another token', async () => {
    const flush = createFlushWaiter();
    expect(await flush.request(() => flush.onFlushed('stale-token'), 30)).toBe(false);
  });

  it('resolves false when the page cannot be asked', async () => {
    const flush = createFlushWaiter();
    expect(await flush.request(() => Promise.reject(new Error('page closed')), 1000)).toBe(false);
  });
});
