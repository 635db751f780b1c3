import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Quarantined } from '../../../shared/draft-folder';
import type { Layout } from './layout';

/**
 * Moves a draft that cannot be read out of the way, whole and unchanged, with the reason beside
 * it (docs/DRAFTS.md: never silently reset). The user or support can repair it by hand and move it back.
 */
export async function quarantineDraft(
  layout: Layout,
  id: string,
  reason: string,
  now: Date,
): Promise<Quarantined> {
  await mkdir(layout.quarantine, { recursive: true });
  const movedTo = join(layout.quarantine, `${id}-${now.toISOString().replace(/[:.]/g, '-')}`);
  await rename(layout.draftDir(id), movedTo);
  await writeFile(join(movedTo, 'reason.txt'), `${now.toISOString()}\n${reason}\n`);
  return { id, code: 'draft-corrupt', reason, movedTo };
}
