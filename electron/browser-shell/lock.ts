import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_NAME = 'browser-shell.lock';

/** What the lock file holds: the shell's PID and when that process started, as the kernel says. */
interface LockRecord {
  pid: number;
  started?: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), where there is a /proc. */
function startTimeOf(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: count fields after its last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}

function parseLock(text: string): LockRecord | null {
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value === 'number') return Number.isInteger(value) ? { pid: value } : null;
    const record = value as Partial<LockRecord> | null;
    if (record && Number.isInteger(record.pid))
      return { pid: record.pid!, ...(typeof record.started === 'string' ? { started: record.started } : {}) };
  } catch {
    // Not JSON: an older shell wrote the bare PID.
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) ? { pid } : null;
}

/**
 * Whether the lock's holder is a shell of ours that still runs. A PID alone is not enough: after
 * a crash and a reboot the number is reused by some unrelated process, which would block the
 * folder until the file was deleted by hand. Where /proc tells a process's start time, the holder
 * must have the start time it wrote (a lock from an older shell, with no start time, must have a
 * command line of the browser shell); elsewhere a live PID is taken to be the holder.
 */
function heldBy(record: LockRecord): boolean {
  if (!alive(record.pid)) return false;
  const started = startTimeOf(record.pid);
  if (started === null) return true;
  if (record.started !== undefined) return record.started === started;
  return commandLineOf(record.pid).includes('browser-shell');
}

/**
 * One shell per data folder: two would overwrite each other's saves. A lock left by a process
 * that no longer runs, or that is not a shell of ours, is taken over. Returns the function that
 * releases it.
 */
export function acquireLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, LOCK_NAME);
  const started = startTimeOf(process.pid);
  const own = JSON.stringify({ pid: process.pid, ...(started !== null ? { started } : {}) });
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
      const holder = parseLock(readFileSync(file, 'utf8'));
      if (holder && heldBy(holder)) {
        throw new Error(`another instance (pid ${holder.pid}) is already using ${dataDir}`);
      }
      unlinkSync(file);
    }
  }
  throw new Error(`cannot lock ${dataDir}`);
}
