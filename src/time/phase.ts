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

/** The next instant (ms) after `now` at which the phase changes, or undefined when it never will. */
export function nextPhaseChange(event: Timed, now: number): number | undefined {
  if (event.status === 'cancelled' || event.status === 'postponed') return undefined;
  return [joinOpensAt(event), event.start, event.end].find((t) => t > now);
}
