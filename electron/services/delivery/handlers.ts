import { stat } from 'node:fs/promises';
import { contentHash, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../drafts/atomic';
import { repositoryOf } from '../drafts/shared-repository';
import { formRenderer } from '../export/handlers';
import { exportFileName } from '../export/filename';
import { exportIdentity, type ExportIdentity } from '../export/render';
import { requireFolderOf } from '../export/target';
import { buildCoverSheet } from './cover-sheet';
import { changesSinceLastExport, writeNumberedExport } from './history';
import { writeSubmissionPackage } from './package';
import { docxToPdf, pdfPages } from './pdf';
import { findPdftoppm, findSoffice } from './tools';

/** Files named after the draft: `单位-题目-计量创新案例.pdf`, `…-寄送封面.docx`. */
function fileName(draft: Draft, extension: string, suffix = ''): string {
  return exportFileName(draft, formOf(draft.form), extension).replace(/\.\w+$/, `${suffix}.${extension}`);
}

/**
 * The `delivery:` channels (docs/DELIVERY.md): PDF, the submission package, the cover sheet for
 * the mailed paper, true page images for the preview, and the draft's export history.
 */
export function deliveryHandlers(context: ServiceContext): HandlersOf<'delivery'> {
  const drafts = () => repositoryOf(context);
  const render = formRenderer(context);

  const askTarget = async (purpose: 'export' | 'package', defaultName: string, kind: string, ext: string) => {
    const target = await context.dialogs.saveFile({
      purpose,
      defaultName,
      filters: [{ name: kind, extensions: [ext] }],
    });
    if (!target) throw new DeskError('cancelled');
    await requireFolderOf(target);
    return target;
  };
  /** The export record lists its files, not which of them is the cover sheet: the last one written is kept here, for 打开文件 on its result. */
  const coverSheets = new Map<string, string>();

  const deliver = async (draft: Draft, form: ExportIdentity, target: string, write: () => Promise<void>) =>
    writeNumberedExport({ drafts: await drafts(), draft, form, target, at: context.now(), write });

  const needSoffice = () => {
    const soffice = findSoffice();
    if (!soffice) throw new DeskError('soffice-missing');
    return soffice;
  };

  return {
    'delivery:tools': async () => {
      const pdf = findSoffice() !== null;
      return { pdf, pages: pdf && findPdftoppm() !== null };
    },
    'delivery:pages': async ({ id, options }) => {
      const soffice = needSoffice();
      const { form } = await render(id, options);
      const pages = await pdfPages(await docxToPdf(form.bytes, { soffice }));
      if (!pages) throw new DeskError('soffice-missing', 'pdftoppm');
      return { pages: pages.map((page) => page.toString('base64')) };
    },
    'delivery:pdf': async ({ id, options }) => {
      const soffice = needSoffice();
      const { draft, form } = await render(id, options);
      const target = await askTarget('export', fileName(draft, 'pdf'), 'PDF', 'pdf');
      const pdf = await docxToPdf(form.bytes, { soffice });
      return deliver(draft, form, target, () => writeFileAtomic(target, pdf));
    },
    'delivery:package': async ({ id, options }) => {
      const { draft, form } = await render(id, options);
      // Named before anything is asked or written, never discovered halfway through the zip.
      const missing = form.preflight.issues.filter((issue) => issue.code === 'attachment-missing');
      if (missing.length > 0)
        throw new DeskError('not-found', missing.map((issue) => issue.detail ?? issue.field).join('、'));
      const target = await askTarget('package', fileName(draft, 'zip'), 'Zip', 'zip');
      const soffice = findSoffice();
      const pdf = soffice ? await docxToPdf(form.bytes, { soffice }) : null;
      let written = { size: 0, entries: [] as { name: string; size: number }[], oversize: false };
      const result = await deliver(draft, form, target, async () => {
        written = await writeSubmissionPackage({
          draft,
          draftDir: (await drafts()).layout.draftDir(id),
          campaign: context.campaign(),
          forms: [
            { name: fileName(draft, 'docx'), bytes: form.bytes },
            ...(pdf ? [{ name: fileName(draft, 'pdf'), bytes: pdf }] : []),
          ],
          exportNumber: form.number,
          hash: form.hash,
          target,
          now: context.now(),
        });
      });
      return { ...result, ...written, pdf: pdf !== null };
    },
    'delivery:coverSheet': async ({ id }) => {
      const repository = await drafts();
      const draft = await repository.load(id);
      // The cover sheet names the paper it travels with: the export of this very content, which
      // a .docx or PDF made before or after it carries too.
      const identity = await exportIdentity(draft, repository.layout.draftDir(id), {
        campaign: context.campaign(),
        now: context.now(),
      });
      const bytes = await buildCoverSheet({
        draft,
        campaign: context.campaign(),
        options: context.settings.get().exportOptions,
        printed: identity,
      });
      const target = await askTarget('export', fileName(draft, 'docx', '-寄送封面'), 'Word', 'docx');
      const result = await deliver(draft, identity, target, () => writeFileAtomic(target, bytes));
      coverSheets.set(id, target);
      return { ...result, file: target };
    },
    'delivery:revealCoverSheet': async ({ id, what }) => {
      const file = coverSheets.get(id);
      if (
        !file ||
        !(await stat(file).then(
          () => true,
          () => false,
        ))
      )
        throw new DeskError('not-found', file);
      return { done: true, outcome: await context.dialogs.reveal(file, what), path: file };
    },
    'delivery:history': async ({ id }) => {
      const draft = await (await drafts()).load(id);
      const hash = (await contentHash(draft)).slice(0, 8);
      return {
        exports: draft.exports,
        hash,
        changed: await changesSinceLastExport(draft, (await drafts()).layout.draftDir(id), hash),
      };
    },
  };
}
