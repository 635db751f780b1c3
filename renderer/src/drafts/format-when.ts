/**
 * A moment as the list shows it: 2022年1月12日 08:40 in both scripts. The 24-hour clock is asked
 * for, or zh-Hant writes 上午8:40 / 清晨7:20 where zh-Hans writes 08:40.
 */
export function formatWhen(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}
