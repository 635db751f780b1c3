import { shippedCampaign } from '../../../shared/campaign';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { chooseFile } from '../files/dialog';

/** The `campaign:` channels: the facts in force, edited by hand, imported from a file, or reset. */
export function campaignHandlers(context: ServiceContext): HandlersOf<'campaign'> {
  const { campaigns } = context;
  const state = () => ({
    campaign: campaigns.current(),
    shipped: shippedCampaign,
    isDefault: campaigns.isDefault(),
    ...(campaigns.setAside ? { setAside: campaigns.setAside } : {}),
  });
  return {
    'campaign:get': async () => campaigns.current(),
    'campaign:state': async () => state(),
    'campaign:update': async (edit) => {
      await campaigns.edit(edit);
      return state();
    },
    'campaign:import': async () => {
      const file = await chooseFile(context.dialogs, {
        purpose: 'campaign',
        filters: [{ name: 'JSON', extensions: ['json'] }],
      });
      await campaigns.importFile(file);
      return state();
    },
    'campaign:reset': async () => {
      await campaigns.reset();
      return state();
    },
  };
}
