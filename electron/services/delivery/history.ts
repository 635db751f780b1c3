import { draftContent, type Draft } from '../../../shared/draft';
import { lastExport } from '../../../shared/exports';
import { readRegularFile } from '../files/atomic';
import { exportedContentFile } from '../export/record';

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
  const last = lastExport(draft.exports);
  if (!last || last.hash === currentHash) return null;
  const kept = await readRegularFile(exportedContentFile(draftDir, last.number)).then(
    (bytes) => JSON.parse(bytes.toString('utf8')) as Json,
    () => null,
  );
  const now = JSON.parse(JSON.stringify(draftContent(draft))) as Json;
  return { since: last.number, keys: kept === null ? [] : changedKeys(kept, now) };
}
