import { constants } from 'node:fs';
import { copyFile, lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { IgnoredEntry, Snapshot } from '../../../shared/draft-folder';
import { ensureDir, isTempName, syncDir, tempPathFor } from '../files/atomic';

/**
 * Rolling copies of earlier versions of draft.json in `<id>/snapshots/`. Autosave runs every few
 * seconds while typing, so a snapshot is taken at most every `SNAPSHOT_INTERVAL_MS`; the newest
 * `KEEP_RECENT` are kept as they are, older ones are thinned to one per day, `KEEP_MAX` in all.
 *
 * Snapshots are ordered by a sequence number in their name, not by the wall clock: a clock set
 * back (or a snapshot dated 2099 planted in the folder) must neither reorder them nor stop new
 * ones. Whether one is due is decided by the snapshots dated within the last interval *before*
 * now; one dated after now says nothing about how long ago the last copy was taken.
 */
export const SNAPSHOT_INTERVAL_MS = 5 * 60_000;
const KEEP_RECENT = 10;
const KEEP_MAX = 20;
const O_NONBLOCK = constants.O_NONBLOCK ?? 0;

/**
 * `2024-05-01T10-20-30-123Z-000042.json`: the time (safe as a file name everywhere), then the
 * sequence. Names without the sequence were written before it existed and count as sequence 0.
 */
const NAME = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-(\d{1,12}))?\.json$/;

function parseName(name: string): { savedAt: string; seq: number } | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const savedAt = `${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`;
  if (Number.isNaN(Date.parse(savedAt))) return null;
  return { savedAt, seq: m[6] ? Number(m[6]) : 0 };
}

function nameOf(date: Date, seq: number): string {
  return `${date.toISOString().replace(/[:.]/g, '-')}-${String(seq).padStart(6, '0')}.json`;
}

/** Newest first: by sequence, then (for the older unsequenced names) by name. */
function newestFirst(a: string, b: string): number {
  return parseName(b)!.seq - parseName(a)!.seq || b.localeCompare(a);
}

/**
 * The snapshots in `dir`, and what else is there. Only regular files with a snapshot's name count:
 * a dangling symlink, a folder, a FIFO or a stray file is ignored, and `snapshots` being a file
 * is reported, not thrown, so nothing in this folder can stop a save.
 */
export async function scanSnapshots(
  dir: string,
): Promise<{ snapshots: Snapshot[]; ignored: IgnoredEntry[] }> {
  const ignored: IgnoredEntry[] = [];
  // Not followed: a `snapshots` link would have copies of the draft written wherever it points.
  const folder = await lstat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw error;
  });
  if (!folder) return { snapshots: [], ignored };
  if (!folder.isDirectory())
    return { snapshots: [], ignored: [{ entry: '.', reason: 'snapshots is not a folder' }] };
  const entries = await readdir(dir, { withFileTypes: true });
  const snapshots: Snapshot[] = [];
  for (const entry of entries) {
    if (isTempName(entry.name)) continue;
    const parsed = parseName(entry.name);
    if (!parsed || !entry.isFile()) {
      ignored.push({ entry: entry.name, reason: parsed ? 'not a regular file' : 'not a snapshot' });
      continue;
    }
    const info = await lstat(join(dir, entry.name)).catch(() => null);
    if (info?.isFile()) snapshots.push({ name: entry.name, savedAt: parsed.savedAt, size: info.size });
  }
  snapshots.sort((a, b) => newestFirst(a.name, b.name));
  return { snapshots, ignored };
}

export async function listSnapshots(dir: string): Promise<Snapshot[]> {
  return (await scanSnapshots(dir)).snapshots;
}

/**
 * Copies the current draft file into the snapshots unless a recent one exists (`force` always
 * copies: restoring an old version first keeps the current one). Returns the new snapshot's name
 * (null when none was due or possible) and what in the folder was ignored.
 */
export async function takeSnapshot(
  draftFile: string,
  dir: string,
  now: Date,
  force = false,
): Promise<{ name: string | null; ignored: IgnoredEntry[] }> {
  const { snapshots, ignored } = await scanSnapshots(dir);
  const skip = { name: null, ignored };
  if (ignored.some((i) => i.entry === '.')) return skip;
  const recent = snapshots.some((s) => {
    const age = now.getTime() - Date.parse(s.savedAt);
    return age >= 0 && age < SNAPSHOT_INTERVAL_MS;
  });
  if (!force && recent) return skip;
  await ensureDir(dir);
  const seq = Math.max(0, ...snapshots.map((s) => parseName(s.name)!.seq)) + 1;
  const name = nameOf(now, seq);
  const target = join(dir, name);
  const temp = tempPathFor(target);
  try {
    await copyFile(draftFile, temp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return skip;
    throw error;
  }
  await rename(temp, target);
  await syncDir(dir);
  await thin(dir);
  return { name, ignored };
}

/** Which snapshots to drop: past the newest few, keep the newest of each day, up to the cap. */
export function toThin(names: string[]): string[] {
  const sorted = names.filter((name) => parseName(name)).sort(newestFirst);
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

/** The text of a snapshot; only a regular file with a snapshot's name is read (a FIFO never blocks). */
export async function readSnapshot(dir: string, name: string): Promise<string> {
  if (!parseName(name)) throw Object.assign(new Error(`no snapshot ${name}`), { code: 'ENOENT' });
  const handle = await open(join(dir, name), constants.O_RDONLY | O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  try {
    if (!(await handle.stat()).isFile())
      throw Object.assign(new Error(`no snapshot ${name}`), { code: 'ENOENT' });
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Every relative file any snapshot refers to, so removing an attachment never breaks a restore. */
export async function filesReferencedBySnapshots(dir: string): Promise<Set<string>> {
  const files = new Set<string>();
  for (const { name } of await listSnapshots(dir)) {
    const text = await readSnapshot(dir, name).catch(() => '');
    for (const m of text.matchAll(/"(?:file|printFile|signatureFile)":\s*"([^"]+)"/g)) files.add(m[1]!);
  }
  return files;
}
