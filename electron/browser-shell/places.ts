import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { join } from 'node:path';
import type { DialogPlace } from '../../shared/dialog';

export interface PlaceEnv {
  home: string;
  dataDir: string;
  platform: NodeJS.Platform;
  user: string;
}

export const placeEnv = (dataDir: string): PlaceEnv => ({
  home: homedir(),
  dataDir,
  platform: process.platform,
  user: userInfo().username,
});

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * The desktop's own name for 桌面 / 文档 (`XDG_DESKTOP_DIR="$HOME/桌面"` on a Chinese UOS or
 * Kylin desktop), from `~/.config/user-dirs.dirs`, else the usual English and Chinese names.
 */
function userDir(env: PlaceEnv, key: 'DESKTOP' | 'DOCUMENTS', fallbacks: string[]): string | undefined {
  try {
    const dirs = readFileSync(join(env.home, '.config', 'user-dirs.dirs'), 'utf8');
    const line = new RegExp(`^XDG_${key}_DIR="(.+)"$`, 'm').exec(dirs);
    const path = line?.[1]?.replace(/^\$HOME/, env.home);
    if (path && path !== env.home && isFolder(path)) return path;
  } catch {
    // No user-dirs file: the usual names below.
  }
  return fallbacks.map((name) => join(env.home, name)).find(isFolder);
}

const subfolders = (path: string): string[] => {
  try {
    return readdirSync(path, { withFileTypes: true })
      .filter((entry) => !entry.name.startsWith('.') && (entry.isDirectory() || entry.isSymbolicLink()))
      .map((entry) => join(path, entry.name))
      .filter(isFolder);
  } catch {
    return [];
  }
};

/** USB sticks and discs: `/media/<user>/<label>` (Debian, UOS, Kylin), `/run/media/<user>/…`, `/media/<label>`. */
function removableDrives(env: PlaceEnv): string[] {
  const mine = [join('/media', env.user), join('/run/media', env.user)];
  const shared = subfolders('/media').filter((path) => !mine.includes(path));
  return [...mine.flatMap(subfolders), ...shared];
}

const driveLetters = (): string[] =>
  [...'CDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter) => `${letter}:\\`).filter((root) => existsSync(root));

/** Where a dialog may start from: only places that exist on this machine. */
export function dialogPlaces(env: PlaceEnv): DialogPlace[] {
  const places: DialogPlace[] = [];
  const add = (kind: DialogPlace['kind'], path: string | undefined, name = '') => {
    if (path && !places.some((place) => place.path === path))
      places.push({ id: `${kind}-${places.length}`, kind, name, path });
  };
  add('desktop', userDir(env, 'DESKTOP', ['Desktop', '桌面']));
  add('documents', userDir(env, 'DOCUMENTS', ['Documents', '文档']));
  add('home', isFolder(env.home) ? env.home : undefined);
  add('data', env.dataDir);
  if (env.platform === 'win32') for (const root of driveLetters()) add('drive', root, root.slice(0, 2));
  else for (const path of removableDrives(env)) add('removable', path, path.split('/').at(-1));
  return places;
}
