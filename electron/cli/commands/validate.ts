import { dirname, resolve } from 'node:path';
import { parseDraftText } from '../../services/drafts/format';
import { preflight } from '../../services/export/preflight';
import type { Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { formOf, type FormDefinition } from '../../../shared/forms';
import { checkRules, fillMessage, type RuleIssue } from '../../../shared/forms/check-rules';
import formTexts from '../../../resources/locales/zh-Hans/form.json' with { type: 'json' };
import { cliCampaigns } from '../campaigns';
import { CliError, EXIT, parseArgs, readText, type CliIO } from '../io';
import { message } from '../messages';

export const usage = 'validate [--strict] <draft.json>';

/** A message key of the `form` namespace (`committee.rule.term`) in the simplified-Chinese texts. */
function formText(key: string): string | undefined {
  const text = key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], formTexts);
  return typeof text === 'string' ? text : undefined;
}

/**
 * A rule's finding as a line of standard error: the message names the notice's clause; the code
 * in brackets is the rule's id; a finding about one row says which (委员名单第5行).
 */
function ruleLine(form: FormDefinition, issue: RuleIssue): string {
  const { rule } = issue;
  const text = fillMessage(formText(rule.message) ?? rule.clause, issue.params);
  const field = form.fields.find((f) => f.id === rule.field);
  const where = issue.row !== undefined && field ? `${field.name}第${issue.row}行` : undefined;
  return message(rule.severity === 'error' ? '错误' : '警告', text.replace(/。$/u, ''), rule.id, where);
}

/**
 * Exit 0 for a draft the app can open (older formats migrate), even unfinished; 1 with the
 * reasons on standard error otherwise. `--strict` also fails on the export's preflight errors
 * (empty required fields, parts over their limit, too many images, missing or broken files) and
 * on the form's rules that are errors (a committee's term of other than 4 years); the rules that
 * are warnings (the notice's 一般/原则上) are printed and do not fail.
 */
export async function run(args: string[], io: CliIO): Promise<number> {
  const { positional, switches } = parseArgs(args, { switches: ['--strict'] });
  if (positional.length !== 1) throw new CliError(EXIT.usage, `usage: ${usage}`);
  const file = positional[0]!;
  let draft: Draft;
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
    const form = formOf(draft.form);
    const findings = checkRules(form, draft.values);
    for (const issue of errors)
      io.err(`${file}: ${issue.code} ${issue.field ?? ''}${issue.detail ? ` (${issue.detail})` : ''}`);
    for (const issue of findings) io.err(ruleLine(form, issue));
    if (errors.length || findings.some((issue) => issue.rule.severity === 'error')) return EXIT.invalidInput;
  }
  io.err(`${file}: valid`);
  return EXIT.ok;
}
