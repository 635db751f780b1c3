import { isFormId } from '../../shared/forms';
import { builtinCampaignsDir } from '../services/campaigns/builtin-dir';
import { problemsText } from '../services/campaigns/parse';
import { openCampaigns, type CampaignRegistry } from '../services/campaigns/registry';
import { defaultDataDir } from '../services/data-dir';
import type { CliIO } from './io';
import { message } from './messages';

/**
 * The campaigns the app holds, as the command line reads them: the built-in files and those the
 * user imported into the per-user data folder (README), which the CLI only reads — a file that
 * does not load is named on standard error and left where it is for the app to set aside.
 */
export function cliCampaigns(io: CliIO): CampaignRegistry {
  const registry = openCampaigns({
    builtinDir: builtinCampaignsDir(),
    dataDir: defaultDataDir(),
    isFormId,
    readOnly: true,
  });
  for (const { file, problems } of registry.setAside)
    io.err(
      message(
        '警告',
        '征集信息文件无法读取，已略过',
        'campaign-invalid',
        `${file}（${problemsText(problems)}）`,
      ),
    );
  return registry;
}
