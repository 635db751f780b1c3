import { z } from 'zod';

/**
 * The file dialogs the browser shell draws in the page. Main holds each dialog's session: the
 * folder it shows, the entries it listed, the start places. The page only names an entry main
 * listed, a place main offered, or sends what the user typed in 文件名 for main to check — it
 * never sends a path of its own, as with Electron's native dialogs (STYLE.md §3).
 */
export const DIALOG_MODES = ['open', 'save', 'folder'] as const;
export const DIALOG_PURPOSES = ['attachment', 'package', 'campaign', 'export', 'rollup', 'earlier'] as const;
export const PLACE_KINDS = ['desktop', 'documents', 'home', 'data', 'removable', 'drive'] as const;
/** Why main refused what was typed or picked; the dialog says it in the user's language. */
export const DIALOG_PROBLEMS = [
  'folder-missing',
  'not-a-folder',
  'file-missing',
  'unreadable',
  'read-only',
  'name-missing',
  'exists',
  'nothing-selected',
] as const;

export type DialogMode = (typeof DIALOG_MODES)[number];
export type DialogPurpose = (typeof DIALOG_PURPOSES)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type DialogProblem = (typeof DIALOG_PROBLEMS)[number];

export const DialogEntrySchema = z.object({
  name: z.string(),
  kind: z.enum(['folder', 'file']),
  size: z.number().optional(),
});
export const DialogPlaceSchema = z.object({
  id: z.string(),
  kind: z.enum(PLACE_KINDS),
  /** A drive's or removable medium's own name; the page names the others. */
  name: z.string(),
  path: z.string(),
});
export const DialogViewSchema = z.object({
  session: z.string(),
  mode: z.enum(DIALOG_MODES),
  purpose: z.enum(DIALOG_PURPOSES),
  multiple: z.boolean(),
  /** The folder shown, as main resolved it. */
  folder: z.string(),
  canGoUp: z.boolean(),
  entries: z.array(DialogEntrySchema),
  /** Entries left out of a very large folder; typing the name still reaches them. */
  more: z.number(),
  places: z.array(DialogPlaceSchema),
  filters: z.array(z.object({ name: z.string(), extensions: z.array(z.string()) })),
  /** What the 文件名 field holds: the suggested name, or what the user typed that was refused. */
  name: z.string(),
  problem: z.object({ code: z.enum(DIALOG_PROBLEMS), detail: z.string().optional() }).optional(),
});
export type DialogView = z.infer<typeof DialogViewSchema>;
export type DialogEntry = z.infer<typeof DialogEntrySchema>;
export type DialogPlace = z.infer<typeof DialogPlaceSchema>;

const session = z.string().regex(/^[a-f0-9-]{36}$/);
const entryName = z.string().min(1).max(255);

export const DialogNavigateSchema = z
  .object({
    session,
    to: z.union([
      z.object({ place: z.string().max(64) }).strict(),
      z.object({ entry: entryName }).strict(),
      z.object({ up: z.literal(true) }).strict(),
    ]),
  })
  .strict();
export const DialogSubmitSchema = z
  .object({
    session,
    /** What the user typed in 文件名: a name, a relative path or a whole path. */
    name: z.string().max(4096),
    /** Entries of the last listing the user picked. */
    selected: z.array(entryName).max(1000),
    /** The user confirmed replacing the existing file main named in `exists`. */
    replace: z.boolean().default(false),
  })
  .strict();
export const DialogSubmitResultSchema = z.union([
  z.object({ done: z.literal(true) }),
  z.object({ done: z.literal(false), view: DialogViewSchema }),
]);

/** What `export:reveal` did: handed to the desktop (Electron), or only located (the shell has no desktop). */
export const RevealResultSchema = z.object({
  done: z.literal(true),
  outcome: z.enum(['opened', 'shown', 'located']),
  path: z.string(),
});
export type RevealOutcome = z.infer<typeof RevealResultSchema>['outcome'];
