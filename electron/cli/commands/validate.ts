import { dirname, resolve } from 'node:path';
import { parseDraftText } from '../../services/drafts/format';
import { preflight } from '../../services/export/preflight';
import { DeskError } from '../../../shared/errors';
import { formOf } from '../../../shared/forms';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';
import { preflightMessage } from '../messages';

export const usage = 'validate [--strict] <draft.json>';

/**
 * Exit 0 for a draft the app can open (older formats migrate), even unfinished; 1 with the
 * reasons on standard error otherwise. `--strict` also fails on the export's preflight errors
 * (empty required fields, parts over their limit, too many images, missing or broken files).
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, switches } = parseArgs(args, { switches: ['--strict'] });
  if (positional.length !== 1) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const file = positional[0]!;
  let draft;
  try {
    draft = parseDraftText(await readText(file));
  } catch (error) {
    if (error instanceof DeskError) throw new CliError(EXIT.invalidInput, `${file}: ${error.message}`);
    throw error;
  }
  if (switches.has('--strict')) {
    const { issues } = await preflight(
      draft,
      dirname(resolve(file)),
      cliCampaigns(io).forDraft(draft),
      new Date(),
    );
    const errors = issues.filter((issue) => issue.severity === 'error');
    if (errors.length) {
      const form = formOf(draft.form);
      for (const issue of errors)
        io.err(`${file}: ${preflightMessage(form, issue, { draft, withField: true })}`);
      return EXIT.invalidInput;
    }
  }
  io.err(`${file}: valid`);
  return EXIT.ok;
}
