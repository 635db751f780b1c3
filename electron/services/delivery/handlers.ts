import { stat } from 'node:fs/promises';
import { contentHash } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import type { HandlersOf } from '../../../shared/ipc';
import { printedHash } from '../../../shared/printed-hash';
import type { ServiceContext } from '../context';
import { bytesFile, dialogDestination, exportFile, formRenderer } from '../export/pipeline';
import { exportIdentity } from '../export/render';
import { buildCoverSheet } from './cover-sheet';
import { changesSinceLastExport } from './history';
import { packageFile } from './package';
import { docxToPdf, pdfPages } from './pdf';
import { findPdftoppm, findSoffice } from './tools';

/**
 * The `delivery:` channels (docs/DELIVERY.md): PDF, the submission package, the cover sheet for
 * the mailed paper, true page images for the preview, and the draft's export history.
 */
export function deliveryHandlers(context: ServiceContext): HandlersOf<'delivery'> {
  const { drafts } = context;
  const render = formRenderer(context);
  const destination = dialogDestination(context);

  /** The export record lists its files, not which of them is the cover sheet: the last one written is kept here, for 打开文件 on its result. */
  const coverSheets = new Map<string, string>();

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
      const pdf = bytesFile('pdf', form, () => docxToPdf(form.bytes, { soffice }));
      const { number, hash, files } = await exportFile(destination, draft, pdf);
      return { number, hash, files };
    },
    'delivery:package': async ({ id, options }) => {
      const { draft, form } = await render(id, options);
      const zip = packageFile({
        draft,
        draftDir: drafts.layout.draftDir(id),
        campaign: context.campaigns.forDraft(draft),
        form,
        pdf: async () => {
          const soffice = findSoffice();
          return soffice ? docxToPdf(form.bytes, { soffice }) : null;
        },
        now: context.now(),
      });
      const { number, hash, files, written } = await exportFile(destination, draft, zip);
      return { number, hash, files, ...written };
    },
    'delivery:coverSheet': async ({ id }) => {
      const draft = await drafts.load(id);
      // The cover sheet names the paper it travels with: the export of this very content, which
      // a .docx or PDF made before or after it carries too.
      const identity = await exportIdentity(draft, drafts.layout.draftDir(id), {
        campaign: context.campaigns.forDraft(draft),
        now: context.now(),
      });
      const bytes = await buildCoverSheet({
        draft,
        campaign: context.campaigns.forDraft(draft),
        options: context.settings.get().exportOptions,
        printed: identity,
      });
      const sheet = bytesFile('coverSheet', identity, bytes);
      const { number, hash, file, files } = await exportFile(destination, draft, sheet);
      coverSheets.set(id, file);
      return { number, hash, files, file };
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
      const draft = await drafts.load(id);
      const hash = printedHash(await contentHash(draft));
      return {
        exports: draft.exports,
        hash,
        changed: await changesSinceLastExport(draft, drafts.layout.draftDir(id), hash),
      };
    },
  };
}
