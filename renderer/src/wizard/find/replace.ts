import { withValue, textOf, type Draft } from '../../../../shared/draft';
import {
  SIGNATURE_LABELS,
  stepIds,
  stepOfField,
  type FormDefinition,
  type StepId,
} from '../../../../shared/forms';

/** A text of the draft the user wrote, where it is shown, and how it is named on screen. */
export interface Place {
  /** `cover.unit`, `fields.background`, `declaration.opinion`, `caption.<attachment id>` */
  path: string;
  step: StepId;
  /** The DOM field to focus, when the text has one of its own. */
  fieldId?: string;
  /** Form-text key and verbatim name, as the wizard labels the field. */
  label: { key: string; verbatim: string } | { caption: string };
  text: string;
}

/** Every text the user typed, in the order the wizard shows them. */
export function placesOf(draft: Draft, form: FormDefinition): Place[] {
  // Short texts keep the `cover.` group the 610 cover gave them; long texts are `fields.`.
  const texts: Place[] = form.fields.flatMap((field) =>
    field.type === 'text' || field.type === 'longText'
      ? [
          {
            path: `${field.type === 'text' ? 'cover' : 'fields'}.${field.id}`,
            step: stepOfField(form, field.id),
            fieldId: field.id,
            label: { key: `${field.key}.name`, verbatim: field.name },
            text: textOf(draft, field.id),
          },
        ]
      : [],
  );
  const files = form.fields.find((field) => field.type === 'attachments');
  const captions: Place[] = files
    ? draft.attachments.map((attachment) => ({
        path: `caption.${attachment.id}`,
        step: stepOfField(form, files.id),
        label: { caption: attachment.originalName },
        text: attachment.caption ?? '',
      }))
    : [];
  const signature = form.fields.find((field) => field.type === 'signature');
  const declaration: Place[] = signature
    ? (['signer', 'opinion'] as const).map((key) => ({
        path: `declaration.${key}`,
        step: stepOfField(form, signature.id),
        fieldId: key,
        label: { key: `signature.${key}`, verbatim: SIGNATURE_LABELS[key] },
        text: draft.declaration[key],
      }))
    : [];
  // In the wizard's order of steps, each step's texts in printed order.
  const ids = stepIds(form);
  const order = (step: StepId) => ids.indexOf(step);
  return [...texts, ...captions, ...declaration].sort((a, b) => order(a.step) - order(b.step));
}

/** How many times `query` occurs in `text`, literally (no patterns: users type unit names). */
export function countIn(text: string, query: string): number {
  if (query === '') return 0;
  let count = 0;
  for (let at = text.indexOf(query); at !== -1; at = text.indexOf(query, at + query.length)) count++;
  return count;
}

export function matchesOf(draft: Draft, form: FormDefinition, query: string) {
  return placesOf(draft, form)
    .map((place) => ({ place, count: countIn(place.text, query) }))
    .filter((match) => match.count > 0);
}

/** The draft with the text at `path` (one of `placesOf`) set to `text`. */
function withText(draft: Draft, path: string, text: string): Draft {
  const [kind, key = ''] = path.split(/\.(.*)/s);
  // Cover items and parts are both values by field id; the path keeps the group the wizard shows.
  if (kind === 'cover' || kind === 'fields') return withValue(draft, key, text);
  if (kind === 'declaration') return { ...draft, declaration: { ...draft.declaration, [key]: text } };
  return {
    ...draft,
    attachments: draft.attachments.map((a) => (a.id === key ? { ...a, caption: text } : a)),
  };
}

/** What a replace changed: the texts before it, by place, so that it can be undone. */
export type Replaced = { count: number; before: Map<string, string> };

/** The draft with every occurrence replaced, in every text of `placesOf`, and what it was before. */
export function replaceAll(
  draft: Draft,
  form: FormDefinition,
  query: string,
  replacement: string,
): { draft: Draft; replaced: Replaced } {
  const before = new Map<string, string>();
  let count = 0;
  let next = draft;
  for (const { place, count: found } of matchesOf(draft, form, query)) {
    before.set(place.path, place.text);
    count += found;
    next = withText(next, place.path, place.text.split(query).join(replacement));
  }
  return { draft: next, replaced: { count, before } };
}

/** Undoes a replace: the texts it changed go back to what they were; every other edit stays. */
export function undoReplace(draft: Draft, replaced: Replaced): Draft {
  let next = draft;
  for (const [path, text] of replaced.before) next = withText(next, path, text);
  return next;
}
