import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DeskError, errorCodeOf } from '../../../shared/errors';
import {
  runRollup,
  writeRollupDocx,
  writeRollupXlsx,
  writeUnitIssues,
  type RollupRun,
} from '../../services/rollup';
import { MAX_DEPTH, MAX_INPUTS } from '../../services/rollup/inputs';
import { messageText } from '../../services/rollup/words';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, type CliIO } from '../io';
import { errorMessage, message } from '../messages';

export const usage =
  'rollup <dir|files…> --out <file.xlsx> [--docx <file.docx>] [--earlier <dir>] ' +
  '[--issues-of <unit> --issues-out <file.xlsx>]';

const usageError = () => new CliError(EXIT.usage, message('错误', `用法：${usage}`, 'usage'));

/** What standard error says of the run: each input not read, each check that failed, then the sum. */
function reportLines(run: RollupRun): string[] {
  const lines: string[] = [];
  for (const row of run.rows) {
    if (row.message)
      lines.push(
        message('错误', '无法读取', row.message.code, `${row.source}（${messageText(row.message)}）`),
      );
    if (row.checksums === 'mismatch')
      lines.push(message('警告', '报送包中的文件与其清单不一致', 'checksum-mismatch', row.source));
    if (row.printedHash === 'mismatch')
      lines.push(message('警告', '打印的校验码与内容不一致', 'hash-mismatch', row.source));
  }
  if (run.skipped > 0)
    lines.push(
      message(
        '警告',
        `文件夹层级过深或文件过多，另有 ${run.skipped} 项没有读取`,
        'rollup-skipped',
        `至多 ${MAX_DEPTH} 层、${MAX_INPUTS} 份`,
      ),
    );
  const counted = run.rows.filter((row) => !row.message && !row.duplicateOf).length;
  const duplicates = run.rows.filter((row) => row.duplicateOf).length;
  const unreadable = run.rows.filter((row) => row.message).length;
  lines.push(
    message(
      '提示',
      `已汇总 ${counted} 份，重复 ${duplicates} 份，无法读取 ${unreadable} 份，雷同片段 ${run.passages.length} 处`,
      'rollup-summary',
    ),
  );
  return lines;
}

/**
 * Rolls many submissions up into one spreadsheet (DESIGN §6.3): the written files on standard
 * output, what could not be read (and what did not check out) on standard error. Both files are
 * written even when some inputs are unreadable; the exit code is then 1. Nothing of the inputs
 * is written: packages are unpacked into a temporary folder, removed at the end.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, values } = parseArgs(args, {
    values: ['--out', '--docx', '--earlier', '--issues-of', '--issues-out'],
  });
  const out = values.get('--out');
  const unit = values.get('--issues-of');
  const issuesOut = values.get('--issues-out');
  if (positional.length === 0 || !out || (unit === undefined) !== (issuesOut === undefined))
    throw usageError();
  const docx = values.get('--docx');
  const earlier = values.get('--earlier');
  const workDir = await mkdtemp(join(tmpdir(), 'desk-rollup-'));
  try {
    const result = await runRollup(
      positional.map((p) => resolve(p)),
      {
        ...(earlier ? { earlier: [resolve(earlier)] } : {}),
        registry: cliCampaigns(io),
        now: new Date(),
        workDir,
      },
    );
    for (const line of reportLines(result)) io.err(line);
    const write = async (target: string, make: (target: string) => Promise<unknown>) => {
      try {
        await make(resolve(target));
      } catch (error) {
        const { code, detail } = errorCodeOf(error);
        if (code === 'internal' && !(error instanceof DeskError)) throw error;
        throw new CliError(EXIT.invalidInput, errorMessage(code, detail ? `${target}（${detail}）` : target));
      }
      io.out(resolve(target));
    };
    await write(out, (target) => writeRollupXlsx(result, target));
    if (docx) await write(docx, (target) => writeRollupDocx(result, target));
    if (unit !== undefined && issuesOut) {
      if (!result.rows.some((row) => row.unit?.trim() === unit.trim())) {
        io.err(message('错误', '汇总中没有这个单位', 'unit-not-found', unit));
        return EXIT.invalidInput;
      }
      await write(issuesOut, (target) => writeUnitIssues(result, unit, target));
    }
    return result.rows.some((row) => row.message) ? EXIT.invalidInput : EXIT.ok;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
