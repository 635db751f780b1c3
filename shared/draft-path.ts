/**
 * The one rule for a file a draft names (an attachment, its print copy, the drawn signature):
 * a relative path under `attachments/` of the draft's own folder. Main writes every such name
 * itself (`attachments/<random id>.<ext>`), so the rule can be strict: whatever a page, a package
 * or a hand-edited draft.json sends that main would not have written is refused. Checked here on
 * the name (the schema uses it), and again on disk at the moment of use
 * (`electron/services/drafts/draft-files.ts`), where symlinks are resolved.
 */
export const DRAFT_FILES_DIR = 'attachments';
export const MAX_DRAFT_PATH_LENGTH = 255;
const MAX_DEPTH = 8;

/** Windows device names: `attachments/CON.jpg` opens the console there, not a file. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.|$)/i;

/**
 * Characters no name main writes contains: controls (a newline once slipped past a pattern's
 * `.`), format characters (bidi overrides, zero widths), separators other than `/`, and what
 * Windows forbids in names. Look-alikes of `/`, `\` and `.` are caught by also checking the
 * NFKC form, where `．．／` becomes `../`.
 */
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\p{Cf}\p{Zl}\p{Zp}\\:*?"<>|\u2215\u2044\u29f8\u29f9\ufe68]/u;

function segmentProblem(segment: string): string | null {
  if (segment === '') return 'empty segment (leading, trailing or doubled /)';
  if (segment === '.' || segment === '..') return 'dot segment';
  if (segment.startsWith('.')) return 'hidden name';
  // Windows drops a trailing dot or space, so `x.jpg.` and `.. ` would name other files there.
  if (/[. ]$/.test(segment)) return 'trailing dot or space';
  if (RESERVED.test(segment)) return 'reserved device name';
  return null;
}

function shapeProblem(name: string): string | null {
  if (FORBIDDEN.test(name)) return 'forbidden character';
  const segments = name.split('/');
  if (segments[0] !== DRAFT_FILES_DIR) return `not under ${DRAFT_FILES_DIR}/`;
  if (segments.length < 2) return 'a folder, not a file';
  if (segments.length > MAX_DEPTH) return 'too deep';
  for (const segment of segments) {
    const problem = segmentProblem(segment);
    if (problem) return problem;
  }
  return null;
}

/** Why `name` may not be a file of a draft, or null when it may. */
export function draftPathProblem(name: string): string | null {
  if (name.length === 0 || name.length > MAX_DRAFT_PATH_LENGTH) return 'length';
  const problem = shapeProblem(name);
  if (problem) return problem;
  const folded = name.normalize('NFKC');
  if (folded !== name && shapeProblem(folded)) return 'look-alike characters';
  return null;
}

export function isDraftPath(name: string): boolean {
  return draftPathProblem(name) === null;
}
