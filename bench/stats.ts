/** Order statistics of a sample, by the nearest-rank method (no interpolation between samples). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

/** Milliseconds since an arbitrary start, at sub-millisecond resolution. */
export const now = (): number => performance.now();

/** Runs `task` `warmUps` times unmeasured, then `runs` times, and returns each run's milliseconds. */
export async function timeRuns(
  task: (run: number) => Promise<unknown>,
  { warmUps, runs }: { warmUps: number; runs: number },
): Promise<number[]> {
  for (let i = 0; i < warmUps; i++) await task(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    await task(i);
    times.push(now() - start);
  }
  return times;
}

/** A full collection when node runs with --expose-gc (as `npm run bench` does), else nothing. */
export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Runs two tasks alternately, A B B A A B…, so drift of a shared, noisy machine (another process
 * waking up, the CPU clocking down) falls on both sides alike. Returns what each measured run gave.
 */
export async function interleave<T>(
  a: (run: number) => Promise<T>,
  b: (run: number) => Promise<T>,
  { warmUps, runs }: { warmUps: number; runs: number },
): Promise<{ a: T[]; b: T[] }> {
  const results = { a: [] as T[], b: [] as T[] };
  for (let i = -warmUps; i < runs; i++) {
    const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const side of order) {
      const result = await (side === 'a' ? a : b)(i);
      if (i >= 0) results[side].push(result);
    }
  }
  return results;
}

/** Times two tasks with `interleave`, in milliseconds. */
export function timeInterleaved(
  a: (run: number) => Promise<unknown>,
  b: (run: number) => Promise<unknown>,
  options: { warmUps: number; runs: number },
): Promise<{ a: number[]; b: number[] }> {
  const timed = (task: (run: number) => Promise<unknown>) => async (run: number) => {
    // Each side's garbage is collected before the other's run, not charged to it.
    collectGarbage();
    const start = now();
    await task(run);
    return now() - start;
  };
  return interleave(timed(a), timed(b), options);
}
