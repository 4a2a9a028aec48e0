/**
 * The schedule's rows: the event's start and end in each zone, with the local
 * dates and the day shift against the organisers' date.
 */
import type { DateTime, Zone } from 'luxon';
import { zoneNamed } from './zones.js';
import { dayShift } from './format.js';

export interface ZoneTimes {
  readonly zone: Zone;
  readonly start: DateTime;
  readonly end: DateTime;
  /** Days between the organisers' start date and this row's start date: −1, 0, +1. */
  readonly startShift: number;
  /** Days between the organisers' start date and this row's end date. */
  readonly endShift: number;
}

/** The event's times in `zoneId` (an IANA name), or undefined for a zone the browser does not know. */
export function timesIn(zoneId: string, start: DateTime, end: DateTime): ZoneTimes | undefined {
  const zone = zoneNamed(zoneId);
  if (!zone) return undefined;
  return {
    zone,
    start: start.setZone(zone),
    end: end.setZone(zone),
    startShift: dayShift(start, zone, start),
    endShift: dayShift(end, zone, start),
  };
}
