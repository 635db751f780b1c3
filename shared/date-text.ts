/**
 * Dates as the office writes them. A native date field shows the browser's locale (01/20/2022 in
 * an English Chromium), so dates are typed as text: 2022年1月20日, 2022-01-20 and 2022.1.20 are
 * all read (the year, month and day marks are escaped: they are syntax here, not UI text). In
 * `shared/` because a table pasted from Excel is read into a draft's cells here too.
 */
const DATE = /^\s*(\d{4})\s*[\u5e74\-./]\s*(\d{1,2})\s*[\u6708\-./]\s*(\d{1,2})\s*\u65e5?\s*$/;
/** 2023年7月, 2023-07, 2023.7, 2023/7. */
const MONTH = /^\s*(\d{4})\s*[\u5e74\-./]\s*(\d{1,2})\s*\u6708?\s*$/;

const two = (n: number) => String(n).padStart(2, '0');

/** YYYY-MM-DD for a text that names a real calendar day, else null. */
export function parseDateText(text: string): string | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${year}-${two(month)}-${two(day)}`;
}

/** YYYY-MM for a text that names a year and a month (2023年7月), else null. */
export function parseMonthText(text: string): string | null {
  const match = MONTH.exec(text);
  if (!match) return null;
  const [year, month] = [Number(match[1]), Number(match[2])];
  return month >= 1 && month <= 12 ? `${year}-${two(month)}` : null;
}

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const ISO_MONTH = /^\d{4}-\d{2}$/;

/** The year and month of a stored YYYY-MM, for「{{year}}年{{month}}月」. */
export function monthParts(iso: string): { year: number; month: number } {
  const [year, month] = iso.split('-').map(Number) as [number, number];
  return { year, month };
}
