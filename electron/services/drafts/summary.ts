import { rename, rm, stat, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { countText } from '../../../shared/count';
import { readRegularFile, tempPathFor } from './atomic';
import {
  contentHash,
  DraftSummarySchema,
  textOf,
  type Draft,
  type DraftSummary,
} from '../../../shared/draft';
import { lastExport } from '../../../shared/exports';
import { formOf } from '../../../shared/forms';
import { countSection } from '../../../shared/validate';

/**
 * 已导出 means the last printed copy shows the current content: its hash (printed in the footer)
 * equals the hash of the draft as it is now. Any later edit of the content turns it back into
 * 草稿/定稿, which is how the list tells "changed since it was printed".
 */
export async function isExportedCurrent(draft: Draft): Promise<boolean> {
  const last = lastExport(draft.exports);
  if (!last) return false;
  return (await contentHash(draft)).startsWith(last.hash);
}

/** The form's limits as the list shows them: a section's total where it has one, else each part's. */
function limitsOf(draft: Draft): DraftSummary['limits'] {
  return formOf(draft.form).sections.flatMap((section) => {
    const counted = countSection(draft, section);
    if (section.totalLimit) return [{ step: section.step, words: counted.words, limit: section.totalLimit }];
    return counted.parts.flatMap(({ part, words }) =>
      part.limit ? [{ step: section.step, words, limit: part.limit }] : [],
    );
  });
}

export async function summaryOf(draft: Draft): Promise<DraftSummary> {
  const form = formOf(draft.form);
  const words = form.fields
    .filter((field) => field.type === 'longText')
    .reduce((sum, field) => sum + countText(textOf(draft, field.id)).words, 0);
  return {
    id: draft.id,
    form: draft.form,
    campaignId: draft.campaignId,
    title: textOf(draft, form.titleField),
    unit: form.unitField ? textOf(draft, form.unitField) : '',
    status: draft.status,
    exported: await isExportedCurrent(draft),
    updatedAt: draft.updatedAt,
    createdAt: draft.createdAt,
    words,
    limits: limitsOf(draft),
  };
}

/**
 * A small file beside each draft so the list of 1,000 drafts reads 1,000 tiny files instead of
 * parsing every draft (docs/PERFORMANCE.md). It names the draft file's size and mtime it was made from; if
 * they differ (a crash between the two writes, a hand edit), the draft itself is read instead.
 * It is a cache, so it is written without fsync: a torn one fails to parse and is rebuilt.
 */
const SummaryCacheSchema = z.object({ size: z.number(), mtimeMs: z.number(), summary: DraftSummarySchema });

export async function writeSummaryCache(
  file: string,
  draftFile: string,
  summary: DraftSummary,
): Promise<void> {
  const { size, mtimeMs } = await stat(draftFile);
  // Renamed over the old one rather than written into it: opening a FIFO planted under this name
  // for writing would wait for a reader for ever, and hang the list.
  const temp = tempPathFor(file);
  try {
    await writeFile(temp, JSON.stringify({ size, mtimeMs, summary }));
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export async function readSummaryCache(file: string, draftFile: string): Promise<DraftSummary | null> {
  try {
    const [bytes, info] = await Promise.all([readRegularFile(file), stat(draftFile)]);
    const cache = SummaryCacheSchema.parse(JSON.parse(bytes.toString('utf8')));
    return cache.size === info.size && cache.mtimeMs === info.mtimeMs ? cache.summary : null;
  } catch {
    return null;
  }
}
