import { textOf, type Draft } from '../../../shared/draft';
import { useDraft } from '../stores/draft';

const DECLARATION_TEXTS = ['signer', 'opinion'] as const;
type DeclarationText = (typeof DECLARATION_TEXTS)[number];
const isDeclarationText = (field: string): field is DeclarationText =>
  (DECLARATION_TEXTS as readonly string[]).includes(field);
const isTextValue = (draft: Draft, field: string): boolean =>
  Object.hasOwn(draft.values, field) && typeof draft.values[field] === 'string';

/** The text of a field as preflight names it: a text value by field id, or the signer or opinion. */
export function fieldText(draft: Draft, field: string): string | undefined {
  if (isTextValue(draft, field)) return textOf(draft, field);
  if (isDeclarationText(field)) return draft.declaration[field];
  return undefined;
}

/** Replaces a field's text through the draft store, as typing would: saved shortly after. */
export function setFieldText(draft: Draft, field: string, text: string): void {
  const store = useDraft.getState();
  if (isTextValue(draft, field)) store.setValue(field, text);
  else if (isDeclarationText(field)) store.setDeclaration({ [field]: text });
}
