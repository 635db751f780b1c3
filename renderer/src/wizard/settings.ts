import { create } from 'zustand';
import type { UnitProfile } from '../../../shared/settings';
import { invoke, invokeOrShow } from '../api';

/** The settings the wizard reads: the unit profile it offers and the paste conversion choice. */
interface WizardSettings {
  unitProfile: UnitProfile | undefined;
  pasteToSimplified: boolean;
  load: () => Promise<void>;
  rememberUnit: (profile: UnitProfile) => Promise<boolean>;
}

export const useWizardSettings = create<WizardSettings>()((set) => ({
  unitProfile: undefined,
  pasteToSimplified: false,
  load: async () => {
    const result = await invoke('settings:get', {});
    if (result.ok)
      set({ unitProfile: result.value.unitProfile, pasteToSimplified: result.value.pasteToSimplified });
  },
  rememberUnit: async (unitProfile) => {
    const settings = await invokeOrShow('settings:update', { unitProfile });
    if (settings) set({ unitProfile: settings.unitProfile });
    return settings !== undefined;
  },
}));
