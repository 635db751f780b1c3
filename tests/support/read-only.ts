import { execFileSync } from 'node:child_process';
import { chmodSync, statSync } from 'node:fs';

/**
 * Makes a file or folder refuse writes, the way a read-only share or a locked file does, and
 * returns the undo. Root ignores permission bits, so as root the immutable attribute is used
 * (ext4 and most Linux file systems); returns null where neither can be applied, so the caller
 * can say why it skips.
 */
export function makeReadOnly(path: string): (() => void) | null {
  if (process.getuid?.() === 0) {
    try {
      execFileSync('chattr', ['+i', path], { stdio: 'ignore' });
      return () => execFileSync('chattr', ['-i', path], { stdio: 'ignore' });
    } catch {
      return null;
    }
  }
  const mode = statSync(path).mode & 0o777;
  const readOnly = statSync(path).isDirectory() ? 0o555 : 0o444;
  chmodSync(path, readOnly);
  return () => chmodSync(path, mode);
}
