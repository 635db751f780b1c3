import { copyFile, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ensureDir, syncDir, tempPathFor } from './atomic';

/**
 * Rolling copies of earlier versions of draft.json in `<id>/snapshots/`. Autosave runs every few
 * seconds while typing, so a snapshot is taken at most every `SNAPSHOT_INTERVAL_MS`; the newest
 * `KEEP_RECENT` are kept as they are, older ones are thinned to one per day, `KEEP_MAX` in all.
 */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
const KEEP_RECENT = 10;
const KEEP_MAX = 20;

export interface Snapshot {
  name: string;
  savedAt: string;
  size: number;
}

/** `2024-05-01T10-20-30-123Z.json`: sortable, and safe as a file name on every system. */
function nameOf(date: Date): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}.json`;
}

function dateOf(name: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z/.exec(name);
  return m ? `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z` : '';
}

export async function listSnapshots(dir: string): Promise<Snapshot[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (n) => dateOf(n) && n.endsWith('.json'),
  );
  const snapshots = await Promise.all(
    names.map(async (name) => ({ name, savedAt: dateOf(name), size: (await stat(join(dir, name))).size })),
  );
  return snapshots.sort((a, b) => b.name.localeCompare(a.name));
}

/**
 * Copies the current draft file into the snapshots unless a recent one exists (`force` always
 * copies: restoring an old version first keeps the current one). Returns the new snapshot's name.
 */
export async function takeSnapshot(
  draftFile: string,
  dir: string,
  now: Date,
  force = false,
): Promise<string | null> {
  const existing = await listSnapshots(dir);
  const newest = existing[0];
  if (!force && newest && now.getTime() - Date.parse(newest.savedAt) < SNAPSHOT_INTERVAL_MS) return null;
  await ensureDir(dir);
  let name = nameOf(now);
  if (existing.some((s) => s.name === name)) name = nameOf(new Date(now.getTime() + 1));
  const target = join(dir, name);
  const temp = tempPathFor(target);
  try {
    await copyFile(draftFile, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  await rename(temp, target);
  await syncDir(dir);
  await thin(dir);
  return name;
}

/** Which snapshots to drop: past the newest few, keep the newest of each day, up to the cap. */
export function toThin(names: string[]): string[] {
  const sorted = [...names].sort().reverse();
  const keep = new Set(sorted.slice(0, KEEP_RECENT));
  const days = new Set<string>();
  for (const name of sorted.slice(KEEP_RECENT)) {
    const day = name.slice(0, 10);
    if (!days.has(day) && keep.size < KEEP_MAX) keep.add(name);
    days.add(day);
  }
  return sorted.filter((name) => !keep.has(name));
}

async function thin(dir: string): Promise<void> {
  const names = (await listSnapshots(dir)).map((s) => s.name);
  await Promise.all(toThin(names).map((name) => rm(join(dir, name), { force: true })));
}

export async function readSnapshot(dir: string, name: string): Promise<string> {
  if (!dateOf(name)) throw Object.assign(new Error(`no snapshot ${name}`), { code: 'ENOENT' });
  return readFile(join(dir, name), 'utf8');
}

/** Every relative file any snapshot refers to, so removing an attachment never breaks a restore. */
export async function filesReferencedBySnapshots(dir: string): Promise<Set<string>> {
  const files = new Set<string>();
  for (const { name } of await listSnapshots(dir)) {
    const text = await readFile(join(dir, name), 'utf8').catch(() => '');
    for (const m of text.matchAll(/"(?:file|printFile|signatureFile)":\s*"([^"]+)"/g)) files.add(m[1]!);
  }
  return files;
}
