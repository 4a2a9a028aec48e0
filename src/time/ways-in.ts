/**
 * Which way in is offered when: the event's `join` for the whole event, or,
 * when sessions have a `join` of their own, one way in per session with times
 * (its own join, else the event's), each with its window: from
 * `opensMinutesBefore` before the session's start to its end. The one link of
 * an event whose programme gives times is offered for each sitting (each
 * stretch of sessions without a break), as links of sessions are: it opens
 * again each morning and after lunch, and is not under way at night.
 */
import type { Join, PlenaryEvent, Session } from '../descriptor/resolve.js';
import { joinOpensAt, sessionEnds, sittings } from './phase.js';

const MINUTE = 60_000;

export interface WayIn {
  /** The session it leads to; undefined for the event's own way in. */
  readonly session?: Session;
  readonly join: Join;
  /** When the link appears, when the session (or event) starts and ends (ms). */
  readonly opens: number;
  readonly start: number;
  readonly end: number;
  /** The event's own way in, offered again after a break (a later sitting of a meeting of several days): it resumes, it does not start. */
  readonly resumes?: boolean;
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
  if (!event.sessions.some((s) => s.join)) return event.join ? eventWays(event, event.join) : [];
  const ways: WayIn[] = [];
  // A session without an end is offered until it ends as every element says it does (sessionEnds).
  const ends = sessionEnds(event);
  for (const [i, session] of event.sessions.entries()) {
    const join = session.join ?? event.join;
    const { start } = session;
    const end = ends[i];
    if (!join || start === undefined || end === undefined) continue;
    ways.push({ session, join, opens: start - join.opensMinutesBefore * MINUTE, start, end });
  }
  return ways.sort((a, b) => a.opens - b.opens || a.start - b.start);
}

/**
 * The event's one link. When its programme gives times, one way in per
 * sitting, each opening `opensMinutesBefore` before the sitting starts:
 * between the days of a meeting, and at a lunch break long enough for the
 * next window to be still closed, the meeting is not under way and the link
 * waits for the next window, as the link of a session does; nobody is sent to
 * an empty room at three in the morning, and the organizers' own
 * `opensMinutesBefore` is the time they give to test a connection. The first
 * sitting opens no later than the event's start and the last goes on to the
 * event's end, where the programme does not fill the event's hours. A
 * programme that gives no times keeps one window from before the start to the end.
 */
function eventWays(event: PlenaryEvent, join: Join): WayIn[] {
  const held = sittings(event);
  if (held.length === 0) return [{ join, opens: joinOpensAt(event), start: event.start, end: event.end }];
  const last = held.length - 1;
  return held.map((sitting, i) => {
    const start = i === 0 ? Math.min(sitting.start, event.start) : sitting.start;
    const end = i === last ? Math.max(sitting.end, event.end) : sitting.end;
    return { join, opens: start - join.opensMinutesBefore * MINUTE, start, end, resumes: i > 0 };
  });
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
