import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SettingsSchema, type Settings, type SettingsPatch } from '../../shared/settings';

export const SETTINGS_NAME = 'settings';

/** What the service needs of conf / electron-store: the whole object, read and written at once. */
export interface KeyValueStore {
  store: Record<string, unknown>;
}
/** conf in Node, electron-store in Electron: both write `<cwd>/<configName>.json`. */
export type StoreFactory = (options: { cwd: string; configName: string }) => KeyValueStore;

export interface Notice {
  code: string;
  detail?: string;
}

export interface SettingsService {
  get(): Settings;
  update(patch: SettingsPatch): Settings;
  /** Calls `listener` after every update (the Electron menu follows the language); returns the unsubscribe. */
  subscribe(listener: (settings: Settings) => void): () => void;
  /** Notices raised while opening, e.g. that a corrupt file was set aside. */
  notices: Notice[];
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/**
 * Checks the file before the store opens it, because a store that meets a broken file either
 * throws or (with `clearInvalidConfig`) wipes it. A file that does not parse or does not fit the
 * schema is moved aside as `settings.corrupt-<time>.json` and the app starts from defaults.
 */
function setAsideIfCorrupt(dataDir: string, now: Date): Notice | undefined {
  const file = join(dataDir, `${SETTINGS_NAME}.json`);
  if (!existsSync(file)) return undefined;
  try {
    if (SettingsSchema.safeParse(JSON.parse(readFileSync(file, 'utf8'))).success) return undefined;
  } catch {
    // Unparseable: falls through to the same recovery as an invalid one.
  }
  const backup = `${SETTINGS_NAME}.corrupt-${timestamp(now)}.json`;
  renameSync(file, join(dataDir, backup));
  return { code: 'settings-recovered', detail: backup };
}

export function openSettings(
  dataDir: string,
  createStore: StoreFactory,
  now: Date = new Date(),
): SettingsService {
  const notice = setAsideIfCorrupt(dataDir, now);
  const store = createStore({ cwd: dataDir, configName: SETTINGS_NAME });
  let current = SettingsSchema.parse(store.store);
  const listeners = new Set<(settings: Settings) => void>();
  return {
    notices: notice ? [notice] : [],
    get: () => current,
    update(patch) {
      current = SettingsSchema.parse({ ...current, ...patch });
      store.store = current;
      for (const listener of listeners) listener(current);
      return current;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
