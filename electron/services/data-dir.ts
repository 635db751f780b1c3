import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name under the platform's per-user config location (README names it). */
export const APP_FOLDER = 'submission-desk';

/**
 * The per-user folder the desktop app keeps settings and drafts in. Electron's main sets
 * `userData` to it and the browser shell defaults to it, so both open the same work.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_FOLDER);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_FOLDER);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_FOLDER);
}
