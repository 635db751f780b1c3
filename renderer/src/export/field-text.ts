import type { Draft } from '../../../shared/draft';
import type { CoverFieldId } from '../../../shared/forms';
import { useDraft } from '../stores/draft';

const DECLARATION_TEXTS = ['signer', 'opinion'] as const;
type DeclarationText = (typeof DECLARATION_TEXTS)[number];
const isDeclarationText = (field: string): field is DeclarationText =>
  (DECLARATION_TEXTS as readonly string[]).includes(field);
const isCoverField = (draft: Draft, field: string): field is CoverFieldId =>
  Object.hasOwn(draft.cover, field);

/** The text of a field as preflight names it: a cover item, a part, or the signer or opinion. */
export function fieldText(draft: Draft, field: string): string | undefined {
  if (isCoverField(draft, field)) return draft.cover[field];
  if (Object.hasOwn(draft.fields, field)) return draft.fields[field];
  if (isDeclarationText(field)) return draft.declaration[field];
  return undefined;
}

/** Replaces a field's text through the draft store, as typing would: saved shortly after. */
export function setFieldText(draft: Draft, field: string, text: string): void {
  const store = useDraft.getState();
  if (isCoverField(draft, field)) store.setCover(field, text);
  else if (Object.hasOwn(draft.fields, field)) store.setField(field, text);
  else if (isDeclarationText(field)) store.setDeclaration({ [field]: text });
}
