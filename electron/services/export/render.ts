import type { Campaign } from '../../../shared/campaign';
import { contentHash, type Draft } from '../../../shared/draft';
import type { Preflight } from '../../../shared/ipc';
import type { ExportOptions } from '../../../shared/settings';
import { buildDocx } from './docx';
import { imageCache } from './images';
import { preflight } from './preflight';

export interface RenderedForm {
  bytes: Buffer;
  preflight: Preflight;
  /** The number this export gets: one more than the draft's last. */
  number: number;
  /** As printed in the footer. */
  hash: string;
}

/** The one path from a draft to its printed form, shared by the app's channels and the CLI. */
export async function renderForm(
  draft: Draft,
  draftDir: string,
  context: { campaign: Campaign; now: Date; options: ExportOptions },
): Promise<RenderedForm> {
  const images = imageCache();
  const [check, hash] = await Promise.all([
    preflight(draft, draftDir, context.campaign, context.now, images),
    contentHash(draft),
  ]);
  const number = Math.max(0, ...draft.exports.map((record) => record.number)) + 1;
  const bytes = await buildDocx(draft, draftDir, {
    exportOptions: context.options,
    exportNumber: number,
    provisional: check.provisional,
    images,
    hash,
  });
  return { bytes, preflight: check, number, hash: hash.slice(0, 8) };
}
