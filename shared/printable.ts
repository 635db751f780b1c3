/**
 * What never reaches paper, in one place for the counter, the screen and the export: the
 * bidirectional embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069), which
 * would reverse the rest of a printed line, and the C0/C1 control characters, which Word prints as
 * boxes or refuses. Tab and the line breaks are white space, not controls; NEL (U+0085) is a line
 * break too. Paste cleanup removes these characters, the exporter drops them, and the counter
 * skips them, so what is counted is what is printed.
 */

/** C0 and C1 control characters other than the white space ones (tab, line breaks, NEL). */
export function isControl(cp: number): boolean {
  return (cp < 0x20 && !(cp >= 0x09 && cp <= 0x0d)) || (cp >= 0x7f && cp <= 0x9f && cp !== 0x85);
}

/** LRE, RLE, PDF, LRO, RLO and the isolates LRI, RLI, FSI, PDI. */
export function isBidiControl(cp: number): boolean {
  return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

export function isUnprinted(cp: number): boolean {
  return isControl(cp) || isBidiControl(cp);
}

const UNPRINTED =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** The text without the characters that never print; white space and line breaks stay. */
export function stripUnprinted(text: string): string {
  return text.replace(UNPRINTED, '');
}
