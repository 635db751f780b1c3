import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { link, mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Crash-safe writes (docs/DRAFTS.md): the bytes go to a temp file in the same directory, are flushed
 * to disk, and the temp file is renamed over the target, which POSIX and NTFS do atomically.
 * The directory is flushed too, so the rename itself survives a power cut. A crash at any instant
 * leaves either the old or the new file, plus at most a temp file that `removeTempFiles` clears.
 */
const TEMP_MARK = '.desk-tmp-';

export function isTempName(name: string): boolean {
  return name.includes(TEMP_MARK);
}

export function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}${TEMP_MARK}${randomBytes(6).toString('hex')}`);
}

export async function writeFileAtomic(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncDir(dirname(target));
}

/**
 * Like `writeFileAtomic`, but never replaces a file already there: the flushed temp file is linked
 * to the target, which fails with `EEXIST` if the name is taken (a new draft never overwrites one).
 */
export async function writeFileExclusive(target: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
  await syncDir(dirname(target));
}

/** Flushes what `flags` opens (a file, or a directory's entries) to disk. */
async function flush(path: string, flags: 'r' | 'r+'): Promise<void> {
  const handle = await open(path, flags);
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Flushes a file written by a stream, before it is renamed or moved into place. */
export function syncFile(path: string): Promise<void> {
  return flush(path, 'r+');
}

/** Flushes a directory's entries; Windows cannot open directories, where NTFS journals renames. */
export async function syncDir(dir: string): Promise<void> {
  if (process.platform !== 'win32') await flush(dir, 'r');
}

/**
 * Reads a file only if it is a regular one. `O_NONBLOCK` makes opening a FIFO return at once
 * instead of waiting for a writer, which would hang the list of drafts for good; a FIFO, a
 * device or a folder is refused with `ENOTREG`.
 */
export async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    if (!(await handle.stat()).isFile())
      throw Object.assign(new Error(`${path} is not a regular file`), { code: 'ENOTREG' });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Removes temp files an interrupted write left in `dir`; returns how many. */
export async function removeTempFiles(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const stray = names.filter(isTempName);
  await Promise.all(stray.map((name) => rm(join(dir, name), { recursive: true, force: true })));
  return stray.length;
}

/**
 * `mkdir -p` that tells a read-only file system apart from a missing folder: Node's recursive
 * mkdir reports EROFS as ENOENT, which would tell the user a draft is "not found". On ENOENT the
 * parent is ensured and the last folder made on its own, so the real error surfaces.
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(dir) === dir) throw error;
    await ensureDir(dirname(dir));
    await mkdir(dir).catch((inner: NodeJS.ErrnoException) => {
      if (inner.code !== 'EEXIST') throw inner;
    });
  }
}
