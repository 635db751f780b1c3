/**
 * How hard the reliability suites push. `npm test` runs them small, so a regression shows within
 * minutes; `npm run test:faults` sets DESK_FAULTS=full for the counts docs/RELIABILITY.md reports.
 */
export const FULL_RUN = process.env.DESK_FAULTS === 'full';

export function scaled(fast: number, full: number): number {
  return FULL_RUN ? full : fast;
}

/** Seed of every generated input; set DESK_FAULTS_SEED to replay or to vary a run. */
export const SEED = Number(process.env.DESK_FAULTS_SEED ?? 20211220);

/** Prints a figure of the run; the full run's figures go into docs/RELIABILITY.md. */
export function figure(suite: string, facts: Record<string, number | string>): void {
  const text = Object.entries(facts)
    .map(([key, value]) => `${key}=${value}`)
    .join(' ');
  console.info(`[faults] ${suite}: ${text}`);
}
