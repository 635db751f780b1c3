import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DraftRepository } from '../../../../../electron/services/drafts/repository';
import { DeskError } from '../../../../../shared/errors';

/** A fresh data directory with an open repository and a clock the test moves by hand. */
export async function freshRepository(label: string) {
  const dataDir = await mkdtemp(join(tmpdir(), `desk-${label}-`));
  const clock = { now: new Date('2021-12-20T08:00:00.000Z') };
  const repo = await new DraftRepository(dataDir, () => clock.now).open();
  return {
    dataDir,
    repo,
    clock,
    advance(ms: number) {
      clock.now = new Date(clock.now.getTime() + ms);
    },
    cleanup: () => rm(dataDir, { recursive: true, force: true }),
  };
}

/** The code of the DeskError `promise` rejects with; otherwise what it settled with, as text ('null' when it resolved). */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  return error instanceof DeskError ? error.code : String(error);
}
