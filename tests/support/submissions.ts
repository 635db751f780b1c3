import { copyFile, mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countText } from '../../shared/count';
import { emptyDraft, type Draft, type FieldValue } from '../../shared/draft';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export-options';
import { formOf, isFormId, type FormDefinition, type FormId } from '../../shared/forms';
import type { ColumnField, Row } from '../../shared/forms/fields';
import { readValuesFile } from '../../electron/cli/values-file';
import { builtinCampaignsDir } from '../../electron/services/campaigns/builtin-dir';
import { openCampaigns, type CampaignRegistry } from '../../electron/services/campaigns/registry';
import { packageFile } from '../../electron/services/delivery/package';
import { serializeDraft } from '../../electron/services/drafts/format';
import { DRAFT_FILE } from '../../electron/services/drafts/layout';
import { PACKAGE_EXTENSION, writePackage } from '../../electron/services/drafts/package';
import { exportFile, type ExportDestination } from '../../electron/services/export/pipeline';
import { renderDraft } from '../../electron/services/export/render';
import { prng } from '../../scripts/hostile-corpus';
import { chineseText } from './chinese-text';
import { wordForm } from './word-form';

/**
 * A folder of submissions as a bureau receives them, for the roll-up's tests and bench: our
 * submission packages made through the real export pipeline (`renderDraft`, `packageFile`,
 * `exportFile`), portable drafts (`writePackage`), draft folders and a form typed in Word
 * (`wordForm`), each with what was planted in it, so a test can check that the roll-up shows
 * exactly that. Text is random Chinese from a seeded generator (`chinese-text.ts`): no two
 * submissions share a passage unless one was planted. Deterministic for a seed.
 */

export type Planted = 'over-limit' | 'unsigned' | 'damaged' | 'duplicate' | 'shares-passage' | 'docx';
export type GeneratedKind = 'submission' | 'portable' | 'folder' | 'docx';

export interface GeneratedSubmission {
  /** Path relative to the corpus folder (a folder's name for a draft folder). */
  file: string;
  kind: GeneratedKind;
  form: FormId;
  unit: string;
  title: string;
  planted: Planted[];
  /** For a duplicate: the file it is a byte-for-byte copy of. */
  duplicateOf?: string;
  /** The draft the file was made from (a damaged file's, before it was damaged). */
  draft: Draft;
}

export interface SharedPassagePlant {
  text: string;
  /** The two places the passage was put, by file and field id. */
  places: [{ file: string; field: string }, { file: string; field: string }];
}

export interface GeneratedCorpus {
  dir: string;
  submissions: GeneratedSubmission[];
  passages: SharedPassagePlant[];
}

/** When the corpus was made: inside the 2024 5·20 call's period, before every deadline. */
export const CORPUS_NOW = new Date('2024-05-06T02:00:00Z');
const SIGN_DATE = '2024-05-06';

/**
 * The opener many plans and summaries share word for word: common to more than 10 % of a corpus
 * and made of stop phrases, so never a finding; put in about half the texts.
 */
export const COMMON_OPENER = '以习近平新时代中国特色社会主义思想为指导，深入贯彻落实党的二十大精神，';

const DISTRICTS = [
  '黄浦区',
  '徐汇区',
  '长宁区',
  '静安区',
  '普陀区',
  '虹口区',
  '杨浦区',
  '闵行区',
  '宝山区',
  '嘉定区',
  '浦东新区',
  '金山区',
  '松江区',
  '青浦区',
  '奉贤区',
  '崇明区',
];
const INSTITUTES = [
  '上海市计量测试技术研究院',
  '上海市质量监督检验技术研究院',
  '上海市计量协会',
  '上海市标准化研究院',
];

/** The i-th unit's name: districts' bureaus, then institutes, then the districts' 所. */
export function unitName(index: number): string {
  if (index < DISTRICTS.length) return `${DISTRICTS[index]}市场监督管理局`;
  if (index < DISTRICTS.length + INSTITUTES.length) return INSTITUTES[index - DISTRICTS.length]!;
  const n = index - DISTRICTS.length - INSTITUTES.length;
  return `${DISTRICTS[n % DISTRICTS.length]}市场监督管理局第${Math.floor(n / DISTRICTS.length) + 1}市场监管所`;
}

/** The fixtures (values files keyed by printed labels) the table forms start from. */
const VALUES_FILES: Partial<Record<FormId, string>> = {
  'activity-plan-municipal': 'tests/fixtures/activity/seed-municipal.json',
  'activity-plan-district': 'tests/fixtures/activity/seed-district.json',
  'activity-summary': 'tests/fixtures/activity/summary-2021.json',
  'committee-plan': 'tests/fixtures/committee/valid-plan.json',
};

type Random = () => number;

interface Spec {
  form: FormId;
  kind: GeneratedKind;
  planted: Planted[];
  /** 正文 of a 610 form in 字 (over its limit when planted so). */
  bodyChars?: number;
}

/** Random text with as many 字 as `like` counts: the same length to every limit. */
const textLike = (random: Random, like: string) => chineseText(random, countText(like).words);

/** Text values of a fixture replaced by random ones, so that no two submissions share them. */
function varied(form: FormDefinition, values: Record<string, FieldValue>, random: Random) {
  const replaceable = (field: { type: string; check?: unknown }, value: unknown): value is string =>
    (field.type === 'longText' || (field.type === 'text' && !field.check)) &&
    typeof value === 'string' &&
    countText(value).words > 12;
  const out: Record<string, FieldValue> = {};
  for (const [id, value] of Object.entries(values)) {
    const field = form.fields.find((candidate) => candidate.id === id);
    if (field?.type === 'rows' && Array.isArray(value)) {
      const columns = new Map<string, ColumnField>(field.columns.map((column) => [column.id, column]));
      // Row ids are random where a values file is read; numbered here, so a seed makes one draft.
      out[id] = value.map((row, index): Row => ({
        id: `${id}-${index + 1}`,
        cells: Object.fromEntries(
          Object.entries(row.cells).map(([column, cell]) => {
            const definition = columns.get(column);
            return [column, definition && replaceable(definition, cell) ? textLike(random, cell) : cell];
          }),
        ),
      }));
    } else out[id] = field && replaceable(field, value) ? textLike(random, value) : value;
  }
  return out;
}

/** Splits `total` 字 over `parts` in random proportions, none empty. */
function split(random: Random, total: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 1 + random());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes = weights.map((weight) => Math.floor((weight / sum) * total));
  sizes[parts - 1]! += total - sizes.reduce((a, b) => a + b, 0);
  return sizes;
}

const BODY_PARTS: Partial<Record<FormId, string[]>> = {
  case: ['background', 'approach', 'results', 'significance', 'lessons'],
  material: ['content'],
};

async function draftFor(spec: Spec, index: number, random: Random, campaigns: CampaignRegistry) {
  const form = formOf(spec.form);
  const unit = unitName(index);
  const campaignId = campaigns.newestWith(spec.form)!.id;
  const id = `corpus-${String(index).padStart(4, '0')}`;
  let values: Record<string, FieldValue>;
  const fixture = VALUES_FILES[spec.form];
  if (fixture) {
    const read = readValuesFile(form, JSON.parse(await readFile(fixture, 'utf8')) as Record<string, unknown>);
    values = { ...varied(form, read.values, random), ...(form.unitField ? { [form.unitField]: unit } : {}) };
  } else {
    const parts = BODY_PARTS[spec.form]!;
    const summaryLimit = spec.form === 'case' ? 300 : 200;
    const sizes = split(random, spec.bodyChars ?? (spec.form === 'case' ? 2400 : 1200), parts.length);
    const opener = random() < 0.5 ? COMMON_OPENER : '';
    values = {
      title: `${chineseText(random, 10)}的实践与探索`,
      unit,
      contact: chineseText(random, 3),
      phone: `021-${String(60000000 + index * 7919).slice(0, 8)}`,
      email: `unit${index}@example.cn`,
      address: `上海市${chineseText(random, 4)}路${100 + index}号`,
      summary: chineseText(random, Math.floor(summaryLimit * (0.5 + random() * 0.4))),
      ...Object.fromEntries(
        parts.map((part, i) => [part, (i === 0 ? opener : '') + chineseText(random, sizes[i]!)]),
      ),
    };
  }
  const draft = emptyDraft({ id, form: spec.form, campaignId, now: CORPUS_NOW, values });
  draft.status = 'final';
  const unsigned = spec.planted.includes('unsigned');
  draft.declaration = {
    ...draft.declaration,
    confirmed: true,
    signer: unsigned ? '' : chineseText(random, 3),
    signDate: unsigned ? null : SIGN_DATE,
  };
  return draft;
}

/** Puts `passage` into the text of `field` at a random place between characters. */
function plantInto(draft: Draft, field: string, passage: string, random: Random): void {
  const text = draft.values[field] as string;
  const at = Math.floor(random() * (text.length + 1));
  draft.values[field] = text.slice(0, at) + passage + text.slice(at);
}

/** Where the pipeline writes: the corpus folder, its file names numbered in input order. */
function corpusDestination(dir: string, prefix: string, named: (file: string) => void): ExportDestination {
  return {
    target: async (_product, defaultName) => {
      named(`${prefix}${defaultName}`);
      return join(dir, `${prefix}${defaultName}`);
    },
    record: (_draft, _identity, _target, write) => write(),
  };
}

async function writeOne(
  dir: string,
  staging: string,
  spec: Spec,
  draft: Draft,
  place: { prefix: string; unit: string },
  campaigns: CampaignRegistry,
): Promise<string> {
  const name = `${place.prefix}${place.unit}`;
  const draftDir = spec.kind === 'folder' ? join(dir, name) : join(staging, draft.id);
  await mkdir(draftDir, { recursive: true });
  await writeFile(join(draftDir, DRAFT_FILE), serializeDraft(draft));
  if (spec.kind === 'folder') return name;
  if (spec.kind === 'portable') {
    const file = `${name}.${PACKAGE_EXTENSION}`;
    await writePackage(draftDir, draft, join(dir, file), CORPUS_NOW);
    return file;
  }
  if (spec.kind === 'docx') {
    const file = `${name}-征集表.docx`;
    await writeFile(
      join(dir, file),
      await wordForm({ draft, signDate: '2024年5月6日', opinionDate: '2024年5月6日' }),
    );
    return file;
  }
  const campaign = campaigns.forDraft(draft);
  const form = await renderDraft(draft, draftDir, {
    campaign,
    now: CORPUS_NOW,
    options: DEFAULT_EXPORT_OPTIONS,
  });
  let file = '';
  await exportFile(
    corpusDestination(dir, place.prefix, (named) => (file = named)),
    draft,
    packageFile({ draft, draftDir, campaign, form, pdf: async () => null, now: CORPUS_NOW }),
  );
  return file;
}

function registry(): CampaignRegistry {
  return openCampaigns({ builtinDir: builtinCampaignsDir(), isFormId, readOnly: true });
}

async function writeCorpus(
  dir: string,
  specs: Spec[],
  seed: number,
  shares: [number, string, number, string][],
  passageChars: number,
): Promise<GeneratedCorpus> {
  const random = prng(seed);
  const campaigns = registry();
  const drafts: Draft[] = [];
  for (const [index, spec] of specs.entries()) drafts.push(await draftFor(spec, index, random, campaigns));
  const passages: { text: string; places: [number, string][] }[] = [];
  for (const [a, aField, b, bField] of shares) {
    const text = chineseText(random, passageChars);
    plantInto(drafts[a]!, aField, text, random);
    plantInto(drafts[b]!, bField, text, random);
    passages.push({
      text,
      places: [
        [a, aField],
        [b, bField],
      ],
    });
  }
  await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(tmpdir(), 'submission-corpus-'));
  const submissions: GeneratedSubmission[] = [];
  const width = String(specs.length).length;
  try {
    for (const [index, spec] of specs.entries()) {
      const draft = drafts[index]!;
      const prefix = `${String(index + 1).padStart(width, '0')}-`;
      const base = {
        kind: spec.kind,
        form: spec.form,
        unit: String(draft.values[formOf(spec.form).unitField ?? 'unit'] ?? ''),
        title: String(draft.values[formOf(spec.form).titleField] ?? ''),
        planted: spec.planted,
        draft,
      };
      if (spec.planted.includes('duplicate')) {
        // A unit that sent the same package twice: the copy is named after the original.
        const original = submissions.findLast((s) => s.kind === 'submission' && s.planted.length === 0)!;
        const file = `${prefix}${original.file.replace(/^\d+-/, '')}`;
        await copyFile(join(dir, original.file), join(dir, file));
        submissions.push({ ...original, file, planted: spec.planted, duplicateOf: original.file });
        continue;
      }
      const file = await writeOne(dir, staging, spec, draft, { prefix, unit: base.unit }, campaigns);
      // A package cut off in transfer: no central directory, so no zip reader can open it.
      if (spec.planted.includes('damaged'))
        await truncate(join(dir, file), Math.floor((await readFile(join(dir, file))).length * 0.6));
      submissions.push({ ...base, file });
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return {
    dir,
    submissions,
    passages: passages.map(({ text, places }) => ({
      text,
      places: places.map(([index, field]) => ({
        file: submissions[index]!.file,
        field,
      })) as SharedPassagePlant['places'],
    })),
  };
}

/**
 * The e2e folder: 30 submissions of all six forms — 22 submission packages, 3 portable
 * drafts, 3 draft folders, one .docx typed in Word, and among them two over their limits, two
 * unsigned, one damaged, one duplicate, and a case and a material sharing a 200字 passage.
 */
export function writePlantedCorpus(dir: string, seed = 20240520): Promise<GeneratedCorpus> {
  const s = (
    form: FormId,
    kind: GeneratedKind = 'submission',
    planted: Planted[] = [],
    bodyChars?: number,
  ): Spec => ({
    form,
    kind,
    planted,
    ...(bodyChars ? { bodyChars } : {}),
  });
  const specs: Spec[] = [
    s('case'), // 0: shares the passage with 11
    s('case'),
    s('case', 'submission', ['over-limit'], 3200),
    s('case', 'submission', ['unsigned']),
    s('case', 'portable'),
    s('case', 'folder'),
    s('case', 'docx', ['docx']),
    s('case'),
    s('case', 'submission', ['damaged']),
    s('case'),
    s('material'),
    s('material'), // 11
    s('material', 'submission', ['over-limit'], 1600),
    s('material', 'portable', ['unsigned']),
    s('material', 'folder'),
    s('material'),
    s('activity-plan-municipal'),
    s('activity-plan-municipal', 'portable'),
    s('activity-plan-municipal'),
    s('activity-plan-district'),
    s('activity-plan-district'),
    s('activity-plan-district', 'folder'),
    s('activity-plan-district'),
    s('activity-summary'),
    s('activity-summary'),
    s('activity-summary'),
    s('committee-plan'),
    s('committee-plan'),
    s('committee-plan'),
    s('committee-plan', 'submission', ['duplicate']),
  ];
  const corpus = writeCorpus(dir, specs, seed, [[0, 'approach', 11, 'content']], 200);
  return corpus.then((made) => {
    for (const place of made.passages[0]!.places)
      made.submissions.find((s) => s.file === place.file)!.planted.push('shares-passage');
    return made;
  });
}

/**
 * The bench's folder: `count` case packages with `bodyChars` 字 of 正文 each (3000 by default),
 * and one pair in every 50 sharing a 200字 passage, so the check has something to find.
 */
export function writeBulkCorpus(
  dir: string,
  options: { count: number; bodyChars?: number; seed?: number },
): Promise<GeneratedCorpus> {
  const shares: [number, string, number, string][] = [];
  for (let a = 0; a + 1 < options.count; a += 50) shares.push([a, 'results', a + 1, 'approach']);
  const sharing = new Set(shares.flatMap(([a, , b]) => [a, b]));
  const specs: Spec[] = Array.from({ length: options.count }, (_, index) => ({
    form: 'case',
    kind: 'submission',
    planted: sharing.has(index) ? ['shares-passage'] : [],
    // The planted passage is part of the 正文: every body is as long.
    bodyChars: (options.bodyChars ?? 3000) - (sharing.has(index) ? 200 : 0),
  }));
  return writeCorpus(dir, specs, options.seed ?? 300, shares, 200);
}
