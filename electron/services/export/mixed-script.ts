import { textOf, type Draft } from '../../../shared/draft';
import { formOf, stepOfField, type StepId } from '../../../shared/forms';
import type { PreflightIssue } from '../../../shared/issues';
import { mixedScript, type MixedScript } from '../../../shared/scripts';
import { toSimplified, toTraditional } from './traditional';

/** The draft's printed free text, each with the step and field id preflight points at. */
interface TextField {
  step: StepId;
  field: string;
  text: string;
}

function textFields(draft: Draft): TextField[] {
  const form = formOf(draft.form);
  // Free text only: a phone number or an e-mail address has no script to mix.
  const texts = form.fields
    .filter((field) => (field.type === 'text' && field.check === undefined) || field.type === 'longText')
    .map((field): TextField => ({
      step: stepOfField(form, field.id),
      field: field.id,
      text: textOf(draft, field.id),
    }));
  const declaration = form.fields
    .filter((field) => field.type === 'signature')
    .flatMap((field) =>
      (['signer', 'opinion'] as const).map((key): TextField => ({
        step: stepOfField(form, field.id),
        field: key,
        text: draft.declaration[key],
      })),
    );
  return [...texts, ...declaration];
}

/**
 * A preflight run after every save sees mostly the same texts: each is checked once. Bounded, as
 * every edit of a field adds an entry.
 */
const checked = new Map<string, MixedScript | null>();
const CHECKED_MAX = 200;

async function check(text: string): Promise<MixedScript | null> {
  const known = checked.get(text);
  if (known !== undefined) return known;
  const [simplified, traditional] = await Promise.all([toSimplified(), toTraditional()]);
  const found = mixedScript(text, { toSimplified: simplified, toTraditional: traditional });
  if (checked.size >= CHECKED_MAX) checked.delete(checked.keys().next().value!);
  checked.set(text, found);
  return found;
}

/**
 * A warning for each text field that mixes simplified and traditional characters, naming a few of
 * each (docs/DELIVERY.md); the renderer offers to convert the field to simplified, as the form prints.
 */
export async function mixedScriptIssues(draft: Draft): Promise<PreflightIssue[]> {
  const issues: PreflightIssue[] = [];
  for (const { step, field, text } of textFields(draft)) {
    const found = text.trim() ? await check(text) : null;
    if (found)
      issues.push({
        severity: 'warning',
        code: 'mixed-script',
        step,
        field,
        mixed: found,
      });
  }
  return issues;
}
