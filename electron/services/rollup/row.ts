import type { Campaign } from '../../../shared/campaign';
import { contentHash, type Draft } from '../../../shared/draft';
import { draftNames, formOf, type FormDefinition } from '../../../shared/forms';
import type { ProfileKey } from '../../../shared/forms/fields';
import { printedHash } from '../../../shared/printed-hash';
import type { RollupCount, RollupRow } from '../../../shared/rollup';
import { limitedCounts, totalName } from '../../../shared/validate';
import { preflight } from '../export/preflight';

/** What a row says about its submission, read from the draft and its form's definition. */
export type SubmissionFacts = Pick<
  RollupRow,
  | 'form'
  | 'formName'
  | 'campaignId'
  | 'unit'
  | 'title'
  | 'contact'
  | 'phone'
  | 'counts'
  | 'images'
  | 'signed'
  | 'dated'
  | 'final'
  | 'hash'
  | 'issues'
>;

/** The text of the form's field that the unit profile fills (联系人, 联系电话), where it has one. */
function profileText(draft: Draft, form: FormDefinition, key: ProfileKey): string | undefined {
  const field = form.fields.find((f) => 'fromProfile' in f && f.fromProfile === key);
  const value = field ? draft.values[field.id] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/** 字数 of each limited part and total, against its limit. */
export function countsOf(draft: Draft, form: FormDefinition): RollupCount[] {
  return limitedCounts(draft, form).flatMap((c) =>
    c.limit === undefined
      ? []
      : [
          {
            field: c.id,
            label: c.total ? totalName(c.total) : c.part!.name,
            count: c.words,
            limit: c.limit,
            over: c.words > c.limit,
          },
        ],
  );
}

/**
 * Signed and dated: a form with a signature block by its 报送人 (typed or drawn) and its date; a
 * form without one (活动总结) by its own dates of the day, all filled.
 */
function signature(draft: Draft, form: FormDefinition): { signed: boolean; dated: boolean } {
  if (form.fields.some((field) => field.type === 'signature')) {
    const { signer, signatureFile, signDate } = draft.declaration;
    return { signed: signer.trim() !== '' || signatureFile !== undefined, dated: signDate !== null };
  }
  const dates = form.fields.filter((field) => field.type === 'date' && field.precision === 'day');
  return {
    signed: false,
    dated: dates.length > 0 && dates.every((field) => typeof draft.values[field.id] === 'string'),
  };
}

/**
 * The full content hash, and everything a row shows of the draft; preflight (with the draft's
 * campaign) reads `files`, the copy of the draft whose files are in `files.dir`.
 */
export async function factsOf(
  draft: Draft,
  files: { draft: Draft; dir: string },
  campaign: Campaign,
  now: Date,
): Promise<{ facts: SubmissionFacts; fullHash: string }> {
  const form = formOf(draft.form);
  const [check, fullHash] = await Promise.all([
    preflight(files.draft, files.dir, campaign, now),
    contentHash(draft),
  ]);
  const { title, unit } = draftNames(draft, form);
  const contact = profileText(draft, form, 'contact');
  const phone = profileText(draft, form, 'phone');
  return {
    fullHash,
    facts: {
      form: form.id,
      formName: form.kindName,
      campaignId: draft.campaignId,
      unit,
      title,
      ...(contact !== undefined ? { contact } : {}),
      ...(phone !== undefined ? { phone } : {}),
      counts: countsOf(draft, form),
      images: draft.attachments.filter((a) => a.role === 'image').length,
      ...signature(draft, form),
      final: draft.status === 'final',
      hash: printedHash(fullHash),
      issues: check.issues,
    },
  };
}
