import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
import sharp from 'sharp';
import type { Attachment, AttachmentRole } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { ensureDir, syncDir, syncFile, tempPathFor, writeFileAtomic } from '../files/atomic';
import { removeDraftFile } from './draft-files';
import { ATTACHMENTS_DIR, newId } from './layout';

/** The notice's carriers can be long videos, but a file this big cannot be mailed or printed. */
export const MAX_FILE_BYTES = 2 * 1024 ** 3;
/** Long side of the copy placed in the printed form: 2000 px is ~300 dpi across the 15 cm column. */
export const PRINT_LONG_SIDE = 2000;
/** Enough for any camera (a 108-megapixel phone photo) and far below what would exhaust memory. */
export const MAX_IMAGE_PIXELS = 120_000_000;

const IMAGE_TYPES = ['image/jpeg', 'image/png'];
const VIDEO_TYPES = [
  'video/mp4',
  'video/quicktime',
  'video/matroska',
  'video/vnd.avi',
  'video/webm',
  'video/x-m4v',
];
/**
 * Types decided by content (magic bytes), never by the file name's extension; the dialog offers
 * the matching extensions (`ATTACHMENT_ROLES`).
 */
const ACCEPTED: Record<AttachmentRole, string[]> = {
  image: IMAGE_TYPES,
  video: VIDEO_TYPES,
  proof: ['application/pdf', ...IMAGE_TYPES],
};
const HEIC_TYPES = ['image/heic', 'image/heif', 'image/heic-sequence', 'image/heif-sequence', 'image/avif'];

export interface IngestRequest {
  draftDir: string;
  source: string;
  role: AttachmentRole;
  /** Whether the image is placed in the printed form and so needs the downscaled copy. */
  printed: boolean;
}

/** What the file is, checked before a byte is copied. */
async function inspect(
  source: string,
  role: AttachmentRole,
): Promise<{ mime: string; ext: string; size: number }> {
  const name = basename(source);
  const info = await stat(source).catch(() => null);
  if (!info?.isFile()) throw new DeskError('not-found', name);
  if (info.size > MAX_FILE_BYTES) throw new DeskError('file-too-large', name);
  const type = await fileTypeFromFile(source);
  if (type && HEIC_TYPES.includes(type.mime)) throw new DeskError('heic-not-supported', name);
  if (!type || !ACCEPTED[role].includes(type.mime)) throw new DeskError('unsupported-file', name);
  return { mime: type.mime, ext: type.ext, size: info.size };
}

/** Copies by streaming (a video never sits in memory whole), hashing on the way, then fsyncs. */
async function copyHashed(source: string, target: string): Promise<string> {
  const hash = createHash('sha256');
  const temp = tempPathFor(target);
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  try {
    await pipeline(createReadStream(source), tap, createWriteStream(temp));
    await syncFile(temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  return hash.digest('hex');
}

async function imageSize(source: string, name: string): Promise<{ width: number; height: number }> {
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>['metadata']>>;
  try {
    // Only the header is read here; the pixel limit is checked below to say why it is refused.
    meta = await sharp(source, { limitInputPixels: false }).metadata();
  } catch {
    throw new DeskError('image-broken', name);
  }
  // The header alone decides this, so a 30000×30000 image is refused before anything is decoded.
  if (meta.width * meta.height > MAX_IMAGE_PIXELS)
    throw new DeskError('file-too-large', `${name} (${meta.width} × ${meta.height} px)`);
  return meta.autoOrient;
}

/** The copy for the printed form: upright (EXIF orientation applied), long side at most 2000 px. */
async function makePrintCopy(source: string, target: string, mime: string, name: string): Promise<void> {
  const pipelineOf = sharp(source, { limitInputPixels: MAX_IMAGE_PIXELS })
    .autoOrient()
    .resize({ width: PRINT_LONG_SIDE, height: PRINT_LONG_SIDE, fit: 'inside', withoutEnlargement: true });
  let bytes: Buffer;
  try {
    bytes = await (mime === 'image/png' ? pipelineOf.png() : pipelineOf.jpeg({ quality: 90 })).toBuffer();
  } catch {
    throw new DeskError('image-broken', name);
  }
  await writeFileAtomic(target, bytes);
}

/**
 * Brings one chosen file into the draft folder under `attachments/`, with its checksum and, for
 * printed images, the downscaled copy. The original stays as given for the submission package.
 * On any failure nothing is left behind.
 */
export async function ingestFile({ draftDir, source, role, printed }: IngestRequest): Promise<Attachment> {
  const name = basename(source);
  const { mime, ext, size } = await inspect(source, role);
  const dims = IMAGE_TYPES.includes(mime) ? await imageSize(source, name) : undefined;
  const id = newId();
  const file = `${ATTACHMENTS_DIR}/${id}.${ext}`;
  const printFile =
    printed && dims ? `${ATTACHMENTS_DIR}/${id}-print.${mime === 'image/png' ? 'png' : 'jpg'}` : undefined;
  try {
    await ensureDir(join(draftDir, ATTACHMENTS_DIR));
    const sha256 = await copyHashed(source, join(draftDir, file));
    if (printFile) await makePrintCopy(source, join(draftDir, printFile), mime, name);
    await syncDir(join(draftDir, ATTACHMENTS_DIR));
    return {
      id,
      role,
      file,
      ...(printFile ? { printFile } : {}),
      originalName: name.slice(0, 255),
      mime,
      size,
      sha256,
      ...(dims ?? {}),
      caption: '',
    };
  } catch (error) {
    await removeAttachmentFiles(draftDir, { file, printFile });
    throw error;
  }
}

/** Through the resolver: a name that leads out of the draft folder removes nothing. */
export async function removeAttachmentFiles(
  draftDir: string,
  attachment: Pick<Attachment, 'file' | 'printFile'>,
): Promise<void> {
  for (const file of [attachment.file, attachment.printFile]) if (file) await removeDraftFile(draftDir, file);
}
