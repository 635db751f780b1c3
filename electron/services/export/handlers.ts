import { stat } from 'node:fs/promises';
import { DeskError } from '../../../shared/errors';
import { lastExport } from '../../../shared/exports';
import { formOf } from '../../../shared/forms';
import type { HandlersOf } from '../../../shared/ipc';
import type { ServiceContext } from '../context';
import { mixedScriptIssues } from './mixed-script';
import { layoutOf } from './layouts';
import { bytesFile, dialogDestination, exportFile, formRenderer } from './pipeline';
import { preflight } from './preflight';

/**
 * The `export:` channels. The .docx goes through the export pipeline (`pipeline.ts`): written like
 * a draft, to a temp file beside the target and renamed into place, so a full disk or a read-only
 * folder leaves no half-written file; the export is then recorded in the draft (its number,
 * content hash and file).
 */
export function exportHandlers(context: ServiceContext): HandlersOf<'export'> {
  const render = formRenderer(context);
  const destination = dialogDestination(context);

  return {
    'export:preflight': async ({ id }) => {
      const { drafts } = context;
      const draft = await drafts.load(id);
      // Mixed scripts are a warning of the list the user reads, not of the paper's 草稿 state, so the
      // export itself never waits for OpenCC's tables.
      const [check, mixed] = await Promise.all([
        preflight(draft, drafts.layout.draftDir(id), context.campaigns.forDraft(draft), context.now()),
        mixedScriptIssues(draft),
      ]);
      return { ...check, issues: [...check.issues, ...mixed] };
    },
    'export:preview': async ({ id, options }) => ({
      docx: (await render(id, options)).form.bytes.toString('base64'),
    }),
    'export:docx': async ({ id, options }) => {
      const { draft, form } = await render(id, options);
      const { number, hash, files } = await exportFile(
        destination,
        draft,
        bytesFile('docx', form, form.bytes),
      );
      return { number, hash, files };
    },
    'export:estimate': async ({ id, options }) => {
      const { drafts } = context;
      const draft = await drafts.load(id);
      const chosen = { ...context.settings.get().exportOptions, ...options };
      const { estimatePages } = layoutOf(formOf(draft.form));
      // A layout without a page model has no figure to give: said, and the header shows none.
      if (!estimatePages) throw new DeskError('layout-no-estimate', draft.form);
      return { pages: await estimatePages(draft, drafts.layout.draftDir(id), chosen) };
    },
    'export:reveal': async ({ id, what }) => {
      const last = lastExport((await context.drafts.load(id)).exports)?.files.at(-1);
      const there =
        last &&
        (await stat(last).then(
          () => true,
          () => false,
        ));
      if (!last || !there) throw new DeskError('not-found', last);
      return { done: true, outcome: await context.dialogs.reveal(last, what), path: last };
    },
  };
}
