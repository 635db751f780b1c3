import type { Draft } from '../../../shared/draft';
import { formOf } from '../../../shared/forms';
import type { ExportOptions } from '../../../shared/settings';
import type { ServiceContext } from '../context';
import { writeFileAtomic } from '../files/atomic';
import { chooseTarget } from '../files/dialog';
import { exportFileName } from './filename';
import { writeNumberedExport } from './record';
import { renderDraft, type ExportIdentity } from './render';

/**
 * The one export pipeline (docs/DELIVERY.md): a draft is rendered (`renderDraft`), a destination
 * names the file (the save dialog in the app, the path given on the command line), the file is
 * written, and the app records it in the draft's history under its content's number. The .docx,
 * the PDF, the package and the cover sheet all go through `exportFile`; what differs between them
 * is only what they write.
 */

/** The files an export makes; each carries the number and hash of the content it was made from. */
export type ExportProduct = 'docx' | 'pdf' | 'package' | 'coverSheet';

const PRODUCTS: Record<
  ExportProduct,
  { extension: string; suffix?: string; purpose: 'export' | 'package'; filter: string }
> = {
  docx: { extension: 'docx', purpose: 'export', filter: 'Word' },
  pdf: { extension: 'pdf', purpose: 'export', filter: 'PDF' },
  package: { extension: 'zip', purpose: 'package', filter: 'Zip' },
  coverSheet: { extension: 'docx', suffix: '-寄送封面', purpose: 'export', filter: 'Word' },
};

/** `单位-题目-计量创新案例.pdf`, `…-寄送封面.docx`: the name a product of the draft goes by. */
export function productFileName(draft: Draft, product: ExportProduct): string {
  const { extension, suffix } = PRODUCTS[product];
  return exportFileName(draft, formOf(draft.form), extension, suffix);
}

/** One file to export: what it is, the content it was made from, and how it is made and written. */
export interface ExportFile<T> {
  product: ExportProduct;
  identity: ExportIdentity;
  /**
   * Makes the file's content once its destination is chosen (a PDF takes seconds: the dialog comes
   * first) and returns its writer, which writes the whole file at the target or leaves nothing.
   */
  make: () => Promise<(target: string) => Promise<T>>;
}

/** A file of bytes: the .docx, a PDF, the cover sheet. */
export function bytesFile(
  product: ExportProduct,
  identity: ExportIdentity,
  bytes: Uint8Array | (() => Promise<Uint8Array>),
): ExportFile<void> {
  return {
    product,
    identity,
    make: async () => {
      const made = typeof bytes === 'function' ? await bytes() : bytes;
      return (target) => writeFileAtomic(target, made);
    },
  };
}

/** Where exported files go, and whether the draft's history hears of them. */
export interface ExportDestination {
  /** The path to write a product to, offered under `defaultName`. */
  target(product: ExportProduct, defaultName: string): Promise<string>;
  /** Runs `write`, and records the file in the draft when this destination keeps a history. */
  record<T>(draft: Draft, identity: ExportIdentity, target: string, write: () => Promise<T>): Promise<T>;
}

export interface Exported<T> {
  number: number;
  hash: string;
  /** The file written, alone in `files` as the export channels answer. */
  file: string;
  files: string[];
  /** What the file's writer returned (the package's entries and size). */
  written: T;
}

/** Exports one file of the draft: destination, make, write, record. */
export async function exportFile<T>(
  destination: ExportDestination,
  draft: Draft,
  file: ExportFile<T>,
): Promise<Exported<T>> {
  const target = await destination.target(file.product, productFileName(draft, file.product));
  const write = await file.make();
  const written = await destination.record(draft, file.identity, target, () => write(target));
  return { number: file.identity.number, hash: file.identity.hash, file: target, files: [target], written };
}

/**
 * The app's destination: the save dialog (in a folder that is there), and the draft's history
 * through the one repository, all or nothing (`writeNumberedExport`).
 */
export function dialogDestination(context: ServiceContext): ExportDestination {
  return {
    target: (product, defaultName) => {
      const { extension, purpose, filter } = PRODUCTS[product];
      return chooseTarget(context.dialogs, {
        purpose,
        defaultName,
        filters: [{ name: filter, extensions: [extension] }],
      });
    },
    record: (draft, identity, target, write) =>
      writeNumberedExport({
        drafts: context.drafts,
        draft,
        form: identity,
        target,
        at: context.now(),
        write,
      }),
  };
}

/** Renders a draft of the repository as export would, with the settings' options under the chosen ones. */
export function formRenderer(context: ServiceContext) {
  return async (id: string, options: Partial<ExportOptions> = {}) => {
    const draft = await context.drafts.load(id);
    const form = await renderDraft(draft, context.drafts.layout.draftDir(id), {
      campaign: context.campaigns.forDraft(draft),
      now: context.now(),
      options: { ...context.settings.get().exportOptions, ...options },
    });
    return { draft, form };
  };
}
