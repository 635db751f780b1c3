import { countText } from '../../../shared/count';
import { DeskError } from '../../../shared/errors';
import { parseDraftText } from '../../services/drafts/format';
import { formOf } from '../../../shared/forms';
import { countParts, totalName } from '../../../shared/validate';
import type { FormDefinition } from '../../../shared/forms';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';

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

/** The form's 正文 as counted: its body total, or its one body text against that text's limit. */
function bodyCount(
  form: FormDefinition,
  parts: { id: string; words: number; limit: number | null }[],
  totals: { id: string; words: number; limit: number }[],
): { words: number; limit: number | null } | null {
  const body = totals.find((t) => t.id === form.body) ?? parts.find((p) => p.id === form.body);
  return body ? { words: body.words, limit: body.limit } : null;
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
  const counted = countParts(draft, form);
  const parts = counted.parts.map(({ field, words, chars }) => ({
    id: field.id,
    name: field.name,
    words,
    chars,
    limit: field.limit ?? null,
  }));
  // Every total the definition limits, and the body (正文) of a form that names one: a form
  // without a body has no body total to give, but keeps its totals.
  const totals = counted.totals.map(({ total, words }) => ({
    id: total.id,
    name: totalName(total),
    words,
    limit: total.limit,
  }));
  const bodyTotal = bodyCount(form, parts, totals);
  const of = (words: number, limit: number | null) => `${words}${limit ? ` / ${limit}` : ''}`;
  if (json) io.out(JSON.stringify({ kind: draft.form, parts, totals, body: bodyTotal }));
  else {
    for (const p of parts) io.out(`${p.name}\t${of(p.words, p.limit)}`);
    for (const total of totals)
      if (total.id !== form.body) io.out(`${total.name}\t${of(total.words, total.limit)}`);
    if (bodyTotal) io.out(`正文合计\t${of(bodyTotal.words, bodyTotal.limit)}`);
  }
  return EXIT.ok;
}
