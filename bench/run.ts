import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../electron/browser-shell/chromium';
import { startBenchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchCounting } from './counting';
import { benchDrafts } from './drafts';
import { benchExport } from './export';
import { benchColdLoad } from './load';
import { judge, table, writeResults, type Measured } from './report';
import { repoRoot } from './sample';
import { benchTyping } from './typing';

/**
 * `npm run bench`: every budget of docs/PERFORMANCE.md measured beside its baseline in this one run,
 * printed as a table and written to bench/results.json. Exits 1 when a budget fails.
 */
async function main(): Promise<number> {
  const measured: Measured[] = [];
  let browserVersion = '';
  const step = async (what: string, run: () => Promise<Measured[]>) => {
    process.stderr.write(`bench: ${what}…\n`);
    measured.push(...(await run()));
  };
  await step('typing and cold load in the browser shell', async () => {
    const browser = await startBenchBrowser();
    try {
      browserVersion = await browser.shell.page.evaluate<string>('navigator.userAgent');
      return [...(await benchTyping(browser)), ...(await benchColdLoad(browser))];
    } finally {
      await browser.close();
    }
  });
  await step('export of the full case', benchExport);
  await step('draft list and autosave', benchDrafts);
  await step('renderer bundle', benchBundle);
  await step('counting', benchCounting);

  const entries = measured.map(judge);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    chromium: `${findChromium()} (${browserVersion})`,
  };
  await writeResults(join(repoRoot, 'bench', 'results.json'), entries, machine);
  process.stdout.write(`${table(entries)}\n`);
  const failed = entries.filter((entry) => entry.status === 'FAIL');
  if (failed.length)
    process.stderr.write(
      `bench: ${failed.length} budget(s) failed: ${failed.map((e) => e.name).join('; ')}\n`,
    );
  return failed.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
