import path from 'node:path';

/** Where the export baseline of issue 17 lies: a draft file and the document.xml it printed, per entry. */
export const BASELINE_DIR = path.resolve('tests/fixtures/export-baseline');

/** The day the baseline was exported on: before the 2021 call's deadline, so 草稿 depends on the draft alone. */
export const BASELINE_NOW = new Date('2021-11-20T10:00:00+08:00');

/** document.xml with any ISO timestamp blanked, so that only what the draft decides is compared. */
export function maskDocumentXml(xml: string): string {
  return xml.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})/g, '<time>');
}
