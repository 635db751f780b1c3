import { z } from 'zod';
import { DRAFT_FORMAT_VERSION } from '../../../shared/draft';
import { CoverV1Schema, DraftV1Schema, draftFromV1 } from '../../../shared/draft-v1';

/**
 * How older draft files become the current format on load. `migrations[v]` turns a version-v
 * object into version v+1; a draft of version v runs every step from v up to the current one.
 * Files are only ever rewritten in the current format, and only by a later save.
 *
 * Version 1 held the 610 forms' `kind`, `cover` and `fields`; version 2 holds `form` and `values`
 * by field id (`shared/draft-v1.ts`). Version 0 is the pre-release shape (builds before 0.1): the cover items and the declaration
 * lay flat at the top level, and printed images were a separate `images` list.
 */
const V0ImageSchema = z.object({
  id: z.string(),
  file: z.string(),
  printFile: z.string().optional(),
  originalName: z.string(),
  mime: z.string(),
  size: z.number(),
  sha256: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  caption: z.string().default(''),
  afterPart: z.string().optional(),
});

export const DraftV0Schema = z.object({
  formatVersion: z.literal(0),
  id: z.string(),
  kind: z.enum(['case', 'material']),
  campaignId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  // Version 0 kept the cover's items at the top level, as they are now inside `cover`.
  ...CoverV1Schema.shape,
  fields: z.record(z.string(), z.string()),
  images: z.array(V0ImageSchema).default([]),
  signer: z.string().default(''),
  signDate: z.string().nullable().default(null),
  confirmed: z.boolean().default(false),
});

function v0ToV1(input: unknown): unknown {
  const v0 = DraftV0Schema.parse(input);
  const { title, unit, contact, phone, email, address, images, signer, signDate, confirmed, ...rest } = v0;
  return {
    ...rest,
    formatVersion: 1,
    cover: { title, unit, contact, phone, email, address },
    attachments: images.map((image) => ({ ...image, role: 'image' })),
    declaration: { signer, signDate, confirmed },
  };
}

const v1ToV2 = (input: unknown): unknown => draftFromV1(DraftV1Schema.parse(input));

export const migrations: Record<number, (input: unknown) => unknown> = { 0: v0ToV1, 1: v1ToV2 };

export class FutureVersionError extends Error {}

/** Brings a parsed draft file of any known version to the current one; throws on unknown versions. */
export function migrate(input: unknown): { value: unknown; from: number } {
  const version = (input as { formatVersion?: unknown } | null)?.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    throw new Error('no formatVersion: not a draft file');
  if (version > DRAFT_FORMAT_VERSION) throw new FutureVersionError(`format version ${version}`);
  let value = input;
  for (let v = version; v < DRAFT_FORMAT_VERSION; v++) {
    const step = migrations[v];
    if (!step) throw new Error(`no migration from format version ${v}`);
    value = step(value);
  }
  return { value, from: version };
}
