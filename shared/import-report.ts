import { z } from 'zod';
import { FormIdSchema } from './draft';

/**
 * What a Word import found and what it could not place (`drafts:importDocx`, `cli import`): shown
 * to the user before the new draft is made, so that nothing is lost silently. Names are the form's
 * printed labels and headings (四、社会意义); `key` is the i18next key the 繁體 UI shows them under.
 */
export const IMPORT_PROBLEM_CODES = [
  /** Text the importer found outside any part of the form: shown whole so it can be pasted. */
  'unplaced',
  /** A line that looks like a date but is none (2022年2月30日). */
  'date-unreadable',
  /** An image outside the parts that hold images (on the cover, in the opinion). */
  'image-unplaced',
  /** More images than the form prints. */
  'images-over',
  /** An image the app does not take (EMF, GIF) or cannot decode. */
  'image-unreadable',
  /** An image the document links to outside itself, or names but does not hold. */
  'image-missing',
  /** The file carries macros (.docm): never run, not imported. */
  'macros-ignored',
] as const;

export const ImportReportSchema = z.object({
  form: FormIdSchema,
  /** Each field that received text, with its 字数 and the limit it is held to. */
  found: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      name: z.string(),
      words: z.number().int().nonnegative(),
      limit: z.number().int().positive().optional(),
      /** A repeating-row table: how many rows it received. */
      rows: z.number().int().nonnegative().optional(),
    }),
  ),
  /** Each cover item and part the document did not fill: one line each (未找到：四、社会意义). */
  missing: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  problems: z.array(z.object({ code: z.enum(IMPORT_PROBLEM_CODES), text: z.string() })),
  images: z.number().int().nonnegative(),
  signature: z.boolean(),
});
export type ImportReport = z.infer<typeof ImportReportSchema>;
