import { dirname, resolve } from 'node:path';
import { shippedCampaign } from '../../../shared/campaign';
import { DeskError, errorCodeOf } from '../../../shared/errors';
import { ExportOptionsSchema } from '../../../shared/settings';
import { writeFileAtomic } from '../../services/drafts/atomic';
import { parseDraftText } from '../../services/drafts/format';
import { renderForm } from '../../services/export/render';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';

export const usage = 'export <draft.json> --out <file.docx>';

/**
 * The app's exporter without a window (DESIGN §6.3). Attachments are read beside the draft file;
 * the draft itself is never written. Preflight findings go to standard error, the written path
 * to standard output.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, values } = parseArgs(args, { values: ['--out'] });
  const out = values.get('--out');
  if (positional.length !== 1 || !out) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const file = positional[0]!;
  try {
    const draft = parseDraftText(await readText(file));
    const form = await renderForm(draft, dirname(resolve(file)), {
      campaign: shippedCampaign,
      now: new Date(),
      options: ExportOptionsSchema.parse({}),
    });
    for (const issue of form.preflight.issues)
      io.err(
        `${issue.severity}: ${issue.code}${issue.field ? ` ${issue.field}` : ''}${issue.detail ? ` (${issue.detail})` : ''}`,
      );
    await writeFileAtomic(resolve(out), form.bytes);
    if (form.preflight.provisional) io.err('marked 草稿 (provisional)');
    io.out(resolve(out));
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) throw error;
    const { code, detail } = errorCodeOf(error);
    if (code === 'internal' && !(error instanceof DeskError)) throw error;
    throw new CliError(EXIT.invalidInput, `${file}: ${code}${detail ? ` ${detail}` : ''}`);
  }
}
