/**
 * Whether pasted text is written in traditional characters, to offer converting it (docs/WIZARD.md).
 * The check looks for frequent characters whose traditional and simplified forms differ, so it
 * needs no conversion tables: OpenCC loads only when the user asks to convert. A few
 * traditional characters in a simplified text (a quoted name) do not make it traditional: it
 * takes several different ones, and more of them than of their simplified forms.
 */
const PAIRS =
  '們们這这個个來来時时說说為为國国學学會会對对發发經经過过與与開开關关電电實实點点體体義义現现' +
  '動动後后問问產产機机種种當当還还從从頭头樣样應应認认長长見见變变將将區区進进業业計计測测' +
  '質质監监單单縣县務务員员報报導导標标準准級级條条壓压設设備备';

const pairs = [...PAIRS];
const traditional = new Set(pairs.filter((_, i) => i % 2 === 0));
const simplified = new Set(pairs.filter((_, i) => i % 2 === 1));

/** Enough of a long paste to tell its script by; the rest would only cost time. */
const SAMPLE = 20_000;
const DISTINCT = 3;

export function looksTraditional(text: string): boolean {
  const seen = new Set<string>();
  let traditionalCount = 0;
  let simplifiedCount = 0;
  for (const ch of text.slice(0, SAMPLE)) {
    if (traditional.has(ch)) {
      traditionalCount++;
      seen.add(ch);
    } else if (simplified.has(ch)) simplifiedCount++;
  }
  return seen.size >= DISTINCT && traditionalCount > simplifiedCount;
}
