const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from `today` to the ISO date `deadline`: 0 on the day, negative after it. */
export function daysUntil(deadline: string, today: Date): number {
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  const end = Date.UTC(year, month - 1, day);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / DAY);
}

/**
 * Year, month and day of an ISO date, for the locale's date pattern (2022年1月20日). Not through
 * `Intl.DateTimeFormat`: its first use loads locale data for some 20 ms on the first screen.
 */
export function dateParts(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
}
