import { constants } from 'node:fs';
import { access, readdir, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, resolve } from 'node:path';
import type { DialogEntry, DialogMode } from '../../shared/dialog';

/** A folder of tens of thousands of files would only slow the page; the name field still reaches the rest. */
export const MAX_ENTRIES = 500;

export type Filters = { name: string; extensions: string[] }[];

export const kindOf = async (path: string): Promise<'folder' | 'file' | undefined> => {
  try {
    const found = await stat(path);
    return found.isDirectory() ? 'folder' : found.isFile() ? 'file' : undefined;
  } catch {
    return undefined;
  }
};

export const can = (path: string, mode: number): Promise<boolean> =>
  access(path, mode).then(
    () => true,
    () => false,
  );
export const canWrite = (path: string) => can(path, constants.W_OK);
export const canRead = (path: string) => can(path, constants.R_OK);

/** Whether a file name carries one of the filters' extensions (no filter: every file does). */
export function matches(name: string, filters: Filters): boolean {
  const extensions = filters.flatMap((filter) => filter.extensions.map((ext) => ext.toLowerCase()));
  if (extensions.length === 0 || extensions.includes('*')) return true;
  return extensions.includes(extname(name).slice(1).toLowerCase());
}

/**
 * What a dialog shows of a folder: names, kinds and sizes of what is not hidden, folders first,
 * files only of the kinds asked for (a folder dialog shows folders only). Nothing is read.
 */
export async function listFolder(
  folder: string,
  mode: DialogMode,
  filters: Filters,
): Promise<{ entries: DialogEntry[]; more: number }> {
  const names = (await readdir(folder)).filter((name) => !name.startsWith('.'));
  const entries: DialogEntry[] = [];
  for (const name of names) {
    const path = join(folder, name);
    const kind = await kindOf(path);
    if (kind === 'folder') entries.push({ name, kind });
    else if (kind === 'file' && mode !== 'folder' && matches(name, filters)) {
      entries.push({ name, kind, size: (await stat(path).catch(() => undefined))?.size ?? 0 });
    }
  }
  const collator = new Intl.Collator('zh-Hans-CN', { numeric: true });
  entries.sort((a, b) =>
    a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1,
  );
  return { entries: entries.slice(0, MAX_ENTRIES), more: Math.max(0, entries.length - MAX_ENTRIES) };
}

/**
 * What the user typed in 文件名, as a path: whole (`/home/…/表.docx`, `D:\…`), from the home
 * folder (`~/文档/表.docx`), or relative to the folder shown. Quotes pasted around it are dropped.
 */
export function typedPath(typed: string, folder: string, home: string): string {
  const text = typed.trim().replace(/^(["'])(.*)\1$/, '$2');
  if (text === '~') return home;
  if (text.startsWith('~/')) return join(home, text.slice(2));
  return isAbsolute(text) ? resolve(text) : resolve(folder, text);
}

/** A saved file gets the filter's extension when the user typed none of those asked for. */
export function withExtension(path: string, filters: Filters): string {
  const first = filters[0]?.extensions[0];
  return !first || first === '*' || matches(path, filters) ? path : `${path}.${first}`;
}
