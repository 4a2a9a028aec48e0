/**
 * Events of several days: the local dates an event covers, the hours it keeps
 * each day, and date ranges in the locale's own range pattern
 * (`Intl.DateTimeFormat.prototype.formatRange`). Formatters are built once per
 * (locale, zone, style) and kept, in format.ts.
 */
import { dayShift, formatter, isoDate, isoDateTime } from './format.js';
import { offsetAt } from './zones.js';

const DAY = 86_400_000;

/** The last instant that belongs to an event ending at `end`: an event ending at midnight ends on the day before. */
function lastMoment(start: number, end: number): number {
  return Math.max(start, end - 1);
}

/** Whether the event from `start` to `end` covers more than one local date in `zone`. */
export function spansDays(start: number, end: number, zone: string): boolean {
  return isoDate(start, zone) !== isoDate(lastMoment(start, end), zone);
}

/** "Monday, March 15 – Tuesday, March 16, 2027": the dates from `start` to `end`, in the locale's range pattern. */
export function formatDateRange(start: number, end: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'date').formatRange(start, lastMoment(start, end));
}

/** "9:30 AM – 5:00 PM": two instants of one day, as the locale writes a range of hours. */
export function formatTimeRange(start: number, end: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'time').formatRange(start, end);
}

/** The parts of a range of date-times ("Monday, March 15, 2027 at 9:30 AM – Tuesday, March 16, 2027 at 5:00 PM"). */
export function dateTimeRangeParts(start: number, end: number, locale: string, zone: string, short = false): Intl.DateTimeRangeFormatPart[] {
  return formatter(locale, zone, short ? 'dateTimeShort' : 'dateTime').formatRangeToParts(start, end);
}

/** "Mon, Mar 15, 9:30 AM": a date and a time in one pattern of the locale. */
export function formatShortDateTime(ms: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'dateTimeShort').format(ms);
}

/** "Monday 15 March", "15 марта, понедельник": the date of an agenda day's heading. */
export function formatDayHeading(ms: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'dayHeading').format(ms);
}

const joiners = new Map<string, string>();
// Two instants an hour apart on one day, in UTC: the locale's pattern for a range within a day.
const SAMPLE_START = Date.UTC(2020, 0, 15, 10, 0);
const SAMPLE_END = SAMPLE_START + 3_600_000;

/**
 * What the locale writes between a date and the times of that day: ", " in
 * English, "، " in Arabic, a space in Chinese and Korean. Read from the
 * locale's own range pattern of a date with times, without what the date
 * written alone already ends with: the pattern's " г., " in Russian follows a
 * year the date alone writes "2020 г.", its ") " in Korean a weekday the date
 * alone writes "(수)".
 */
export function dateTimeJoiner(locale: string, short = false): string {
  const key = `${locale}\u0000${short}`;
  let joiner = joiners.get(key);
  if (joiner === undefined) {
    const parts = formatter(locale, 'UTC', short ? 'dateTimeShort' : 'dateTime').formatRangeToParts(SAMPLE_START, SAMPLE_END);
    const firstTime = parts.findIndex((p) => p.type === 'hour' || p.type === 'dayPeriod');
    const before = parts[firstTime - 1];
    joiner = before?.type === 'literal' ? before.value : ' ';
    const date = formatter(locale, 'UTC', short ? 'dateShort' : 'date').format(SAMPLE_START);
    // The longest end of the date alone that the literal begins with is the date's, not the joiner's.
    for (let n = Math.min(date.length, joiner.length); n > 0; n--) {
      if (joiner.startsWith(date.slice(-n))) {
        joiner = joiner.slice(n) || ' ';
        break;
      }
    }
    joiners.set(key, joiner);
  }
  return joiner;
}

/** "09:30": the wall clock of `ms` in `zone`. */
function clock(ms: number, zone: string): string {
  return /T(\d{2}:\d{2})/.exec(isoDateTime(ms, zone))![1]!;
}

interface Timed {
  readonly start?: number;
  readonly end?: number;
}

/**
 * The hours an event keeps every day in `zone`, when they are the same each day:
 * the first session's start and the last session's end of each local day (with
 * no sessions, the event's start and end hours). Returns the first day's
 * opening and closing instants, or undefined when the days differ.
 */
export function dailyHours(start: number, end: number, sessions: readonly Timed[], zone: string): { start: number; end: number } | undefined {
  const timed = sessions.filter((s): s is { start: number; end?: number } => s.start !== undefined);
  if (timed.length === 0) {
    const open = clock(start, zone);
    const close = clock(end, zone);
    if (!(open < close)) return undefined;
    // The closing hour on the first day: the end, whole days earlier, set right across a change of offset.
    const days = Math.round((Date.parse(isoDate(end, zone)) - Date.parse(isoDate(start, zone))) / DAY);
    let firstClose = end - days * DAY;
    firstClose += (offsetAt(zone, end) - offsetAt(zone, firstClose)) * 60_000;
    return { start, end: firstClose };
  }
  const byDay = new Map<string, { start: number; end: number }>();
  for (const s of timed) {
    const day = isoDate(s.start, zone);
    const close = s.end ?? s.start;
    if (isoDate(lastMoment(s.start, close), zone) !== day) return undefined;
    const hours = byDay.get(day);
    if (!hours) byDay.set(day, { start: s.start, end: close });
    else byDay.set(day, { start: Math.min(hours.start, s.start), end: Math.max(hours.end, close) });
  }
  const days = [...byDay.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, h]) => h);
  if (days.length < 2) return undefined;
  const first = days[0]!;
  const open = clock(first.start, zone);
  const close = clock(first.end, zone);
  return days.every((d) => clock(d.start, zone) === open && clock(d.end, zone) === close) ? first : undefined;
}

/** Whether the sessions that have a start come in order of it (those without one may be anywhere). */
export function inStartOrder(sessions: readonly Timed[]): boolean {
  let last = -Infinity;
  for (const { start } of sessions) {
    if (start === undefined) continue;
    if (start < last) return false;
    last = start;
  }
  return true;
}

/**
 * The day of the meeting the instant `ms` falls on, counted in the organizers'
 * zone from its first day: 3 for the Wednesday of a meeting that opens on a
 * Monday, whether or not Tuesday has sessions, and whichever zone the
 * programme is shown in, so that "Day 3" means one day to every reader.
 */
export function meetingDay(event: { readonly start: number; readonly timeZone: string }, ms: number): number {
  return dayShift(ms, event.timeZone, event.start, event.timeZone) + 1;
}

/** Sessions by local date in `zone`, in order of date: [["2027-03-15", [...]], …]. Sessions without a start go with the day before them. */
export function byLocalDay<T extends Timed>(sessions: readonly T[], zone: string, fallbackStart: number): Array<{ day: string; first: number; sessions: T[] }> {
  const groups: Array<{ day: string; first: number; sessions: T[] }> = [];
  for (const s of sessions) {
    const at = s.start ?? groups[groups.length - 1]?.first ?? fallbackStart;
    const day = isoDate(at, zone);
    let group = groups.find((g) => g.day === day);
    if (!group) {
      group = { day, first: at, sessions: [] };
      groups.push(group);
    }
    group.sessions.push(s);
  }
  return groups.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}
