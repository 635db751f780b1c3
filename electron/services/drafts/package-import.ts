import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entry, ZipFile } from 'yauzl';
import { MAX_DRAFT_CHARS, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { ensureDir, syncFile, writeFileAtomic } from '../files/atomic';
import {
  entriesOf,
  extractEntry,
  openZip,
  readEntry,
  type ZipCodes,
  type ZipLimits,
} from '../files/zip-read';
import { describeIssues, parseDraftText, serializeDraft } from './format';
import { MAX_FILE_BYTES } from './ingest';
import { DRAFT_FILE, newId } from './layout';
import { filesOf, MANIFEST_FILE, ManifestSchema, type Manifest } from './package';
import type { DraftRepository } from './repository';

/** The package's limits: a draft's files, each up to what ingest takes, a handful of times over. */
const LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: MAX_FILE_BYTES,
  maxTotalBytes: 4 * MAX_FILE_BYTES,
};
const CODES: ZipCodes = { invalid: 'package-invalid', unsafe: 'package-unsafe-entry' };
const MAX_JSON_BYTES = 20 * 1024 ** 2;
/** A draft of `MAX_DRAFT_CHARS` as written to disk: up to 3 bytes a character, plus indentation. */
const MAX_DRAFT_FILE_BYTES = 3 * MAX_DRAFT_CHARS + 1024 ** 2;

const readSmall = (zip: ZipFile, entries: Map<string, Entry>, name: string, maxBytes = MAX_JSON_BYTES) =>
  readEntry(zip, entries, name, maxBytes, CODES);

function checkListed(manifest: Manifest, entries: Map<string, Entry>, draft: Draft): Map<string, string> {
  const expected = new Map(manifest.files.map((f) => [f.path, f.sha256]));
  for (const name of entries.keys())
    if (name !== MANIFEST_FILE && !expected.has(name))
      throw new DeskError('package-invalid', `${name} is not in the manifest`);
  for (const name of expected.keys())
    if (!entries.has(name)) throw new DeskError('package-invalid', `${name} is missing`);
  for (const name of filesOf(draft))
    if (!expected.has(name)) throw new DeskError('package-invalid', `${name} is missing`);
  return expected;
}

/**
 * Reads a package and checks everything first (names, manifest, checksums, the draft itself), then
 * hands the draft to `place`, which says where its files go: `extract` writes the files the draft
 * declares and then `draft` as draft.json into a folder. The import places into a staging folder
 * of the repository; the roll-up into its own work folder.
 */
export async function readPackage<T>(
  zipPath: string,
  place: (draft: Draft, extract: (dir: string, draft: Draft) => Promise<void>) => Promise<T>,
): Promise<T> {
  const zip = await openZip(zipPath, CODES);
  try {
    const entries = await entriesOf(zip, LIMITS, CODES);
    const manifest = ManifestSchema.safeParse(
      parseJson((await readSmall(zip, entries, MANIFEST_FILE)).bytes),
    );
    if (!manifest.success)
      throw new DeskError('package-invalid', `${MANIFEST_FILE}: ${describeIssues(manifest.error.issues)}`);
    const draftFile = await readSmall(zip, entries, DRAFT_FILE, MAX_DRAFT_FILE_BYTES);
    if (draftFile.sha256 !== manifest.data.files.find((f) => f.path === DRAFT_FILE)?.sha256)
      throw new DeskError('package-checksum', DRAFT_FILE);
    const draft = asData(parseDraftIn(draftFile.bytes));
    if (JSON.stringify(draft).length > MAX_DRAFT_CHARS)
      throw new DeskError('package-invalid', `${DRAFT_FILE} is larger than a draft may be`);
    const expected = checkListed(manifest.data, entries, draft);
    // Only the files the draft declares are extracted; anything else the package lists (a
    // snapshot, an exported copy, a stray file) is data the draft does not use, left in the zip.
    const declared = new Set(filesOf(draft));
    return await place(draft, async (dir, placed) => {
      for (const [name, entry] of entries) {
        if (name === DRAFT_FILE || !declared.has(name)) continue;
        const target = join(dir, name);
        try {
          await ensureDir(dirname(target));
          if ((await extractEntry(zip, entry, name, createWriteStream(target), CODES)) !== expected.get(name))
            throw new DeskError('package-checksum', name);
        } catch (error) {
          throw unplaceable(error, name);
        }
        await syncFile(target);
      }
      await writeFileAtomic(join(dir, DRAFT_FILE), serializeDraft(placed));
    });
  } finally {
    zip.close();
  }
}

/**
 * Imports a package as a new draft, staged in a folder that is renamed into place only when
 * complete. An id already in use (in the list or the trash) makes the import a copy with a new id.
 */
export async function importPackage(
  repo: DraftRepository,
  zipPath: string,
): Promise<{ id: string; asCopy: boolean }> {
  return readPackage(zipPath, async (read, extract) => {
    const asCopy = await repo.isTaken(read.id);
    const draft = asCopy ? { ...read, id: newId() } : read;
    await repo.stageAndPlace(draft.id, (staging) => extract(staging, draft));
    return { id: draft.id, asCopy };
  });
}

/**
 * The export history of a package as data only: number, date, hash, whether it said 草稿. The
 * files of an export stay on the machine that wrote them, so a record from elsewhere names none;
 * `export:reveal` then has nothing to hand to the desktop. The numbers (bounded by the schema)
 * carry over, so a moved draft's next export is not 第1次 again.
 */
function asData(draft: Draft): Draft {
  return { ...draft, exports: draft.exports.map((record) => ({ ...record, files: [] })) };
}

/** Two names that cannot both be files (`attachments` and `attachments/x`) are the package's fault. */
function unplaceable(error: unknown, name: string): unknown {
  const errno = (error as NodeJS.ErrnoException | null)?.code;
  if (errno === 'ENOTDIR' || errno === 'EEXIST' || errno === 'EISDIR' || errno === 'ENAMETOOLONG')
    return new DeskError('package-unsafe-entry', `${name} (${errno})`);
  return error;
}

function parseJson(bytes: Buffer): unknown {
  try {
    return JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new DeskError('package-invalid', `${MANIFEST_FILE} is not JSON`);
  }
}

function parseDraftIn(bytes: Buffer): Draft {
  try {
    return parseDraftText(bytes.toString('utf8'));
  } catch (error) {
    if (error instanceof DeskError && error.code === 'draft-corrupt')
      throw new DeskError('package-invalid', `${DRAFT_FILE}: ${error.detail ?? ''}`);
    throw error;
  }
}
