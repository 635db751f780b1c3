import { printedOf } from '../../../shared/attachment-roles';
import type { Campaign } from '../../../shared/campaign';
import { localDate, type Attachment, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import type { StepId } from '../../../shared/forms';
import type { Preflight } from '../../../shared/ipc';
import type { PreflightIssue } from '../../../shared/issues';
import { validateDraft } from '../../../shared/validate';
import { draftFileUsable } from '../drafts/draft-files';
import { loadImage, loadPrintImage, photoPlacement, printDpi, type ImageLoader } from './images';

/**
 * Where and by when the submission goes, for a call whose notice names a recipient rather than an
 * address (the 5·20 calls: 5月24日前报市局计量处): listed to be checked before sending, since the
 * notice is the only place it is said and the package's 报送说明 repeats it.
 */
export function submissionDue(
  campaign: Pick<Campaign, 'deadline' | 'recipient' | 'email'>,
): PreflightIssue[] {
  if (!campaign.recipient) return [];
  return [
    {
      severity: 'warning',
      code: 'submission-due',
      step: 'review',
      ...(campaign.deadline ? { detail: campaign.deadline } : {}),
      recipient: campaign.recipient,
      ...(campaign.email ? { email: campaign.email } : {}),
    },
  ];
}

/** Below this a photo looks soft on paper at the size it is printed. */
export const MIN_PRINT_DPI = 150;

/** A file outside the draft folder is "missing" like one that is not there: no oracle for a page. */
const allThere = async (draftDir: string, files: (string | null | undefined)[]) =>
  (await Promise.all(files.filter((f): f is string => !!f).map((f) => draftFileUsable(draftDir, f)))).every(
    Boolean,
  );

const missing = (step: StepId, field: string, detail: string): PreflightIssue => ({
  severity: 'error',
  code: 'attachment-missing',
  step,
  field,
  detail,
});

/** Every attachment's files and the signature, checked at once; issues in the draft's order. */
async function missingFiles(draft: Draft, draftDir: string): Promise<PreflightIssue[]> {
  const signature = draft.declaration.signatureFile;
  const checks = [
    ...draft.attachments.map(async (a) =>
      (await allThere(draftDir, [a.file, a.printFile])) ? [] : [missing('attachments', a.id, a.originalName)],
    ),
    allThere(draftDir, [signature]).then((there) =>
      there || !signature ? [] : [missing('declaration', 'signature', signature)],
    ),
  ];
  return (await Promise.all(checks)).flat();
}

/** Opens each printed image as the export will, reporting a broken one or one too small for its size. */
async function imageIssues(
  images: Attachment[],
  draftDir: string,
  load: ImageLoader,
): Promise<PreflightIssue[]> {
  const checked = await Promise.all(
    images.map(async (attachment): Promise<PreflightIssue[]> => {
      const where: Pick<PreflightIssue, 'step' | 'field' | 'detail'> = {
        step: 'attachments',
        field: attachment.id,
        detail: attachment.originalName,
      };
      try {
        const image = await loadPrintImage(draftDir, attachment, load);
        return printDpi(image, photoPlacement(image)) < MIN_PRINT_DPI
          ? [{ severity: 'warning', code: 'image-low-resolution', ...where }]
          : [];
      } catch (error) {
        // A missing file is already reported by name; anything else means the image cannot be printed.
        if (error instanceof DeskError && error.code === 'not-found') return [];
        const unsupported = error instanceof DeskError && error.code === 'unsupported-file';
        return [{ severity: 'error', code: unsupported ? 'unsupported-file' : 'image-broken', ...where }];
      }
    }),
  );
  return checked.flat();
}

/**
 * Everything to fix or know before printing (docs/DELIVERY.md). Errors: what `validateDraft` finds
 * (required fields, limits, too many images, the unconfirmed declaration) and files that are
 * missing or broken. Warnings: a low-resolution photo, the deadline passed, no signing date,
 * a draft not yet 定稿. An export with errors, or of a draft not 定稿, is marked 草稿.
 * `load` opens the printed images; an export passes the cache its builder then reads from.
 */
export async function preflight(
  draft: Draft,
  draftDir: string,
  campaign: Campaign,
  now: Date,
  load: ImageLoader = loadImage,
): Promise<Preflight> {
  const form = formOf(draft.form);
  const issues: PreflightIssue[] = validateDraft(draft, form, undefined, { campaign });
  const printed = printedOf(form, draft.attachments);
  const [missing, broken] = await Promise.all([
    missingFiles(draft, draftDir),
    imageIssues(printed, draftDir, load),
  ]);
  issues.push(...missing, ...broken);
  if (campaign.deadline && localDate(now) > campaign.deadline)
    issues.push({ severity: 'warning', code: 'deadline-passed', step: 'review', detail: campaign.deadline });
  issues.push(...submissionDue(campaign));
  if (!draft.declaration.signDate)
    issues.push({ severity: 'warning', code: 'sign-date-missing', step: 'declaration', field: 'signDate' });
  if (draft.status !== 'final') issues.push({ severity: 'warning', code: 'not-final', step: 'review' });
  const errors = issues.some((issue) => issue.severity === 'error');
  return { issues, provisional: errors || draft.status !== 'final' };
}
