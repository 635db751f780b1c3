import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Dialogs } from '../../../../../electron/services/context';
import type { Handlers } from '../../../../../shared/ipc';
import { FIXTURES } from '../export/docx-files';
import { testHandlers } from '../../../../support/handlers';

/**
 * A data directory holding copies of sample drafts, the app's handlers on it, and scripted dialogs;
 * `campaignsDir` stands in for the built-in campaign folder.
 */
export async function deliveryWorld(samples: string[] = ['case-full'], campaignsDir?: string) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'delivery-data-'));
  const outDir = await mkdtemp(path.join(tmpdir(), 'delivery-out-'));
  for (const name of samples)
    await cp(path.join(FIXTURES, name), path.join(dataDir, 'drafts', `fixture-${name}`), { recursive: true });
  const answers: (string | null)[] = [];
  const asked: { purpose: string; defaultName?: string }[] = [];
  const dialogs: Dialogs = {
    openFiles: async ({ purpose }) => {
      asked.push({ purpose });
      const answer = answers.shift();
      return answer ? [answer] : [];
    },
    saveFile: async ({ purpose, defaultName }) => {
      asked.push({ purpose, defaultName });
      return answers.shift() ?? null;
    },
    chooseFolder: async () => null,
    reveal: async () => 'opened',
  };
  const open = (): Handlers => testHandlers(dataDir, dialogs, campaignsDir);
  return {
    dataDir,
    outDir,
    handlers: open(),
    /** The app started again on the same data directory. */
    reopen: open,
    /** Answers the next dialog: a path, or null to cancel. */
    answer: (next: string | null) => void answers.push(next),
    asked,
    draftDir: (name: string) => path.join(dataDir, 'drafts', `fixture-${name}`),
    cleanup: async () => {
      await rm(dataDir, { recursive: true, force: true });
      await rm(outDir, { recursive: true, force: true });
    },
  };
}
export type DeliveryWorld = Awaited<ReturnType<typeof deliveryWorld>>;
