import { z } from 'zod';
import { CampaignIdSchema, CampaignProblemSchema, CampaignSchema } from './campaign';
import {
  AttachmentRoleSchema,
  AttachmentSchema,
  DraftSchema,
  DraftSummarySchema,
  ExportRecordSchema,
  FormIdSchema,
  RelativePathSchema,
} from './draft';
import { IgnoredEntrySchema, QuarantinedSchema, SnapshotSchema } from './draft-folder';
import { DraftV1KindSchema, DraftV1Schema } from './draft-v1';
import {
  DialogNavigateSchema,
  DialogSubmitResultSchema,
  DialogSubmitSchema,
  DialogViewSchema,
  RevealResultSchema,
} from './dialog';
import type { Result } from './errors';
import { MAX_DROPPED_DOCX_CHARS } from './import-limits';
import { ImportReportSchema } from './import-report';
import { PreflightIssueSchema } from './issues';
import { RecoveryFileSchema, RecoverySchema } from './recovery';
import { RollupResultSchema } from './rollup';
import { ExportOptionsSchema, SettingsPatchSchema, SettingsSchema } from './settings';

/**
 * The one contract between the renderer and the main process (STYLE.md §1). Every channel names
 * its request schema, which main parses before any service sees the payload, and its response
 * schema, which types what the renderer gets back. Nothing crossing the boundary is declared twice.
 *
 * Paths never travel from the renderer: files are chosen in main's dialogs (STYLE.md §3).
 */
const draftId = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/) }).strict();
const none = z.object({}).strict();
const ok = z.object({ done: z.literal(true) });
const stagedImport = z.object({ staged: z.string().regex(/^[A-Za-z0-9_-]{6,64}$/) }).strict();

export const DraftListSchema = z.object({
  drafts: z.array(DraftSummarySchema),
  /** Drafts that failed to load this time: kept aside, reported, never reset. */
  quarantined: z.array(QuarantinedSchema),
  /** Entries of a draft's `snapshots/` that are not snapshots: left alone, never read, named here. */
  ignored: z.array(IgnoredEntrySchema.extend({ id: z.string() })).optional(),
});

export const AppInfoSchema = z.object({
  version: z.string(),
  /** Shown to the user so they know where their work lives. */
  dataDir: z.string(),
  host: z.enum(['electron', 'browser-shell']),
  /** One-off notices for the user, e.g. that a corrupt settings file was set aside. */
  notices: z.array(z.object({ code: z.string(), detail: z.string().optional() })),
});

export const PreflightSchema = z.object({
  issues: z.array(PreflightIssueSchema),
  /** The export will say 草稿 (errors, or the draft is not 定稿). */
  provisional: z.boolean(),
});
export type Preflight = z.infer<typeof PreflightSchema>;

export const ExportResultSchema = z.object({
  number: z.number(),
  hash: z.string(),
  files: z.array(z.string()),
});

/**
 * Every campaign the app holds, newest first, with where it comes from (`builtin`, a built-in one
 * the user `edited`, or `imported` from the organiser), and the files that did not load this time.
 */
/**
 * What the home screen shows of a form on its 新建 button, sent with the campaigns so that the
 * first screen does not load the form definitions (their code grows with every form registered).
 */
export const HomeFormSchema = z.object({
  id: FormIdSchema,
  /** The form's key in the `form` texts (`<key>.kindName`). */
  key: z.string(),
  kindName: z.string(),
  /** The limits a writer meets first (简介, 正文), where the form has both. */
  limits: z.object({ summary: z.number(), body: z.number() }).optional(),
});
export const CampaignListSchema = z.object({
  campaigns: z.array(
    z.object({ campaign: CampaignSchema, origin: z.enum(['builtin', 'edited', 'imported']) }),
  ),
  /** Every form a campaign asks for, in registry order. */
  forms: z.array(HomeFormSchema),
  setAside: z.array(
    z.object({
      file: z.string(),
      /** Where in the data folder the file was moved; absent for a built-in file, which stays. */
      movedTo: z.string().optional(),
      problems: z.array(CampaignProblemSchema),
    }),
  ),
});
/** Which campaign a `campaign:` channel means; without one, the built-in 2021 call. */
const campaignRequest = z.object({ id: CampaignIdSchema.optional() }).strict();
/**
 * One campaign's facts in force, its built-in version beside it (null for an imported one), and a
 * broken user file set aside at start.
 */
export const CampaignStateSchema = z.object({
  campaign: CampaignSchema,
  shipped: CampaignSchema.nullable(),
  isDefault: z.boolean(),
  setAside: z.string().optional(),
});
/** The facts a user corrects by hand; checked against `CampaignSchema` by main, which names what is wrong. */
export const CampaignEditSchema = z
  .object({
    id: CampaignIdSchema.optional(),
    deadline: z.string().max(20),
    email: z.string().max(200),
    postal: z
      .object({
        organisation: z.string().max(200),
        address: z.string().max(300),
        recipient: z.string().max(100),
        phone: z.string().max(100),
      })
      .strict(),
  })
  .strict();
export const PackageResultSchema = ExportResultSchema.extend({
  /** Bytes of the zip; over the mailbox limit (`oversize`) the UI says what to do. */
  size: z.number(),
  entries: z.array(z.object({ name: z.string(), size: z.number() })),
  pdf: z.boolean(),
  oversize: z.boolean(),
});
export const ExportHistorySchema = z.object({
  exports: z.array(ExportRecordSchema),
  /** The draft's content hash now, as the next export would print it. */
  hash: z.string(),
  /** What differs from the last export (`cover.title`, `fields.summary`, `attachments`, …). */
  changed: z.object({ since: z.number(), keys: z.array(z.string()) }).nullable(),
});
const exportRequest = draftId.extend({ options: ExportOptionsSchema.partial().optional() }).strict();
/** A row of the roll-up main holds (`r1`, `r2`, …, `RollupRow.id`). */
const rollupRow = z.object({ row: z.string().min(1).max(32) }).strict();
const writtenFile = z.object({ file: z.string() });

export const channels = {
  'app:info': { request: none, response: AppInfoSchema },
  'settings:get': { request: none, response: SettingsSchema },
  'settings:update': { request: SettingsPatchSchema, response: SettingsSchema },
  /** The newest campaign. */
  'campaign:get': { request: none, response: CampaignSchema },
  /** Every campaign, for the home screen, the draft list's groups and the campaign screen. */
  'campaigns:list': { request: none, response: CampaignListSchema },
  /** The renderer has saved everything after an `app:flush` event; the window may close. */
  'app:flushed': { request: z.object({ token: z.string().max(100) }).strict(), response: ok },

  'drafts:list': {
    request: z.object({ trash: z.boolean().default(false) }).strict(),
    response: DraftListSchema,
  },
  /**
   * A new draft of a form: `{form, campaignId?}` (without a campaign: the newest that has the
   * form), or the 610 forms' `{kind}` that outside checks send (DESIGN §8).
   */
  'drafts:create': {
    request: z.union([
      z.object({ kind: DraftV1KindSchema }).strict(),
      z.object({ form: FormIdSchema, campaignId: z.string().min(1).max(100).optional() }).strict(),
    ]),
    response: DraftSchema,
  },
  'drafts:load': { request: draftId, response: DraftSchema },
  'drafts:save': {
    /** A draft of format 2, or of format 1 as outside checks send it (migrated on the way in). */
    request: z.object({ draft: z.union([DraftSchema, DraftV1Schema]) }).strict(),
    response: z.object({ savedAt: z.string() }),
  },
  /** The edits a failed save could not write, kept beside the draft until saved or discarded. */
  'drafts:keepRecovery': { request: z.object({ recovery: RecoverySchema }).strict(), response: ok },
  /** The kept edits of a draft, offered when it is opened; null when there are none. */
  'drafts:recovery': { request: draftId, response: z.object({ kept: RecoveryFileSchema.nullable() }) },
  'drafts:discardRecovery': { request: draftId, response: ok },
  'drafts:rename': {
    request: draftId.extend({ title: z.string().max(500) }).strict(),
    response: DraftSummarySchema,
  },
  'drafts:duplicate': { request: draftId, response: DraftSummarySchema },
  'drafts:trash': { request: draftId, response: ok },
  'drafts:restore': { request: draftId, response: ok },
  'drafts:snapshots': { request: draftId, response: z.array(SnapshotSchema) },
  'drafts:restoreSnapshot': {
    request: draftId.extend({ name: z.string().regex(/^[\w.-]{1,100}$/) }).strict(),
    response: DraftSchema,
  },
  'drafts:exportPackage': { request: draftId, response: z.object({ file: z.string() }) },
  /** `asCopy`: a draft with the package's id already existed, so the import got a new id. */
  'drafts:importPackage': { request: none, response: z.object({ id: z.string(), asCopy: z.boolean() }) },
  /**
   * A filled form from Word/WPS read into a staged draft, not yet in the list: the .docx chosen in
   * main's dialog, or the bytes of one dropped on the window (a drop carries no path). The report
   * says what was found and what could not be placed (docs/IMPORT.md); the user then confirms
   * (`drafts:importConfirm`, a new draft, never over an existing one) or cancels (`drafts:importDiscard`).
   */
  'drafts:importDocx': {
    request: z.object({ dropped: z.base64().max(MAX_DROPPED_DOCX_CHARS).optional() }).strict(),
    response: z.object({ staged: z.string(), report: ImportReportSchema }),
  },
  'drafts:importConfirm': { request: stagedImport, response: z.object({ id: z.string() }) },
  'drafts:importDiscard': { request: stagedImport, response: ok },

  'attachments:add': {
    request: draftId.extend({ role: AttachmentRoleSchema }).strict(),
    response: z.array(AttachmentSchema),
  },
  'attachments:remove': {
    request: draftId.extend({ attachmentId: z.string().max(64) }).strict(),
    response: ok,
  },
  /** A drawn signature as PNG bytes (base64), at most 2 MB. */
  'attachments:saveSignature': {
    request: draftId.extend({ png: z.base64().max(2_800_000) }).strict(),
    response: z.object({ file: RelativePathSchema }),
  },
  /** An attachment of the draft as a data: URL, for thumbnails and the signature preview. */
  'attachments:read': {
    request: draftId.extend({ file: RelativePathSchema }).strict(),
    response: z.object({ dataUrl: z.string() }),
  },

  'export:preflight': { request: draftId, response: PreflightSchema },
  /** The very .docx bytes that export would write, for the in-app preview. */
  'export:preview': {
    request: draftId.extend({ options: ExportOptionsSchema.partial().optional() }).strict(),
    response: z.object({ docx: z.base64() }),
  },
  'export:docx': {
    request: draftId.extend({ options: ExportOptionsSchema.partial().optional() }).strict(),
    response: ExportResultSchema,
  },
  /**
   * How many pages the export of the draft as saved would print with these options, from a model
   * of the layout (never a rendering), for the wizard's 「预计 N 页」.
   */
  'export:estimate': {
    request: draftId.extend({ options: ExportOptionsSchema.partial().optional() }).strict(),
    response: z.object({ pages: z.number().int().positive() }),
  },
  /** Opens the file of the draft's last export, or the folder that holds it, and says which it did. */
  'export:reveal': {
    request: draftId.extend({ what: z.enum(['file', 'folder']) }).strict(),
    response: RevealResultSchema,
  },

  'campaign:state': { request: campaignRequest, response: CampaignStateSchema },
  'campaign:update': { request: CampaignEditSchema, response: CampaignStateSchema },
  /**
   * Adds the campaign in a JSON file the user picks (next year's call; one of the same id the user
   * imported before is replaced), and answers with its state; refused with the field named.
   */
  'campaign:import': { request: none, response: CampaignStateSchema },
  /** Drops the user's version: an edited built-in call is as shipped again, an imported one removed. */
  'campaign:reset': { request: campaignRequest, response: CampaignStateSchema.nullable() },

  /** Whether LibreOffice (PDF) and pdftoppm (true page images) are installed. */
  'delivery:tools': { request: none, response: z.object({ pdf: z.boolean(), pages: z.boolean() }) },
  /** The pages of the very .docx as LibreOffice prints them, PNG (base64) each. */
  'delivery:pages': { request: exportRequest, response: z.object({ pages: z.array(z.base64()) }) },
  'delivery:pdf': { request: exportRequest, response: ExportResultSchema },
  'delivery:package': { request: exportRequest, response: PackageResultSchema },
  /** The envelope / cover sheet for the mailed paper, one page .docx, numbered as its content's export. */
  'delivery:coverSheet': { request: draftId, response: ExportResultSchema.extend({ file: z.string() }) },
  'delivery:history': { request: draftId, response: ExportHistorySchema },
  /** Opens the cover sheet last written for the draft in this run, or its folder. */
  'delivery:revealCoverSheet': {
    request: draftId.extend({ what: z.enum(['file', 'folder']) }).strict(),
    response: RevealResultSchema,
  },

  /**
   * 汇总 (issue #21): main asks for a folder or files of submissions (and, with `earlier`, a folder
   * of earlier years for the originality check only), reads every one without writing to it, and
   * answers with one row per submission; `rollup:progress` counts while it reads. One run at a
   * time; the last run stays in main for the channels below, until the next run or quit.
   */
  'rollup:run': {
    request: z.object({ what: z.enum(['folder', 'files']), earlier: z.boolean().optional() }).strict(),
    response: RollupResultSchema,
  },
  /** Stops the run under way: it answers `cancelled`, keeps nothing and has written nothing. */
  'rollup:cancel': { request: none, response: ok },
  /** A row's draft as it was read, for showing it read-only. */
  'rollup:submission': { request: rollupRow, response: z.object({ draft: DraftSchema }) },
  /**
   * The row's form as it prints (.docx), and its pages as LibreOffice prints them where it is
   * installed; `withPages: false` answers with the .docx alone, at once, while LibreOffice takes seconds.
   */
  'rollup:pages': {
    request: rollupRow.extend({ withPages: z.boolean().default(true) }).strict(),
    response: z.object({ docx: z.base64(), pages: z.array(z.base64()) }),
  },
  /** The roll-up table (.xlsx: one sheet per form, 问题清单, 雷同片段), to where the user chose. */
  'rollup:exportXlsx': { request: none, response: writtenFile },
  /** The roll-up table as a .docx in 公文 style. */
  'rollup:exportDocx': { request: none, response: writtenFile },
  /** One unit's 问题清单, to send back to that unit. */
  'rollup:exportIssues': {
    request: z.object({ unit: z.string().max(500) }).strict(),
    response: writtenFile,
  },

  /**
   * The browser shell's in-page file dialogs (`shared/dialog.ts`): the page moves through folders
   * main lists and hands back what the user picked or typed; main checks it and answers the
   * service that asked. Electron has native dialogs and answers these with `not-found`.
   */
  'dialog:navigate': { request: DialogNavigateSchema, response: DialogViewSchema },
  'dialog:submit': { request: DialogSubmitSchema, response: DialogSubmitResultSchema },
  'dialog:cancel': { request: DialogNavigateSchema.pick({ session: true }).strict(), response: ok },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Channel = keyof typeof channels;
export type RequestOf<C extends Channel> = z.input<(typeof channels)[C]['request']>;
export type ParsedRequestOf<C extends Channel> = z.output<(typeof channels)[C]['request']>;
export type ResponseOf<C extends Channel> = z.output<(typeof channels)[C]['response']>;

export const channelNames = Object.keys(channels) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}

/** What the main process implements: one function per channel, given a parsed request. */
export type Handlers = { [C in Channel]: (request: ParsedRequestOf<C>) => Promise<ResponseOf<C>> };

/** How the renderer calls main; the preload (Electron) or the bridge (browser shell) provides it. */
export type Invoke = <C extends Channel>(channel: C, request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/** Messages main sends to the renderer. */
export const events = {
  /** A menu item or shortcut chose a command. */
  'menu:command': z.enum([
    'new-case',
    'new-material',
    'open-list',
    'save',
    'export',
    'import-package',
    'about',
    'find',
    'previous-step',
    'next-step',
  ]),
  /** The browser shell opens one of its in-page file dialogs. */
  'dialog:open': DialogViewSchema,
  /** The window is closing or the app quitting: save now, then call `app:flushed`. */
  'app:flush': z.object({ token: z.string() }),
  /** How far `rollup:run` has read: `done` of `total` inputs. */
  'rollup:progress': z.object({
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
} as const satisfies Record<string, z.ZodType>;
export type EventName = keyof typeof events;
export type EventOf<E extends EventName> = z.output<(typeof events)[E]>;

/** The handlers of one namespace (`drafts:…`), as each service module provides them. */
export type HandlersOf<Namespace extends string> = Pick<Handlers, Extract<Channel, `${Namespace}:${string}`>>;
