import { buildDocx } from '../docx';
import { estimateDraftPages } from '../page-estimate';
import type { Layout } from './types';

/**
 * The 610 call's 征集表 (docs/LAYOUT.md): the cover alone on page 1, the table of sections with the
 * printed images, the declaration with the unit's opinion and stamp area. It reads the forms' 610
 * part (`paper610`), which only the forms naming this layout carry.
 */
export const form610Layout: Layout = {
  id: 'form-610',
  render: buildDocx,
  estimatePages: (draft, draftDir, options) => estimateDraftPages(draft, draftDir, options),
};
