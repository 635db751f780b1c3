import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { expect } from '@playwright/test';
import { LOCK_NAME } from '../../electron/browser-shell/lock';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/**
 * `npm run browser` as a user runs it, in the background with standard input closed; resolves
 * with the READY line's URL. `env` adds to the environment (a home folder of the test's own).
 */
export function startCli(
  dataDir: string,
  port: number,
  env: NodeJS.ProcessEnv = {},
): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(
    'npm',
    ['run', '--silent', 'browser', '--', '--data-dir', dataDir, '--cdp-port', String(port), '--headless'],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } },
  );
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    let stdout = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /^READY (\S+)$/m.exec(stdout);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`browser shell exited (${code}) before READY: ${stderr}`)));
  });
  return { child, ready };
}

/** SIGTERM to the whole group, as a terminal's Ctrl+C reaches every process of the job. */
export async function stopCli(child: ChildProcess, dataDir: string): Promise<void> {
  process.kill(-child.pid!, 'SIGTERM');
  await expect.poll(() => existsSync(join(dataDir, LOCK_NAME)), { timeout: 20_000 }).toBe(false);
}
