/**
 * Contact checks that accept what Chinese offices really write. They only ever warn: an odd
 * number may still be right, and the user knows their own switchboard.
 */
const MOBILE = /^(?:\+?86[- ]?)?1[3-9]\d[- ]?\d{4}[- ]?\d{4}$/;
const LANDLINE = /^(?:(?:\+?86[- ]?)?\(?0\d{2,3}\)?[- ]?)?[2-9]\d{6,7}$/;
const EXTENSION = /(?:转|分机|ext\.?|x|-)\s*\d{1,6}$/i;
const SEPARATORS = /\s*[、/／,，;；]\s*/;

function isOnePhone(raw: string): boolean {
  const number = raw.trim().replace(/[（(]/g, '(').replace(/[）)]/g, ')');
  if (MOBILE.test(number) || LANDLINE.test(number)) return true;
  const withoutExtension = number.replace(EXTENSION, '');
  return withoutExtension !== number && LANDLINE.test(withoutExtension.replace(/[- ]$/, ''));
}

/** `13800138000`, `021-64220000`, `021-64220000转2479`, several joined by 、 or / */
export function isPlausiblePhone(value: string): boolean {
  const numbers = value.trim().split(SEPARATORS).filter(Boolean);
  return numbers.length > 0 && numbers.every(isOnePhone);
}

/** One address, or several joined by 、 or ; as people write them. */
export function isPlausibleEmail(value: string): boolean {
  const addresses = value.trim().split(SEPARATORS).filter(Boolean);
  return (
    addresses.length > 0 &&
    addresses.every((address) => /^[^\s@＠]+@[^\s@＠.]+(?:\.[^\s@＠.]+)+$/.test(address))
  );
}
