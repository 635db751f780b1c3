import { access } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DeskError } from '../../../shared/errors';
import type { FormDefinition } from '../../../shared/forms';
import type { ImportReport } from '../../../shared/import-report';
import { DRAFT_FILE, newId } from '../../services/drafts/layout';
import { importDocx } from '../../services/import/import';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, type CliIO } from '../io';
import { errorMessage, message } from '../messages';

export const usage = 'import <file.docx> --out <dir> [--form <id>]';

const PROBLEM_TEXTS: Record<ImportReport['problems'][number]['code'], string> = {
  unplaced: '未能放入任何栏目',
  'date-unreadable': '无法识别的日期',
  'image-unplaced': '图片不在正文中，没有导入',
  'images-over': '图片超过表中可放的张数，没有导入',
  'image-unreadable': '图片格式无法读取，没有导入',
  'image-missing': '图片链接到文件以外，没有导入',
  'macros-ignored': '文件中的宏已忽略，没有运行',
};

/**
 * The report as lines of standard error: each field found with its 字数 against its limit, each
 * item not found on a line of its own (未找到：四、社会意义), then what could not be placed, whole.
 */
export function reportLines(report: ImportReport): string[] {
  return [
    ...report.found.map((field) =>
      field.rows !== undefined
        ? `已导入：${field.name}（${field.rows} 行）`
        : `已导入：${field.name}（${field.words}${field.limit ? `/${field.limit}` : ''}字）`,
    ),
    ...report.missing.map((field) => `未找到：${field.name}`),
    ...(report.images ? [`已导入图片：${report.images} 张`] : []),
    ...(report.signature ? ['已导入手写签名'] : []),
    ...report.problems.map((p) => message('警告', PROBLEM_TEXTS[p.code], p.code, p.text || undefined)),
  ];
}

/** The newest campaign that has the form, as `new` picks it. */
function campaignFor(io: CliIO): (form: FormDefinition) => string {
  return (form) => {
    const campaign = cliCampaigns(io).newestWith(form.id);
    if (!campaign) throw new DeskError('form-unknown', form.id);
    return campaign.id;
  };
}

/**
 * Makes `<dir>/draft.json` from a filled form in Word/WPS (DESIGN §6.3): the path of the draft on
 * standard output, the report on standard error; exit 1 when the file is refused or no form it knows.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, values } = parseArgs(args, { values: ['--form', '--out'] });
  const out = values.get('--out');
  if (positional.length !== 1 || !out) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const target = join(out, DRAFT_FILE);
  const taken = await access(target).then(
    () => true,
    () => false,
  );
  if (taken)
    throw new CliError(
      EXIT.invalidInput,
      message('错误', '文件夹中已有草稿，没有覆盖', 'draft-exists', target),
    );
  const form = values.get('--form');
  try {
    const { report } = await importDocx(positional[0]!, out, {
      id: newId(),
      ...(form ? { form } : {}),
      campaignFor: campaignFor(io),
      now: new Date(),
      exclusive: true,
    });
    for (const line of reportLines(report)) io.err(line);
  } catch (error) {
    if (error instanceof DeskError) {
      if (error.code === 'form-unknown')
        throw new CliError(EXIT.invalidInput, message('错误', '没有这种表', 'unknown-form', error.detail));
      throw new CliError(EXIT.invalidInput, errorMessage(error.code, error.detail));
    }
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new CliError(
        EXIT.invalidInput,
        message('错误', '文件夹中已有草稿，没有覆盖', 'draft-exists', target),
      );
    throw error;
  }
  io.out(resolve(target));
  return EXIT.ok;
}
