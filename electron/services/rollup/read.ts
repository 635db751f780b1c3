import { createWriteStream } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import type { Entry, ZipFile } from 'yauzl';
import type { Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import type { RollupCheck, RollupInputKind, RollupRow } from '../../../shared/rollup';
import type { CampaignRegistry } from '../campaigns/registry';
import {
  SUBMISSION_MANIFEST_NAME,
  SubmissionManifestSchema,
  type SubmissionManifest,
} from '../delivery/package';
import { describeIssues, parseDraftText, serializeDraft } from '../drafts/format';
import { MAX_FILE_BYTES } from '../drafts/ingest';
import { DRAFT_FILE, newId } from '../drafts/layout';
import { MANIFEST_FILE } from '../drafts/package';
import { readPackage } from '../drafts/package-import';
import { ensureDir, readRegularFile } from '../files/atomic';
import {
  entriesOf,
  extractEntry,
  openZip,
  readEntry,
  type ZipCodes,
  type ZipLimits,
} from '../files/zip-read';
import { readFooters } from '../import/docx-read';
import { importDocx } from '../import/import';
import type { RollupInputFile } from './inputs';

/**
 * One input opened for reading: its draft and the folder its files are read from — the input
 * itself for a draft folder (only read), else a folder of the run's work folder the package was
 * unpacked or the Word form imported into. What the package claims is kept to be checked
 * against the content.
 */
export interface OpenedInput {
  kind: RollupInputKind;
  /** The draft as submitted: its content is what the checks and the hash are about. */
  draft: Draft;
  /** The draft whose files are in `dir`, where it is not `draft` itself (a package's unpacked copy). */
  unpacked?: Draft;
  dir: string;
  /** The form as the package holds it, or the Word file given: what was printed. */
  docx?: string;
  manifest: RollupRow['manifest'];
  checksums: RollupCheck;
  exportNumber?: number;
  /** The printed hashes the package claims (manifest, footer): each must be the content's. */
  claims: (string | undefined)[];
  /** The full content hash the manifest claims. */
  fullHash?: string;
}

const CODES: ZipCodes = { invalid: 'package-invalid', unsafe: 'package-unsafe-entry' };
/** A submission package: the form, a PDF, the originals (videos among them), as a draft package. */
const LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxEntryBytes: MAX_FILE_BYTES,
  maxTotalBytes: 4 * MAX_FILE_BYTES,
};
const MAX_MANIFEST_BYTES = 64 * 1024 ** 2;
const MAX_DRAFT_BYTES = 64 * 1024 ** 2;

/** What the footer of an exported form prints, in simplified or traditional labels. */
const PRINTED_MARK = /第(\d+)次[导導]出\s*校[验驗][码碼]\s*([0-9a-f]{8})/;

/** The export number and hash printed in a .docx's footer, where it has them. */
export async function printedMark(docx: string | Buffer): Promise<{ exportNumber?: number; hash?: string }> {
  for (const text of await readFooters(docx)) {
    const match = PRINTED_MARK.exec(text);
    if (match) return { exportNumber: Number(match[1]), hash: match[2] };
  }
  return {};
}

/** A sink for an entry that is only hashed. */
const discard = () =>
  new Writable({
    write(_chunk, _encoding, done) {
      done();
    },
  });

async function startsWithZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r').catch((error: unknown) => {
    throw new DeskError('not-found', (error as Error).message);
  });
  try {
    const head = Buffer.alloc(2);
    await handle.read(head, 0, 2, 0);
    return head.toString('latin1') === 'PK';
  } finally {
    await handle.close();
  }
}

async function readDraftFile(file: string): Promise<Draft> {
  const bytes = await readRegularFile(file).catch((error: unknown) => {
    throw new DeskError('not-found', (error as Error).message);
  });
  if (bytes.length > MAX_DRAFT_BYTES) throw new DeskError('file-too-large', basename(file));
  return parseDraftText(bytes.toString('utf8'));
}

function parseManifest(bytes: Buffer): SubmissionManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new DeskError('package-invalid', `${SUBMISSION_MANIFEST_NAME} is not JSON`);
  }
  const isOurs = typeof json === 'object' && json !== null && 'format' in json;
  if (!isOurs) return null;
  const parsed = SubmissionManifestSchema.safeParse(json);
  if (!parsed.success)
    throw new DeskError(
      'package-invalid',
      `${SUBMISSION_MANIFEST_NAME}: ${describeIssues(parsed.error.issues)}`,
    );
  return parsed.data;
}

function manifestDraft(manifest: SubmissionManifest): Draft {
  try {
    return parseDraftText(JSON.stringify(manifest.draft));
  } catch (error) {
    if (error instanceof DeskError)
      throw new DeskError('package-invalid', `${SUBMISSION_MANIFEST_NAME}: draft: ${error.detail ?? ''}`);
    throw error;
  }
}

/** Whether an entry is as the manifest lists it. */
const listedAs = (
  expected: SubmissionManifest['entries'][number] | undefined,
  sha256: string,
  entry: Entry,
): boolean => expected?.sha256 === sha256 && expected.size === entry.uncompressedSize;

/** The form a package holds: the first .docx that is not an attachment. */
function formEntry(names: string[], attachments: Set<string>): string | undefined {
  return names.find((name) => /\.docx$/i.test(name) && !name.includes('/') && !attachments.has(name));
}

/**
 * Our submission package with its manifest: every entry hashed against it (an entry it does not
 * list, or one it lists and the zip lacks, is a mismatch too), the form and the originals unpacked
 * into `dir` under the draft's own paths. The print copies and the drawn signature do not travel
 * in a package, so the unpacked draft goes without them: its files are the ones that did.
 */
async function readWithManifest(
  zip: ZipFile,
  entries: Map<string, Entry>,
  manifest: SubmissionManifest,
  dir: string,
): Promise<OpenedInput> {
  const draft = manifestDraft(manifest);
  const listed = new Map(manifest.entries.map((entry) => [entry.name, entry]));
  let checksums: RollupCheck = 'ok';
  for (const name of listed.keys()) if (!entries.has(name)) checksums = 'mismatch';
  const byAttachment = new Map(draft.attachments.map((a) => [a.id, a]));
  const formName = formEntry(
    [...entries.keys()],
    new Set(manifest.entries.filter((e) => e.attachment !== undefined).map((e) => e.name)),
  );
  const docx = formName ? join(dir, 'form.docx') : undefined;
  let footer: Awaited<ReturnType<typeof printedMark>> = {};
  await ensureDir(dir);
  for (const [name, entry] of entries) {
    if (name === SUBMISSION_MANIFEST_NAME) continue;
    const expected = listed.get(name);
    if (docx && name === formName) {
      // The form is read in memory once: hashed, its footer read, and written for the pages.
      const form = await readEntry(zip, entries, name, MAX_FILE_BYTES, CODES);
      await writeFile(docx, form.bytes);
      footer = await printedMark(form.bytes);
      if (!listedAs(expected, form.sha256, entry)) checksums = 'mismatch';
      continue;
    }
    const attachment = expected?.attachment ? byAttachment.get(expected.attachment) : undefined;
    const target = attachment ? join(dir, attachment.file) : undefined;
    if (target) await ensureDir(dirname(target));
    const sha256 = await extractEntry(
      zip,
      entry,
      name,
      target ? createWriteStream(target) : discard(),
      CODES,
    );
    if (!listedAs(expected, sha256, entry)) checksums = 'mismatch';
  }
  const unpacked: Draft = {
    ...draft,
    attachments: draft.attachments.map(({ printFile: _print, ...a }) => a),
    declaration: { ...draft.declaration, signatureFile: undefined },
  };
  // The work folder is scratch: a crash loses nothing there, so no fsync (two per package).
  await writeFile(join(dir, DRAFT_FILE), serializeDraft(unpacked));
  return {
    kind: 'submission',
    draft,
    unpacked,
    dir,
    ...(docx ? { docx } : {}),
    manifest: 'present',
    checksums,
    exportNumber: manifest.exportNumber,
    claims: [manifest.hash, footer.hash],
    fullHash: manifest.fullHash,
  };
}

interface ReadContext {
  registry: Pick<CampaignRegistry, 'newestWith'>;
  now: Date;
}

/** A Word form through the import, into `dir`; the footer's number and hash are read, not checked. */
async function readDocxForm(file: string, dir: string, context: ReadContext) {
  const { draft } = await importDocx(file, dir, {
    id: newId(),
    campaignFor: (form) => {
      const campaign = context.registry.newestWith(form.id);
      if (!campaign) throw new DeskError('form-unknown', form.id);
      return campaign.id;
    },
    now: context.now,
    exclusive: false,
  });
  const { exportNumber } = await printedMark(file).catch(() => ({ exportNumber: undefined }));
  return { draft, ...(exportNumber !== undefined ? { exportNumber } : {}) };
}

/**
 * A zip, by what it holds: our submission package (manifest.json of our format, or without one a
 * form .docx among its entries), a portable draft package (manifest.json and draft.json), or a
 * Word document renamed.
 */
async function readZip(file: string, dir: string, context: ReadContext): Promise<OpenedInput> {
  const zip = await openZip(file, CODES);
  let portable = false;
  let word = false;
  try {
    const entries = await entriesOf(zip, LIMITS, CODES);
    if (entries.has('[Content_Types].xml')) word = true;
    else if (entries.has(MANIFEST_FILE)) {
      const manifest = parseManifest(
        (await readEntry(zip, entries, MANIFEST_FILE, MAX_MANIFEST_BYTES, CODES)).bytes,
      );
      if (manifest) return await readWithManifest(zip, entries, manifest, dir);
      portable = true;
    } else {
      const name = formEntry([...entries.keys()], new Set());
      if (!name) throw new DeskError('package-invalid', 'no form (.docx) in the package');
      const docx = join(dir, 'form.docx');
      await ensureDir(dir);
      await extractEntry(zip, entries.get(name)!, name, createWriteStream(docx), CODES);
      const read = await readDocxForm(docx, join(dir, 'draft'), context);
      return {
        kind: 'submission',
        dir: join(dir, 'draft'),
        docx,
        manifest: 'absent',
        checksums: 'unchecked',
        claims: [],
        ...read,
      };
    }
  } finally {
    zip.close();
  }
  if (word) return readWord(file, dir, context);
  if (!portable) throw new DeskError('package-invalid', file);
  return readPortable(file, dir);
}

/** A portable draft package through the import's own reading and checks, unpacked into `dir`. */
async function readPortable(file: string, dir: string): Promise<OpenedInput> {
  const draft = await readPackage(file, async (draft, extract) => {
    await ensureDir(dir);
    await extract(dir, draft);
    return draft;
  });
  return { kind: 'portable', draft, dir, manifest: 'present', checksums: 'ok', claims: [] };
}

async function readWord(file: string, dir: string, context: ReadContext): Promise<OpenedInput> {
  const read = await readDocxForm(file, dir, context);
  return {
    kind: 'docx',
    dir,
    docx: file,
    manifest: 'not-a-package',
    checksums: 'unchecked',
    claims: [],
    ...read,
  };
}

/** The kind an input is taken for before it is read, for the row of one that cannot be. */
export function kindByName(input: RollupInputFile): RollupInputKind {
  if (input.folder || /\.json$/i.test(input.path)) return 'folder';
  if (/\.sdpkg\.zip$/i.test(input.path)) return 'portable';
  if (/\.zip$/i.test(input.path)) return 'submission';
  if (/\.(docx|docm|doc)$/i.test(input.path)) return 'docx';
  return 'unknown';
}

/**
 * Opens one input; `dir` is this input's own folder under the run's work folder, where nothing
 * of the input's is. Throws a `DeskError` whose code the row shows for an input that cannot be read.
 */
export async function openInput(
  input: RollupInputFile,
  dir: string,
  context: ReadContext,
): Promise<OpenedInput> {
  // A draft file is read where it lies; its attachments are beside it.
  const draftFile = async (file: string): Promise<OpenedInput> => ({
    kind: 'folder',
    draft: await readDraftFile(file),
    dir: dirname(file),
    manifest: 'not-a-package',
    checksums: 'unchecked',
    claims: [],
  });
  if (input.folder) return draftFile(join(input.path, DRAFT_FILE));
  if (await startsWithZip(input.path)) return readZip(input.path, dir, context);
  const kind = kindByName(input);
  if (kind === 'folder') return draftFile(input.path);
  if (kind === 'docx') return readWord(input.path, dir, context);
  if (kind === 'unknown') throw new DeskError('unsupported-file', basename(input.path));
  throw new DeskError('package-invalid', 'not a zip');
}
