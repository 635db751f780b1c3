import type { ImportReport } from '../../../shared/import-report';
import { newId } from '../drafts/layout';
import type { DraftRepository } from '../drafts/repository';
import { importDocx } from './import';

/**
 * A Word import as a new draft of the repository: assembled in a staging folder and moved into
 * place only when complete (as a package import is), under a fresh id, so no draft is ever replaced.
 */
export async function importDocxDraft(
  repo: DraftRepository,
  file: string,
  context: { campaignId: string; now: Date },
): Promise<{ id: string; report: ImportReport }> {
  const id = newId();
  let report: ImportReport | undefined;
  await repo.stageAndPlace(id, async (staging) => {
    ({ report } = await importDocx(file, staging, {
      id,
      campaignFor: () => context.campaignId,
      now: context.now,
      exclusive: true,
    }));
  });
  return { id, report: report! };
}
