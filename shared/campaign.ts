import { z } from 'zod';
import shipped from '../resources/campaigns/shsjl-2021-610.json' with { type: 'json' };

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

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
