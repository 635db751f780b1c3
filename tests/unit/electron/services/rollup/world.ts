import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isFormId } from '../../../../../shared/forms';
import { builtinCampaignsDir } from '../../../../../electron/services/campaigns/builtin-dir';
import { openCampaigns } from '../../../../../electron/services/campaigns/registry';
import { runRollup, type RollupOptions } from '../../../../../electron/services/rollup';

/** The sample drafts' folder (tests/fixtures/drafts). */
export const DRAFTS = 'tests/fixtures/drafts';

/**
 * A folder of submissions to roll up (`inbox`), a work folder beside it, the built-in campaigns,
 * and a fixed clock: the 2021 call's deadline not yet passed.
 */
export async function rollupWorld() {
  const root = await mkdtemp(path.join(tmpdir(), 'rollup-'));
  const inbox = path.join(root, 'inbox');
  const registry = openCampaigns({ builtinDir: builtinCampaignsDir(), isFormId, readOnly: true });
  const options = (extra: Partial<RollupOptions> = {}): RollupOptions => ({
    registry,
    now: new Date('2022-01-15T10:00:00+08:00'),
    workDir: path.join(root, 'work'),
    ...extra,
  });
  return {
    root,
    inbox,
    registry,
    options,
    /** A sample draft folder copied into the inbox under `name`. */
    addSample: async (sample: string, name = sample) => {
      const target = path.join(inbox, name);
      await cp(path.join(DRAFTS, sample), target, { recursive: true });
      return target;
    },
    run: (inputs: string[] = [inbox], extra: Partial<RollupOptions> = {}) =>
      runRollup(inputs, options(extra)),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
export type RollupWorld = Awaited<ReturnType<typeof rollupWorld>>;
