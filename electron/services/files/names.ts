/** What Windows refuses in a name: its reserved characters and every control character (C0 and C1). */
const UNSAFE = /[\\/:*?"<>|\p{Cc}]/gu;
/** Device names Windows will not open as files, whatever extension follows them. */
const RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;
/** Leaves room for a folder path under Windows' 260-character limit. */
export const MAX_NAME = 120;

/** Text made safe inside a Windows file name; the submission package names its entries with it too. */
export function safePart(text: string): string {
  return text.replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/**
 * The stem of a file name Windows accepts, from the parts it is named after (`单位`, `题目`):
 * no characters Windows refuses, at most `room` code points, no trailing dot or space, and no
 * reserved device name (a draft titled CON is offered as `_CON.…`); empty parts are skipped.
 * Empty when nothing of the parts is left, so the caller picks its own fallback.
 */
export function safeStem(parts: readonly string[], room: number): string {
  let stem = parts.map(safePart).filter(Boolean).join('-');
  if ([...stem].length > room) stem = [...stem].slice(0, room).join('');
  stem = stem.replace(/[. ]+$/, '');
  return RESERVED.test(stem) ? `_${stem}` : stem;
}
