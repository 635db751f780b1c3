import { formIds, formOf } from '../../../shared/forms';
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, type CliIO } from '../io';

export const usage = 'forms';

/**
 * One line per registered form — `id<TAB>campaign id<TAB>name` — for scripts that choose a form
 * for `new`; the campaign is the newest that asks for the form (empty if none does).
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  if (parseArgs(args, {}).positional.length) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const campaigns = cliCampaigns(io);
  for (const id of formIds()) {
    const form = formOf(id);
    io.out([id, campaigns.newestWith(id)?.id ?? '', form.kindName].join('\t'));
  }
  return Promise.resolve(EXIT.ok);
}
