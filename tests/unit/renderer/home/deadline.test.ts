import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dateParts, daysUntil } from '../../../../renderer/src/home/deadline';

const repo = join(import.meta.dirname, '../../../..');

function datePattern(language: string): string {
  const home = JSON.parse(readFileSync(join(repo, 'resources/locales', language, 'home.json'), 'utf8')) as {
    campaign: { date: string };
  };
  return home.campaign.date;
}

describe('deadline', () => {
  it('counts calendar days, whatever the time of day', () => {
    expect(daysUntil('2022-01-20', new Date(2022, 0, 10, 23, 59))).toBe(10);
    expect(daysUntil('2022-01-20', new Date(2022, 0, 20, 0, 1))).toBe(0);
    expect(daysUntil('2022-01-20', new Date(2022, 0, 21, 8))).toBe(-1);
  });

  it("writes the date through each script's pattern as Intl writes it", () => {
    for (const language of ['zh-Hans', 'zh-Hant'])
      for (const iso of ['2022-01-20', '2026-11-03', '2030-12-31']) {
        const parts = dateParts(iso);
        const written = datePattern(language).replace(
          /\{\{(year|month|day)\}\}/g,
          (_, key: keyof typeof parts) => String(parts[key]),
        );
        const utc = Date.UTC(parts.year, parts.month - 1, parts.day);
        expect(written).toBe(
          new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(utc),
        );
      }
  });
});
