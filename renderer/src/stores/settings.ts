import { useEffect } from 'react';
import { create } from 'zustand';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/export-options';
import type { ExportOptions, Settings, SettingsPatch } from '../../../shared/settings';
import { invokeOrShow } from '../api';

interface SettingsStore {
  /** As main last answered, with this window's changes on top; undefined until first read. */
  settings: Settings | undefined;
  /** Counts changes, so that a read that was under way when one was made does not undo it. */
  changes: number;
  /** Keeps what was read before React started (`start-data.ts`), so the first views need not ask. */
  keep: (settings: Settings) => void;
  /** Reads the settings again, when a view that shows them opens. */
  load: () => Promise<void>;
  /**
   * Changes keys of the settings: shown at once, then kept by main, whose answer is the truth.
   * False when main could not keep them: the error is shown and the settings are read again.
   */
  update: (patch: SettingsPatch) => Promise<boolean>;
}

/**
 * The one copy of the settings in the window (language, unit profile, print options, paste
 * conversion): every view reads and changes them here, so an option set in Settings is the one
 * the export and the page estimate use, and the unit remembered in the wizard is the one Settings shows.
 */
export const useSettings = create<SettingsStore>()((set, get) => ({
  settings: undefined,
  changes: 0,
  keep: (settings) => set({ settings }),
  load: async () => {
    const before = get().changes;
    const settings = await invokeOrShow('settings:get', {});
    if (settings && get().changes === before) set({ settings });
  },
  update: async (patch) => {
    const current = get().settings;
    set({ changes: get().changes + 1, ...(current ? { settings: { ...current, ...patch } } : {}) });
    const changes = get().changes;
    const settings = await invokeOrShow('settings:update', patch);
    // A later change is already on its way; its answer will carry this one too.
    if (settings && get().changes === changes) set({ settings });
    // What main could not keep is not shown as kept: the view goes back to what main holds.
    if (!settings) void get().load();
    return settings !== undefined;
  },
}));

/** The print options, the defaults until the settings are read. */
export const selectExportOptions = (state: SettingsStore): ExportOptions =>
  state.settings?.exportOptions ?? DEFAULT_EXPORT_OPTIONS;

/** Reads the settings again whenever the calling view opens. */
export function useSettingsLoaded(): void {
  useEffect(() => {
    void useSettings.getState().load();
  }, []);
}

/** The print options and their setter: the review step and Settings share them. */
export function usePrintOptions() {
  const options = useSettings(selectExportOptions);
  useSettingsLoaded();
  const change = (patch: Partial<ExportOptions>) =>
    void useSettings
      .getState()
      .update({ exportOptions: { ...selectExportOptions(useSettings.getState()), ...patch } });
  return [options, change] as const;
}
