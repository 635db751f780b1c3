import { z } from 'zod';
import { DRAFT_FORMAT_VERSION, DraftSchema, type Draft } from './draft';

/**
 * Draft format 1, as outside checks still send it (`drafts:save {draft}`, DESIGN §8) and as older
 * files hold it: the two 610 forms' `kind`, the cover items in `cover` and the parts' text in
 * `fields`. Format 2 keeps all of these as `values` by field id (docs/DRAFTS.md).
 */
export const DraftV1KindSchema = z.enum(['case', 'material']);

export const CoverV1Schema = z.object({
  title: z.string().default(''),
  unit: z.string().default(''),
  contact: z.string().default(''),
  phone: z.string().default(''),
  email: z.string().default(''),
  address: z.string().default(''),
});

export const DraftV1Schema = DraftSchema.omit({ formatVersion: true, form: true, values: true }).extend({
  formatVersion: z.literal(1),
  kind: DraftV1KindSchema,
  cover: CoverV1Schema,
  fields: z.record(z.string().max(64), z.string()),
});
export type DraftV1 = z.infer<typeof DraftV1Schema>;

/** A format-1 draft in format 2: its kind is its form, its cover items and parts its values. */
export function draftFromV1(v1: DraftV1): Draft {
  const { formatVersion: _version, kind, cover, fields, ...rest } = v1;
  return DraftSchema.parse({
    ...rest,
    formatVersion: DRAFT_FORMAT_VERSION,
    form: kind,
    values: { ...cover, ...fields },
  });
}
