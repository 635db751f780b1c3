import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_NAME = 'browser-shell.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One shell per data folder: two would overwrite each other's saves. A lock left by a process
 * that no longer runs is taken over. Returns the function that releases it.
 */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_NAME);
  const own = String(process.pid);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, own, { flag: 'wx' });
      return () => {
        try {
          if (readFileSync(file, 'utf8') === own) unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(readFileSync(file, 'utf8'), 10);
      if (Number.isInteger(holder) && alive(holder)) {
        throw new Error(`another instance (pid ${holder}) is already using ${dataDir}`);
      }
      unlinkSync(file);
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}
