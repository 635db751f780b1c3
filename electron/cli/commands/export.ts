import { dirname, resolve } from 'node:path';
import { DeskError, errorCodeOf } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import type { ExportOptions } from '../../../shared/settings';
import { parseDraftText } from '../../services/drafts/format';
import { packageFile } from '../../services/delivery/package';
import { docxToPdf } from '../../services/delivery/pdf';
import { findSoffice, SOFFICE_ENV } from '../../services/delivery/tools';
import { mixedScriptIssues } from '../../services/export/mixed-script';
import {
  bytesFile,
  exportFile,
  type ExportDestination,
  type ExportProduct,
} from '../../services/export/pipeline';
import { renderDraft } from '../../services/export/render';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';
import { errorMessage, message, preflightMessage } from '../messages';
import { exportOptionsFrom } from './export-options';

export const usage =
  'export <draft.json> --out <file.docx> [--pdf] [--package <file.zip>] ' +
  '[--font-size 三号|四号] [--fonts gb|windows] [--traditional labels|all]';

const NO_SOFFICE = message(
  '错误',
  `未找到 LibreOffice（soffice），没有生成 PDF。请安装 LibreOffice，或用环境变量 ${SOFFICE_ENV} 指明 soffice 的位置，或用 Word/WPS 打开导出的文档另存为 PDF`,
  'soffice-missing',
);

/**
 * The command line's destination: the paths it was given, and no history, since the CLI never
 * writes the draft (the number printed is the one the app gives this content).
 */
function givenPaths(paths: Partial<Record<ExportProduct, string>>): ExportDestination {
  return {
    target: async (product) => {
      const path = paths[product];
      if (!path) throw new Error(`no path given for the ${product}`);
      return path;
    },
    record: (_draft, _identity, _target, write) => write(),
  };
}

async function writeForm(
  file: string,
  options: ExportOptions,
  targets: { out: string; pdf: boolean; package: string | undefined },
  io: CliIO,
): Promise<number> {
  const draft = parseDraftText(await readText(file));
  const draftDir = dirname(resolve(file));
  // The facts of the draft's own campaign go on the paper, as in the app.
  const campaign = cliCampaigns(io).forDraft(draft);
  const form = await renderDraft(draft, draftDir, { campaign, now: new Date(), options });
  const issues = [...form.preflight.issues, ...(await mixedScriptIssues(draft))];
  for (const issue of issues) io.err(preflightMessage(formOf(draft.form), issue, { draft }));
  const docxTarget = resolve(targets.out);
  const destination = givenPaths({
    docx: docxTarget,
    pdf: docxTarget.replace(/(\.docx)?$/i, '.pdf'),
    ...(targets.package ? { package: resolve(targets.package) } : {}),
  });
  const docx = await exportFile(destination, draft, bytesFile('docx', form, form.bytes));
  if (form.preflight.provisional) io.err(message('提示', '导出的表格页眉标注“草稿”', 'provisional'));
  io.err(message('提示', `征集表为第${form.number}次导出，校验码 ${form.hash}`, 'export-number'));
  io.out(docx.file);

  const soffice = targets.pdf || targets.package ? findSoffice() : null;
  const pdf = soffice ? await docxToPdf(form.bytes, { soffice }) : null;
  if (pdf && targets.pdf) io.out((await exportFile(destination, draft, bytesFile('pdf', form, pdf))).file);
  if (targets.package) {
    const zip = packageFile({
      draft,
      draftDir,
      campaign,
      form,
      pdf: async () => pdf,
      now: new Date(),
    });
    const { file: written, written: result } = await exportFile(destination, draft, zip);
    if (result.oversize)
      io.err(
        message(
          '警告',
          `报送包有 ${(result.size / 1024 / 1024).toFixed(1)} MB，超过多数邮箱 50 MB 的附件上限`,
          'package-oversize',
          '请把视频改用文件中转站或网盘链接发送，或把附件分成几封邮件发送',
        ),
      );
    io.out(written);
  }
  if (targets.pdf && !soffice) throw new CliError(EXIT.toolMissing, NO_SOFFICE);
  return EXIT.ok;
}

/**
 * The app's exporter without a window (the README's 命令行 section). Attachments are read beside the draft file;
 * the draft itself is never written, so its history is not either: the number printed is the one
 * the app gives this content (the number it was exported under, or the next). Preflight findings
 * go to standard error, the written paths to standard output. `--pdf` without LibreOffice still
 * writes the .docx, then exits 3.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, switches, values } = parseArgs(args, {
    switches: ['--pdf'],
    values: ['--out', '--package', '--font-size', '--fonts', '--traditional'],
  });
  const out = values.get('--out');
  if (positional.length !== 1 || !out)
    throw new CliError(EXIT.usage, message('错误', `用法：${usage}`, 'usage'));
  const options = exportOptionsFrom(values);
  const file = positional[0]!;
  try {
    return await writeForm(
      file,
      options,
      { out, pdf: switches.has('--pdf'), package: values.get('--package') },
      io,
    );
  } catch (error) {
    if (error instanceof CliError) throw error;
    const { code, detail } = errorCodeOf(error);
    if (code === 'internal' && !(error instanceof DeskError)) throw error;
    throw new CliError(EXIT.invalidInput, errorMessage(code, detail ? `${file}（${detail}）` : file));
  }
}
