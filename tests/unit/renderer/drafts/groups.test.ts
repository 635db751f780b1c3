import { describe, expect, it } from 'vitest';
import { groupByCampaign } from '../../../../renderer/src/drafts/groups';
import { shippedCampaign } from '../../../../shared/campaign';
import type { DraftSummary } from '../../../../shared/draft';

const later = { ...shippedCampaign, id: 'later', issuedOn: '2023-01-05' };
const draft = (id: string, campaignId: string) => ({ id, campaignId }) as DraftSummary;

describe('the draft list by campaign', () => {
  it('groups in the campaigns’ order, keeps the sort within a group, and shows drafts of a gone campaign', () => {
    const drafts = [
      draft('a', shippedCampaign.id),
      draft('b', 'gone'),
      draft('c', 'later'),
      draft('d', shippedCampaign.id),
    ];
    const groups = groupByCampaign(drafts, [later, shippedCampaign]);
    expect(
      groups.map((group) => [group.campaignId, group.campaign?.id, group.drafts.map((d) => d.id)]),
    ).toEqual([
      ['later', 'later', ['c']],
      [shippedCampaign.id, shippedCampaign.id, ['a', 'd']],
      ['gone', undefined, ['b']],
    ]);
  });

  it('leaves out a campaign without drafts', () => {
    expect(groupByCampaign([draft('a', 'later')], [later, shippedCampaign]).map((g) => g.campaignId)).toEqual(
      ['later'],
    );
  });
});
