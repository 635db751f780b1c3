import { useEffect } from 'react';
import { create } from 'zustand';
import { ExportOptionsSchema, type ExportOptions } from '../../../shared/settings';
import { invokeOrShow } from '../api';

interface ExportOptionsState {
  options: ExportOptions;
  /**
   * The options remembered in the settings, read again whenever a view that shows them opens
   * (the settings screen changes them too). A choice made while it reads wins over what it read.
   */
  load: () => Promise<void>;
  change: (patch: Partial<ExportOptions>) => void;
}

/**
 * The print options (font scheme, table size, traditional), one store so that the export panel
 * that changes them and the wizard's page estimate that follows them agree.
 */
let changes = 0;

export const useExportOptions = create<ExportOptionsState>()((set, get) => ({
  options: ExportOptionsSchema.parse({}),
  load: async () => {
    const before = changes;
    const settings = await invokeOrShow('settings:get', {});
    if (settings && changes === before) set({ options: settings.exportOptions });
  },
  change: (patch) => {
    changes++;
    const options = { ...get().options, ...patch };
    set({ options });
    void invokeOrShow('settings:update', { exportOptions: options });
  },
}));

/** The print options and their setter, loaded on first use: the review step and Settings share them. */
export function usePrintOptions() {
  const options = useExportOptions((s) => s.options);
  const change = useExportOptions((s) => s.change);
  useEffect(() => {
    void useExportOptions.getState().load();
  }, []);
  return [options, change] as const;
}
