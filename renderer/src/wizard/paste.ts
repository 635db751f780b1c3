import { cleanPaste, type PasteCleanup } from '../../../shared/paste';

export interface PreparedPaste extends PasteCleanup {
  /** Traditional characters were converted to simplified, as the settings ask. */
  converted: boolean;
}

type Convert = (text: string) => string;
let toSimplified: Promise<Convert> | undefined;

/** OpenCC's tables are large: they load on the first paste that needs them, not with the app. */
function loadToSimplified(): Promise<Convert> {
  toSimplified ??= import('opencc-js/t2cn').then(({ Converter }) => Converter({ from: 'tw', to: 'cn' }));
  return toSimplified;
}

export async function preparePaste(raw: string, convertToSimplified: boolean): Promise<PreparedPaste> {
  const cleaned = cleanPaste(raw);
  if (!convertToSimplified) return { ...cleaned, converted: false };
  const convert = await loadToSimplified();
  const text = convert(cleaned.text);
  return { ...cleaned, text, converted: text !== cleaned.text };
}

/** Whether the cleanup changed anything the user should be told about. */
export function changedOnPaste(paste: PreparedPaste): boolean {
  return paste.pinyin > 0 || paste.controls > 0 || paste.surrogates > 0 || paste.converted;
}
