import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, LOCK_NAME } from '../../../../electron/browser-shell/lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'desk-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('data folder lock', () => {
  it('refuses a second holder while the first runs, and frees the folder on release', () => {
    const release = acquireLock(dir);
    expect(() => acquireLock(dir)).toThrow(/already using/);
    release();
    expect(existsSync(join(dir, LOCK_NAME))).toBe(false);
    acquireLock(dir)();
  });

  it('takes over a lock left by a process that no longer runs', () => {
    const dead = spawnSync(process.execPath, [
      '-e',
      'process.stdout.write(String(process.pid))',
    ]).stdout.toString();
    writeFileSync(join(dir, LOCK_NAME), dead);
    const release = acquireLock(dir);
    expect((JSON.parse(readFileSync(join(dir, LOCK_NAME), 'utf8')) as { pid: number }).pid).toBe(process.pid);
    release();
  });
});
