/**
 * Which way in is offered when: the event's `join` for the whole event, or,
 * when sessions have a `join` of their own, one way in per session with times
 * (its own join, else the event's), each with its window: from
 * `opensMinutesBefore` before the session's start to its end.
 */
import type { Join, PlenaryEvent, Session } from '../descriptor/resolve.js';
import { joinOpensAt } from './phase.js';

const MINUTE = 60_000;

export interface WayIn {
  /** The session it leads to; undefined for the event's own way in. */
  readonly session?: Session;
  readonly join: Join;
  /** When the link appears, when the session (or event) starts and ends (ms). */
  readonly opens: number;
  readonly start: number;
  readonly end: number;
}

/** Where the join element is at an instant. */
export type JoinMoment =
  | { readonly kind: 'cancelled' | 'postponed' | 'ended' }
  /** No way in at all (no `join`), or none left before the end. */
  | { readonly kind: 'none' }
  /** Before `way`'s window; `after`: a way in that ended earlier the same day (between sessions). */
  | { readonly kind: 'upcoming'; readonly way: WayIn; readonly after?: WayIn }
  | { readonly kind: 'open' | 'live'; readonly way: WayIn };

/** The ways in of each event read, worked out once however many elements and renders ask. */
const known = new WeakMap<PlenaryEvent, readonly WayIn[]>();

/** The ways in of `event`, in order of opening; a session's own `join` turns on one per session. */
export function waysIn(event: PlenaryEvent): readonly WayIn[] {
  let ways = known.get(event);
  if (!ways) {
    ways = findWays(event);
    known.set(event, ways);
  }
  return ways;
}

function findWays(event: PlenaryEvent): readonly WayIn[] {
  if (!event.sessions.some((s) => s.join)) {
    return event.join ? [{ join: event.join, opens: joinOpensAt(event), start: event.start, end: event.end }] : [];
  }
  const ways: WayIn[] = [];
  for (const session of event.sessions) {
    const join = session.join ?? event.join;
    const { start, end } = session;
    if (!join || start === undefined || end === undefined) continue;
    ways.push({ session, join, opens: start - join.opensMinutesBefore * MINUTE, start, end });
  }
  return ways.sort((a, b) => a.opens - b.opens || a.start - b.start);
}

/**
 * The way in at `now`: the one whose session is under way (the latest started,
 * when two overlap), else one whose window is open, else the next to open.
 * `sameDay(a, b)` says whether two instants fall on one day for the visitor.
 */
export function joinMomentAt(event: PlenaryEvent, now: number, sameDay: (a: number, b: number) => boolean, ways = waysIn(event)): JoinMoment {
  if (event.status === 'cancelled' || event.status === 'postponed') return { kind: event.status };
  if (now >= event.end) return { kind: 'ended' };
  let live: WayIn | undefined;
  let open: WayIn | undefined;
  let next: WayIn | undefined;
  let after: WayIn | undefined;
  for (const way of ways) {
    if (now >= way.end) {
      if (!after || way.end > after.end) after = way;
    } else if (now >= way.start) {
      if (!live || way.start > live.start) live = way;
    } else if (now >= way.opens) {
      open ??= way;
    } else {
      next ??= way;
    }
  }
  if (live) return { kind: 'live', way: live };
  if (open) return { kind: 'open', way: open };
  if (!next) return { kind: 'none' };
  return after && sameDay(after.end, next.opens) ? { kind: 'upcoming', way: next, after } : { kind: 'upcoming', way: next };
}

/** The instants at which the moment can change after `now`: every window's opening, start and end, and the event's end. */
export function wayBoundaries(event: PlenaryEvent, ways = waysIn(event)): number[] {
  return [...ways.flatMap((w) => [w.opens, w.start, w.end]), event.end];
}
