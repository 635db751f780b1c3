import type { Campaign } from '../../../shared/campaign';
import type { DraftSummary } from '../../../shared/draft';

export interface DraftGroup {
  campaignId: string;
  /** Absent when the app no longer holds the campaign (removed, or made on another machine). */
  campaign?: Campaign;
  drafts: DraftSummary[];
}

/**
 * The drafts by the call they answer, in the campaigns' order (newest first), then the drafts of
 * campaigns the app no longer holds, each under its id so no draft drops out of the list. Within
 * a group the drafts keep the order the list's sort gave them.
 */
export function groupByCampaign(drafts: DraftSummary[], campaigns: Campaign[]): DraftGroup[] {
  const groups = new Map<string, DraftGroup>();
  for (const campaign of campaigns)
    groups.set(campaign.id, { campaignId: campaign.id, campaign, drafts: [] });
  for (const draft of drafts) {
    const group = groups.get(draft.campaignId) ?? { campaignId: draft.campaignId, drafts: [] };
    group.drafts.push(draft);
    groups.set(draft.campaignId, group);
  }
  return [...groups.values()].filter((group) => group.drafts.length > 0);
}
