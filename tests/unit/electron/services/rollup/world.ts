import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isFormId } from '../../../../../shared/forms';
import { builtinCampaignsDir } from '../../../../../electron/services/campaigns/builtin-dir';
import { openCampaigns } from '../../../../../electron/services/campaigns/registry';
import { runRollup, type RollupOptions } from '../../../../../electron/services/rollup';
import { writeSubmissionPackage } from '../../../../../electron/services/delivery/package';
import { parseDraftText } from '../../../../../electron/services/drafts/format';
import { renderDraft } from '../../../../../electron/services/export/render';
import { productFileName } from '../../../../../electron/services/export/pipeline';
import { DEFAULT_EXPORT_OPTIONS } from '../../../../../shared/export-options';
import { emptyDraft, type Draft, type FieldValue } from '../../../../../shared/draft';
import { serializeDraft } from '../../../../../electron/services/drafts/format';

/** The sample drafts' folder (tests/fixtures/drafts). */
export const DRAFTS = 'tests/fixtures/drafts';

/**
 * A folder of submissions to roll up (`inbox`), a work folder beside it, the built-in campaigns,
 * and a fixed clock: the 2021 call's deadline not yet passed.
 */
export async function rollupWorld() {
  const root = await mkdtemp(path.join(tmpdir(), 'rollup-'));
  const inbox = path.join(root, 'inbox');
  const registry = openCampaigns({ builtinDir: builtinCampaignsDir(), isFormId, readOnly: true });
  const options = (extra: Partial<RollupOptions> = {}): RollupOptions => ({
    registry,
    now,
    workDir: path.join(root, 'work'),
    ...extra,
  });
  const now = new Date('2022-01-15T10:00:00+08:00');
  const readDraft = async (dir: string): Promise<Draft> =>
    parseDraftText(await readFile(path.join(dir, 'draft.json'), 'utf8'));
  /** The sample's form as the app exports it, and its submission package written to `target`. */
  const exportSample = async (sample: string, target: string) => {
    const dir = path.join(DRAFTS, sample);
    const draft = await readDraft(dir);
    const campaign = registry.forDraft(draft);
    const form = await renderDraft(draft, dir, { campaign, now, options: { ...DEFAULT_EXPORT_OPTIONS } });
    await mkdir(path.dirname(target), { recursive: true });
    await writeSubmissionPackage({
      draft,
      draftDir: dir,
      campaign,
      forms: [{ name: productFileName(draft, 'docx'), bytes: form.bytes }],
      exportNumber: form.number,
      hash: form.hash,
      target,
      now,
    });
    return { draft, form };
  };
  return {
    root,
    exportSample,
    readDraft,
    /** A new draft folder in the inbox: a form's empty draft with `values`, in its newest campaign. */
    addDraft: async (
      name: string,
      form: string,
      values: Record<string, FieldValue>,
      status: Draft['status'] = 'final',
    ) => {
      const campaign = registry.newestWith(form)!;
      const draft = {
        ...emptyDraft({ id: `draft-${name}`, form, campaignId: campaign.id, now, values }),
        status,
      };
      await mkdir(path.join(inbox, name), { recursive: true });
      await writeFile(path.join(inbox, name, 'draft.json'), serializeDraft(draft));
      return draft;
    },
    /** Writes a file into the inbox. */
    put: async (name: string, bytes: Buffer | string) => {
      const target = path.join(inbox, name);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      return target;
    },
    inbox,
    registry,
    options,
    /** A sample draft folder copied into the inbox under `name`. */
    addSample: async (sample: string, name = sample) => {
      const target = path.join(inbox, name);
      await cp(path.join(DRAFTS, sample), target, { recursive: true });
      return target;
    },
    run: (inputs: string[] = [inbox], extra: Partial<RollupOptions> = {}) =>
      runRollup(inputs, options(extra)),
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
export type RollupWorld = Awaited<ReturnType<typeof rollupWorld>>;
