import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { z } from 'zod';
import { ATTACHMENT_ROLES } from '../../../shared/attachment-roles';
import type { Campaign } from '../../../shared/campaign';
import { contentHash, FormIdSchema, MAX_EXPORT_NUMBER, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import { PRINTED_HASH_PATTERN } from '../../../shared/printed-hash';
import { syncDir, syncFile, tempPathFor } from '../files/atomic';
import { openDraftFile } from '../drafts/draft-files';
import { safePart } from '../files/names';
import { productFileName, type ExportFile } from '../export/pipeline';
import type { RenderedForm } from '../export/render';
import { INSTRUCTIONS_NAME, instructionsText, type ListedEntry } from './instructions';

/** Mailboxes commonly refuse mail over about 50 MB (163.com: 50 MB with attachments). */
export const MAILBOX_LIMIT_BYTES = 50 * 1024 * 1024;

interface Entry extends ListedEntry {
  /** A file of the draft folder, opened (and so checked) through the resolver, or bytes made for the package. */
  from: { handle: FileHandle } | { bytes: Buffer };
  /** The attachment whose original it is. */
  attachment?: string;
}

/** The package's own list of what it holds, so whoever receives it can prove what it got. */
export const SUBMISSION_MANIFEST_NAME = 'manifest.json';
export const SUBMISSION_MANIFEST_FORMAT = 'submission-desk/submission';

/**
 * `manifest.json` of a submission package (docs/DELIVERY.md): every other entry with its size
 * and SHA-256, the export number and hash the form prints, the full content hash, and the draft as
 * saved. An entry holding an attachment's original names it (`attachment`: its id), since the
 * package names files for people (图片/实验室.jpg) and the draft by its own paths. The draft is
 * kept as data here and checked as a draft where it is read (`parseDraftText`: migrations apply).
 */
export const SubmissionManifestSchema = z.object({
  format: z.literal(SUBMISSION_MANIFEST_FORMAT),
  version: z.literal(1),
  exportNumber: z.number().int().positive().max(MAX_EXPORT_NUMBER),
  hash: z.string().regex(PRINTED_HASH_PATTERN),
  fullHash: z.string().regex(/^[0-9a-f]{64}$/),
  form: FormIdSchema,
  campaignId: z.string().min(1).max(100),
  entries: z
    .array(
      z.object({
        name: z.string().min(1).max(1000),
        size: z.number().int().nonnegative(),
        sha256: z.string().regex(/^[0-9a-f]{64}$/),
        attachment: z.string().max(64).optional(),
      }),
    )
    .max(1000),
  draft: z.unknown(),
});
export type SubmissionManifest = z.infer<typeof SubmissionManifestSchema>;

export interface PackageResult {
  size: number;
  /** Every entry of the zip, in order, with its size. */
  entries: ListedEntry[];
  oversize: boolean;
}

/** `name (2).jpg` for the second file of the same name: two photos called `IMG_0001.jpg` both travel. */
function uniqueName(taken: Set<string>, folder: string, name: string): string {
  const extension = extname(name);
  const stem = safePart(name.slice(0, name.length - extension.length)) || 'file';
  for (let n = 1; ; n++) {
    const candidate = `${folder}/${stem}${n > 1 ? ` (${n})` : ''}${safePart(extension)}`;
    if (!taken.has(candidate.toLowerCase())) {
      taken.add(candidate.toLowerCase());
      return candidate;
    }
  }
}

/** The originals the user attached (not the print copies), each in its role's folder. */
async function attachmentEntries(draft: Draft, draftDir: string, taken: Set<string>): Promise<Entry[]> {
  const entries: Entry[] = [];
  const missing: string[] = [];
  for (const attachment of draft.attachments) {
    const opened = await openDraftFile(draftDir, attachment.file).catch(() => null);
    if (!opened) missing.push(attachment.originalName);
    else
      entries.push({
        name: uniqueName(taken, ATTACHMENT_ROLES[attachment.role].folder, attachment.originalName),
        size: opened.size,
        from: { handle: opened.handle },
        attachment: attachment.id,
      });
  }
  if (missing.length > 0) {
    await closeAll(entries);
    throw new DeskError('not-found', missing.join('、'));
  }
  return entries;
}

async function closeAll(entries: Entry[]): Promise<void> {
  for (const entry of entries)
    if ('handle' in entry.from) await entry.from.handle.close().catch(() => undefined);
}

/** Media is compressed already; deflating it again costs time for nothing. */
const compressible = (name: string) => /\.(docx|txt|pdf|json)$/i.test(name);

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** An entry's SHA-256, read from the handle the zip reads it from again. */
async function sha256OfEntry(entry: Entry): Promise<string> {
  if ('bytes' in entry.from) return sha256Of(entry.from.bytes);
  const hash = createHash('sha256');
  await pipeline(entry.from.handle.createReadStream({ start: 0, autoClose: false }), hash);
  return hash.digest('hex');
}

interface PackageFacts {
  draft: Draft;
  campaign: Campaign;
  exportNumber: number;
  hash: string;
}

/**
 * 报送说明.txt and manifest.json, each listing the other: the note names the manifest with its size
 * in KB, the manifest holds the note's SHA-256. The note is remade until the size it names is the
 * manifest's (the first or second pass: a size in KB barely moves).
 */
async function describedPackage(
  args: PackageFacts,
  entries: Entry[],
): Promise<{ instructions: Buffer; manifest: Buffer }> {
  const hashed = await Promise.all(
    entries.map(async (entry) => ({
      name: entry.name,
      size: entry.size,
      sha256: await sha256OfEntry(entry),
      ...(entry.attachment ? { attachment: entry.attachment } : {}),
    })),
  );
  const fullHash = await contentHash(args.draft);
  const listed = entries.map(({ name, size }) => ({ name, size }));
  const note = (manifestSize: number) =>
    instructionsText({
      draft: args.draft,
      campaign: args.campaign,
      entries: [...listed, { name: SUBMISSION_MANIFEST_NAME, size: manifestSize }],
      exportNumber: args.exportNumber,
      hash: args.hash,
    });
  const manifestOf = (instructions: Buffer) => {
    const manifest: SubmissionManifest = {
      format: SUBMISSION_MANIFEST_FORMAT,
      version: 1,
      exportNumber: args.exportNumber,
      hash: args.hash,
      fullHash,
      form: args.draft.form,
      campaignId: args.draft.campaignId,
      entries: [
        { name: INSTRUCTIONS_NAME, size: instructions.length, sha256: sha256Of(instructions) },
        ...hashed,
      ],
      draft: args.draft,
    };
    return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`);
  };
  let instructions = note(0);
  let manifest = manifestOf(instructions);
  for (let pass = 0; pass < 5; pass++) {
    const again = note(manifest.length);
    if (again.equals(instructions)) break;
    instructions = again;
    manifest = manifestOf(instructions);
  }
  return { instructions, manifest };
}

/**
 * The submission package (docs/DELIVERY.md): the form (.docx, and .pdf when there is one), the original
 * images, videos and proof files, 报送说明.txt and manifest.json. yazl flags every name as UTF-8 (bit 11), so
 * Windows' and WPS' unzip show 图片/… rather than mojibake. The zip is written to a temp file
 * beside the target and renamed, so a full or read-only disk leaves no partial zip.
 */
export async function writeSubmissionPackage(args: {
  draft: Draft;
  draftDir: string;
  campaign: Campaign;
  forms: { name: string; bytes: Buffer }[];
  exportNumber: number;
  hash: string;
  target: string;
  now: Date;
}): Promise<PackageResult> {
  const taken = new Set<string>([INSTRUCTIONS_NAME.toLowerCase(), SUBMISSION_MANIFEST_NAME]);
  const forms: Entry[] = args.forms.map(({ name, bytes }) => {
    taken.add(name.toLowerCase());
    return { name, size: bytes.length, from: { bytes } };
  });
  const entries = [...forms, ...(await attachmentEntries(args.draft, args.draftDir, taken))];
  let instructions: Buffer;
  let manifest: Buffer;
  try {
    ({ instructions, manifest } = await describedPackage(args, entries));
  } catch (error) {
    await closeAll(entries);
    throw error;
  }
  const listed = entries.map(({ name, size }) => ({ name, size }));

  const zip = new ZipFile();
  const options = (name: string) => ({ mtime: args.now, compress: compressible(name) });
  zip.addBuffer(instructions, INSTRUCTIONS_NAME, options(INSTRUCTIONS_NAME));
  // The bytes zipped are read from the handles opened when the files were checked.
  for (const entry of entries)
    if ('bytes' in entry.from) zip.addBuffer(entry.from.bytes, entry.name, options(entry.name));
    else
      zip.addReadStream(entry.from.handle.createReadStream({ start: 0 }), entry.name, {
        ...options(entry.name),
        size: entry.size,
      });
  zip.addBuffer(manifest, SUBMISSION_MANIFEST_NAME, options(SUBMISSION_MANIFEST_NAME));
  zip.end();

  const temp = tempPathFor(args.target);
  try {
    await pipeline(zip.outputStream, createWriteStream(temp));
    await syncFile(temp);
    await rename(temp, args.target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  } finally {
    await closeAll(entries);
  }
  await syncDir(dirname(args.target));
  const size = (await stat(args.target)).size;
  return {
    size,
    entries: [
      { name: INSTRUCTIONS_NAME, size: instructions.length },
      ...listed,
      { name: SUBMISSION_MANIFEST_NAME, size: manifest.length },
    ],
    oversize: size > MAILBOX_LIMIT_BYTES,
  };
}

/**
 * The submission package as a file of the export pipeline: the .docx, the PDF when `pdf` makes one,
 * the original attachments and 报送说明.txt. Missing attachments are named here, before anything
 * is asked or written, never discovered halfway through the zip.
 */
export function packageFile(args: {
  draft: Draft;
  draftDir: string;
  campaign: Campaign;
  form: RenderedForm;
  pdf: () => Promise<Buffer | null>;
  now: Date;
}): ExportFile<PackageResult & { pdf: boolean }> {
  const { draft, form } = args;
  const missing = form.preflight.issues.filter((issue) => issue.code === 'attachment-missing');
  if (missing.length > 0)
    throw new DeskError('not-found', missing.map((issue) => issue.detail ?? issue.field).join('、'));
  return {
    product: 'package',
    identity: form,
    make: async () => {
      const pdf = await args.pdf();
      return async (target) => ({
        ...(await writeSubmissionPackage({
          draft,
          draftDir: args.draftDir,
          campaign: args.campaign,
          forms: [
            { name: productFileName(draft, 'docx'), bytes: form.bytes },
            ...(pdf ? [{ name: productFileName(draft, 'pdf'), bytes: pdf }] : []),
          ],
          exportNumber: form.number,
          hash: form.hash,
          target,
          now: args.now,
        })),
        pdf: pdf !== null,
      });
    },
  };
}
