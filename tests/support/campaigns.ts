import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * A built-in campaigns folder holding only the 2021 610 call (and `extra` files beside it): tests of
 * one call's facts (the newest campaign, the only built-in one) stay about that call as further
 * calls ship in `resources/campaigns/` (the 5·20 notices, the committee guidance).
 */
export async function campaignsFolderWith2021(extra: readonly string[] = []) {
  const dir = await mkdtemp(path.join(tmpdir(), 'campaigns-'));
  for (const file of ['resources/campaigns/shsjl-2021-610.json', ...extra])
    await cp(file, path.join(dir, path.basename(file)));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}
