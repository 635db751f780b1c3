import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { countText } from '../../../shared/count';
import { emptyDraft, type Attachment, type Draft } from '../../../shared/draft';
import { DeskError } from '../../../shared/errors';
import type { FormDefinition } from '../../../shared/forms';
import type { ImportReport } from '../../../shared/import-report';
import { ensureDir, writeFileAtomic, writeFileExclusive } from '../files/atomic';
import { safeStem } from '../files/names';
import { ingestFile, removeAttachmentFiles } from '../drafts/ingest';
import { ATTACHMENTS_DIR, DRAFT_FILE, newId } from '../drafts/layout';
import { serializeDraft } from '../drafts/format';
import { readDocx, type DocxContent } from './docx-read';
import { mapDocument, recognise, type Mapped } from './map';
import { convertShape, importableShapes, type ImportShape } from './shape';
import { toTraditional } from '../export/traditional';
import { isFormId } from '../../../shared/forms';
import type { DocxBlock } from './docx-read';

export interface ImportOptions {
  /** The new draft's id. */
  id: string;
  /** The form to map onto (`--form`); otherwise recognised from the document. */
  form?: string;
  /** The campaign the new draft belongs to, for the recognised form. */
  campaignFor: (form: FormDefinition) => string;
  now: Date;
  /** Refuse to replace a draft.json already in the folder (the CLI's `--out`). */
  exclusive: boolean;
}

/**
 * The form the document is: by its labels as printed in simplified characters, else in traditional
 * (OpenCC's tables load only then); `asked` (`--form`) narrows the choice and, when the document
 * names no form at all, decides it.
 */
async function shapeFor(body: DocxBlock[], asked: string | undefined): Promise<ImportShape> {
  if (asked !== undefined && !isFormId(asked)) throw new DeskError('form-unknown', asked);
  const shapes = importableShapes().filter((shape) => asked === undefined || shape.form.id === asked);
  const simplified = recognise(body, shapes);
  if (simplified) return simplified;
  const convert = await toTraditional();
  const found = recognise(
    body,
    shapes.map((shape) => convertShape(shape, convert)),
  );
  if (found) return found;
  if (asked !== undefined && shapes[0]) return shapes[0];
  throw new DeskError('import-not-form');
}

/** Codes of the ingest that mean "this image cannot be taken", not "the disk failed". */
const IMAGE_REFUSALS = new Set(['unsupported-file', 'heic-not-supported', 'image-broken', 'file-too-large']);

/**
 * Each image through the same ingest as an attached one (type by magic bytes, pixel limits, the
 * print copy). The original the draft keeps is the picture the .docx holds; it is written under a
 * name of its caption so that the package's 图片 folder reads well.
 */
async function ingestImages(
  content: DocxContent,
  mapped: Mapped,
  dir: string,
  report: ImportReport,
): Promise<Attachment[]> {
  const added: Attachment[] = [];
  if (!mapped.images.length) return added;
  const temp = await mkdtemp(join(tmpdir(), 'desk-import-'));
  try {
    for (const [index, image] of mapped.images.entries()) {
      const bytes = await content.image(image.entry);
      const type = await fileTypeFromBuffer(bytes);
      const name = `${safeStem([`图${index + 1}`, image.caption], 60)}.${type?.ext ?? 'bin'}`;
      const source = join(temp, name);
      await writeFile(source, bytes);
      try {
        const attachment = await ingestFile({ draftDir: dir, source, role: 'image', printed: true });
        added.push({ ...attachment, caption: image.caption.slice(0, 200), afterPart: image.afterPart });
      } catch (error) {
        if (!(error instanceof DeskError && IMAGE_REFUSALS.has(error.code))) throw error;
        report.problems.push({ code: 'image-unreadable', text: image.caption || image.entry });
      } finally {
        await rm(source, { force: true });
      }
    }
  } catch (error) {
    for (const attachment of added) await removeAttachmentFiles(dir, attachment);
    throw error;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
  return added;
}

function reportOf(mapped: Mapped): ImportReport {
  const { shape, values } = mapped;
  const items = [
    ...shape.cover.map((item) => ({
      id: item.id,
      key: item.key,
      name: item.name,
      limit: item.limit?.unit === 'words' ? item.limit.max : undefined,
    })),
    ...shape.parts.map((part) => ({ id: part.id, key: part.key, name: part.name, limit: part.limit })),
  ];
  const found = items
    .filter((item) => values[item.id])
    .map(({ limit, ...item }) => ({
      ...item,
      words: countText(values[item.id]!).words,
      ...(limit ? { limit } : {}),
    }));
  return {
    form: shape.form.id,
    found: [
      ...found,
      ...shape.tables
        .filter((table) => mapped.rows[table.id]?.length)
        .map((table) => {
          const cells = mapped.rows[table.id]!.flatMap((row) => Object.values(row.cells));
          const text = cells.filter((cell) => typeof cell === 'string').join('\n');
          return {
            id: table.id,
            key: table.key,
            name: table.name,
            words: countText(text).words,
            rows: mapped.rows[table.id]!.length,
          };
        }),
    ],
    missing: [
      ...items.filter((item) => !values[item.id]),
      ...shape.tables.filter((table) => !mapped.rows[table.id]?.length),
    ].map(({ id, key, name }) => ({ id, key, name })),
    problems: mapped.problems.map((p) => ({ ...p })),
    images: 0,
    signature: false,
  };
}

/**
 * Reads a filled form from a .docx into a new draft written to `dir` (a staging folder of the
 * repository, or the CLI's `--out`): draft.json, the images and the drawn signature under
 * `attachments/`. The report says what was found and what was not; the document is never modified.
 */
export async function importDocx(
  source: string,
  dir: string,
  options: ImportOptions,
): Promise<{ draft: Draft; report: ImportReport }> {
  const content = await readDocx(source);
  const added: Attachment[] = [];
  let signatureFile: string | undefined;
  try {
    const shape = await shapeFor(content.body, options.form);
    const mapped = mapDocument(content.body, shape);
    const report = reportOf(mapped);
    if (content.macros) report.problems.push({ code: 'macros-ignored', text: '' });
    for (const id of content.missingImages) report.problems.push({ code: 'image-missing', text: id });
    await ensureDir(dir);
    added.push(...(await ingestImages(content, mapped, dir, report)));
    report.images = added.length;
    if (mapped.signature) {
      const bytes = await content.image(mapped.signature);
      if ((await fileTypeFromBuffer(bytes))?.mime === 'image/png') {
        signatureFile = `${ATTACHMENTS_DIR}/signature-${newId()}.png`;
        await ensureDir(join(dir, ATTACHMENTS_DIR));
        await writeFileAtomic(join(dir, signatureFile), bytes);
        report.signature = true;
      } else report.problems.push({ code: 'image-unreadable', text: mapped.signature });
    }
    const draft = emptyDraft({
      id: options.id,
      form: shape.form.id,
      campaignId: options.campaignFor(shape.form),
      now: options.now,
      values: { ...mapped.values, ...mapped.rows },
    });
    const { signDate, opinionDate, signer, opinion } = mapped.declaration;
    draft.attachments = added;
    draft.declaration = {
      ...draft.declaration,
      signer,
      opinion,
      ...(signDate !== undefined ? { signDate } : {}),
      ...(opinionDate !== undefined ? { opinionDate } : {}),
      ...(signatureFile ? { signatureFile } : {}),
    };
    const target = join(dir, DRAFT_FILE);
    if (options.exclusive) await writeFileExclusive(target, serializeDraft(draft));
    else await writeFileAtomic(target, serializeDraft(draft));
    return { draft, report };
  } catch (error) {
    for (const attachment of added) await removeAttachmentFiles(dir, attachment);
    if (signatureFile) await rm(join(dir, signatureFile), { force: true });
    throw error;
  } finally {
    content.close();
  }
}
