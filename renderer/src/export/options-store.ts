import { create } from 'zustand';
import { ExportOptionsSchema, type ExportOptions } from '../../../shared/settings';
import { invokeOrShow } from '../api';

interface ExportOptionsState {
  options: ExportOptions;
  loaded: boolean;
  /** The options remembered in the settings; once per app start. */
  load: () => Promise<void>;
  change: (patch: Partial<ExportOptions>) => void;
}

/**
 * The print options (font scheme, table size, traditional), one store so that the export panel
 * that changes them and the wizard's page estimate that follows them agree.
 */
export const useExportOptions = create<ExportOptionsState>()((set, get) => ({
  options: ExportOptionsSchema.parse({}),
  loaded: false,
  load: async () => {
    if (get().loaded) return;
    set({ loaded: true });
    const settings = await invokeOrShow('settings:get', {});
    if (settings) set({ options: settings.exportOptions });
  },
  change: (patch) => {
    const options = { ...get().options, ...patch };
    set({ options });
    void invokeOrShow('settings:update', { exportOptions: options });
  },
}));
