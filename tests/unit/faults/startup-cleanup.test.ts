import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { tempPathFor } from '../../../electron/services/files/atomic';
import { DraftRepository } from '../../../electron/services/drafts/repository';
import { strayTempFiles, treeOf } from '../../faults/lib/disk';
import { servicesIn } from '../../faults/lib/fixtures';

/**
 * Found by the kill suite: a kill while an export's content was being kept (`exported/`) left a
 * temp file that startup never cleared, because cleanup knew only some of a draft's folders.
 */
let env: Awaited<ReturnType<typeof servicesIn>>;
beforeAll(async () => {
  env = await servicesIn('startup-cleanup');
});
afterAll(() => env.cleanup());

it('startup clears temp files from every folder of a draft, and only temp files', async () => {
  const draft = await env.services.value('drafts:create', { kind: 'case' });
  const dir = join(env.dataDir, 'drafts', draft.id);
  const folders = ['', 'snapshots', 'attachments', 'exported', 'a-folder-of-a-later-version'];
  for (const folder of folders) {
    await mkdir(join(dir, folder), { recursive: true });
    await writeFile(tempPathFor(join(dir, folder, 'x.json')), 'half a write');
    await writeFile(join(dir, folder, 'kept.txt'), 'not a temp file');
  }
  expect(await strayTempFiles(dir)).toHaveLength(folders.length);
  await new DraftRepository(env.dataDir, () => new Date()).open();
  expect(await strayTempFiles(dir)).toEqual([]);
  const kept = Object.keys(await treeOf(dir)).filter((name) => name.endsWith('kept.txt'));
  expect(kept).toHaveLength(folders.length);
});
