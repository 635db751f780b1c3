import type { ExportRecord } from './draft';

/**
 * One export number per exported content (docs/DELIVERY.md): the .docx, PDF, package and cover sheet
 * made from the same content share the record of that content, so every paper copy of it carries
 * one number and hash. A record's `at` is when a file was last made from it, and its `files` the
 * newest ones made (the schema bounds them), so the list stays one row per numbered version.
 */

/** The most the schema keeps of one record's files; older ones drop off, newest stay. */
export const MAX_FILES_PER_EXPORT = 20;

/** The record of the most recent export, whichever number it carries. */
export function lastExport(exports: readonly ExportRecord[]): ExportRecord | undefined {
  let last: ExportRecord | undefined;
  // Times may carry any offset (imported records), so they are compared as instants, not text.
  for (const record of exports) if (!last || Date.parse(record.at) >= Date.parse(last.at)) last = record;
  return last;
}

/**
 * The number an export of content with this hash (its 8 printed hex digits) carries: the number it
 * already had, or one more than any so far. Drafts from before numbering by content may hold the
 * same hash under several numbers; the most recent of them is the one on the newest paper.
 */
export function exportNumberFor(exports: readonly ExportRecord[], hash: string): number {
  const same = lastExport(exports.filter((record) => record.hash === hash));
  return same?.number ?? Math.max(0, ...exports.map((record) => record.number)) + 1;
}

/**
 * The history with one more file made under `made.number`: a new record, or the existing one
 * with the file added and its time and 草稿 state as of this file. Kept in number order.
 */
export function withExport(
  exports: readonly ExportRecord[],
  made: { number: number; hash: string; at: string; file: string; provisional: boolean },
): ExportRecord[] {
  const existing = exports.find((record) => record.number === made.number);
  const files = [...(existing?.files ?? []).filter((file) => file !== made.file), made.file];
  const record: ExportRecord = {
    number: made.number,
    hash: made.hash,
    at: made.at,
    files: files.slice(-MAX_FILES_PER_EXPORT),
    provisional: made.provisional,
  };
  return [...exports.filter((r) => r.number !== made.number), record].sort((a, b) => a.number - b.number);
}
