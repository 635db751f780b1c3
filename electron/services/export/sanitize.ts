import { stripUnprinted } from '../../../shared/printable';

/**
 * Characters XML 1.0 cannot hold: C0 controls other than tab, line feed and carriage return,
 * lone surrogates, and U+FFFE/U+FFFF. One of them in document.xml makes Word refuse the file,
 * so they are dropped from everything the exporter prints.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * What the exporter writes of any text: XML-safe, and without the characters the counter skips
 * (bidirectional and C1 controls, `shared/printable.ts`), so paper and counter agree.
 */
export function printable(text: string): string {
  return stripUnprinted(stripXmlInvalid(text));
}
