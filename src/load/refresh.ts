/**
 * How often a descriptor loaded from `src` is asked for again while the page is
 * open: the `refresh` attribute read, and the pace it gives for an event.
 * Pure functions; the timers live with the requests (request.ts).
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { joinOpensAt, type Timed } from '../time/phase.js';
import { waysIn } from '../time/ways-in.js';

/** What one element wants: the automatic pace, never, or a fixed interval in milliseconds. */
export type RefreshWish = 'auto' | 'off' | number;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** No interval is shorter than this, whatever `refresh` says. */
export const MIN_INTERVAL = 15 * SECOND;
/** The automatic pace before the join window opens, and once it is open. */
export const AHEAD_INTERVAL = 10 * MINUTE;
export const OPEN_INTERVAL = 2 * MINUTE;

/** Values of `refresh` already warned about, so each is said once per page. */
const warned = new Set<string>();

/**
 * The `refresh` attribute: absent is automatic, `off` is never, a number is that
 * many seconds (at least 15). Anything else is warned about once and read as automatic.
 */
export function readRefresh(value: unknown): RefreshWish {
  if (value === undefined || value === null) return 'auto';
  const text = String(value).trim();
  if (text.toLowerCase() === 'off') return 'off';
  const seconds = text === '' ? NaN : Number(text);
  if (Number.isFinite(seconds) && seconds > 0) return Math.max(seconds * SECOND, MIN_INTERVAL);
  if (!warned.has(text)) {
    warned.add(text);
    console.warn(`Plenary: refresh="${text}" is neither "off" nor a number of seconds; the descriptor is refreshed at the automatic pace.`);
  }
  return 'auto';
}

/**
 * When (ms) to ask again for the descriptor of `event`, last asked for at
 * `last`, for one element's wish; undefined for never. Never once the event
 * has ended; a cancelled one at the slow pace until then (a cancellation may
 * be withdrawn, and a page left open must not keep saying it); a postponed
 * one at the slow pace whatever its times say, as it may be rescheduled. Automatic: every
 * 10 minutes outside the join windows, every 2 minutes inside one (and once as
 * each opens, so the link shown is the latest). The windows are the event's,
 * or, when sessions have links of their own, each session's: a meeting of
 * three days is not asked for every 2 minutes through its nights.
 */
export function nextRefreshAt(event: PlenaryEvent, last: number, now: number, wish: RefreshWish): number | undefined {
  if (wish === 'off') return undefined;
  if (event.status === 'postponed') return last + (wish === 'auto' ? AHEAD_INTERVAL : wish);
  let at = last + (wish === 'auto' ? AHEAD_INTERVAL : wish);
  if (wish === 'auto' && event.status !== 'cancelled') {
    const soon = at;
    for (const way of waysIn(event)) {
      if (way.end > last && soon >= way.opens) at = Math.min(at, Math.max(way.opens, last + OPEN_INTERVAL));
    }
    // An event with no way in at all: its own window, from when a link would open.
    const opens = joinOpensAt(event);
    if (waysIn(event).length === 0 && soon >= opens) at = Math.max(opens, last + OPEN_INTERVAL);
  }
  return at < event.end && now < event.end ? at : undefined;
}

/** Whether `event` is still worth asking for now (not ended, or postponed) under some wish other than `off`. */
export function worthRefreshing(event: Timed, now: number, wishes: Iterable<RefreshWish>): boolean {
  if (event.status !== 'postponed' && now >= event.end) return false;
  for (const wish of wishes) if (wish !== 'off') return true;
  return false;
}
