import { rmSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { localDate } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import type { HandlersOf } from '../../../shared/ipc';
import type { RollupProgress, RollupResult } from '../../../shared/rollup';
import type { ServiceContext } from '../context';
import { docxToPdf, pdfPages } from '../delivery/pdf';
import { findPdftoppm, findSoffice } from '../delivery/tools';
import { renderDraft } from '../export/render';
import { chooseTarget } from '../files/dialog';
import { safeStem } from '../files/names';
import { writeRollupDocx } from './docx';
import { runRollup, type RollupRun } from './index';
import { writeRollupXlsx, writeUnitIssues } from './xlsx';

/** Where a run unpacks what it reads: the data folder's temp area, never beside the inputs. */
export const rollupWorkDir = (dataDir: string): string => join(dataDir, 'tmp', 'rollup');

/** Progress is sent at most this often (and at the end): hundreds of inputs are not hundreds of repaints. */
const PROGRESS_EVERY_MS = 100;

/** Submission and draft packages, Word forms, a draft's draft.json (a draft folder is chosen as a folder). */
const SUBMISSION_FILTERS = [{ name: 'ZIP / DOCX / JSON', extensions: ['zip', 'docx', 'json'] }];

const resultOf = (run: RollupRun): RollupResult => ({
  rows: run.rows,
  passages: run.passages,
  cancelled: run.cancelled,
});

/**
 * The `rollup:` channels (issue #21): main asks for the inputs in its dialogs, runs one roll-up at
 * a time, and keeps the last run's result for opening its rows and exporting it. What the run
 * unpacked lives under the data folder's temp area until the next run or quit; a cancelled run
 * keeps nothing.
 */
export function rollupHandlers(context: ServiceContext): HandlersOf<'rollup'> {
  const { dialogs } = context;
  const workDir = rollupWorkDir(context.dataDir);
  let running: AbortController | undefined;
  let last: RollupRun | undefined;
  context.lifetime.onQuit(() => {
    running?.abort();
    rmSync(workDir, { recursive: true, force: true });
  });

  async function chooseInputs(what: 'folder' | 'files'): Promise<string[]> {
    if (what === 'folder') {
      const folder = await dialogs.chooseFolder({ purpose: 'rollup' });
      if (!folder) throw new DeskError('cancelled');
      return [folder];
    }
    const files = await dialogs.openFiles({ purpose: 'rollup', filters: SUBMISSION_FILTERS, multiple: true });
    if (files.length === 0) throw new DeskError('cancelled');
    return files;
  }

  function progressSender(): (progress: RollupProgress) => void {
    let sentAt = 0;
    return (progress) => {
      const now = Date.now();
      if (progress.done > 0 && progress.done < progress.total && now - sentAt < PROGRESS_EVERY_MS) return;
      sentAt = now;
      context.send('rollup:progress', progress);
    };
  }

  const lastRun = (): RollupRun => {
    if (!last) throw new DeskError('rollup-none');
    return last;
  };

  const submissionOf = (row: string) => {
    const submission = lastRun().submissions.get(row);
    if (!submission) throw new DeskError('not-found', row);
    return submission;
  };

  const stamp = () => localDate(context.now());

  /** The whole roll-up, as a spreadsheet or a 公文-style .docx, to where the user chose. */
  async function exportTable(as: 'xlsx' | 'docx'): Promise<{ file: string }> {
    const run = lastRun();
    const file = await chooseTarget(dialogs, {
      purpose: 'rollup',
      defaultName: `汇总表-${stamp()}.${as}`,
      filters: [
        as === 'xlsx' ? { name: 'Excel', extensions: ['xlsx'] } : { name: 'Word', extensions: ['docx'] },
      ],
    });
    await (as === 'xlsx' ? writeRollupXlsx : writeRollupDocx)(run, file);
    return { file };
  }

  return {
    'rollup:run': async ({ what, earlier }) => {
      if (running) throw new DeskError('rollup-running');
      const controller = new AbortController();
      running = controller;
      try {
        const inputs = await chooseInputs(what);
        const earlierFolder = earlier ? await dialogs.chooseFolder({ purpose: 'earlier' }) : undefined;
        if (earlierFolder === null) throw new DeskError('cancelled');
        // The run before is dropped with what it unpacked, before anything of the new one is read.
        last = undefined;
        await rm(workDir, { recursive: true, force: true });
        await mkdir(workDir, { recursive: true });
        const run = await runRollup(inputs, {
          ...(earlierFolder ? { earlier: [earlierFolder] } : {}),
          registry: context.campaigns,
          now: context.now(),
          workDir,
          signal: controller.signal,
          onProgress: progressSender(),
        });
        if (run.cancelled || controller.signal.aborted) {
          await rm(workDir, { recursive: true, force: true });
          return { rows: [], passages: [], cancelled: true };
        }
        last = run;
        return resultOf(run);
      } finally {
        running = undefined;
      }
    },
    'rollup:cancel': async () => {
      running?.abort();
      return { done: true };
    },
    'rollup:submission': async ({ row }) => ({ draft: submissionOf(row).draft }),
    'rollup:pages': async ({ row, withPages }) => {
      const submission = submissionOf(row);
      // The form the unit sent where the input holds one (its package's .docx); else as export prints the draft.
      const docx = submission.docx
        ? await readFile(submission.docx)
        : (
            await renderDraft(submission.draft, submission.dir, {
              campaign: submission.campaign,
              now: context.now(),
              options: context.settings.get().exportOptions,
            })
          ).bytes;
      const soffice = withPages ? findSoffice() : null;
      const pages = soffice && findPdftoppm() ? await pdfPages(await docxToPdf(docx, { soffice })) : null;
      return {
        docx: docx.toString('base64'),
        pages: (pages ?? []).map((page) => page.toString('base64')),
      };
    },
    'rollup:exportXlsx': () => exportTable('xlsx'),
    'rollup:exportDocx': () => exportTable('docx'),
    'rollup:exportIssues': async ({ unit }) => {
      const run = lastRun();
      // No dialog for a unit the run does not have.
      if (!run.rows.some((row) => row.unit?.trim() === unit.trim())) throw new DeskError('not-found', unit);
      const target = await chooseTarget(dialogs, {
        purpose: 'export',
        defaultName: `问题清单-${safeStem([unit], 60) || stamp()}.xlsx`,
        filters: [{ name: 'Excel', extensions: ['xlsx'] }],
      });
      await writeUnitIssues(run, unit, target);
      return { file: target };
    },
  };
}
