import type { Draft } from '../../../shared/draft';
import type { FormDefinition, StepId } from '../../../shared/forms';
import { isEmptyValue, type FieldIssue } from '../../../shared/validate';
import { useDraft } from '../stores/draft';

/**
 * How an issue looks on screen. A field nobody has written yet is work still to do, not a mistake:
 * a new draft must not open as a wall of red. Red is kept for what the user has to change (over the
 * limit, too many images, a missing file); the check's own severity still decides what export says.
 */
export type Tone = 'todo' | 'error' | 'warning';

const TODO_CODES: readonly string[] = ['required', 'declaration-unconfirmed'];

export function toneOf(issue: { severity: FieldIssue['severity']; code: string }): Tone {
  if (issue.severity === 'error' && TODO_CODES.includes(issue.code)) return 'todo';
  return issue.severity;
}

/** What the step rail says of a step: the worst of its issues, else optional-and-empty, else done. */
export type StepState = Tone | 'optional' | 'done';

const RANK: Record<Tone, number> = { error: 0, todo: 1, warning: 2 };

export function worstTone(
  issues: readonly { severity: FieldIssue['severity']; code: string }[],
): Tone | undefined {
  return issues.map(toneOf).sort((a, b) => RANK[a] - RANK[b])[0];
}

/**
 * Steps whose every field may stay empty and is empty: they are not "done", the user has simply not
 * used them. Steps with a required field, the cover and the declaration are never optional.
 */
export function emptyOptionalSteps(
  form: FormDefinition,
  draft: Pick<Draft, 'values' | 'attachments'>,
): StepId[] {
  return form.steps
    .filter((step) => {
      const fields = form.fields.filter((field) => step.fields.includes(field.id));
      if (fields.length === 0) return false;
      if (fields.every((field) => field.type === 'attachments')) return draft.attachments.length === 0;
      return fields.every((field) => !field.required && isEmptyValue(draft.values[field.id]));
    })
    .map((step) => step.id);
}

export function stepState(issues: readonly FieldIssue[], optionalEmpty: boolean): StepState {
  return worstTone(issues) ?? (optionalEmpty ? 'optional' : 'done');
}

/**
 * The empty optional steps of the open draft. Selected as one string so that a keystroke which
 * leaves the answer as it was does not redraw the rail.
 */
export function useEmptyOptionalSteps(form: FormDefinition): StepId[] {
  const joined = useDraft((s) => (s.draft ? emptyOptionalSteps(form, s.draft).join(' ') : ''));
  return joined ? (joined.split(' ') as StepId[]) : [];
}
