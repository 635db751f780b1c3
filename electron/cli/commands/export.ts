import { dirname, resolve } from 'node:path';
import { shippedCampaign } from '../../../shared/campaign';
import type { Draft } from '../../../shared/draft';
import { DeskError, errorCodeOf } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import { ExportOptionsSchema } from '../../../shared/settings';
import { writeFileAtomic } from '../../services/drafts/atomic';
import { parseDraftText } from '../../services/drafts/format';
import { writeSubmissionPackage } from '../../services/delivery/package';
import { docxToPdf } from '../../services/delivery/pdf';
import { findSoffice } from '../../services/delivery/tools';
import { exportFileName } from '../../services/export/filename';
import { renderForm, type RenderedForm } from '../../services/export/render';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';

export const usage = 'export <draft.json> --out <file.docx> [--pdf] [--package <file.zip>]';

const NO_SOFFICE =
  'LibreOffice (soffice) was not found, so no PDF was made; install LibreOffice, or set ' +
  'SUBMISSION_DESK_SOFFICE to its soffice, or save the PDF from Word/WPS';

/** The zip to email: the .docx, the PDF when there is one, the original attachments, 报送说明.txt. */
async function writePackage(
  target: string,
  draft: Draft,
  draftDir: string,
  form: RenderedForm,
  pdf: Buffer | null,
  io: CliIO,
): Promise<void> {
  const missing = form.preflight.issues.filter((issue) => issue.code === 'attachment-missing');
  if (missing.length > 0) throw new DeskError('not-found', missing.map((issue) => issue.detail).join(', '));
  const name = (extension: string) => exportFileName(draft, formOf(draft.kind), extension);
  const result = await writeSubmissionPackage({
    draft,
    draftDir,
    campaign: shippedCampaign,
    forms: [{ name: name('docx'), bytes: form.bytes }, ...(pdf ? [{ name: name('pdf'), bytes: pdf }] : [])],
    exportNumber: form.number,
    hash: form.hash,
    target,
    now: new Date(),
  });
  if (result.oversize)
    io.err(
      `warning: the package is ${(result.size / 1024 / 1024).toFixed(1)} MB, over the usual 50 MB mailbox limit; ` +
        'send the videos by a file-transfer link or split the package',
    );
  io.out(target);
}

/**
 * The app's exporter without a window (the README's 命令行 section). Attachments are read beside the draft file;
 * the draft itself is never written. Preflight findings go to standard error, the written paths
 * to standard output. `--pdf` without LibreOffice still writes the .docx, then exits 3.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, switches, values } = parseArgs(args, {
    switches: ['--pdf'],
    values: ['--out', '--package'],
  });
  const out = values.get('--out');
  if (positional.length !== 1 || !out) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const file = positional[0]!;
  const packageTarget = values.get('--package');
  try {
    const draft = parseDraftText(await readText(file));
    const draftDir = dirname(resolve(file));
    const form = await renderForm(draft, draftDir, {
      campaign: shippedCampaign,
      now: new Date(),
      options: ExportOptionsSchema.parse({}),
    });
    for (const issue of form.preflight.issues)
      io.err(
        `${issue.severity}: ${issue.code}${issue.field ? ` ${issue.field}` : ''}${issue.detail ? ` (${issue.detail})` : ''}`,
      );
    await writeFileAtomic(resolve(out), form.bytes);
    if (form.preflight.provisional) io.err('marked 草稿 (provisional)');
    io.out(resolve(out));

    const soffice = switches.has('--pdf') || packageTarget ? findSoffice() : null;
    const pdf = soffice ? await docxToPdf(form.bytes, { soffice }) : null;
    if (pdf && switches.has('--pdf')) {
      const pdfTarget = resolve(out).replace(/(\.docx)?$/i, '.pdf');
      await writeFileAtomic(pdfTarget, pdf);
      io.out(pdfTarget);
    }
    if (packageTarget) await writePackage(resolve(packageTarget), draft, draftDir, form, pdf, io);
    if (switches.has('--pdf') && !soffice) throw new CliError(EXIT.toolMissing, NO_SOFFICE);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const { code, detail } = errorCodeOf(error);
    if (code === 'internal' && !(error instanceof DeskError)) throw error;
    throw new CliError(EXIT.invalidInput, `${file}: ${code}${detail ? ` ${detail}` : ''}`);
  }
}
