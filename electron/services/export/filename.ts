import { textOf, type Draft } from '../../../shared/draft';
import type { FormDefinition } from '../../../shared/forms';

// eslint-disable-next-line no-control-regex -- control characters are exactly what Windows refuses in names
const UNSAFE = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** Leaves room for a folder path under Windows' 260-character limit. */
const MAX_NAME = 120;

/** Text made safe inside a Windows file name; the submission package names its entries with it too. */
export function safePart(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/**
 * `报送单位-题目-计量创新案例.docx`, safe to save on Windows: no characters Windows refuses, no
 * reserved device name, no trailing dot or space, bounded length; empty parts are skipped.
 */
export function exportFileName(draft: Draft, form: FormDefinition, extension = 'docx'): string {
  const suffix = `-${form.kindName}.${extension}`;
  let stem = [textOf(draft, 'unit'), textOf(draft, 'title')].map(safePart).filter(Boolean).join('-');
  const room = MAX_NAME - suffix.length;
  if ([...stem].length > room) stem = [...stem].slice(0, room).join('');
  stem = stem.replace(/[. ]+$/, '');
  if (RESERVED.test(stem)) stem = `_${stem}`;
  return stem ? `${stem}${suffix}` : suffix.slice(1);
}
