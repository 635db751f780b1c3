import { parseArgs } from 'node:util';
import { defaultDataDir } from '../services/data-dir';
import { startShell } from './shell';

const USAGE = 'usage: npm run browser -- [--data-dir <dir>] [--cdp-port <port>] [--headless]';

function options() {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      'cdp-port': { type: 'string' },
      headless: { type: 'boolean', default: false },
    },
  });
  const port = values['cdp-port'] === undefined ? undefined : Number(values['cdp-port']);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    throw new Error(`--cdp-port must be a port number, not ${values['cdp-port']}`);
  }
  return { dataDir: values['data-dir'] ?? defaultDataDir(), cdpPort: port, headless: values.headless };
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof options>;
  try {
    parsed = options();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  const shell = await startShell(parsed);
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    void shell.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`closing failed: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  shell.context.on('close', stop);
  process.stdout.write(`READY ${shell.url}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
