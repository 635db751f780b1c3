import { spawn } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Lets a user (or a test) point at a portable LibreOffice, or at nothing to do without one. */
export const SOFFICE_ENV = 'SUBMISSION_DESK_SOFFICE';

/** Where installers put LibreOffice when it is not on PATH (Windows rarely adds it). */
const INSTALL_PATHS: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: [
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
    'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
  ],
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  linux: [
    '/usr/bin/soffice',
    '/usr/local/bin/soffice',
    '/usr/lib/libreoffice/program/soffice',
    '/opt/libreoffice/program/soffice',
    '/snap/bin/libreoffice',
  ],
};

export interface Lookup {
  env: NodeJS.ProcessEnv;
  platform: NodeJS.Platform;
  isExecutable: (path: string) => boolean;
}

function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, process.platform === 'win32' ? constants.F_OK : constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

export const systemLookup = (): Lookup => ({ env: process.env, platform: process.platform, isExecutable });

/** The first of `names` found on PATH (with Windows' executable extensions), else null. */
export function onPath(names: string[], lookup: Lookup): string | null {
  const extensions = lookup.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  const dirs = (lookup.env.PATH ?? lookup.env.Path ?? '').split(delimiter).filter(Boolean);
  for (const dir of dirs)
    for (const name of names)
      for (const extension of extensions) {
        const candidate = join(dir, `${name}${extension}`);
        if (lookup.isExecutable(candidate)) return candidate;
      }
  return null;
}

/**
 * LibreOffice's `soffice`: the path in SUBMISSION_DESK_SOFFICE when set (empty or missing means
 * "none"), else the first on PATH, else the usual install folders of the platform.
 */
export function findSoffice(lookup: Lookup = systemLookup()): string | null {
  const chosen = lookup.env[SOFFICE_ENV];
  if (chosen !== undefined) return chosen && lookup.isExecutable(chosen) ? chosen : null;
  return (
    onPath(['soffice', 'libreoffice'], lookup) ??
    (INSTALL_PATHS[lookup.platform] ?? []).find((path) => lookup.isExecutable(path)) ??
    null
  );
}

/** poppler's `pdftoppm`, which turns PDF pages into PNGs for the true-page preview. */
export function findPdftoppm(lookup: Lookup = systemLookup()): string | null {
  return onPath(['pdftoppm'], lookup);
}

export class ToolFailed extends Error {}

/**
 * Runs a tool to completion within `timeoutMs`. On POSIX the tool gets its own process group so
 * that a timeout also ends the children it started (soffice runs `soffice.bin` under `oosplash`).
 */
export function runTool(command: string, args: string[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const posix = process.platform !== 'win32';
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: posix });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      if (stderr.length < 4000) stderr += chunk.toString();
    });
    const timer = setTimeout(() => {
      try {
        if (posix && child.pid) process.kill(-child.pid, 'SIGKILL');
        else child.kill('SIGKILL');
      } catch {
        // Already gone.
      }
      reject(new ToolFailed(`${command} did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ToolFailed(`${command}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new ToolFailed(`${command} exited with ${code}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}
