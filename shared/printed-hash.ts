/**
 * The hash printed in every export's footer (docs/DELIVERY.md): the first 8 hex digits of the
 * SHA-256 over the draft's content. Enough to tell one version of a draft from another on paper,
 * short enough to read out on the phone. Export records keep it in this form, so the rule for it
 * lives here once: what prints it, what records it and what checks a record all use these.
 */
export const PRINTED_HASH_DIGITS = 8;

/** A printed hash as export records hold it. */
export const PRINTED_HASH_PATTERN = new RegExp(`^[0-9a-f]{${PRINTED_HASH_DIGITS}}$`);

/** The printed form of a full content hash. */
export function printedHash(fullHash: string): string {
  return fullHash.slice(0, PRINTED_HASH_DIGITS);
}
