import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/**
 * The flags that let Chromium start quietly on locked-down machines with no network. Its sandbox
 * stays on unless we run as root, where Chromium refuses to start with it.
 */
export const CHROMIUM_FLAGS = [
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** `CHROMIUM_PATH` when set, else Playwright's own browser if installed, else the system's. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH does not exist: ${env.CHROMIUM_PATH}`);
    return env.CHROMIUM_PATH;
  }
  const candidates = [playwrightChromium(), ...SYSTEM_CHROMIUM];
  const found = candidates.find((path): path is string => !!path && existsSync(path));
  if (!found) throw new Error('no Chromium found: set CHROMIUM_PATH or install chromium');
  return found;
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}
