import type { Draft } from '../../../../shared/draft';
import type { ExportOptions } from '../../../../shared/settings';
import type { BuildOptions } from '../docx';

/**
 * A layout: how the forms that name it (`FormDefinition.layout`) are printed. One module per
 * layout in this folder, one line in `./index.ts`.
 */
export interface Layout {
  id: string;
  /** The print-ready .docx of a draft, its footer carrying `options.exportNumber` and its hash. */
  render(draft: Draft, draftDir: string, options: BuildOptions): Promise<Buffer>;
  /**
   * The pages the draft would print as, without rendering it, for the wizard's header; a layout
   * without a model of its pages leaves it out, and the header then shows no estimate.
   */
  estimatePages?(draft: Draft, draftDir: string, options: ExportOptions): Promise<number>;
}
