import { lstat, readdir } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import { DRAFT_FILE } from '../drafts/layout';

/**
 * What a roll-up reads: every file the user named, and every submission in the folders named,
 * walked without following links, bounded in depth and number so a folder of the whole disk, or a
 * loop of junctions, ends as a message rather than a run that never ends.
 */
export const MAX_DEPTH = 8;
export const MAX_INPUTS = 5000;

export interface RollupInputFile {
  /** Where it is on disk. */
  path: string;
  /** As the row names it: relative to the folder rolled up, or the file's base name. */
  source: string;
  /** A draft folder (draft.json beside its attachments), or a file to tell by its bytes. */
  folder: boolean;
}

/** The files a folder may hold a submission in; anything else there (报送说明.txt, a PDF) is not one. */
const SUBMISSION_FILE = /\.(zip|docx|docm|doc|json)$/i;

const slash = (path: string) => path.split(sep).join('/');

async function isDraftFolder(dir: string): Promise<boolean> {
  return lstat(join(dir, DRAFT_FILE)).then(
    (stats) => stats.isFile(),
    () => false,
  );
}

export interface Expanded {
  inputs: RollupInputFile[];
  /** Folders past `MAX_DEPTH`, or files past `MAX_INPUTS`, that were not read. */
  skipped: number;
}

/** Every input named, in order; a folder's entries sorted by name so a run's row ids are stable. */
export async function expandInputs(paths: string[]): Promise<Expanded> {
  const inputs: RollupInputFile[] = [];
  let skipped = 0;
  const add = (input: RollupInputFile) => {
    if (inputs.length >= MAX_INPUTS) skipped++;
    else inputs.push(input);
  };
  async function walk(root: string, dir: string, depth: number): Promise<void> {
    if (await isDraftFolder(dir)) {
      add({ path: dir, source: slash(relative(root, dir)) || basename(dir), folder: true });
      return;
    }
    if (depth > MAX_DEPTH) {
      skipped++;
      return;
    }
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(root, path, depth + 1);
      else if (entry.isFile() && SUBMISSION_FILE.test(entry.name))
        add({ path, source: slash(relative(root, path)), folder: false });
    }
  }
  for (const path of paths) {
    const stats = await lstat(path).catch(() => null);
    if (stats?.isDirectory()) await walk(path, path, 0);
    else add({ path, source: basename(path), folder: false });
  }
  return { inputs, skipped };
}
