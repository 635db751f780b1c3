import { rollup } from './rollup';

/**
 * One roll-up in a process of its own, so that its peak RSS is the roll-up's and not the corpus
 * generator's or another step's: the files come on standard input as JSON, the work folder is the
 * argument, and the figures go to standard output as JSON. The heap is sampled every 10 ms while
 * the event loop runs, and once more when the run ends (the originality check runs in one go).
 */
async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  const files = JSON.parse(input) as string[];
  let heap = 0;
  const sample = () => (heap = Math.max(heap, process.memoryUsage().heapUsed));
  const timer = setInterval(sample, 10);
  const start = performance.now();
  const run = await rollup(files, process.argv[2]!);
  sample();
  const ms = performance.now() - start;
  clearInterval(timer);
  if (run.rows.length !== files.length) throw new Error('rollup-memory: rows missing');
  const mb = 1024 * 1024;
  process.stdout.write(
    JSON.stringify({ rssMB: (process.resourceUsage().maxRSS * 1024) / mb, heapMB: heap / mb, ms }),
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
