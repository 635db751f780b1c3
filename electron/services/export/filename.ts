import type { Draft } from '../../../shared/draft';
import { draftNames, type FormDefinition } from '../../../shared/forms';
import { MAX_NAME, safeStem } from '../files/names';

/**
 * `报送单位-题目-计量创新案例.docx`, safe to save on Windows (`safeStem`); `suffix` names a file
 * that travels with the form, such as `-寄送封面`.
 */
export function exportFileName(draft: Draft, form: FormDefinition, extension = 'docx', suffix = ''): string {
  const tail = `-${form.kindName}${suffix}.${extension}`;
  const { title, unit } = draftNames(draft, form);
  const stem = safeStem([unit, title], MAX_NAME - [...tail].length);
  return stem ? `${stem}${tail}` : tail.slice(1);
}
