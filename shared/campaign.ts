import { z } from 'zod';
import shipped from '../resources/campaigns/shsjl-2021-610.json' with { type: 'json' };

/** A real calendar day: `2099-99-99` and `2021-02-30` match the pattern but are no date. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'not-a-date')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not-a-date');

/**
 * A campaign's id names its file in the data folder (`campaigns/<id>.json`), so it keeps to
 * characters every file system takes.
 */
export const CampaignIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'bad-id');

export const PostalSchema = z.object({
  organisation: z.string().min(1).max(200),
  address: z.string().min(1).max(300),
  recipient: z.string().max(100),
  phone: z.string().max(100),
});

/**
 * One call for submissions (docs/ARCHITECTURE.md, 征集): its facts and the forms it asks for. The
 * bureau runs calls like this most years and only these facts change, so each is one data file —
 * `resources/campaigns/<id>.json` for the built-in ones, the data folder's `campaigns/` for those
 * the user imported — and next year's call is one more file, not a code change.
 */
export const CampaignSchema = z.object({
  id: CampaignIdSchema,
  documentNumber: z.string().min(1).max(100),
  issuer: z.string().min(1).max(100),
  noticeTitle: z.string().min(1).max(300),
  issuedOn: isoDate,
  theme: z.string().max(200),
  /**
   * The submission deadline; past it the home screen marks the call 已截止 (it still offers its
   * forms). Standing guidance (the committee guidance of 2023) sets none, and then nothing is dated.
   */
  deadline: isoDate.optional(),
  /** The form ids the call asks for, in home-screen order; each must be registered (checked on load). */
  forms: z.array(z.string().min(1).max(64)).min(1).max(20),
  /** Where the electronic version goes. */
  email: z.email('bad-email').max(200).optional(),
  /** Where the stamped paper goes. */
  postal: PostalSchema.optional(),
  /** Who receives it when the notice names no address (市局计量处). */
  recipient: z.string().min(1).max(200).optional(),
  /** The notice's contact person. */
  contact: z
    .object({ name: z.string().max(100).optional(), phone: z.string().max(100).optional() })
    .optional(),
  /** The notice asks for work carried out within this many years (近两年内开展). */
  recentYears: z.number().int().min(1).max(10).optional(),
  /** The choice lists a form offers, by form id (the 610 call: case, material). */
  domains: z.record(z.string(), z.array(z.string().min(1).max(50)).max(50)).optional(),
  /** 5·20 活动时间. */
  activityPeriod: z.object({ from: isoDate, to: isoDate }).optional(),
});
export type Campaign = z.infer<typeof CampaignSchema>;

/**
 * What is wrong with a campaign file, one entry per problem: where (`forms[1]`, `deadline`) and a
 * code the renderer translates (`forms[1]: unknown form "x"` in the user's language).
 */
export const CAMPAIGN_PROBLEMS = [
  'unreadable',
  'not-json',
  'missing',
  'wrong-type',
  'empty',
  'too-long',
  'not-a-date',
  'bad-email',
  'bad-id',
  'unknown-form',
  'duplicate-form',
  'duplicate-id',
  'invalid',
] as const;
export const CampaignProblemSchema = z.object({
  path: z.string().max(200),
  code: z.enum(CAMPAIGN_PROBLEMS),
  /** The offending value where it helps (the unknown form id, the parser's message). */
  value: z.string().max(300).optional(),
});
export type CampaignProblem = z.infer<typeof CampaignProblemSchema>;

/** The built-in 2021 610 call: the campaign of last resort and the one the tests compare against. */
export const shippedCampaign: Campaign = CampaignSchema.parse(shipped);

/**
 * Campaigns in the order the home screen and `cli new` read them: the newest notice first (by
 * issue date, then deadline), so "the newest campaign that has the form" is the first that has it.
 */
export function newestFirst<T extends Pick<Campaign, 'id' | 'issuedOn' | 'deadline'>>(campaigns: T[]): T[] {
  return [...campaigns].sort(
    (a, b) =>
      b.issuedOn.localeCompare(a.issuedOn) ||
      (b.deadline ?? '').localeCompare(a.deadline ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/**
 * The campaign whose facts a draft's exports print and its rules check, from campaigns newest
 * first: its own, else (its campaign was removed) the newest that has its form, else the newest of
 * all, else the built-in 2021 call. Main's registry and the wizard pick with this one function, so
 * the live warnings and the export's agree.
 */
export function campaignForDraft(
  campaigns: readonly Campaign[],
  draft: { form: string; campaignId: string },
): Campaign {
  return (
    campaigns.find((campaign) => campaign.id === draft.campaignId) ??
    campaigns.find((campaign) => campaign.forms.includes(draft.form)) ??
    campaigns[0] ??
    shippedCampaign
  );
}
