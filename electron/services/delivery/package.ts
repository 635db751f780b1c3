import { createWriteStream } from 'node:fs';
import { rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { ATTACHMENT_ROLES } from '../../../shared/attachment-roles';
import type { Campaign } from '../../../shared/campaign';
import type { Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
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
}

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
const compressible = (name: string) => /\.(docx|txt|pdf)$/i.test(name);

/**
 * The submission package (docs/DELIVERY.md): the form (.docx, and .pdf when there is one), the original
 * images, videos and proof files, and 报送说明.txt. yazl flags every name as UTF-8 (bit 11), so
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
  const taken = new Set<string>([INSTRUCTIONS_NAME.toLowerCase()]);
  const forms: Entry[] = args.forms.map(({ name, bytes }) => {
    taken.add(name.toLowerCase());
    return { name, size: bytes.length, from: { bytes } };
  });
  const entries = [...forms, ...(await attachmentEntries(args.draft, args.draftDir, taken))];
  const listed = entries.map(({ name, size }) => ({ name, size }));
  const instructions = instructionsText({
    draft: args.draft,
    campaign: args.campaign,
    entries: listed,
    exportNumber: args.exportNumber,
    hash: args.hash,
  });

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
    entries: [{ name: INSTRUCTIONS_NAME, size: instructions.length }, ...listed],
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
