import { create } from 'zustand';
import { UnitProfileSchema, type UnitProfile } from '../../../shared/settings';
import { invoke, invokeOrShow } from '../api';

/** The settings the wizard reads: the unit profile it offers and the paste conversion choice. */
interface WizardSettings {
  unitProfile: UnitProfile | undefined;
  pasteToSimplified: boolean;
  load: () => Promise<void>;
  /** Remembers the entries given; the others keep what the profile holds. */
  rememberUnit: (profile: Partial<UnitProfile>) => Promise<boolean>;
}

export const useWizardSettings = create<WizardSettings>()((set, get) => ({
  unitProfile: undefined,
  pasteToSimplified: false,
  load: async () => {
    const result = await invoke('settings:get', {});
    if (result.ok)
      set({ unitProfile: result.value.unitProfile, pasteToSimplified: result.value.pasteToSimplified });
  },
  rememberUnit: async (entries) => {
    const unitProfile = UnitProfileSchema.parse({ ...get().unitProfile, ...entries });
    const settings = await invokeOrShow('settings:update', { unitProfile });
    if (settings) set({ unitProfile: settings.unitProfile });
    return settings !== undefined;
  },
}));
