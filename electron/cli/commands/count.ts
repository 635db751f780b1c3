import { countText } from '../../../shared/count';
import { DeskError } from '../../../shared/errors';
import { parseDraftText } from '../../services/drafts/format';
import { formOf } from '../../../shared/forms';
import { countSection } from '../../../shared/validate';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';
import { fieldName } from '../messages';

export const usage = 'count [--json] <file>';

/** A file that parses as JSON and carries the draft format's version field is a draft. */
function asDraftCandidate(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && 'formatVersion' in value ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, switches } = parseArgs(args, { switches: ['--json'] });
  if (positional.length !== 1) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const text = await readText(positional[0]!);
  const json = switches.has('--json');
  const candidate = asDraftCandidate(text);
  if (candidate === undefined) {
    const { words, chars } = countText(text);
    io.out(json ? JSON.stringify({ words, chars }) : `字数 ${words}\n字符数（不计空格） ${chars}`);
    return EXIT.ok;
  }
  let draft;
  try {
    // The same reading as the app's: an older format migrates, a broken one says why.
    draft = parseDraftText(text);
  } catch (error) {
    if (error instanceof DeskError)
      throw new CliError(EXIT.invalidInput, `not a valid draft: ${error.message}`);
    throw error;
  }
  const form = formOf(draft.form);
  const sections = form.sections.map((section) => countSection(draft, section));
  const parts = sections.flatMap((s) =>
    s.parts.map(({ part, words, chars }) => ({
      id: part.id,
      name: part.name,
      words,
      chars,
      limit: part.limit ?? null,
    })),
  );
  // Every total the definition limits (a section's parts together), and the body (正文) of a
  // form that has one: a form of other fields has no body total to give, but keeps its totals.
  const totals = sections
    .filter(({ section }) => section.totalLimit !== undefined)
    .map(({ section, words }) => ({
      id: section.id,
      name: fieldName(form, section.id),
      words,
      limit: section.totalLimit ?? null,
    }));
  const body = sections.find((s) => s.section.step === 'body');
  const bodyTotal = body
    ? { words: body.words, limit: body.section.totalLimit ?? body.section.parts[0]?.limit ?? null }
    : null;
  const of = (words: number, limit: number | null) => `${words}${limit ? ` / ${limit}` : ''}`;
  if (json) io.out(JSON.stringify({ kind: draft.form, parts, totals, body: bodyTotal }));
  else {
    for (const p of parts) io.out(`${p.name}\t${of(p.words, p.limit)}`);
    for (const total of totals)
      if (total.id !== body?.section.id) io.out(`${total.name}\t${of(total.words, total.limit)}`);
    if (bodyTotal) io.out(`正文合计\t${of(bodyTotal.words, bodyTotal.limit)}`);
  }
  return EXIT.ok;
}
