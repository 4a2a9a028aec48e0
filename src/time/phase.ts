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

/**
 * The sessions under way at `now`, in the programme's order (parallel ones
 * together): each one started and not yet ended; one without an end lasts
 * until the next session starts (the earliest later start, in whatever order
 * the programme lists them).
 */
export function sessionsUnderWay<S extends { readonly start?: number; readonly end?: number }>(sessions: readonly S[], now: number): S[] {
  return sessions.filter((s) => {
    const start = s.start;
    if (start === undefined || start > now) return false;
    // The earliest later start, wherever the list has it.
    const end = s.end ?? sessions.reduce((next, n) => (n.start !== undefined && n.start > start && n.start < next ? n.start : next), Infinity);
    return now < end;
  });
}

/**
 * Whether `now` falls between the sessions of a programme that gives times: a
 * live meeting of several days is not under way at night, over a weekend or
 * during the lunch break.
 */
export function betweenSessions(sessions: readonly { readonly start?: number; readonly end?: number }[], now: number): boolean {
  return sessions.some((s) => s.start !== undefined) && sessionsUnderWay(sessions, now).length === 0;
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
