import { stat } from 'node:fs/promises';
import { writeFileAtomic } from '../drafts/atomic';
import { repositoryOf } from '../drafts/shared-repository';
import { DeskError } from '../../../shared/errors';
import { lastExport } from '../../../shared/exports';
import { formOf } from '../../../shared/forms';
import type { HandlersOf } from '../../../shared/ipc';
import type { ExportOptions } from '../../../shared/settings';
import type { ServiceContext } from '../context';
import { writeNumberedExport } from '../delivery/history';
import { exportFileName } from './filename';
import { mixedScriptIssues } from './mixed-script';
import { estimateDraftPages } from './page-estimate';
import { preflight } from './preflight';
import { requireFolderOf } from './target';
import { renderForm } from './render';

/** Renders a draft of the repository as export would, with the settings' options under the chosen ones. */
export function formRenderer(context: ServiceContext) {
  const optionsWith = (chosen: Partial<ExportOptions> = {}): ExportOptions => ({
    ...context.settings.get().exportOptions,
    ...chosen,
  });
  return async (id: string, options?: Partial<ExportOptions>) => {
    const drafts = await repositoryOf(context);
    const draft = await drafts.load(id);
    const form = await renderForm(draft, drafts.layout.draftDir(id), {
      campaign: context.campaign(),
      now: context.now(),
      options: optionsWith(options),
    });
    return { draft, form };
  };
}

/**
 * The `export:` channels. The form is written like a draft, to a temp file beside the target and
 * renamed into place, so a full disk or a read-only folder leaves no half-written file; the
 * export is then recorded in the draft (its number, content hash and file).
 */
export function exportHandlers(context: ServiceContext): HandlersOf<'export'> {
  const render = formRenderer(context);

  return {
    'export:preflight': async ({ id }) => {
      const drafts = await repositoryOf(context);
      const draft = await drafts.load(id);
      // Mixed scripts are a warning of the list the user reads, not of the paper's 草稿 state, so the
      // export itself never waits for OpenCC's tables.
      const [check, mixed] = await Promise.all([
        preflight(draft, drafts.layout.draftDir(id), context.campaign(), context.now()),
        mixedScriptIssues(draft),
      ]);
      return { ...check, issues: [...check.issues, ...mixed] };
    },
    'export:preview': async ({ id, options }) => ({
      docx: (await render(id, options)).form.bytes.toString('base64'),
    }),
    'export:docx': async ({ id, options }) => {
      const { draft, form } = await render(id, options);
      const target = await context.dialogs.saveFile({
        purpose: 'export',
        defaultName: exportFileName(draft, formOf(draft.form)),
        filters: [{ name: 'Word', extensions: ['docx'] }],
      });
      if (!target) throw new DeskError('cancelled');
      await requireFolderOf(target);
      return writeNumberedExport({
        drafts: await repositoryOf(context),
        draft,
        form,
        target,
        at: context.now(),
        write: () => writeFileAtomic(target, form.bytes),
      });
    },
    'export:estimate': async ({ id, options }) => {
      const drafts = await repositoryOf(context);
      const draft = await drafts.load(id);
      const chosen = { ...context.settings.get().exportOptions, ...options };
      return { pages: await estimateDraftPages(draft, drafts.layout.draftDir(id), chosen) };
    },
    'export:reveal': async ({ id, what }) => {
      const last = lastExport((await (await repositoryOf(context)).load(id)).exports)?.files.at(-1);
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
