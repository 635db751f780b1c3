import { z } from 'zod';
import shipped from '../resources/campaigns/shsjl-2021-610.json' with { type: 'json' };
import type { FormDefinition } from './forms/types';

/** A real calendar day: `2099-99-99` and `2021-02-30` match the pattern but are no date. */
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((text) => {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  }, 'not a calendar date');

/**
 * The facts of one call for submissions. The bureau runs a call like this most years and only
 * these facts change, so they live in a data file that users can replace (docs/ARCHITECTURE.md).
 */
export const CampaignSchema = z.object({
  id: z.string().min(1).max(100),
  documentNumber: z.string().min(1).max(100),
  issuer: z.string().min(1).max(100),
  noticeTitle: z.string().min(1).max(300),
  issuedOn: isoDate,
  theme: z.string().max(200),
  deadline: isoDate,
  email: z.email().max(200),
  postal: z.object({
    organisation: z.string().min(1).max(200),
    address: z.string().min(1).max(300),
    recipient: z.string().max(100),
    phone: z.string().max(100),
  }),
  /** The notice asks for cases carried out within this many years (近两年内开展). */
  recentYears: z.number().int().min(1).max(10),
  domains: z.object({ case: z.array(z.string().max(50)), material: z.array(z.string().max(50)) }),
});
export type Campaign = z.infer<typeof CampaignSchema>;

export const shippedCampaign: Campaign = CampaignSchema.parse(shipped);

/**
 * The campaigns that ask for a form, newest first (`cli forms`, `cli new`). Campaigns do not list
 * their forms yet (issue #17): until a campaign registry does, the built-in call holds every form
 * printed with its layout, and this is the one place that says so.
 */
export function campaignsOfForm(form: Pick<FormDefinition, 'layout'>): Campaign[] {
  return form.layout === 'form-610' ? [shippedCampaign] : [];
}
