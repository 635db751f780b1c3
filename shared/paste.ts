import { isEastAsian } from './count';
import { isUnprinted } from './printable';

/**
 * Cleanup of pasted text (docs/WIZARD.md). Web pages and PDFs hand over text with foreign line breaks,
 * padding between Chinese characters and inline pinyin; the user wants their words, not those.
 * Everything else is kept as pasted: punctuation, indentation with U+3000, traditional characters
 * (conversion is a separate, optional step in the renderer), emoji. Bidirectional and C1 controls
 * go, as the exporter drops them (`printable.ts`): the field then holds what will be printed.
 */
export interface PasteCleanup {
  text: string;
  /** Control characters other than tab and line feed, bidirectional controls included, dropped. */
  controls: number;
  /** Lone surrogates, replaced by U+FFFD. */
  surrogates: number;
  /** Inline pinyin annotations removed, like the `(liàng)` of `計量(liàng)`. */
  pinyin: number;
}

const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const TONELESS = 'aaaaeeeeiiiioooouuuuüüüü';
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|an|ao|ei|en|er|ia|ie|in|iu|ou|ua|ue|üe|ui|un|ün|uo|a|e|i|o|u|ü)';
/** One to four syllables, as an annotation of the word before it carries. */
const PINYIN_WORD = new RegExp(`^${SYLLABLE}(?:[ ']?${SYLLABLE}){0,3}$`);
/** A candidate: an annotation in half- or full-width brackets right after a Han character. */
const ANNOTATION = new RegExp(`(?<=\\p{Script=Han})[(（]\\s*([a-z${TONED}ü' ]{1,30}?)\\s*[)）]`, 'gu');

function untoned(syllables: string): string {
  let out = '';
  for (const ch of syllables) {
    const at = TONED.indexOf(ch);
    out += at < 0 ? ch : TONELESS[at];
  }
  return out;
}

function isPinyin(candidate: string): boolean {
  return PINYIN_WORD.test(untoned(candidate));
}

/** Drops control characters and replaces lone surrogates, counting each. */
function scrub(text: string): Pick<PasteCleanup, 'text' | 'controls' | 'surrogates'> {
  let controls = 0;
  let surrogates = 0;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit <= 0xdfff) {
      const low = unit <= 0xdbff ? text.charCodeAt(i + 1) : 0;
      if (low >= 0xdc00 && low <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else {
        out += '\ufffd';
        surrogates++;
      }
    } else if (unit !== 0x09 && unit !== 0x0a && (isUnprinted(unit) || unit === 0x0b || unit === 0x0c)) {
      controls++;
    } else {
      out += text[i]!;
    }
  }
  return { text: out, controls, surrogates };
}

const HALF_WIDTH_SPACES = '[ \\t\\u00a0]+';

/** Removes runs of half-width spaces standing between two East Asian characters. */
function joinCjk(line: string): string {
  return line.replace(
    new RegExp(`(\\S)${HALF_WIDTH_SPACES}(?=(\\S))`, 'gu'),
    (run, before: string, after: string) =>
      isEastAsian(before.codePointAt(0)!) && isEastAsian(after.codePointAt(0)!) ? before : run,
  );
}

export function cleanPaste(raw: string): PasteCleanup {
  const lines = raw.replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n');
  const scrubbed = scrub(lines);
  let pinyin = 0;
  const withoutPinyin = scrubbed.text.replace(ANNOTATION, (annotation, inner: string) => {
    if (!isPinyin(inner.trim())) return annotation;
    pinyin++;
    return '';
  });
  const text = withoutPinyin
    .split('\n')
    .map((line) => joinCjk(line).replace(/[ \t\u00a0\u3000]+$/, ''))
    .join('\n');
  return { text, controls: scrubbed.controls, surrogates: scrubbed.surrogates, pinyin };
}
