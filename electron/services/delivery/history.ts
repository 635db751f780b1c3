import { contentChanges, draftContent, type Draft } from '../../../shared/draft';
import { lastExport } from '../../../shared/exports';
import { readRegularFile } from '../files/atomic';
import { exportedContentFile } from '../export/record';

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
    (bytes): unknown => JSON.parse(bytes.toString('utf8')),
    () => null,
  );
  const now: unknown = JSON.parse(JSON.stringify(draftContent(draft)));
  return { since: last.number, keys: kept === null ? [] : contentChanges(kept, now) };
}
