import { countText } from '../../../shared/count';
import { contentHash, textOf, type Draft, type DraftSummary } from '../../../shared/draft';
import { lastExport } from '../../../shared/exports';
import { formOf } from '../../../shared/forms';
import { limitedCounts } from '../../../shared/validate';

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
  const form = formOf(draft.form);
  const limited = limitedCounts(draft, form);
  // A part counted in a total is listed by the total alone: the list shows one figure per limit group.
  const inTotal = new Set(form.totals.flatMap((total) => total.fields));
  return limited
    .filter((count) => count.total || !inTotal.has(count.id))
    .map(({ step, words, limit }) => ({ step, words, limit: limit! }));
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
