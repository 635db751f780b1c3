const DAY = 24 * 60 * 60 * 1000;

/** Whole calendar days from `today` to the ISO date `deadline`: 0 on the day, negative after it. */
export function daysUntil(deadline: string, today: Date): number {
  const [year, month, day] = deadline.split('-').map(Number) as [number, number, number];
  const end = Date.UTC(year, month - 1, day);
  const start = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((end - start) / DAY);
}

/** `2022-01-20` as the UI language writes dates (2022年1月20日). */
export function formatDate(iso: string, language: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    Date.UTC(year, month - 1, day),
  );
}
