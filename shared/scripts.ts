/**
 * Simplified and traditional characters mixed in one text (docs/DELIVERY.md): what pasting a paragraph
 * from a Hong Kong or Taiwan page leaves in a simplified draft. OpenCC does the knowing; this
 * module only compares its conversions with the text, so it runs wherever the converters load.
 */
export type Convert = (text: string) => string;

export interface MixedScript {
  /** A few distinct characters of each script, in the order they first occur. */
  traditional: string[];
  simplified: string[];
}

/** How many characters of each script a warning names. */
export const NAMED_CHARACTERS = 5;

/** The characters a conversion changed, compared position by position, distinct and in order. */
function changed(text: string, converted: string): string[] {
  const before = Array.from(text);
  const after = Array.from(converted);
  // OpenCC maps phrases to phrases of the same length; should one ever differ, compare per character.
  if (before.length !== after.length) return [];
  const found = new Set<string>();
  before.forEach((char, i) => {
    if (char !== after[i]) found.add(char);
  });
  return [...found];
}

/**
 * The mixing in `text`, or null when it holds characters of one script only. Each side is judged
 * against a round trip through the other script, so every conversion sees its phrases whole: a
 * simplified 著作 or a traditional 咸陽 comes back as it was, and only a character the other
 * script writes differently in this very context counts.
 */
export function mixedScript(
  text: string,
  convert: { toSimplified: Convert; toTraditional: Convert },
): MixedScript | null {
  if (!/\p{Script=Han}/u.test(text)) return null;
  const traditional = changed(text, convert.toSimplified(convert.toTraditional(text)));
  if (traditional.length === 0) return null;
  const simplified = changed(text, convert.toTraditional(convert.toSimplified(text)));
  if (simplified.length === 0) return null;
  return {
    traditional: traditional.slice(0, NAMED_CHARACTERS),
    simplified: simplified.slice(0, NAMED_CHARACTERS),
  };
}
