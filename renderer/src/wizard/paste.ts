import { cleanPaste, type PasteCleanup } from '../../../shared/paste';
import { cutAfter, isLineEnd, nextTurn, PIECE } from '../../../shared/text-chunks';

export interface PreparedPaste extends PasteCleanup {
  /** Exactly what the clipboard held, for 「撤销整理，保留原文」. */
  raw: string;
  /** Traditional characters were converted to simplified, as the settings ask. */
  converted: boolean;
}

type Convert = (text: string) => string;
let toSimplified: Promise<Convert> | undefined;

/** OpenCC's tables are large: they load on the first paste that needs them, not with the app. */
export function loadToSimplified(): Promise<Convert> {
  toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'tw', to: 'cn' }));
  return toSimplified;
}

/** Pastes from this many characters on (about 200 KB) show their progress beside the field. */
export const PROGRESS_FROM = 100_000;

/**
 * Cleans pasted text (and converts it, if asked) a piece of lines per turn: the cleanup works
 * line by line, so cutting after line breaks gives exactly the result of one pass, and a
 * megabyte paste never holds the page for one long task. `onProgress` hears the share done.
 */
export async function preparePaste(
  raw: string,
  convertToSimplified: boolean,
  onProgress?: (done: number) => void,
): Promise<PreparedPaste> {
  const pieces = cutAfter(raw, PIECE, isLineEnd);
  const convert = convertToSimplified ? await loadToSimplified() : undefined;
  const total: PasteCleanup = { text: '', controls: 0, surrogates: 0, pinyin: 0 };
  const texts: string[] = [];
  let cleanedText = '';
  for (const [i, piece] of pieces.entries()) {
    const cleaned = cleanPaste(piece);
    total.controls += cleaned.controls;
    total.surrogates += cleaned.surrogates;
    total.pinyin += cleaned.pinyin;
    cleanedText += cleaned.text;
    texts.push(convert ? convert(cleaned.text) : cleaned.text);
    if (pieces.length > 1) {
      onProgress?.((i + 1) / pieces.length);
      await nextTurn();
    }
  }
  const text = texts.join('');
  return { ...total, text, raw, converted: convert !== undefined && text !== cleanedText };
}

/** Traditional to simplified through OpenCC, a piece of lines per turn. */
export async function convertToSimplified(text: string): Promise<string> {
  const convert = await loadToSimplified();
  const out: string[] = [];
  for (const piece of cutAfter(text, PIECE, isLineEnd)) {
    out.push(convert(piece));
    if (text.length > PIECE) await nextTurn();
  }
  return out.join('');
}

/** Whether the cleanup changed anything the user should be told about. */
export function changedOnPaste(paste: PreparedPaste): boolean {
  return paste.pinyin > 0 || paste.controls > 0 || paste.surrogates > 0 || paste.converted;
}
