import { atTimeOfDay, endOfLocalDay, startOfLocalDay } from './instant.js';

/**
 * The phase of an event at an instant: before the join window, window open,
 * live, ended; or cancelled / postponed whatever the time.
 */
export type Phase = 'upcoming' | 'open' | 'live' | 'ended' | 'cancelled' | 'postponed';

export interface Timed {
  /** Start and end, in ms since the epoch. */
  readonly start: number;
  readonly end: number;
  readonly status: string;
  readonly join?: { readonly opensMinutesBefore: number };
}

const MINUTE = 60_000;
/** How long after midnight a programme that runs on is still the same day's: a next item or an end by 4:00. */
const SMALL_HOURS = 4 * 60 * MINUTE;

/** When the join link appears (ms): `opensMinutesBefore` (default 30) before the start. */
export function joinOpensAt(event: Timed): number {
  return event.start - (event.join?.opensMinutesBefore ?? 30) * MINUTE;
}

export function phaseAt(event: Timed, now: number): Phase {
  if (event.status === 'cancelled') return 'cancelled';
  if (event.status === 'postponed') return 'postponed';
  if (now >= event.end) return 'ended';
  if (now >= event.start) return 'live';
  if (now >= joinOpensAt(event)) return 'open';
  return 'upcoming';
}

/** The kinds of link offered only at some moments (see `linkOffered`). */
const TIMED_LINKS: readonly string[] = ['recording', 'registration'];

/**
 * Whether a link of `kind` is offered at `now`, by every element that shows
 * one. A recording once the event has taken place: it has ended, and was
 * neither cancelled nor postponed, as the join action offers it in the place
 * of its link; never "Watch the recording" a week before the event. A
 * registration until the event ends, and not for a cancelled event: nobody is
 * asked to register for what is over or will not take place (a postponed
 * event keeps it, for its new date). Every other kind always.
 */
export function linkOffered(kind: string, event: Timed, now: number): boolean {
  if (kind === 'recording') return phaseAt(event, now) === 'ended';
  if (kind === 'registration') return phaseAt(event, now) !== 'ended' && event.status !== 'cancelled';
  return true;
}

/** The next instant after `now` at which a link of `kinds` appears or goes (the event's end), or undefined when none will. */
export function nextLinkChange(event: Timed, kinds: readonly string[], now: number): number | undefined {
  if (event.status === 'cancelled' || event.status === 'postponed' || !kinds.some((k) => TIMED_LINKS.includes(k))) return undefined;
  return event.end > now ? event.end : undefined;
}

/** A session's times, in ms since the epoch. */
interface SessionTimes {
  readonly start?: number;
  readonly end?: number;
}

/** A programme: its sessions, the event's end (ms) and the organizers' zone, whose days the sessions keep. */
export interface Programme<S extends SessionTimes = SessionTimes> {
  readonly sessions: readonly S[];
  readonly end: number;
  readonly timeZone: string;
}

/**
 * The ends of each programme's sessions, worked out once however many elements
 * and renders ask: kept with its list of sessions, which the event and the
 * callers that pass its parts (the hours of its days, in each zone shown) share.
 */
const known = new WeakMap<readonly SessionTimes[], { readonly end: number; readonly timeZone: string; readonly ends: readonly (number | undefined)[] }>();

/**
 * When each session of the programme ends, in its order (undefined for a
 * session without a start); the one rule every element follows for a session
 * that gives no end. It lasts until what comes next: the next session's start
 * (the earliest later start, in whatever order the programme lists them), or,
 * for the last session, the event's end; when that comes the same day or in
 * the small hours after its midnight (a programme that runs on past midnight,
 * the days being the organizers' dates in the event's zone). When a night
 * falls before it, the day closes when that day's sessions end; else at the
 * hour the event ends (17:00 each day of a meeting that ends at 17:00), when
 * that hour comes after the session's start that day; else at midnight. A
 * reception at 17:00 with no end is not under way at 3:00 in the morning
 * because the next session starts only at 9:00; a panel at 23:30 of a webinar
 * that ends at 1:00 is; working groups at 14:00 of a meeting that ends at
 * 17:00 are under way until 17:00, not until midnight: the hours the meeting
 * keeps, not an hour nobody gave.
 */
export function sessionEnds(programme: Programme): readonly (number | undefined)[] {
  const { sessions, end, timeZone } = programme;
  const kept = known.get(sessions);
  if (kept && kept.end === end && kept.timeZone === timeZone) return kept.ends;
  const ends = findEnds(programme);
  known.set(sessions, { end, timeZone, ends });
  return ends;
}

function findEnds({ sessions, end: eventEnd, timeZone }: Programme): Array<number | undefined> {
  const starts = [...new Set(sessions.flatMap((s) => (s.start === undefined ? [] : [s.start])))].sort((a, b) => a - b);
  return sessions.map(({ start, end }) => {
    if (start === undefined || end !== undefined) return end;
    const dayEnd = endOfLocalDay(start, timeZone);
    // What comes next: the next session's start, or, after the last, the event's end.
    const next = starts[firstAfter(starts, start)] ?? eventEnd;
    // The same day, or a programme that runs on past midnight (the next item at 00:15, the end at 1:00).
    if (next <= dayEnd + SMALL_HOURS) return next;
    // A night falls before it: the day closes when its sessions end, else at the hour the event ends, else at midnight.
    const dayStart = startOfLocalDay(start, timeZone);
    let latest = start;
    for (const s of sessions) if (s.start !== undefined && s.end !== undefined && s.start >= dayStart && s.start < dayEnd && s.end > latest) latest = s.end;
    if (latest > start) return Math.min(latest, dayEnd);
    // That day at the hour the event ends, found from the zone's offsets that day (it may have 23 or 25 hours).
    const closing = atTimeOfDay(start, eventEnd, timeZone);
    return closing > start && closing < dayEnd ? closing : dayEnd;
  });
}

/** The index of the first of the ascending `times` after `t` (their length when none is). */
function firstAfter(times: readonly number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! > t) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The sessions under way at `now`, in the programme's order (parallel ones
 * together): each one started and not yet ended, a session without an end
 * ending as `sessionEnds` says.
 */
export function sessionsUnderWay<S extends SessionTimes>(programme: Programme<S>, now: number): S[] {
  const ends = sessionEnds(programme);
  return programme.sessions.filter((s, i) => s.start !== undefined && s.start <= now && now < ends[i]!);
}

/** A stretch of time (ms) during which some session of a programme is under way. */
export interface Sitting {
  readonly start: number;
  readonly end: number;
}

/**
 * The sittings of a programme, in order: the times its sessions are under way
 * (a session without an end ending as `sessionEnds` says), sessions that
 * overlap or follow one another without a gap joined into one. Between two
 * sittings the meeting is not under way: at night, over a weekend, at lunch.
 * Empty for a programme that gives no times.
 */
export function sittings(programme: Programme): Sitting[] {
  const ends = sessionEnds(programme);
  const spans = programme.sessions
    .flatMap((s, i) => (s.start === undefined || !(ends[i]! > s.start) ? [] : [{ start: s.start, end: ends[i]! }]))
    .sort((a, b) => a.start - b.start);
  const joined: Array<{ start: number; end: number }> = [];
  for (const span of spans) {
    const last = joined.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push({ ...span });
  }
  return joined;
}

/**
 * Whether `now` falls between the sittings of a programme that gives times: a
 * live meeting of several days is not under way at night, over a weekend or
 * during the lunch break. Before its first sitting and after its last, the
 * event's own start and end say whether it is under way (a programme that
 * begins at 9:30 in an event that opens at 9:00), as they do for its one link.
 */
export function betweenSessions(programme: Programme, now: number): boolean {
  const held = sittings(programme);
  if (held.length === 0 || now < held[0]!.start || now >= held.at(-1)!.end) return false;
  return sessionsUnderWay(programme, now).length === 0;
}

/** The earliest of `times` after `now`, or undefined when none is (when an element's rendering next changes by itself). */
export function nextAfter(now: number, times: Iterable<number | undefined>): number | undefined {
  let next: number | undefined;
  for (const t of times) if (t !== undefined && t > now && (next === undefined || t < next)) next = t;
  return next;
}

/** The next instant (ms) after `now` at which the phase changes, or undefined when it never will. */
export function nextPhaseChange(event: Timed, now: number): number | undefined {
  if (event.status === 'cancelled' || event.status === 'postponed') return undefined;
  return [joinOpensAt(event), event.start, event.end].find((t) => t > now);
}
