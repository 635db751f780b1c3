import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { dirname, join } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { getFileNameLowLevel, openPromise, type Entry, type ZipFile } from 'yauzl';
import { MAX_DRAFT_CHARS, type Draft } from '../../../shared/draft';
import { DeskError, errorCodeOf } from '../../../shared/errors';
import { ensureDir, syncFile, writeFileAtomic } from '../files/atomic';
import { describeIssues, parseDraftText, serializeDraft } from './format';
import { MAX_FILE_BYTES } from './ingest';
import { DRAFT_FILE, newId } from './layout';
import { filesOf, MANIFEST_FILE, ManifestSchema, type Manifest } from './package';
import type { DraftRepository } from './repository';

const MAX_ENTRIES = 1000;
const MAX_JSON_BYTES = 20 * 1024 ** 2;
/** A draft of `MAX_DRAFT_CHARS` as written to disk: up to 3 bytes a character, plus indentation. */
const MAX_DRAFT_FILE_BYTES = 3 * MAX_DRAFT_CHARS + 1024 ** 2;
/** Far beyond any name the app writes (`attachments/<id>.<ext>`), far below what a file system refuses. */
const MAX_NAME_LENGTH = 1000;
const MAX_NAME_DEPTH = 32;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/** Why an entry name may not be extracted, or null when it is a plain relative path. */
function unsafeName(name: string): string | null {
  if (name.includes('\\') || name.includes('\0')) return 'backslash or NUL in the name';
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path';
  if (name.split('/').some((part) => part === '..' || part === '.' || part === ''))
    return 'path leaves the package';
  if (name.length > MAX_NAME_LENGTH || name.split('/').length > MAX_NAME_DEPTH) return 'too long or too deep';
  return null;
}

/** Reads the central directory and refuses anything unsafe before a byte is extracted. */
async function entriesOf(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let total = 0;
  for await (const entry of zip.eachEntry()) {
    const name = getFileNameLowLevel(
      entry.generalPurposeBitFlag,
      entry.fileNameRaw,
      entry.extraFields,
      false,
    );
    if (name.endsWith('/') && entry.uncompressedSize === 0) continue;
    const unsafe = unsafeName(name);
    if (unsafe) throw new DeskError('package-unsafe-entry', `${name} (${unsafe})`);
    if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
      throw new DeskError('package-unsafe-entry', `${name} (link)`);
    if (entries.has(name)) throw new DeskError('package-unsafe-entry', `${name} (twice)`);
    if (entry.isEncrypted()) throw new DeskError('package-invalid', `${name} (encrypted)`);
    if (entry.uncompressedSize > MAX_FILE_BYTES)
      throw new DeskError('package-unsafe-entry', `${name} (too large)`);
    total += entry.uncompressedSize;
    if (entries.size >= MAX_ENTRIES || total > 4 * MAX_FILE_BYTES)
      throw new DeskError('package-invalid', 'too many or too large entries');
    entries.set(name, entry);
  }
  return entries;
}

/** Streams one entry to `write`, hashing it; yauzl checks the declared size as it goes. */
async function extract(
  zip: ZipFile,
  entry: Entry,
  name: string,
  sink: NodeJS.WritableStream,
): Promise<string> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
    await pipeline(stream, tap, sink);
  } catch (error) {
    // A full disk or a read-only folder is not the package's fault: say what the user can fix.
    const { code } = errorCodeOf(error);
    if (code === 'disk-full' || code === 'read-only') throw error;
    throw new DeskError('package-invalid', `${name}: ${(error as Error).message}`);
  }
  return hash.digest('hex');
}

async function readSmall(
  zip: ZipFile,
  entries: Map<string, Entry>,
  name: string,
  maxBytes = MAX_JSON_BYTES,
): Promise<{ bytes: Buffer; sha256: string }> {
  const entry = entries.get(name);
  if (!entry) throw new DeskError('package-invalid', `${name} is missing`);
  if (entry.uncompressedSize > maxBytes) throw new DeskError('package-unsafe-entry', `${name} (too large)`);
  const chunks: Buffer[] = [];
  const collect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const sha256 = await extract(zip, entry, name, collect);
  return { bytes: Buffer.concat(chunks), sha256 };
}

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
 * Imports a package as a new draft. Everything is checked first (names, manifest, checksums, the
 * draft itself); files are extracted into a staging folder that is renamed into place only when
 * complete. An id already in use (in the list or the trash) makes the import a copy with a new id.
 */
export async function importPackage(
  repo: DraftRepository,
  zipPath: string,
): Promise<{ id: string; asCopy: boolean }> {
  let zip: ZipFile;
  try {
    zip = await openPromise(zipPath, { decodeStrings: false, validateEntrySizes: true, autoClose: false });
  } catch (error) {
    throw new DeskError('package-invalid', (error as Error).message);
  }
  try {
    const entries = await entriesOf(zip).catch((error: unknown) => {
      throw error instanceof DeskError ? error : new DeskError('package-invalid', (error as Error).message);
    });
    const manifest = ManifestSchema.safeParse(
      parseJson((await readSmall(zip, entries, MANIFEST_FILE)).bytes),
    );
    if (!manifest.success)
      throw new DeskError('package-invalid', `${MANIFEST_FILE}: ${describeIssues(manifest.error.issues)}`);
    const draftFile = await readSmall(zip, entries, DRAFT_FILE, MAX_DRAFT_FILE_BYTES);
    if (draftFile.sha256 !== manifest.data.files.find((f) => f.path === DRAFT_FILE)?.sha256)
      throw new DeskError('package-checksum', DRAFT_FILE);
    let draft = asData(parseDraftIn(draftFile.bytes));
    if (JSON.stringify(draft).length > MAX_DRAFT_CHARS)
      throw new DeskError('package-invalid', `${DRAFT_FILE} is larger than a draft may be`);
    const expected = checkListed(manifest.data, entries, draft);
    const asCopy = await repo.isTaken(draft.id);
    if (asCopy) draft = { ...draft, id: newId() };
    // Only the files the draft declares are extracted; anything else the package lists (a
    // snapshot, an exported copy, a stray file) is data the draft does not use, left in the zip.
    const declared = new Set(filesOf(draft));
    await repo.stageAndPlace(draft.id, async (staging) => {
      for (const [name, entry] of entries) {
        if (name === DRAFT_FILE || !declared.has(name)) continue;
        const target = join(staging, name);
        try {
          await ensureDir(dirname(target));
          if ((await extract(zip, entry, name, createWriteStream(target))) !== expected.get(name))
            throw new DeskError('package-checksum', name);
        } catch (error) {
          throw unplaceable(error, name);
        }
        await syncFile(target);
      }
      await writeFileAtomic(join(staging, DRAFT_FILE), serializeDraft(draft));
    });
    return { id: draft.id, asCopy };
  } finally {
    zip.close();
  }
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
