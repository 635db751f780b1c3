import { defineConfig } from 'vitest/config';

/**
 * `npm run test:faults`: the reliability suites at the counts docs/RELIABILITY.md reports (200 kills
 * per write path, 10,000 hostile strings, 300 exports, 10 LibreOffice conversions). `npm test`
 * runs the same files small through vitest.config.ts.
 */
export default defineConfig({
  test: {
    include: ['tests/unit/faults/**/*.test.ts'],
    environment: 'node',
    env: { DESK_FAULTS: 'full' },
    testTimeout: 1_800_000,
    hookTimeout: 300_000,
    // One file at a time: the kill suite's children need the cores to themselves on a 2-core machine.
    fileParallelism: false,
  },
});
