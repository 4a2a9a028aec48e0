/**
 * Events of several days: the local dates an event covers, the hours it keeps
 * each day, and date ranges in the locale's own range pattern
 * (`Intl.DateTimeFormat.prototype.formatRange`). Formatters are built once per
 * (locale, zone, style) and kept, in format.ts.
 */
import { dayShift, formatter, isoDate, isoDateTime } from './format.js';
import { offsetAt } from './zones.js';
import { endOfLocalDay, localDayBounds } from './instant.js';
import { sessionEnds } from './phase.js';

const DAY = 86_400_000;

/** The last instant that belongs to an event ending at `end`: an event ending at midnight ends on the day before. */
function lastMoment(start: number, end: number): number {
  return Math.max(start, end - 1);
}

/** Whether the event from `start` to `end` covers more than one local date in `zone`. */
export function spansDays(start: number, end: number, zone: string): boolean {
  return isoDate(start, zone) !== isoDate(lastMoment(start, end), zone);
}

/**
 * A range as written, in pieces: words, and the sign between its start and its
 * end (`{ sign: ' – ' }`, spaces included), which screen readers with their
 * usual settings skip, so that an element can say "to" in its place.
 */
export type RangePiece = string | { readonly sign: string };

/** The text of a range written in pieces. */
export function rangeText(pieces: readonly RangePiece[]): string {
  return pieces.map((p) => (typeof p === 'string' ? p : p.sign)).join('');
}

/**
 * The pieces of a range the locale wrote (`formatRangeToParts`): what the start
 * and the end share before them, the start, the sign (the parts that belong to
 * neither, between the last of the start and the first of the end), the end,
 * and what they share after them. A range that collapsed into one date (both
 * instants on the same day) has no sign.
 */
function piecesOf(parts: readonly Intl.DateTimeRangeFormatPart[]): RangePiece[] {
  const firstEnd = parts.findIndex((p) => p.source === 'endRange');
  const lastStart = parts.slice(0, Math.max(firstEnd, 0)).map((p) => p.source).lastIndexOf('startRange');
  const join = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
  if (firstEnd < 0 || lastStart < 0) return [join(0, parts.length)];
  return [join(0, lastStart + 1), { sign: join(lastStart + 1, firstEnd) }, join(firstEnd, parts.length)].filter((p) => p !== '');
}

/** "Monday, March 15 – Tuesday, March 16, 2027": the dates from `start` to `end`, in the locale's range pattern. */
export function formatDateRange(start: number, end: number, locale: string, zone: string): string {
  return rangeText(dateRangePieces(start, end, locale, zone));
}

/** `formatDateRange` in pieces, its sign apart. */
export function dateRangePieces(start: number, end: number, locale: string, zone: string): RangePiece[] {
  return piecesOf(rangeParts(formatter(locale, zone, 'date'), start, lastMoment(start, end)));
}

/**
 * "Mon, Mar 15 – Wed, Mar 17": the short dates of the first and the last day of
 * a meeting, each written whole (the locale's short range pattern may shorten
 * them oddly: "3월 15일 (월))~4월 2일 (일)" in Korean).
 */
export function formatShortDateRange(first: number, last: number, locale: string, zone: string): string {
  return rangeText(shortDateRangePieces(first, last, locale, zone));
}

function shortDateRangePieces(first: number, last: number, locale: string, zone: string): RangePiece[] {
  const format = formatter(locale, zone, 'dateShort');
  if (isoDate(first, zone) === isoDate(last, zone)) return [format.format(first)];
  return [format.format(first), { sign: ` ${rangeDash(locale)} ` }, format.format(last)];
}

const lists = new Map<string, Intl.ListFormat>();

/**
 * "Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19,
 * 2027": the dates a meeting's days begin on in `zone`, each run of
 * consecutive days a range, the runs joined as the locale joins a list; one run
 * is one range. `short`: each date as the short date ("Fri, Oct 15").
 */
export function formatMeetingDates(runs: DayRuns, locale: string, zone: string, short = false): string {
  return rangeText(meetingDatesPieces(runs, locale, zone, short));
}

/** `formatMeetingDates` in pieces, the sign of each range apart. */
export function meetingDatesPieces(runs: DayRuns, locale: string, zone: string, short = false): RangePiece[] {
  // A run's `last` is its last day's opening, a date of the run however early it is (not an end, whose midnight
  // closes the day before): from Sydney, a New York meeting at 9:00 AM opens at midnight each day.
  const range = ([first, last]: readonly [number, number]) => (short ? shortDateRangePieces(first, last, locale, zone) : piecesOf(rangeParts(formatter(locale, zone, 'date'), first, last)));
  if (runs.length === 1) return range(runs[0]!);
  let list = lists.get(locale);
  if (!list) {
    list = new Intl.ListFormat(locale, { type: 'conjunction' });
    lists.set(locale, list);
  }
  // The list's elements are the ranges, in order: each put back in pieces.
  const ranges = runs.map(range);
  let next = 0;
  return list.formatToParts(ranges.map(rangeText)).flatMap((p) => (p.type === 'element' ? ranges[next++]! : [p.value]));
}

/**
 * The locale's range of two instants, as parts, unless it writes them otherwise
 * than it writes each alone: Chinese ranges write the month in figures
 * ("2027/3/15星期一至2027/3/17星期三" beside "2027年3月15日星期一"), French and
 * Russian ones pad the hour ("02:00" beside "2:00"). Then the two as written
 * alone, joined by the range's own sign ("2027年3月15日星期一至2027年3月17日星期三"),
 * so that a page writes a date or a time one way.
 */
function rangeParts(format: Intl.DateTimeFormat, start: number, end: number): Intl.DateTimeRangeFormatPart[] {
  const parts = format.formatRangeToParts(start, end);
  const alone = { startRange: format.formatToParts(start), endRange: format.formatToParts(end) };
  const own = new Set(alone.startRange.filter((p) => p.type === 'literal').map((p) => p.value.trim()));
  const written = (p: Intl.DateTimeRangeFormatPart) =>
    p.type === 'literal'
      ? p.source === 'shared' || own.has(p.value.trim())
      : (p.source === 'shared' ? [...alone.startRange, ...alone.endRange] : alone[p.source]).some((q) => q.type === p.type && q.value === p.value);
  if (parts.every(written)) return parts;
  const lastStart = parts.map((p) => p.source).lastIndexOf('startRange');
  const sign = withoutClosers(parts.slice(lastStart + 1, parts.findIndex((p) => p.source === 'endRange')).map((p) => p.value).join(''));
  return [
    ...alone.startRange.map((p) => ({ ...p, source: 'startRange' as const })),
    { type: 'literal', value: sign || ' – ', source: 'shared' },
    ...alone.endRange.map((p) => ({ ...p, source: 'endRange' as const })),
  ];
}

/**
 * A literal of a range without the brackets it begins with: they close the
 * brackets the range put around the start's weekday ("15/3（星期一） 至 17/3（星期三）"
 * in Hong Kong Chinese, "1/15（週三） 上午10:00" in Taiwan's), which the date
 * written alone has none of ("2027年3月15日星期一", "1月15日週三"): kept, they
 * would stand after it alone ("1月15日週三） 上午10:00").
 */
function withoutClosers(literal: string): string {
  return literal.replace(/^[)）]+/, '');
}

/** "9:30 AM – 5:00 PM": two instants of one day, as the locale writes a range of hours. */
export function formatTimeRange(start: number, end: number, locale: string, zone: string): string {
  return rangeText(piecesOf(rangeParts(formatter(locale, zone, 'time'), start, end)));
}

/** The parts of a range of date-times ("Monday, March 15, 2027 at 9:30 AM – Tuesday, March 16, 2027 at 5:00 PM"). */
export function dateTimeRangeParts(start: number, end: number, locale: string, zone: string, short = false): Intl.DateTimeRangeFormatPart[] {
  return rangeParts(formatter(locale, zone, short ? 'dateTimeShort' : 'dateTime'), start, end);
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
 * alone writes "(수)"; and without a bracket closing a weekday the pattern
 * brackets but the date alone does not: "（週三） " in Taiwan's Chinese, whose
 * date alone is "1月15日週三".
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
    joiner = withoutClosers(joiner) || ' ';
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

/** The openings of the first and the last day of each run of consecutive days of a meeting. */
export type DayRuns = ReadonlyArray<readonly [first: number, last: number]>;

/** The hours of a meeting that keeps the same each day: the first day's opening and closing, and when its days open. */
export interface DailyHours {
  readonly start: number;
  readonly end: number;
  /** Its days, by runs of consecutive dates: a weekend without sessions parts two runs. */
  readonly runs: DayRuns;
}

/**
 * The hours an event keeps every day, seen in `zone`, when they are the same
 * each day there. The days are the organizers' (in `home`): each day's hours
 * run from its first session's start to its last session's end (with no
 * sessions, from the event's start hour to its end hour). Seen from a zone
 * where they run past midnight (9:30–17:00 in Geneva is 17:30–01:00 in Tokyo)
 * they are still one day's hours, the end on the next date. Undefined when the
 * days differ in `zone` (the clocks change there during the meeting), or a day
 * runs past the organizers' midnight and the days differ in `zone` too.
 */
export function dailyHours(start: number, end: number, sessions: readonly Timed[], zone: string, home = zone): DailyHours | undefined {
  const groups = dailyGroups(start, end, sessions, zone, home);
  return groups?.length === 1 ? groups[0] : undefined;
}

/**
 * The hours of a meeting's days seen in `zone`, by groups of days that keep
 * the same hours there, in order: one group when every day does
 * (`dailyHours`); more when the clocks change there, or at the organizers',
 * during the meeting and its sessions give its days (New York reads a Geneva
 * meeting of 10:00–18:00 as 4:00 AM – 12:00 PM until Geneva's clocks go back,
 * then 5:00 AM – 1:00 PM), or the hours change from day to day (at most
 * three groups: more are no easier to read than the start and the end).
 * Undefined as for `dailyHours`, when the clocks change during a meeting whose
 * days no sessions give, and for more than three groups.
 */
export function dailyGroups(start: number, end: number, sessions: readonly Timed[], zone: string, home = zone): DailyHours[] | undefined {
  const days = meetingDays(start, end, sessions, home, home) ?? (home === zone ? undefined : meetingDays(start, end, sessions, zone, home));
  if (!days || days.length < 2) return undefined;
  const shape = (d: { start: number; end: number }) => `${clock(d.start, zone)} ${clock(d.end, zone)} ${dayShift(lastMoment(d.start, d.end), zone, d.start, zone)}`;
  const groups: Array<{ shape: string; days: typeof days }> = [];
  for (const day of days) {
    const last = groups[groups.length - 1];
    if (last?.shape === shape(day)) last.days.push(day);
    else groups.push({ shape: shape(day), days: [day] });
  }
  // Without sessions only the first and the last day are known: the days between them follow one or the other.
  if (groups.length > 3 || (groups.length > 1 && days.some((d) => d.date === undefined))) return undefined;
  return groups.map(({ days: group }) => ({ start: group[0]!.start, end: group[0]!.end, runs: runsOf(group) }));
}

/** The runs of consecutive dates among `days` (in order), by their openings. */
function runsOf(days: ReadonlyArray<{ start: number; date?: string }>): DayRuns {
  const runs: Array<[number, number]> = [];
  for (let i = 0; i < days.length; i++) {
    const day = days[i]!;
    const before = days[i - 1]?.date;
    // Days worked out without sessions (the first and the last) are one run.
    const follows = i > 0 && (day.date === undefined || before === undefined || Date.parse(day.date) - Date.parse(before) === DAY);
    if (follows) runs[runs.length - 1]![1] = day.start;
    else runs.push([day.start, day.start]);
  }
  return runs;
}

/**
 * The days of a meeting whose sessions give them, in `zone` (the organizers'),
 * each from its first session's start to its last session's end, the first
 * from the event's start when that is earlier and the last to its end when
 * that is later: its calendar entries, one per day, so that a meeting of three
 * days does not fill the nights between them. Undefined when no session has a
 * time, for one day, when the sessions leave out the event's first or last
 * date (those days' hours are not known), or when a day runs past midnight or
 * the next follows it with less than a night between (one sitting).
 */
export function sessionDays(start: number, end: number, sessions: readonly Timed[], zone: string): Array<{ start: number; end: number }> | undefined {
  if (!sessions.some((s) => s.start !== undefined)) return undefined;
  const days = meetingDays(start, end, sessions, zone, zone);
  if (!days || days.length < 2 || days[0]!.date !== isoDate(start, zone) || days[days.length - 1]!.date !== isoDate(lastMoment(start, end), zone)) return undefined;
  return days.map((d, i) => ({
    start: i === 0 ? Math.min(start, d.start) : d.start,
    end: i === days.length - 1 ? Math.max(end, d.end) : d.end,
  }));
}

/**
 * Each day's opening and closing, the days being the local dates of `zone`
 * (`date`: "2027-10-15", when sessions give the days); undefined when a day's
 * hours run past its midnight, or when one day's sessions follow the day
 * before's with less than a night between: then they are one sitting.
 */
function meetingDays(start: number, end: number, sessions: readonly Timed[], zone: string, home: string): Array<{ start: number; end: number; date?: string }> | undefined {
  const timed = sessions.filter((s): s is { start: number; end?: number } => s.start !== undefined);
  if (timed.length === 0) {
    if (!(clock(start, zone) < clock(end, zone))) return undefined;
    // The first day's closing and the last day's opening: whole days from the end and the start, set right across a change of offset.
    const days = Math.round((Date.parse(isoDate(end, zone)) - Date.parse(isoDate(start, zone))) / DAY);
    const firstClose = end - days * DAY + (offsetAt(zone, end) - offsetAt(zone, end - days * DAY)) * 60_000;
    const lastOpen = start + days * DAY + (offsetAt(zone, start) - offsetAt(zone, start + days * DAY)) * 60_000;
    return [
      { start, end: firstClose },
      { start: lastOpen, end },
    ];
  }
  // A session without an end closes its day where every element ends it (sessionEnds: the next session, the
  // event's end, the day's latest end, the hour the event ends), but not at the midnight that ends it when nothing
  // else does: no one gave that hour.
  const ends = timed.some((s) => s.end === undefined) ? sessionEnds({ sessions, end, timeZone: home }) : [];
  const closing = new Map(sessions.map((s, i) => [s, ends[i]]));
  const spans: Array<{ date: string; start: number; end: number }> = [];
  for (const s of timed) {
    const date = isoDate(s.start, zone);
    const until = closing.get(s);
    const close = s.end ?? (until !== undefined && until < endOfLocalDay(s.start, home) ? until : s.start);
    if (isoDate(lastMoment(s.start, close), zone) !== date) return undefined;
    spans.push({ date, start: s.start, end: close });
  }
  const days = hoursByDate(spans);
  return joinedAtMidnight(days) ? undefined : days;
}

/** Each date's opening and closing (its spans' earliest start and latest end), in date order. */
function hoursByDate(spans: ReadonlyArray<{ readonly date: string; readonly start: number; readonly end: number }>): Array<{ start: number; end: number; date: string }> {
  const byDay = new Map<string, { start: number; end: number; date: string }>();
  for (const { date, start, end } of spans) {
    const hours = byDay.get(date);
    byDay.set(date, hours ? { start: Math.min(hours.start, start), end: Math.max(hours.end, end), date } : { start, end, date });
  }
  return [...byDay.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * The shortest break between two dates' sessions that parts a meeting's days:
 * one under it is a pause in one sitting that runs on past midnight (a webinar
 * from 11:00 PM to 1:00 AM, its second session at midnight), not a night.
 */
const NIGHT = 3 * 3_600_000;

/**
 * Whether `days` (in order, each its opening and closing) are one sitting of
 * less than a day: two of them follow each other with less than a night
 * between. A programme that runs on day and night for longer keeps its days,
 * by which a visitor finds a session in it.
 */
function joinedAtMidnight(days: ReadonlyArray<{ readonly start: number; readonly end: number }>): boolean {
  if (days.length < 2 || days[days.length - 1]!.end - days[0]!.start >= DAY) return false;
  return days.some((day, i) => i > 0 && day.start - days[i - 1]!.end < NIGHT);
}

/**
 * Whether the sessions of an event whose dates differ in `zone` (the
 * organizers') make one sitting of less than a day that runs on past
 * midnight there, not days of a meeting: a webinar from 11:30 PM to 1:00 AM
 * whose second session begins after midnight, or, in an event of less than a
 * day, whose sessions all begin on one date (one from 11:00 PM to 1:00 AM; one
 * from 10:00 to 11:00 PM in an event until 2:00 AM). Its programme numbers no
 * days, and its calendar entry is one. A meeting of several days whose
 * programme gives only its first day's sessions keeps its "Day 1".
 */
export function oneSitting(event: Timed & { readonly sessions: readonly Timed[] }, zone: string): boolean {
  const spans = event.sessions.flatMap(({ start, end }) => (start === undefined ? [] : [{ date: isoDate(start, zone), start, end: Math.max(start, end ?? start) }]));
  const days = hoursByDate(spans);
  // All begun on one date of an event under a day: a lone "Day 1" would promise a second.
  if (days.length === 1) return event.start !== undefined && event.end !== undefined && event.end - event.start < DAY;
  return joinedAtMidnight(days);
}

/**
 * "9:30 AM – 5:00 PM": the hours of one day, as the locale writes a range of
 * hours, also when they run past midnight in `zone` ("5:30 PM – 1:00 AM", where
 * the locale's range pattern would write both dates); the caller marks the end
 * as the next day's.
 */
export function formatDailyHours(start: number, end: number, locale: string, zone: string): string {
  return rangeText(dailyHoursPieces(start, end, locale, zone));
}

/** `formatDailyHours` in pieces, its sign apart. */
export function dailyHoursPieces(start: number, end: number, locale: string, zone: string): RangePiece[] {
  const time = formatter(locale, zone, 'time');
  if (isoDate(start, zone) === isoDate(end, zone)) return piecesOf(rangeParts(time, start, end));
  return [time.format(start), { sign: ` ${rangeDash(locale)} ` }, time.format(end)];
}

const dashes = new Map<string, string>();

/** The sign the locale puts between two times: "–", "~" in Korean. */
export function rangeDash(locale: string): string {
  let dash = dashes.get(locale);
  if (dash === undefined) {
    const parts = formatter(locale, 'UTC', 'time').formatRangeToParts(SAMPLE_START, SAMPLE_END);
    dash = parts.find((p, i) => p.source === 'shared' && p.type === 'literal' && parts[i - 1]?.source === 'startRange')?.value.trim() || '–';
    dashes.set(locale, dash);
  }
  return dash;
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
 * Sessions by local date in `zone`, in order of date: [["2027-03-15", [...]], …]. Sessions without a start go with the
 * day before them. `first`: the day's earliest start, whatever order the programme lists its sessions in: where the
 * day begins, on another date for a visitor far away (from Pago Pago, a Geneva Monday begins on the Sunday evening).
 */
export function byLocalDay<T extends Timed>(sessions: readonly T[], zone: string, fallbackStart: number): Array<{ day: string; first: number; sessions: T[] }> {
  const groups: Array<{ day: string; first: number; sessions: T[] }> = [];
  for (const s of sessions) {
    const at = s.start ?? groups[groups.length - 1]?.first ?? fallbackStart;
    const day = isoDate(at, zone);
    let group = groups.find((g) => g.day === day);
    if (!group) {
      group = { day, first: at, sessions: [] };
      groups.push(group);
    } else if (at < group.first) {
      group.first = at;
    }
    group.sessions.push(s);
  }
  return groups.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
}

/**
 * Whether any of `sessions` starts on another date in `zone` than `date`
 * ("2026-11-18"): those of an agenda's day then each show their date there, so
 * that none reads as if it fell on the date of the day's heading, or on the
 * date of the row above it.
 */
export function startsOffDate(sessions: readonly Timed[], date: string, zone: string): boolean {
  const [from, to] = localDayBounds(date, zone);
  return sessions.some(({ start }) => start !== undefined && (start < from || start >= to));
}
