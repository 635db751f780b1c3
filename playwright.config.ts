import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests drive the real app through the browser shell (docs/ARCHITECTURE.md), one at a time.
 * The `electron` project needs the Electron binary and skips, saying why, where it is missing.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  projects: [
    { name: 'e2e', testDir: 'tests/e2e' },
    { name: 'electron', testDir: 'tests/electron' },
    // Rewrites docs/screenshots; run by `npm run screenshots`, not by `npm test`.
    { name: 'screenshots', testDir: 'tests/screenshots' },
  ],
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    trace: 'retain-on-failure',
  },
});
