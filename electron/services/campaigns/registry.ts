import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import {
  campaignForDraft,
  newestFirst,
  shippedCampaign,
  type Campaign,
  type CampaignProblem,
} from '../../../shared/campaign';
import { ensureDir, writeFileAtomic } from '../files/atomic';
import { campaignJson, checkCampaign, CampaignInvalid, parseCampaign } from './parse';

/** The user's campaigns, in the data folder: imported from the organiser, or a built-in one edited. */
export const USER_CAMPAIGNS_DIR = 'campaigns';
/** Where a user campaign file that no longer loads is moved, inside `campaigns/`, never deleted. */
export const SET_ASIDE_DIR = 'set-aside';
/** The one campaign file of the app before it held several (replaced the shipped call); migrated at start. */
export const LEGACY_CAMPAIGN_FILE = 'campaign.json';

/** `builtin`: as shipped; `edited`: a built-in call the user corrected; `imported`: the user's file. */
export type CampaignOrigin = 'builtin' | 'edited' | 'imported';
export interface CampaignEntry {
  campaign: Campaign;
  origin: CampaignOrigin;
}
/** A campaign file that did not load this time: its name, where it went, and what is wrong. */
export interface SetAside {
  file: string;
  movedTo?: string;
  problems: CampaignProblem[];
}

/** The facts a user may correct by hand for one campaign (deadline, mailbox, postal address). */
export interface CampaignEdit {
  deadline: string;
  email: string;
  postal: NonNullable<Campaign['postal']>;
}

export interface CampaignRegistry {
  /** Every campaign, newest first (the home screen's order). */
  list(): CampaignEntry[];
  get(id: string): Campaign | undefined;
  /** The built-in campaign of this id, as shipped (an edit does not change it). */
  builtin(id: string): Campaign | undefined;
  /** The newest campaign that asks for the form (`cli new` and `drafts:create` without a campaign). */
  newestWith(form: string): Campaign | undefined;
  /**
   * The campaign whose facts a draft's exports print: its own, else (its campaign was removed) the
   * newest that has its form, else the newest of all, else the built-in 2021 call.
   */
  forDraft(draft: { form: string; campaignId: string }): Campaign;
  /** Files that did not load when the registry opened, reported on the campaign screen. */
  readonly setAside: SetAside[];
  edit(id: string, change: CampaignEdit): Promise<Campaign>;
  /** Adds the campaign in `file` (or replaces the user's one of the same id), validated first. */
  importFile(file: string): Promise<Campaign>;
  /** Drops the user's version of the campaign: an edited built-in is as shipped again, an imported one is gone. */
  reset(id: string): Promise<void>;
}

export interface RegistryOptions {
  builtinDir: string;
  /** The data folder holding the user's campaigns; without it only the built-in ones are read. */
  dataDir?: string;
  isFormId: (id: string) => boolean;
  /** The CLI reads the user's campaigns but never moves their files. */
  readOnly?: boolean;
  now?: Date;
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
const jsonFiles = (dir: string) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
        .map((entry) => entry.name)
        .sort()
    : [];

function readCampaignFile(
  path: string,
  isFormId: RegistryOptions['isFormId'],
  fill?: (value: unknown) => unknown,
) {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return {
      problems: [
        { path: '(root)', code: 'unreadable', value: (error as Error).message },
      ] as CampaignProblem[],
    };
  }
  const json = campaignJson(text);
  if ('problems' in json) return json;
  return checkCampaign(fill ? fill(json.value) : json.value, isFormId);
}

/**
 * The campaign file of the app before it held several campaigns carried no form list: every
 * campaign then asked for the 610 forms, so it gets the built-in call's (or the 610 forms).
 */
function withLegacyForms(builtins: Map<string, Campaign>) {
  return (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || 'forms' in value) return value;
    const id = (value as { id?: unknown }).id;
    const forms = (typeof id === 'string' && builtins.get(id)?.forms) || shippedCampaign.forms;
    return { ...value, forms };
  };
}

/**
 * Reads every campaign once, at start, so every export of this run agrees on them: each file of
 * the built-in folder, then the user's (which replace a built-in one of the same id). A user file
 * that does not load is moved to `campaigns/set-aside/` and reported by name, never lost; a broken
 * built-in file is only reported.
 */
export function openCampaigns(options: RegistryOptions): CampaignRegistry {
  const { isFormId } = options;
  const now = options.now ?? new Date();
  const setAside: SetAside[] = [];
  const builtins = new Map<string, Campaign>();
  for (const name of jsonFiles(options.builtinDir)) {
    const read = readCampaignFile(join(options.builtinDir, name), isFormId);
    if ('problems' in read) setAside.push({ file: name, problems: read.problems });
    else if (builtins.has(read.campaign.id))
      setAside.push({
        file: name,
        problems: [{ path: 'id', code: 'duplicate-id', value: read.campaign.id }],
      });
    else builtins.set(read.campaign.id, read.campaign);
  }

  const userDir = options.dataDir && join(options.dataDir, USER_CAMPAIGNS_DIR);
  /** The user's campaigns by id, with the file each lives in (edits write back to it). */
  const users = new Map<string, { campaign: Campaign; file: string }>();
  const moveAside = (from: string, to: string): string | undefined => {
    if (options.readOnly) return undefined;
    mkdirSync(join(to, '..'), { recursive: true });
    renameSync(from, to);
    return to;
  };

  if (options.dataDir && userDir) {
    const legacy = join(options.dataDir, LEGACY_CAMPAIGN_FILE);
    if (existsSync(legacy)) {
      const read = readCampaignFile(legacy, isFormId, withLegacyForms(builtins));
      if ('problems' in read) {
        const movedTo = moveAside(legacy, join(options.dataDir, `campaign.corrupt-${stamp(now)}.json`));
        setAside.push({
          file: LEGACY_CAMPAIGN_FILE,
          problems: read.problems,
          ...(movedTo ? { movedTo } : {}),
        });
      } else if (!options.readOnly) {
        // Written whole (with its form list) beside, then renamed: a crash leaves one of the two.
        const file = join(userDir, `${read.campaign.id}.json`);
        mkdirSync(userDir, { recursive: true });
        if (!existsSync(file)) {
          writeFileSync(`${file}.migrating`, `${JSON.stringify(read.campaign, null, 2)}\n`);
          renameSync(`${file}.migrating`, file);
        }
        rmSync(legacy);
      } else users.set(read.campaign.id, { campaign: read.campaign, file: legacy });
    }
    for (const name of jsonFiles(userDir)) {
      const file = join(userDir, name);
      const read = readCampaignFile(file, isFormId);
      if ('problems' in read) {
        const movedTo = moveAside(
          file,
          join(userDir, SET_ASIDE_DIR, `${name.slice(0, -5)}.${stamp(now)}.json`),
        );
        setAside.push({ file: name, problems: read.problems, ...(movedTo ? { movedTo } : {}) });
      } else if (users.has(read.campaign.id)) {
        setAside.push({
          file: name,
          problems: [{ path: 'id', code: 'duplicate-id', value: read.campaign.id }],
        });
      } else users.set(read.campaign.id, { campaign: read.campaign, file });
    }
  }

  const list = (): CampaignEntry[] => {
    const entries: CampaignEntry[] = [...builtins.values()].map((campaign) =>
      users.has(campaign.id)
        ? { campaign: users.get(campaign.id)!.campaign, origin: 'edited' }
        : { campaign, origin: 'builtin' },
    );
    for (const { campaign } of users.values())
      if (!builtins.has(campaign.id)) entries.push({ campaign, origin: 'imported' });
    const order = newestFirst(entries.map((entry) => entry.campaign));
    return order.map((campaign) => entries.find((entry) => entry.campaign === campaign)!);
  };
  const get = (id: string) => users.get(id)?.campaign ?? builtins.get(id);
  const newestWith = (form: string) => list().find((entry) => entry.campaign.forms.includes(form))?.campaign;

  const keep = async (campaign: Campaign): Promise<Campaign> => {
    if (!userDir) throw new Error('no data folder for the user’s campaigns');
    const file = users.get(campaign.id)?.file ?? join(userDir, `${campaign.id}.json`);
    await ensureDir(userDir);
    await writeFileAtomic(file, `${JSON.stringify(campaign, null, 2)}\n`);
    users.set(campaign.id, { campaign, file });
    return campaign;
  };
  const known = (id: string): Campaign => {
    const campaign = get(id);
    if (!campaign) throw new CampaignInvalid([{ path: 'id', code: 'invalid', value: id }]);
    return campaign;
  };

  return {
    list,
    get,
    builtin: (id) => builtins.get(id),
    newestWith,
    forDraft: (draft) =>
      campaignForDraft(
        list().map((entry) => entry.campaign),
        draft,
      ),
    setAside,
    edit(id, change) {
      const base = known(id);
      // An empty mailbox or postal block means the call names none (a 5·20 notice has no address).
      const postal = Object.values(change.postal).some((text) => text.trim())
        ? { ...base.postal, ...change.postal }
        : undefined;
      const { email: _email, postal: _postal, deadline: _deadline, ...rest } = base;
      const next = {
        ...rest,
        ...(change.deadline.trim() ? { deadline: change.deadline.trim() } : {}),
        ...(change.email.trim() ? { email: change.email.trim() } : {}),
        ...(postal ? { postal } : {}),
      };
      return keep(parseCampaign(next, isFormId));
    },
    async importFile(path) {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new CampaignInvalid([{ path: '(root)', code: 'unreadable', value: (error as Error).message }]);
      }
      const json = campaignJson(text);
      if ('problems' in json) throw new CampaignInvalid(json.problems);
      return keep(parseCampaign(json.value, isFormId));
    },
    async reset(id) {
      const user = users.get(id);
      if (!user) return;
      await rm(user.file, { force: true });
      users.delete(id);
    },
  };
}
