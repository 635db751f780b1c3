/**
 * Reading 活动时间 as the bureau's tables write it (seed 001): 5月11日、12日 · 5月17日至5月23日 ·
 * 5月19日至21日 · 5月20日前 · 5月20日左右 · 5月下旬 · 5月 · 4—5月. The cell keeps the text as typed
 * (it is printed as typed); this only reads which days it names, so a rule can warn when an activity
 * lies outside the campaign's 活动时间. A text this does not read names no days and gets no warning:
 * the table is the unit's, and 另行通知 or 全年 are things units write.
 */

export interface DaySpan {
  /** YYYY-MM-DD, both ends included. */
  from: string;
  to: string;
  /**
   * Whether both ends name a day (5月17日至5月23日), rather than a month or part of one (5月下旬,
   * 4—5月): an exact span must lie inside the campaign's period, a vague one only meet it.
   */
  exact: boolean;
}

/** Full-width digits as an IME types them. */
const FULL_WIDTH_DIGITS = /[\uff10-\uff19]/g;
/** Between the items of a list: 5月11日、12日; 5月11日，5月20日. */
const LIST = /[、，,；;及和与]/u;
/** Between the ends of a range: 至, 到, and the dashes and tildes a table uses (4—5月). */
const RANGE = /[至到—–－~～-]+/u;
/**
 * One end: an optional year, month and day, a part of the month (上旬, 底), and a word that leaves
 * the day as it is (前, 左右, 期间: 5月20日前 is read as 5月20日, the day the activity is tied to).
 */
const END =
  /^(?:(\d{4})年)?(?:(\d{1,2})月(?:份)?)?(?:(\d{1,2})(日|号)?)?(上旬|中旬|下旬|初|中|底|末)?(?:前后|左右|以前|之前|以后|之后|前|后|期间|当天|当日)?$/u;

interface End {
  year?: number;
  month?: number;
  day?: number;
  /** A bare number (no 月, no 日): a month or a day as the other end says. */
  bare?: number;
  part?: string;
}

function readEnd(text: string): End | null {
  const match = END.exec(text);
  if (!match || text === '') return null;
  const [, year, month, number, dayMark, part] = match;
  const end: End = {};
  if (year) end.year = Number(year);
  if (month) end.month = Number(month);
  if (number !== undefined) {
    if (dayMark || month) end.day = Number(number);
    else end.bare = Number(number);
  }
  if (part) end.part = part;
  if (end.year === undefined && end.month === undefined && end.day === undefined && end.bare === undefined)
    return null;
  return end;
}

const two = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month);
}

/** The first and last day an end names, once its year and month are known. */
function endDays(year: number, month: number, end: End): { from: number; to: number; exact: boolean } | null {
  if (month < 1 || month > 12) return null;
  const last = daysIn(year, month);
  if (end.day !== undefined)
    return validDay(year, month, end.day) ? { from: end.day, to: end.day, exact: true } : null;
  switch (end.part) {
    case '上旬':
    case '初':
      return { from: 1, to: 10, exact: false };
    case '中旬':
    case '中':
      return { from: 11, to: 20, exact: false };
    case '下旬':
    case '底':
    case '末':
      return { from: 21, to: last, exact: false };
    default:
      return { from: 1, to: last, exact: false };
  }
}

const iso = (year: number, month: number, day: number) => `${year}-${two(month)}-${two(day)}`;

/**
 * The spans of days a 活动时间 text names, in the year `year` unless it names one; null when any
 * item of it does not read (the whole text is then left alone).
 */
export function readActivityTime(text: string, year: number): DaySpan[] | null {
  const plain = text
    .replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/gu, '');
  if (plain === '') return null;
  const spans: DaySpan[] = [];
  // What the items before said carries on: 5月11日、12日 is two days of May.
  let context = { year, month: undefined as number | undefined };
  for (const item of plain.split(LIST).filter(Boolean)) {
    const texts = item.split(RANGE);
    if (texts.length > 2) return null;
    const ends = texts.map(readEnd);
    if (ends.some((end) => end === null)) return null;
    const [first, second] = ends as End[];
    const parts = second ? [first!, second] : [first!];
    // A bare number takes the unit of the range's other end: 4—5月 is April to May, 11—12日 two days.
    for (const [index, end] of parts.entries()) {
      if (end.bare === undefined) continue;
      const other = parts[1 - index];
      if (other && other.day === undefined && other.month !== undefined && other.part === undefined)
        end.month = end.bare;
      else end.day = end.bare;
      delete end.bare;
    }
    const resolved: { year: number; month: number; end: End }[] = [];
    // A range's first end may leave its month to the second (11日至12日 after 5月…, or 至5月23日).
    const monthOf = (end: End, fallback?: End) => end.month ?? context.month ?? fallback?.month;
    for (const [index, end] of parts.entries()) {
      const fallback = index === 0 ? parts[1] : undefined;
      const month = monthOf(end, fallback);
      const endYear = end.year ?? (index === 0 ? parts[1]?.year : parts[0]?.year) ?? context.year;
      if (month === undefined) return null;
      resolved.push({ year: endYear, month, end });
      context = { year: endYear, month };
    }
    const days = resolved.map(({ year: y, month, end }) => endDays(y, month, end));
    if (days.some((d) => d === null)) return null;
    const [start, finish] = [resolved[0]!, resolved[resolved.length - 1]!];
    const [a, b] = [days[0]!, days[days.length - 1]!];
    const from = iso(start.year, start.month, a.from);
    const to = iso(finish.year, finish.month, b.to);
    if (from > to) return null;
    spans.push({ from, to, exact: days.every((d) => d!.exact) });
  }
  return spans;
}

/** A campaign's 活动时间, both days included. */
export interface Period {
  from: string;
  to: string;
}

/**
 * The spans of `spans` that fall outside `period`: an exact span that leaves it anywhere, a vague
 * one (5月下旬, 4—5月) only when it does not meet it at all, since a month may hold the right days.
 */
export function outsidePeriod(spans: readonly DaySpan[], period: Period): DaySpan[] {
  return spans.filter((span) =>
    span.exact
      ? span.from < period.from || span.to > period.to
      : span.to < period.from || span.from > period.to,
  );
}

/** 5月11日 (2021-05-11), for a message; the year is printed only when it is not `year`. */
export function dayText(isoDay: string, year?: number): string {
  const [y, m, d] = isoDay.split('-').map(Number) as [number, number, number];
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}
