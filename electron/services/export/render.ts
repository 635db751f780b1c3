import type { Campaign } from '../../../shared/campaign';
import { contentHash, type Draft } from '../../../shared/draft';
import { exportNumberFor } from '../../../shared/exports';
import type { Preflight } from '../../../shared/ipc';
import { printedHash } from '../../../shared/printed-hash';
import type { ExportOptions } from '../../../shared/settings';
import { formOf } from '../../../shared/forms';
import { layoutOf } from './layouts';
import { imageCache, type ImageLoader } from './images';
import { preflight } from './preflight';

/** What every file made from one content carries: its number, its printed hash, its 草稿 state. */
export interface ExportIdentity {
  preflight: Preflight;
  /** The number of this content's export: the one it had, or one more than the draft's last. */
  number: number;
  /** As printed in the footer (`printedHash`). */
  hash: string;
}

export interface RenderedForm extends ExportIdentity {
  bytes: Buffer;
}

/** The number, hash and preflight an export of the draft as it is now would carry. */
export async function exportIdentity(
  draft: Draft,
  draftDir: string,
  context: { campaign: Campaign; now: Date },
  images?: ImageLoader,
): Promise<ExportIdentity & { fullHash: string }> {
  const [check, fullHash] = await Promise.all([
    preflight(draft, draftDir, context.campaign, context.now, images),
    contentHash(draft),
  ]);
  const hash = printedHash(fullHash);
  return { preflight: check, number: exportNumberFor(draft.exports, hash), hash, fullHash };
}

/**
 * The one path from a draft to its printed form, shared by the app's channels and the CLI through
 * the export pipeline (`pipeline.ts`): the number, hash and 草稿 state its content carries, and the
 * .docx of the layout that prints the draft. Choosing that layout happens here and nowhere else.
 */
export async function renderDraft(
  draft: Draft,
  draftDir: string,
  context: { campaign: Campaign; now: Date; options: ExportOptions },
): Promise<RenderedForm> {
  const images = imageCache();
  const { fullHash, ...identity } = await exportIdentity(draft, draftDir, context, images);
  const bytes = await layoutOf(formOf(draft.form)).render(draft, draftDir, {
    exportOptions: context.options,
    exportNumber: identity.number,
    provisional: identity.preflight.provisional,
    images,
    hash: fullHash,
  });
  return { bytes, ...identity };
}
