import { create } from 'zustand';
import type { Campaign } from '../../../shared/campaign';
import { invokeOrShow } from '../api';

interface CampaignStore {
  /** Newest first, as main lists them; undefined until first read. */
  campaigns: Campaign[] | undefined;
  /** Reads the campaigns again when the wizard opens, so an edit made on the campaign screen counts. */
  load: () => Promise<void>;
}

/**
 * The campaigns the app holds, for the wizard's rules that check a draft against its campaign's
 * facts (5·20 活动时间, the due date) while the user types, not only at export.
 */
export const useCampaigns = create<CampaignStore>()((set) => ({
  campaigns: undefined,
  load: async () => {
    const list = await invokeOrShow('campaigns:list', {});
    if (list) set({ campaigns: list.campaigns.map((entry) => entry.campaign) });
  },
}));
