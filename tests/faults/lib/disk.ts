import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { isTempName } from '../../../electron/services/files/atomic';
import { DraftRepository } from '../../../electron/services/drafts/repository';
import type { Draft } from '../../../shared/draft';

/** Every path under `dir` with what it is: a file's SHA-256, `dir`, or a link's target. */
export async function treeOf(dir: string): Promise<Record<string, string>> {
  const tree: Record<string, string> = {};
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  for (const name of entries.sort()) {
    const path = join(dir, name);
    const info = await lstat(path);
    if (info.isSymbolicLink()) tree[name] = `link -> ${await readlink(path)}`;
    else if (info.isDirectory()) tree[name] = 'dir';
    else
      tree[name] = createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
  }
  return tree;
}

/** Leftovers of an interrupted write or import anywhere under `dir`. */
export async function strayTempFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true }).catch(() => [] as string[]);
  return entries
    .filter((name) => name.split('/').some((part) => isTempName(part) || part.startsWith('.staging-')))
    .map((name) => relative(dir, join(dir, name)));
}

/**
 * What the next start of the app sees: the repository opened afresh (its startup cleanup runs),
 * every draft of the list loaded. Throws when a draft is unreadable or was quarantined.
 */
export async function reopenAndReadAll(
  dataDir: string,
): Promise<{ repo: DraftRepository; drafts: Map<string, Draft> }> {
  const repo = await new DraftRepository(dataDir, () => new Date()).open();
  const { drafts: summaries, quarantined } = await repo.list();
  if (quarantined.length) throw new Error(`quarantined: ${JSON.stringify(quarantined)}`);
  const drafts = new Map<string, Draft>();
  for (const { id } of summaries) drafts.set(id, await repo.load(id));
  return { repo, drafts };
}
