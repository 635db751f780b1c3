import { relative } from 'node:path';
import { shippedCampaign } from '../../../shared/campaign';
import type { HandlersOf, ResponseOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { chooseFile } from '../files/dialog';
import { homeForms } from './home-forms';
import { CampaignInvalid } from './parse';

type Channels = 'campaign' | 'campaigns';

/**
 * The `campaign:` channels: the campaigns the app holds, one campaign's facts edited by hand,
 * an organiser's file imported, a user's version dropped. A channel given no id means the
 * built-in 2021 call, as before the app held several.
 */
export function campaignHandlers(context: ServiceContext): HandlersOf<Channels> {
  const { campaigns } = context;
  const relativeToData = (path: string) => relative(context.dataDir, path);
  const firstSetAside = () => {
    const moved = campaigns.setAside.find((entry) => entry.movedTo)?.movedTo;
    return moved ? { setAside: relativeToData(moved) } : {};
  };
  const state = (id: string): ResponseOf<'campaign:state'> => {
    const campaign = campaigns.get(id);
    if (!campaign) throw new CampaignInvalid([{ path: 'id', code: 'invalid', value: id }]);
    const shipped = campaigns.builtin(id) ?? null;
    return { campaign, shipped, isDefault: campaign === shipped, ...firstSetAside() };
  };
  return {
    'campaign:get': async () => campaigns.list()[0]?.campaign ?? shippedCampaign,
    'campaigns:list': async () => ({
      campaigns: campaigns.list(),
      forms: homeForms(campaigns.list().flatMap(({ campaign }) => campaign.forms)),
      setAside: campaigns.setAside.map(({ movedTo, ...entry }) => ({
        ...entry,
        ...(movedTo ? { movedTo: relativeToData(movedTo) } : {}),
      })),
    }),
    'campaign:state': async ({ id = shippedCampaign.id }) => state(id),
    'campaign:update': async ({ id = shippedCampaign.id, ...edit }) =>
      state((await campaigns.edit(id, edit)).id),
    'campaign:import': async () => {
      const file = await chooseFile(context.dialogs, {
        purpose: 'campaign',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      return state((await campaigns.importFile(file)).id);
    },
    'campaign:reset': async ({ id = shippedCampaign.id }) => {
      await campaigns.reset(id);
      return campaigns.get(id) ? state(id) : null;
    },
  };
}
