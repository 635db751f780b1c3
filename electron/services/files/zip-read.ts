import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fromBufferPromise, getFileNameLowLevel, openPromise, type Entry, type ZipFile } from 'yauzl';
import { DeskError, errorCodeOf, type ErrorCode } from '../../../shared/errors';

/**
 * Reading a zip the user handed in (a draft package, a .docx): the central directory is checked
 * before a byte is extracted — names that leave the folder (zip-slip), links, duplicates, encrypted
 * entries, and sizes past the caller's limits (a 1 KB zip claiming gigabytes) — and every entry is
 * read with yauzl checking its declared size as it goes, so a lying header cannot inflate further.
 */
export interface ZipLimits {
  maxEntries: number;
  /** The largest one entry may declare. */
  maxEntryBytes: number;
  /** All entries together. */
  maxTotalBytes: number;
}

/** Which of the caller's codes an unreadable zip and an unsafe one are reported with. */
export interface ZipCodes {
  invalid: ErrorCode;
  unsafe: ErrorCode;
}

/** Far beyond any name the app or Word writes, far below what a file system refuses. */
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

/**
 * A zip up to this size is read whole, in one read: through its descriptor yauzl asks the disk for
 * every header and entry apart, which made reading 300 submission packages twice as slow as
 * reading the same files whole (docs/PERFORMANCE.md, roll-up). A larger zip (videos) streams.
 */
const READ_WHOLE_BYTES = 32 * 1024 ** 2;

/**
 * Opens a zip (a file, or bytes already read) for reading entry by entry; what is no zip is the
 * caller's `invalid`.
 */
export async function openZip(path: string | Buffer, codes: ZipCodes): Promise<ZipFile> {
  const options = { decodeStrings: false, validateEntrySizes: true } as const;
  try {
    if (Buffer.isBuffer(path)) return await fromBufferPromise(path, options);
    if ((await stat(path)).size <= READ_WHOLE_BYTES)
      return await fromBufferPromise(await readFile(path), options);
    return await openPromise(path, { ...options, autoClose: false });
  } catch (error) {
    throw new DeskError(codes.invalid, (error as Error).message);
  }
}

/** Reads the central directory and refuses anything unsafe before a byte is extracted. */
export async function entriesOf(
  zip: ZipFile,
  limits: ZipLimits,
  codes: ZipCodes,
): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  let total = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      const name = getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false,
      );
      if (name.endsWith('/') && entry.uncompressedSize === 0) continue;
      const unsafe = unsafeName(name);
      if (unsafe) throw new DeskError(codes.unsafe, `${name} (${unsafe})`);
      if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK)
        throw new DeskError(codes.unsafe, `${name} (link)`);
      if (entries.has(name)) throw new DeskError(codes.unsafe, `${name} (twice)`);
      if (entry.isEncrypted()) throw new DeskError(codes.invalid, `${name} (encrypted)`);
      if (entry.uncompressedSize > limits.maxEntryBytes)
        throw new DeskError(codes.unsafe, `${name} (too large)`);
      total += entry.uncompressedSize;
      if (entries.size >= limits.maxEntries || total > limits.maxTotalBytes)
        throw new DeskError(codes.invalid, 'too many or too large entries');
      entries.set(name, entry);
    }
  } catch (error) {
    throw error instanceof DeskError ? error : new DeskError(codes.invalid, (error as Error).message);
  }
  return entries;
}

/** Streams one entry to `sink`, hashing it; yauzl checks the declared size as it goes. */
export async function extractEntry(
  zip: ZipFile,
  entry: Entry,
  name: string,
  sink: NodeJS.WritableStream,
  codes: ZipCodes,
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
    // A full disk or a read-only folder is not the zip's fault: say what the user can fix.
    const { code } = errorCodeOf(error);
    if (code === 'disk-full' || code === 'read-only') throw error;
    throw new DeskError(codes.invalid, `${name}: ${(error as Error).message}`);
  }
  return hash.digest('hex');
}

/** One entry in memory, refused past `maxBytes` before it is inflated. */
export async function readEntry(
  zip: ZipFile,
  entries: Map<string, Entry>,
  name: string,
  maxBytes: number,
  codes: ZipCodes,
): Promise<{ bytes: Buffer; sha256: string }> {
  const entry = entries.get(name);
  if (!entry) throw new DeskError(codes.invalid, `${name} is missing`);
  if (entry.uncompressedSize > maxBytes) throw new DeskError(codes.unsafe, `${name} (too large)`);
  const chunks: Buffer[] = [];
  const collect = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const sha256 = await extractEntry(zip, entry, name, collect, codes);
  return { bytes: Buffer.concat(chunks), sha256 };
}
