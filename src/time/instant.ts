/**
 * Reading the descriptor's date-times into instants, and finding the instants
 * a local day begins and ends at.
 *
 * A local time (`2020-10-13T07:00`) is read in a zone. Around a daylight-saving
 * change a local time can name no instant (the clocks skip it) or two (the clocks
 * repeat it); luxon alone would quietly move the first and pick one of the second,
 * so the candidates are worked out here from the zone's own offsets.
 */
import type { IANAZone, Zone } from 'luxon';
import { offsetAt } from './zones.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How far apart the zone is asked for its offsets around a local time. */
const PROBE = 6 * HOUR;

const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2}|[+-]\d{4})?$/;

export type ReadTime =
  /** The string carries an offset or `Z`: it is an instant on its own. */
  | { readonly kind: 'instant'; readonly ms: number; readonly offsetMinutes: number }
  /** A local time that exists once in the zone. */
  | { readonly kind: 'local'; readonly ms: number }
  /** A local time that exists twice (clocks go back); `ms` is the earlier. */
  | { readonly kind: 'ambiguous'; readonly ms: number; readonly laterMs: number; readonly offsets: readonly [number, number] }
  /** A local time the clocks skip (clocks go forward from `from` to `to`, local wall times "HH:mm"). */
  | { readonly kind: 'gap'; readonly from: string; readonly to: string }
  /** A local time with no zone to read it in. */
  | { readonly kind: 'needs-zone' }
  /** Not an ISO 8601 date-time this format accepts; `reason` says why. */
  | { readonly kind: 'invalid'; readonly reason: string };

const MAX_READ = 10_000;
/** Reads by zone name ('' for none), then by the string read (no key is built per look-up). */
const reads = new Map<string, Map<string, ReadTime>>();
let kept = 0;

/**
 * Read an ISO 8601 date-time (`YYYY-MM-DDTHH:mm[:ss[.sss]][Z|±HH:MM]`).
 * Local times are read in `zone`; times with an offset ignore it. Each
 * (string, zone) is read once: validate() and resolve() read the same times.
 */
export function readTime(value: string, zone: IANAZone | null): ReadTime {
  const zoneName = zone?.name ?? '';
  let inZone = reads.get(zoneName);
  if (inZone === undefined) {
    inZone = new Map();
    reads.set(zoneName, inZone);
  }
  let read = inZone.get(value);
  if (read === undefined) {
    if (kept >= MAX_READ) {
      for (const other of reads.values()) other.clear();
      kept = 0;
    }
    read = readUncached(value, zone);
    inZone.set(value, read);
    kept++;
  }
  return read;
}

function readUncached(value: string, zone: IANAZone | null): ReadTime {
  const m = DATE_TIME.exec(value);
  if (!m) {
    return {
      kind: 'invalid',
      reason: /^\d{4}-\d{2}-\d{2}$/.test(value)
        ? 'has a date but no time; add the time, as in "2020-10-13T07:00"'
        : 'is not a date and time in the form "2020-10-13T07:00" (ISO 8601, optionally with an offset such as "+09:00" or "Z")',
    };
  }
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number, number];
  const second = m[6] === undefined ? 0 : Number(m[6]);
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  if (month < 1 || month > 12) return { kind: 'invalid', reason: `has month ${m[2]}; months run from 01 to 12` };
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    return { kind: 'invalid', reason: `has day ${m[3]}, but that month has ${daysInMonth} days` };
  }
  if (hour > 23) return { kind: 'invalid', reason: `has hour ${m[4]}; hours run from 00 to 23` };
  if (minute > 59 || second > 59) return { kind: 'invalid', reason: 'has minutes or seconds above 59' };

  const wall = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const offsetText = m[8];
  if (offsetText !== undefined) {
    const offsetMinutes = offsetText === 'Z' ? 0 : parseOffset(offsetText);
    if (Math.abs(offsetMinutes) > 18 * 60) {
      return { kind: 'invalid', reason: `has offset ${offsetText}; offsets lie between -18:00 and +18:00` };
    }
    return { kind: 'instant', ms: wall - offsetMinutes * MINUTE, offsetMinutes };
  }
  if (!zone) return { kind: 'needs-zone' };

  const instants = instantsOfWallTime(wall, zone);
  if (instants.length === 0) {
    const { from, to } = gapAround(wall, zone);
    return { kind: 'gap', from, to };
  }
  if (instants.length === 1) return { kind: 'local', ms: instants[0]! };
  const first = instants[0]!;
  const last = instants[instants.length - 1]!;
  return { kind: 'ambiguous', ms: first, laterMs: last, offsets: [offsetAt(zone, first), offsetAt(zone, last)] };
}

function parseOffset(text: string): number {
  const sign = text[0] === '-' ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

/** Every instant at which the clocks of `zone` show `wall` (a wall time written as UTC milliseconds). */
function instantsOfWallTime(wall: number, zone: Zone | string): number[] {
  // Any offset the zone could have at that wall time is the offset at some
  // instant within a day and a half of it. The zone is asked every six hours
  // over two days either side, at instants on a six-hour grid rather than
  // counted from the wall time: the times of one event share their probes, and
  // offsetAt has each of them at hand after the first time read.
  const offsets = new Set<number>();
  const first = Math.floor(wall / PROBE) * PROBE - 48 * HOUR;
  for (let probe = first; probe <= wall + 48 * HOUR; probe += PROBE) offsets.add(offsetAt(zone, probe));
  const found = new Set<number>();
  for (const offset of offsets) {
    const ms = wall - offset * MINUTE;
    if (offsetAt(zone, ms) === offset) found.add(ms);
  }
  return [...found].sort((a, b) => a - b);
}

/** The wall-clock jump around a skipped local time: clocks go from `from` to `to`. */
function gapAround(wall: number, zone: IANAZone): { from: string; to: string } {
  const change = jumpAround(wall, zone);
  return {
    from: wallClock(change + offsetAt(zone, change - MINUTE) * MINUTE),
    to: wallClock(change + offsetAt(zone, change) * MINUTE),
  };
}

/** The instant, to the minute, at which the clocks of `zone` jump over the skipped wall time `wall`. */
function jumpAround(wall: number, zone: Zone | string): number {
  const before = offsetAt(zone, wall - 36 * HOUR);
  const after = offsetAt(zone, wall + 36 * HOUR);
  // The change happens between these two instants; find it to the minute.
  let lo = wall - after * MINUTE - 36 * HOUR;
  let hi = wall - before * MINUTE + 36 * HOUR;
  const startOffset = offsetAt(zone, lo);
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
    if (offsetAt(zone, mid) === startOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The date of the instant `ms` in `zone`, as a number of days since 1970-01-01 on that zone's calendar. */
function localDate(ms: number, zone: Zone | string): number {
  return Math.floor((ms + offsetAt(zone, ms) * MINUTE) / DAY);
}

/**
 * The first instant of the local date `date` (days since 1970-01-01) in
 * `zone`: its midnight, or, where the clocks skip midnight (Santiago, Beirut
 * and Cairo go from 24:00 straight to 01:00), the moment they jump.
 */
function firstInstantOf(date: number, zone: Zone | string): number {
  const midnight = date * DAY;
  return instantsOfWallTime(midnight, zone)[0] ?? jumpAround(midnight, zone);
}

/**
 * When the local day of the instant `ms` begins in `zone` (an IANA zone or a
 * fixed offset): its midnight, or the moment the clocks jump over it.
 */
export function startOfLocalDay(ms: number, zone: Zone | string): number {
  return firstInstantOf(localDate(ms, zone), zone);
}

/**
 * When the local day of the instant `ms` ends in `zone`: the first instant of
 * the next date there. A day on which the clocks change lasts 23 or 25 hours:
 * its end is found from the zone's offsets, never 24 hours after its start.
 */
export function endOfLocalDay(ms: number, zone: Zone | string): number {
  return firstInstantOf(localDate(ms, zone) + 1, zone);
}

/**
 * When the local date `date` ("2026-11-18") begins and ends in `zone`: its
 * first instant and the first instant of the next date, as `startOfLocalDay`
 * and `endOfLocalDay` find them.
 */
export function localDayBounds(date: string, zone: Zone | string): readonly [start: number, end: number] {
  const day = Math.floor(Date.parse(date) / DAY);
  return [firstInstantOf(day, zone), firstInstantOf(day + 1, zone)];
}

/**
 * The instant on the local day of `day` in `zone` at which the clocks there
 * show the time of day they show at `timeOf`: 17:00 on a Sunday for an event
 * that ends at 17:00 on the Monday. Found from the zone's offsets on that day,
 * so that it is right on a day of 23 or 25 hours too; where the clocks show
 * that time twice, the first; where they skip it, the moment they jump.
 */
export function atTimeOfDay(day: number, timeOf: number, zone: Zone | string): number {
  const wallOfTimeOf = timeOf + offsetAt(zone, timeOf) * MINUTE;
  const timeOfDay = wallOfTimeOf - Math.floor(wallOfTimeOf / DAY) * DAY;
  const wall = localDate(day, zone) * DAY + timeOfDay;
  return instantsOfWallTime(wall, zone)[0] ?? jumpAround(wall, zone);
}

function wallClock(wallMs: number): string {
  const d = new Date(wallMs);
  return `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

/** `HH:mm` offset text: 330 → "+05:30", -660 → "-11:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
