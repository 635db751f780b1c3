import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FormDefinition } from '../../../shared/forms';
import type { ImportReport } from '../../../shared/import-report';
import { newId } from '../drafts/layout';
import type { DraftRepository } from '../drafts/repository';
import { importDocx } from './import';

/** The .docx to import: a file chosen in main's dialog, or the bytes of one dropped on the window. */
export type DocxSource = { file: string } | { bytes: Buffer };

/**
 * A Word import staged as a new draft of the repository, under a fresh id so no draft is ever
 * replaced: assembled in a staging folder and left there, outside the list, while the user reads
 * the report; `repo.placeStaged(staged)` makes it a draft, `repo.discardStaged(staged)` drops it.
 * Dropped bytes are written into that folder only for the reading and removed with it.
 */
export async function stageDocxImport(
  repo: DraftRepository,
  source: DocxSource,
  context: { campaignFor: (form: FormDefinition) => string; now: Date },
): Promise<{ staged: string; report: ImportReport }> {
  const id = newId();
  let report: ImportReport | undefined;
  await repo.stage(id, async (staging) => {
    const file = 'file' in source ? source.file : join(staging, `dropped-${newId()}.docx`);
    if ('bytes' in source) await writeFile(file, source.bytes);
    try {
      ({ report } = await importDocx(file, staging, {
        id,
        campaignFor: context.campaignFor,
        now: context.now,
        exclusive: true,
      }));
    } finally {
      if ('bytes' in source) await rm(file, { force: true });
    }
  });
  return { staged: id, report: report! };
}
