/**
 * `plenary/luxon.js`: the resolved event's times as luxon `DateTime`s, for apps
 * that work with luxon. Plenary's elements never import this module, so luxon's
 * `DateTime` stays out of the pages that only show an event.
 *
 * ```js
 * import { resolveWithDateTimes, toDateTime } from 'plenary/luxon.js';
 * const event = resolveWithDateTimes(json);
 * event.start.toFormat('cccc d LLLL, HH:mm ZZZZ');   // in the organizers' zone
 * event.start.setZone('Asia/Seoul').hour;
 * ```
 */
import { DateTime } from 'luxon';
import { resolve } from './descriptor/read.js';
import type { PlenaryEvent, ResolveOptions, Session } from './descriptor/resolve.js';
import type { Instant, ZoneId } from './descriptor/types.js';
import { zoneFor } from './time/zones.js';

/** A session whose times are luxon DateTimes in the event's zone. */
export interface DateTimeSession extends Omit<Session, 'start' | 'end'> {
  readonly start?: DateTime;
  readonly end?: DateTime;
}

/** A resolved event whose times (its own and its sessions') are luxon DateTimes in the event's zone. */
export interface DateTimeEvent extends Omit<PlenaryEvent, 'start' | 'end' | 'sessions'> {
  readonly start: DateTime;
  readonly end: DateTime;
  readonly sessions: readonly DateTimeSession[];
}

/**
 * The instant `instant` (ms since the epoch) as a luxon DateTime in `zone`: an
 * IANA id, or a resolved event's fixed-offset zone (`UTC+9`). A zone neither
 * luxon nor the browser knows gives an invalid DateTime, as luxon's own do.
 */
export function toDateTime(instant: Instant, zone: ZoneId): DateTime {
  return DateTime.fromMillis(instant, { zone: zoneFor(zone) ?? zone });
}

/** `resolve()`, with the event's and every session's start and end as luxon DateTimes in the event's zone. */
export function resolveWithDateTimes(json: unknown, options: ResolveOptions = {}): DateTimeEvent {
  return withDateTimes(resolve(json, options));
}

/** A resolved event with its times as luxon DateTimes in its zone (`timeZone`). */
export function withDateTimes(event: PlenaryEvent): DateTimeEvent {
  const at = (ms: Instant) => toDateTime(ms, event.timeZone);
  return {
    ...event,
    start: at(event.start),
    end: at(event.end),
    sessions: event.sessions.map(({ start, end, ...session }) => ({
      ...session,
      ...(start === undefined ? {} : { start: at(start) }),
      ...(end === undefined ? {} : { end: at(end) }),
    })),
  };
}
