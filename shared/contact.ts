/**
 * Contact checks that accept what Chinese offices really write. They only ever warn: an odd
 * number may still be right, and the user knows their own switchboard.
 */
const SEPARATORS = /\s*[、/,;，；]\s*/;
/** 转2479, 分机2479, ext. 2479, x2479, #2479 — or -2479 after a complete landline. */
const EXTENSION = /\s*(?:转|分机号?|ext\.?|x|#|-)\s*\d{1,6}$/i;
const INTERNATIONAL = /^(?:\+|00)86/;
const MOBILE = /^1[3-9]\d{9}$/;
/** 400/800 service numbers that units give as their hotline. */
const HOTLINE = /^[48]00\d{7}$/;
/** 010, 021 … 0xxx, then a local number of 7 or 8 digits; or the local number alone. */
const LANDLINE = /^(?:0[1-9]\d{1,2})?[2-9]\d{6,7}$/;

/**
 * Full-width digits and punctuation (typed with the Chinese IME in full-width mode) become
 * their ASCII forms, so that `０２１－６４２２００００` is judged like `021-64220000`.
 */
function halfWidth(value: string): string {
  return value.normalize('NFKC').replace(/[\u2010-\u2015\u2212]/g, '-');
}

function isNumber(raw: string): boolean {
  const digits = raw.replace(/[\s\-()]/g, '');
  const international = INTERNATIONAL.test(digits);
  const national = digits.replace(INTERNATIONAL, '');
  if (MOBILE.test(national) || HOTLINE.test(national)) return true;
  // Abroad the area code is written without its leading 0 (+86 21 6422 0000).
  return LANDLINE.test(international ? `0${national}` : national);
}

function isOnePhone(raw: string): boolean {
  const number = raw.trim();
  if (isNumber(number)) return true;
  const withoutExtension = number.replace(EXTENSION, '');
  return withoutExtension !== number && isNumber(withoutExtension);
}

/** `13800138000`, `021-64220000`, `021-64220000转2479`, several joined by 、 or / */
export function isPlausiblePhone(value: string): boolean {
  const numbers = halfWidth(value).trim().split(SEPARATORS).filter(Boolean);
  return numbers.length > 0 && numbers.every(isOnePhone);
}

/** One address, or several joined by 、 or ; as people write them. A full-width ＠ is odd. */
export function isPlausibleEmail(value: string): boolean {
  const addresses = value.trim().split(SEPARATORS).filter(Boolean);
  return (
    addresses.length > 0 &&
    addresses.every((address) => /^[^\s@＠]+@[^\s@＠.]+(?:\.[^\s@＠.]+)+$/.test(address))
  );
}
