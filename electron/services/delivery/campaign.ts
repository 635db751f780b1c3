import { existsSync, readFileSync, renameSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { CampaignSchema, shippedCampaign, type Campaign } from '../../../shared/campaign';
import { DeskError } from '../../../shared/errors';
import { writeFileAtomic } from '../files/atomic';

/** The user's campaign facts, beside the settings; absent while the shipped campaign is in force. */
export const CAMPAIGN_FILE = 'campaign.json';

/** The facts a user may correct by hand (next year's call differs only in these; docs/ARCHITECTURE.md). */
export interface CampaignEdit {
  deadline: string;
  email: string;
  postal: Campaign['postal'];
}

export interface CampaignStore {
  current(): Campaign;
  /** Whether the shipped campaign is in force (no edit, no import). */
  isDefault(): boolean;
  /** The name a broken campaign file was moved to when the app started, if that happened. */
  setAside: string | undefined;
  edit(change: CampaignEdit): Promise<Campaign>;
  /** Replaces the campaign with the one in `file` (next year's call), validated first. */
  importFile(file: string): Promise<Campaign>;
  /** Back to the shipped campaign. */
  reset(): Promise<Campaign>;
}

/** `postal.address: Too small…`: where the file is wrong and how, for the refusal's detail. */
export function campaignProblem(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}

export function parseCampaign(value: unknown): Campaign {
  const parsed = CampaignSchema.safeParse(value);
  if (!parsed.success) throw new DeskError('campaign-invalid', campaignProblem(parsed.error));
  return parsed.data;
}

/**
 * Reads the user's campaign once, at start, so every export of this run agrees on it. A file
 * that does not parse or fit the schema is moved aside (never silently overwritten) and the
 * shipped campaign stands in, with the name it was moved to reported to the campaign screen.
 */
function loadUserCampaign(dataDir: string, now: Date): { campaign?: Campaign; setAside?: string } {
  const file = join(dataDir, CAMPAIGN_FILE);
  if (!existsSync(file)) return {};
  try {
    return { campaign: parseCampaign(JSON.parse(readFileSync(file, 'utf8'))) };
  } catch {
    const setAside = `campaign.corrupt-${now.toISOString().replace(/[:.]/g, '-')}.json`;
    renameSync(file, join(dataDir, setAside));
    return { setAside };
  }
}

export function openCampaign(dataDir: string, now: Date = new Date()): CampaignStore {
  const file = join(dataDir, CAMPAIGN_FILE);
  const loaded = loadUserCampaign(dataDir, now);
  let user = loaded.campaign;
  const keep = async (campaign: Campaign) => {
    await writeFileAtomic(file, `${JSON.stringify(campaign, null, 2)}\n`);
    user = campaign;
    return campaign;
  };
  return {
    current: () => user ?? shippedCampaign,
    isDefault: () => user === undefined,
    setAside: loaded.setAside,
    edit: (change) => {
      const base = user ?? shippedCampaign;
      return keep(parseCampaign({ ...base, ...change, postal: { ...base.postal, ...change.postal } }));
    },
    async importFile(path) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new DeskError('campaign-invalid', (error as Error).message);
      }
      let value: unknown;
      try {
        value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
      } catch (error) {
        throw new DeskError('campaign-invalid', `JSON: ${(error as Error).message}`);
      }
      return keep(parseCampaign(value));
    },
    async reset() {
      await rm(file, { force: true });
      user = undefined;
      return shippedCampaign;
    },
  };
}
