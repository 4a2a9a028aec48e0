/**
 * The schedule's rows: the event's start and end in each zone, with the local
 * dates: the start's against the organisers' date, the end's against the start's.
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { LangText } from '../descriptor/text.js';
import { canonicalZone, zoneCityText, zoneNamed } from './zones.js';
import { dayShift } from './format.js';
import { dailyGroups, dailyHours, dateRangePieces, meetingDatesPieces, spansDays, type DailyHours, type DayRuns, type RangePiece } from './days.js';

export interface ZoneTimes {
  /** The row's zone (an IANA id the browser knows). */
  readonly zone: string;
  /** The event's start and end (ms since the epoch), shown in `zone`. */
  readonly start: number;
  readonly end: number;
  /** Days between the organisers' start date and this row's start date: −1, 0, +1. */
  readonly startShift: number;
  /**
   * Days between this row's start date and its end date: the end is marked
   * where it falls on a later date than the start here ("10:00 PM – 1:00 AM +1").
   * A row shows its own date where that is not the organisers', so a mark
   * against their dates would say the same twice ("Tue 2:00 AM +1" for Monday's
   * meeting) or contradict it ("Tue 4:00 PM −1 – 12:00 AM").
   */
  readonly endShift: number;
}

/**
 * The event's times (`start`, `end`, organised in `organisers`) in `zoneId`
 * (an IANA name), or undefined for a zone the browser does not know.
 */
export function timesIn(zoneId: string, start: number, end: number, organisers: string): ZoneTimes | undefined {
  if (!zoneNamed(zoneId)) return undefined;
  return {
    zone: zoneId,
    start,
    end,
    startShift: dayShift(start, zoneId, start, organisers),
    endShift: dayShift(end, zoneId, start, zoneId),
  };
}

/**
 * The hours of a meeting's first day in `zoneId`, with when its days open,
 * when it keeps the same hours each day there ("5:30 PM – 1:00 AM +1" in Tokyo
 * for 9:30–17:00 in Geneva): the start marked against the organizers' date, the
 * end against the start's date here. Undefined when the hours differ from day
 * to day there (the clocks change during the meeting).
 */
export function dailyTimesIn(zoneId: string, event: Pick<PlenaryEvent, 'start' | 'end' | 'sessions' | 'timeZone'>): (ZoneTimes & { readonly runs: DayRuns }) | undefined {
  const day = zoneNamed(zoneId) ? dailyHours(event.start, event.end, event.sessions, zoneId, event.timeZone) : undefined;
  if (!day) return undefined;
  return {
    zone: zoneId,
    start: day.start,
    end: day.end,
    runs: day.runs,
    startShift: dayShift(day.start, zoneId, day.start, event.timeZone),
    endShift: dayShift(day.end, zoneId, day.start, zoneId),
  };
}

/**
 * Each row with its zone's hours of the meeting's first day (`dailyTimesIn`),
 * when the meeting keeps the same hours each day in every row's zone; else
 * undefined, and every row gives its start and end with their dates.
 */
export function dailyRows<R extends { readonly times: ZoneTimes }>(
  rows: readonly R[],
  event: Pick<PlenaryEvent, 'start' | 'end' | 'sessions' | 'timeZone'>,
): Array<R & { readonly times: ZoneTimes & { readonly runs: DayRuns } }> | undefined {
  const out: Array<R & { readonly times: ZoneTimes & { readonly runs: DayRuns } }> = [];
  for (const row of rows) {
    const times = dailyTimesIn(row.times.zone, event);
    if (!times) return undefined;
    out.push({ ...row, times });
  }
  return out;
}

/**
 * The groups of days that keep the same hours in `zoneId` (`dailyGroups`), for
 * a row of a meeting that does not keep the same hours each day in every zone
 * shown: its line for each group. Undefined where the meeting falls on one date
 * there, or its days cannot be told apart by groups: that row gives its start
 * and end with their dates.
 */
export function dayGroupsIn(zoneId: string, event: Pick<PlenaryEvent, 'start' | 'end' | 'sessions' | 'timeZone'>): DailyHours[] | undefined {
  if (!zoneNamed(zoneId) || !spansDays(event.start, event.end, zoneId)) return undefined;
  return dailyGroups(event.start, event.end, event.sessions, zoneId, event.timeZone);
}

/**
 * The place of a row in a zone the page asked for (`zones="…"`): the
 * descriptor's own label for that zone, in each of its languages, when the
 * descriptor shows it; else the zone's city, in English.
 */
export function zoneLabel(event: PlenaryEvent, zoneId: string): LangText {
  const key = canonicalZone(zoneId);
  return event.displayZones.find((z) => canonicalZone(z.zone) === key)?.label ?? zoneCityText(zoneId);
}

/**
 * The dates of an event of several days in its organizers' zone: those its days
 * begin on when it keeps the same hours each day and the rows give the hours
 * of its days (`daily`), so that a weekend without sessions is not among them;
 * else the range from its start to its end. In pieces, the range's sign apart.
 */
export function organisersDates(event: Pick<PlenaryEvent, 'start' | 'end' | 'sessions' | 'timeZone'>, locale: string, daily: boolean): RangePiece[] {
  const days = daily ? dailyHours(event.start, event.end, event.sessions, event.timeZone) : undefined;
  return days ? meetingDatesPieces(days.runs, locale, event.timeZone) : dateRangePieces(event.start, event.end, locale, event.timeZone);
}
