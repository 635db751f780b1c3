import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { emptyDraft, type Attachment } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formIds, formOf, isFormId, type FormDefinition } from '../../../shared/forms';
import { checkRoom } from '../../services/drafts/attachments';
import { serializeDraft } from '../../services/drafts/format';
import { ingestFile, removeAttachmentFiles } from '../../services/drafts/ingest';
import { DRAFT_FILE, newId } from '../../services/drafts/layout';
import { ensureDir, writeFileExclusive } from '../../services/files/atomic';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';
import { errorMessage, message } from '../messages';
import { readValuesFile, type ValuesFile } from '../values-file';

export const usage = 'new --form <id> [--campaign <id>] [--values <file.json>] --out <dir>';

const invalid = (text: string, code: string, detail: string) =>
  new CliError(EXIT.invalidInput, message('错误', text, code, detail));

function formNamed(id: string): FormDefinition {
  if (!isFormId(id)) throw invalid('没有这种表', 'unknown-form', `${id}（可用：${formIds().join('、')}）`);
  return formOf(id);
}

/** The campaign asked for, or the newest that has the form. */
function campaignFor(form: FormDefinition, asked: string | undefined, io: CliIO): string {
  const ids = cliCampaigns(io)
    .list()
    .filter(({ campaign }) => campaign.forms.includes(form.id))
    .map(({ campaign }) => campaign.id);
  const id = asked ?? ids[0];
  if (id !== undefined && ids.includes(id)) return id;
  throw invalid(
    '该征集没有这种表',
    'unknown-campaign',
    `${asked ?? ''}（${form.id} 见于：${ids.join('、') || '无'}）`,
  );
}

async function valuesFrom(form: FormDefinition, file: string): Promise<ValuesFile> {
  let json: unknown;
  try {
    json = JSON.parse(await readText(file));
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw invalid('取值文件不是有效的 JSON', 'values-not-json', `${file}（${(error as Error).message}）`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    throw invalid('取值文件应是一个以表上名称为键的 JSON 对象', 'values-not-object', file);
  return readValuesFile(form, json as Record<string, unknown>);
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Makes `<dir>/draft.json`, a draft of the form from a values file keyed by the labels it prints
 * (DESIGN §6.3); attachments go through the app's ingest into `<dir>/attachments/`. A draft already
 * there is never overwritten, and on any failure the files brought in are removed again.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, values } = parseArgs(args, { values: ['--form', '--campaign', '--values', '--out'] });
  const formId = values.get('--form');
  const out = values.get('--out');
  if (positional.length || !formId || !out) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const form = formNamed(formId);
  const campaignId = campaignFor(form, values.get('--campaign'), io);
  const valuesPath = values.get('--values');
  const given = valuesPath ? await valuesFrom(form, valuesPath) : undefined;
  const target = join(out, DRAFT_FILE);
  const refuse = () => invalid('文件夹中已有草稿，没有覆盖', 'draft-exists', target);
  if (await exists(target)) throw refuse();

  const draft = emptyDraft({
    id: newId(),
    form: form.id,
    campaignId,
    now: new Date(),
    values: given?.values,
  });
  draft.declaration = { ...draft.declaration, ...given?.declaration };
  const added: Attachment[] = [];
  try {
    await ensureDir(out);
    for (const { field, paths } of given?.files ?? []) {
      const { printed } = checkRoom(draft, field.role, paths.length);
      for (const path of paths) {
        const source = resolve(dirname(valuesPath ?? '.'), path);
        const attachment = await ingestFile({ draftDir: out, source, role: field.role, printed });
        added.push(attachment);
        draft.attachments.push(attachment);
      }
    }
    await writeFileExclusive(target, serializeDraft(draft));
  } catch (error) {
    for (const attachment of added) await removeAttachmentFiles(out, attachment);
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refuse();
    if (error instanceof DeskError)
      throw new CliError(EXIT.invalidInput, errorMessage(error.code, error.detail));
    throw error;
  }
  io.out(resolve(target));
  return EXIT.ok;
}
