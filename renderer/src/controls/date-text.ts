/**
 * Dates as the office writes them. A native date field shows the browser's locale (01/20/2022 in
 * an English Chromium), so dates are typed as text: 2022年1月20日, 2022-01-20 and 2022.1.20 are
 * all read (the year, month and day marks are escaped: they are syntax here, not UI text).
 */
const DATE = /^\s*(\d{4})\s*[\u5e74\-./]\s*(\d{1,2})\s*[\u6708\-./]\s*(\d{1,2})\s*\u65e5?\s*$/;

/** YYYY-MM-DD for a text that names a real calendar day, else null. */
export function parseDateText(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
