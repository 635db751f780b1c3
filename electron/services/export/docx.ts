import { printedOf } from '../../../shared/attachment-roles';
import { Document, DocumentGridType, type ISectionOptions } from 'docx';
import { hairline } from './cells';
import { textOf, contentHash, type Draft } from '../../../shared/draft';
import { formOf } from '../../../shared/forms';
import { printedHash } from '../../../shared/printed-hash';
import type { ExportOptions } from '../../../shared/settings';
import { coverParagraphs } from './cover';
import type { PrintedImage } from './figures';
import { draftHeader, formFooter } from './footer';
import { loadImage, loadPrintImage, type ImageLoader } from './images';
import { packDocx } from './pack';
import { PAGE } from './page';
import { printable } from './sanitize';
import type { PrintStyle } from './style';
import { formStyles } from './styles';
import { formTable } from './table';
import { toTraditional } from './traditional';

export interface BuildOptions {
  exportOptions: ExportOptions;
  /** Printed in the footer: which export of this draft the paper is. */
  exportNumber: number;
  /** The copy says 草稿 in its header. */
  provisional: boolean;
  /** Opens the images: an export passes the cache its preflight already filled. */
  images?: ImageLoader;
  /** The draft's `contentHash`, when the caller has it already. */
  hash?: string;
}

export async function printStyle(options: ExportOptions): Promise<PrintStyle> {
  const same = (text: string) => text;
  const traditional = options.traditional ? await toTraditional() : same;
  return {
    scheme: options.fontScheme,
    textSize: options.tableFontSize,
    label: traditional,
    content: options.traditional && options.traditionalContent ? traditional : same,
  };
}

/** The images the form prints, in the draft's order, up to the form's limit. */
async function printedImages(draft: Draft, draftDir: string, load: ImageLoader): Promise<PrintedImage[]> {
  const chosen = printedOf(formOf(draft.form), draft.attachments);
  return Promise.all(
    chosen.map(async (attachment) => ({
      attachment,
      image: await loadPrintImage(draftDir, attachment, load),
    })),
  );
}

/**
 * The page of GB/T 9704: A4 and its margins. Its 22 lines come from the exact 28.95 pt spacing of
 * the table's lines, not from a line grid: a `lines` grid makes LibreOffice set every line outside
 * a table to the grid's pitch whatever its exact spacing (Word lets exact spacing override it), so
 * the cover spaced differently in each and the paragraph after the table took a whole line and
 * spilled onto a blank page (docs/LAYOUT.md, "Page").
 */
function pageProperties(): ISectionOptions['properties'] {
  return {
    page: {
      size: { width: PAGE.width, height: PAGE.height },
      margin: { ...PAGE.margin, header: PAGE.header, footer: PAGE.footer },
    },
    grid: { type: DocumentGridType.DEFAULT, linePitch: PAGE.linePitch },
  };
}

/**
 * The print-ready form of a draft, as .docx bytes. The form definition drives it: cover items,
 * sections, parts, headings and the declaration all come from `shared/forms`. `draftDir` is the
 * folder the draft's relative attachment paths start from.
 */
export async function buildDocx(draft: Draft, draftDir: string, options: BuildOptions): Promise<Buffer> {
  const form = formOf(draft.form);
  const load = options.images ?? loadImage;
  const signatureFile = draft.declaration.signatureFile;
  const [style, printed, signature, hash] = await Promise.all([
    printStyle(options.exportOptions),
    printedImages(draft, draftDir, load),
    signatureFile ? load(draftDir, signatureFile, signatureFile) : null,
    options.hash ?? contentHash(draft),
  ]);
  const document = new Document({
    title: printable(`${textOf(draft, 'title')} — ${form.kindName}`),
    creator: printable(textOf(draft, 'unit')),
    styles: formStyles(style),
    sections: [
      // The cover is a section of its own, so it stands alone on page 1 whatever its length.
      {
        properties: pageProperties(),
        footers: { default: formFooter(options.exportNumber, printedHash(hash), style) },
        ...(options.provisional ? { headers: { default: draftHeader(style) } } : {}),
        children: coverParagraphs(draft, form, style),
      },
      // A section naming no footer or header carries on with the previous section's, and its pages
      // number on from the cover's: the file holds one footer, not a copy per section.
      {
        properties: pageProperties(),
        children: [
          formTable(draft, form, style, printed, { image: signature }),
          // Word needs a paragraph after a table that ends a document; at a line's height it would
          // spill onto a blank page whenever the table ends near a page foot (docs/LAYOUT.md).
          hairline(),
        ],
      },
    ],
  });
  return packDocx(document);
}
