import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { draftContent, type Draft, type ExportRecord } from '../../../shared/draft';
import { writeFileAtomic } from '../drafts/atomic';
import type { DraftRepository } from '../drafts/repository';

/** Beside draft.json: the content of each export, so a later change can be named, not just noticed. */
export const EXPORTED_DIR = 'exported';

const contentFile = (draftDir: string, number: number) => join(draftDir, EXPORTED_DIR, `${number}.json`);

/**
 * Records an export in the draft (number, time, hash, files) and keeps a copy of the content it
 * printed. The copy is written first: a record never points at content that was not kept.
 */
export async function recordExport(
  drafts: DraftRepository,
  draft: Draft,
  record: Omit<ExportRecord, 'at'> & { at: Date },
): Promise<ExportRecord> {
  const draftDir = drafts.layout.draftDir(draft.id);
  await mkdir(join(draftDir, EXPORTED_DIR), { recursive: true });
  await writeFileAtomic(contentFile(draftDir, record.number), JSON.stringify(draftContent(draft)));
  const kept: ExportRecord = { ...record, at: record.at.toISOString() };
  await drafts.update(draft.id, (current) => ({ ...current, exports: [...current.exports, kept] }));
  return kept;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const same = (a: Json | undefined, b: Json | undefined) => JSON.stringify(a) === JSON.stringify(b);

/**
 * What differs between two contents, named as `cover.<item>`, `fields.<part>`, `attachments`,
 * `declaration.<key>` (the renderer words them from the form definition), in that order.
 */
export function changedKeys(before: Json, after: Json): string[] {
  const asObject = (value: Json | undefined) =>
    value && typeof value === 'object' && !Array.isArray(value) ? value : {};
  const changes: string[] = [];
  for (const group of ['cover', 'fields', 'declaration'] as const) {
    const a = asObject(asObject(before)[group]);
    const b = asObject(asObject(after)[group]);
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)]))
      if (!same(a[key], b[key])) changes.push(`${group}.${key}`);
  }
  if (!same(asObject(before).attachments, asObject(after).attachments)) changes.push('attachments');
  return changes;
}

/**
 * How the draft differs from what its last export printed. `null` when nothing changed; the
 * keys are empty when the last export's content was not kept (an export from an older version).
 */
export async function changesSinceLastExport(
  draft: Draft,
  draftDir: string,
  currentHash: string,
): Promise<{ since: number; keys: string[] } | null> {
  const last = draft.exports.at(-1);
  if (!last || last.hash === currentHash) return null;
  const kept = await readFile(contentFile(draftDir, last.number), 'utf8').then(
    (text) => JSON.parse(text) as Json,
    () => null,
  );
  const now = JSON.parse(JSON.stringify(draftContent(draft))) as Json;
  return { since: last.number, keys: kept === null ? [] : changedKeys(kept, now) };
}
