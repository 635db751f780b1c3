import { randomBytes } from 'node:crypto';
import { join } from 'node:path';

/**
 * Where a data directory keeps drafts (docs/DRAFTS.md). One folder per draft, its attachments beside
 * the JSON and referenced by relative paths, so a folder can be handed to the CLI or zipped as is.
 */
export interface Layout {
  drafts: string;
  trash: string;
  quarantine: string;
  draftDir(id: string): string;
  draftFile(id: string): string;
  snapshotsDir(id: string): string;
  trashDir(id: string): string;
}

export const DRAFT_FILE = 'draft.json';
export const ATTACHMENTS_DIR = 'attachments';
export const SNAPSHOTS_DIR = 'snapshots';

export function layoutOf(dataDir: string): Layout {
  const drafts = join(dataDir, 'drafts');
  const trash = join(dataDir, 'trash');
  return {
    drafts,
    trash,
    quarantine: join(dataDir, 'quarantine'),
    draftDir: (id) => join(drafts, id),
    draftFile: (id) => join(drafts, id, DRAFT_FILE),
    snapshotsDir: (id) => join(drafts, id, SNAPSHOTS_DIR),
    trashDir: (id) => join(trash, id),
  };
}

const ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** Folder names that are drafts; temp folders of an import in progress start with a dot. */
export function isDraftId(name: string): boolean {
  return ID_PATTERN.test(name);
}

/** URL-safe and unguessable, so ids from two machines never collide by accident. */
export function newId(): string {
  return randomBytes(12).toString('base64url');
}
