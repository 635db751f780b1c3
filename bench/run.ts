import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { findChromium } from '../electron/browser-shell/chromium';
import { benchActivityTable } from './activity-table';
import { startBenchBrowser } from './browser';
import { benchBundle } from './bundle';
import { benchCounting } from './counting';
import { benchDrafts } from './drafts';
import { benchExport } from './export';
import { benchImport } from './import';
import { benchLargePaste } from './large-paste';
import { benchColdLoad } from './load';
import { judge, table, writeResults, type Measured } from './report';
import { benchRollup } from './rollup';
import { repoRoot } from './sample';
import { benchTyping } from './typing';

/**
 * `npm run bench`: every budget of docs/PERFORMANCE.md measured beside its baseline in this one run,
 * printed as a table and written to bench/results.json. Exits 1 when a budget fails.
 */
const STEPS = [
  'typing',
  'paste',
  'load',
  'export',
  'import',
  'drafts',
  'bundle',
  'counting',
  'activity',
  'rollup',
] as const;
type StepName = (typeof STEPS)[number];

/** `npm run bench -- --only typing,paste` runs those steps alone, into bench/results.partial.json. */
function chosenSteps(argv: string[]): Set<StepName> {
  const at = argv.indexOf('--only');
  if (at < 0) return new Set(STEPS);
  const names = (argv[at + 1] ?? '').split(',');
  const unknown = names.filter((name) => !(STEPS as readonly string[]).includes(name));
  if (unknown.length)
    throw new Error(`unknown bench step(s) ${unknown.join(', ')}; steps: ${STEPS.join(', ')}`);
  return new Set(names as StepName[]);
}

async function main(): Promise<number> {
  const chosen = chosenSteps(process.argv.slice(2));
  const measured: Measured[] = [];
  let browserVersion = '';
  const step = async (what: string, run: () => Promise<Measured[]>) => {
    process.stderr.write(`bench: ${what}…\n`);
    measured.push(...(await run()));
  };
  const inBrowser: StepName[] = ['typing', 'paste', 'load', 'activity'];
  if (inBrowser.some((name) => chosen.has(name)))
    await step('typing, large paste and cold load in the browser shell', async () => {
      const browser = await startBenchBrowser();
      try {
        browserVersion = await browser.shell.page.evaluate<string>('navigator.userAgent');
        return [
          ...(chosen.has('typing') ? await benchTyping(browser) : []),
          ...(chosen.has('load') ? await benchColdLoad(browser) : []),
          ...(chosen.has('paste') ? await benchLargePaste(browser) : []),
          ...(chosen.has('activity') ? await benchActivityTable(browser) : []),
        ];
      } finally {
        await browser.close();
      }
    });
  if (chosen.has('export')) await step('export of the full case', benchExport);
  if (chosen.has('import')) await step('Word import of the full case', benchImport);
  if (chosen.has('drafts')) await step('draft list and autosave', benchDrafts);
  if (chosen.has('bundle')) await step('renderer bundle', benchBundle);
  if (chosen.has('counting')) await step('counting', benchCounting);
  if (chosen.has('rollup')) await step('roll-up of 300 submissions with the originality check', benchRollup);

  const entries = measured.map(judge);
  const machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    chromium: `${findChromium()} (${browserVersion})`,
  };
  // A partial run (--only) prints its table but leaves the full run's results.json as it was.
  const partial = chosen.size < STEPS.length;
  await writeResults(
    join(repoRoot, 'bench', partial ? 'results.partial.json' : 'results.json'),
    entries,
    machine,
  );
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
