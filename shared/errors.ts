import type { CampaignProblem } from './campaign';

/**
 * Every failure that crosses the process boundary is one of these codes. The renderer shows
 * `errors.<code>` in the user's language; `detail` names the thing concerned (a file name, a field).
 */
export const ERROR_CODES = [
  'invalid-request',
  'unknown-channel',
  'forbidden-sender',
  'not-found',
  'draft-corrupt',
  'draft-future-version',
  'draft-exists',
  /** A form id the registry does not hold (`drafts:create`, `cli new --form`). */
  'form-unknown',
  'unsupported-file',
  'heic-not-supported',
  'file-too-large',
  'too-many-images',
  'image-broken',
  'disk-full',
  'read-only',
  'package-invalid',
  'package-unsafe-entry',
  'package-checksum',
  /** Word import (`drafts:importDocx`, `cli import`): a legacy .doc, to be saved as .docx first. */
  'import-doc',
  /** A password-protected Word file: its content is encrypted, so nothing can be read. */
  'import-encrypted',
  /** Not a Word document at all, or a zip renamed to .docx (no document part). */
  'import-not-docx',
  /** A .docx whose zip or XML is broken. */
  'import-damaged',
  /** A .docx built to harm the reader: entries claiming gigabytes, names leaving the folder, XML entities. */
  'import-unsafe',
  /** A Word document that is none of the forms the app knows. */
  'import-not-form',
  /** A .docx dropped on the window larger than a drop carries: to be chosen with 从 Word 文档导入. */
  'import-drop-too-large',
  /** Several files dropped on the window at once: a Word import takes one. */
  'import-drop-one',
  'campaign-invalid',
  'soffice-missing',
  /** Content changed while a slow export ran, and another export took the number it printed. */
  'export-number-taken',
  'folder-missing',
  'layout-no-estimate',
  /** 汇总: a roll-up is under way (one at a time), or none has been made to open or export. */
  'rollup-running',
  'rollup-none',
  'cancelled',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * A file the user brought (an organiser's campaign file) is wrong in these places: each named by
 * its path in the file and a code the screens translate, so the field is named in the user's
 * language rather than in the English of `detail`.
 */
export type FieldProblem = CampaignProblem;

export class DeskError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly problems?: FieldProblem[],
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DeskError';
  }
}

export type Result<T> =
  { ok: true; value: T } | { ok: false; code: ErrorCode; detail?: string; problems?: FieldProblem[] };

/** Disk errors mapped to the codes the user can act on; anything else is internal. */
export function errorCodeOf(error: unknown): { code: ErrorCode; detail?: string; problems?: FieldProblem[] } {
  if (error instanceof DeskError)
    return {
      code: error.code,
      detail: error.detail,
      ...(error.problems ? { problems: error.problems } : {}),
    };
  const errno = (error as { code?: unknown } | null)?.code;
  if (errno === 'ENOSPC' || errno === 'EDQUOT') return { code: 'disk-full' };
  if (errno === 'EROFS' || errno === 'EACCES' || errno === 'EPERM') return { code: 'read-only' };
  if (errno === 'ENOENT') return { code: 'not-found' };
  return { code: 'internal', detail: error instanceof Error ? error.message : String(error) };
}
