import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { contentChanges, draftContent, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { lastExport, withExport } from '../../../shared/exports';
import { readRegularFile, writeFileAtomic } from '../drafts/atomic';
import type { DraftRepository } from '../drafts/repository';
import type { ExportIdentity } from '../export/render';

/** Beside draft.json: the content of each export, so a later change can be named, not just noticed. */
export const EXPORTED_DIR = 'exported';

const contentFile = (draftDir: string, number: number) => join(draftDir, EXPORTED_DIR, `${number}.json`);

/** Keeps a copy of the content an export printed, so a later change can be named. */
async function keepExportedContent(draftDir: string, draft: Draft, number: number): Promise<void> {
  await mkdir(join(draftDir, EXPORTED_DIR), { recursive: true });
  await writeFileAtomic(contentFile(draftDir, number), JSON.stringify(draftContent(draft)));
}

/**
 * Writes a file of a numbered export (a .docx, a PDF, a package, a cover sheet) and records it in
 * the draft under its content's number: a new record, or one more file of the record that content
 * already has. All or nothing: an unrecorded file would carry a number that other content could be
 * given next, so it is removed when recording fails. The file and the copy of its content are
 * written side by side; the record, which points at both, comes last.
 */
export async function writeNumberedExport(args: {
  drafts: DraftRepository;
  draft: Draft;
  form: ExportIdentity;
  target: string;
  at: Date;
  write: () => Promise<void>;
}): Promise<{ number: number; hash: string; files: string[] }> {
  const { drafts, draft, form, target } = args;
  await Promise.all([
    args.write(),
    keepExportedContent(drafts.layout.draftDir(draft.id), draft, form.number),
  ]);
  try {
    await drafts.update(draft.id, (current) => {
      const taken = current.exports.find((r) => r.number === form.number && r.hash !== form.hash);
      // Another export of other content got this number in the meantime: this file's number lies.
      if (taken) throw new DeskError('export-number-taken', `${form.number}`);
      const exports = withExport(current.exports, {
        number: form.number,
        hash: form.hash,
        at: args.at.toISOString(),
        file: target,
        provisional: form.preflight.provisional,
      });
      return { ...current, exports };
    });
  } catch (error) {
    await rm(target, { force: true });
    throw error;
  }
  return { number: form.number, hash: form.hash, files: [target] };
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
  const kept = await readRegularFile(contentFile(draftDir, last.number)).then(
    (bytes): unknown => JSON.parse(bytes.toString('utf8')),
    () => null,
  );
  const now: unknown = JSON.parse(JSON.stringify(draftContent(draft)));
  return { since: last.number, keys: kept === null ? [] : contentChanges(kept, now) };
}
