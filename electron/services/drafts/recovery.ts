import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { RecoveryFileSchema, type Recovery, type RecoveryFile } from '../../../shared/recovery';
import { ensureDir, writeFileAtomic } from '../files/atomic';
import type { DraftRepository } from './repository';

/**
 * Edits that a failed save could not write (docs/DRAFTS.md: no typed word is lost). They go beside the
 * draft, where a person looking for them would look; when the draft's own folder refuses the
 * write (read-only, which is often why the save failed), into `recovery/` of the data folder.
 * They stay until the user restores or discards them, and are offered when the draft is opened.
 */
export const RECOVERY_FILE = 'recovery.json';
export const RECOVERY_DIR = 'recovery';

function placesOf(repo: DraftRepository, dataDir: string, id: string): [string, string] {
  return [join(repo.layout.draftDir(id), RECOVERY_FILE), join(dataDir, RECOVERY_DIR, `${id}.json`)];
}

export async function keepRecovery(
  repo: DraftRepository,
  dataDir: string,
  recovery: Recovery,
  now: Date,
): Promise<void> {
  await repo.assertExists(recovery.id);
  const [beside, aside] = placesOf(repo, dataDir, recovery.id);
  const text = `${JSON.stringify({ keptAt: now.toISOString(), recovery } satisfies RecoveryFile, null, 2)}\n`;
  try {
    await writeFileAtomic(beside, text);
  } catch (besideError) {
    try {
      await ensureDir(join(dataDir, RECOVERY_DIR));
      await writeFileAtomic(aside, text);
    } catch {
      throw besideError;
    }
    return;
  }
  // One kept version only: an older one aside would be offered instead of, or beside, this one.
  await rm(aside, { force: true }).catch(() => undefined);
}

async function readKept(path: string, id: string): Promise<RecoveryFile | null> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = RecoveryFileSchema.safeParse(JSON.parse(text));
    // A file that does not parse is left where it is for a person to read, never deleted.
    return parsed.success && parsed.data.recovery.id === id ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The newest kept edits of a draft, or null. */
export async function readRecovery(
  repo: DraftRepository,
  dataDir: string,
  id: string,
): Promise<RecoveryFile | null> {
  await repo.assertExists(id);
  const found = await Promise.all(placesOf(repo, dataDir, id).map((path) => readKept(path, id)));
  const kept = found.filter((file): file is RecoveryFile => file !== null);
  kept.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
  return kept[0] ?? null;
}

export async function discardRecovery(repo: DraftRepository, dataDir: string, id: string): Promise<void> {
  await Promise.all(placesOf(repo, dataDir, id).map((path) => rm(path, { force: true })));
}
