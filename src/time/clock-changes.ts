/**
 * When clocks change around an event: the changes that make times written
 * today wrong by the day of the event, the changes during it, and the weeks in
 * which two zones are an unusual distance apart (New York and Rome are 5 hours
 * apart for three weeks in March, not 6). Found from the zones' own offsets,
 * never from a table of dates.
 */
import { OFFSET_STEP, offsetAt } from './zones.js';

const DAY = 86_400_000;
const WEEK = 7 * DAY;

export interface ClockChange {
  readonly zone: string;
  /** `before`: between now and the start, so the offset at the event is not today's; `during`: between the start and the end. */
  readonly when: 'before' | 'during';
  /** The first instant (ms) of the new offset. */
  readonly at: number;
  /** The offset from then on, in minutes east of UTC. */
  readonly offset: number;
}

/** Two zones that are, at the event, a distance apart they keep for only a few weeks of the year. */
export interface UnusualGap {
  /** The zone whose clocks are behind. */
  readonly behind: string;
  readonly ahead: string;
  /** How far behind, in minutes, at the event. */
  readonly minutes: number;
  /** The distances the two keep for most of the year, in minutes, smallest first. */
  readonly usual: readonly number[];
}

/**
 * The clock changes of `zones` that matter to an event from `start` to `end`:
 * the last one before the start, when the offset then is not the offset at
 * `now` (only when `now` is before the start); and the first during the event.
 * At most one of each per zone.
 */
export function clockChanges(zones: readonly string[], start: number, end: number, now?: number): ClockChange[] {
  const changes: ClockChange[] = [];
  for (const zone of unique(zones)) {
    const atStart = offsetAt(zone, start);
    if (Number.isNaN(atStart)) continue;
    if (now !== undefined && now < start && offsetAt(zone, now) !== atStart) {
      // Step back from the start a week at a time to the last instant with another offset.
      let before = start - WEEK;
      while (before > now && offsetAt(zone, before) === atStart) before -= WEEK;
      changes.push({ zone, when: 'before', at: firstOf(zone, Math.max(before, now), start), offset: atStart });
    }
    if (offsetAt(zone, end) !== atStart) {
      const at = firstOf(zone, start, end);
      changes.push({ zone, when: 'during', at, offset: offsetAt(zone, at) });
    }
  }
  return changes;
}

/** How many weekly samples a distance may hold, of the year's 53, and still be the weeks between two changes. */
const FEW_WEEKS = 6;
/** How many a distance must hold to be usual: a quarter of the year. */
const MOST_WEEKS = 13;

/**
 * Pairs of `zones` whose distance at `at` holds for at most six weeks of the
 * year around it (sampled weekly), while other distances hold for at least a
 * quarter of it: the weeks between two zones' clock changes.
 */
export function unusualGaps(zones: readonly string[], at: number): UnusualGap[] {
  const names = unique(zones).filter((z) => !Number.isNaN(offsetAt(z, at)));
  const offsets = new Map(names.map((z) => [z, weeklyOffsets(z, at)]));
  const gaps: UnusualGap[] = [];
  names.forEach((a, i) => {
    for (const b of names.slice(i + 1)) {
      const counts = new Map<number, number>();
      offsets.get(a)!.forEach((offset, k) => {
        const distance = offsets.get(b)![k]! - offset;
        counts.set(distance, (counts.get(distance) ?? 0) + 1);
      });
      const now = offsetAt(b, at) - offsetAt(a, at);
      const usual = [...counts].filter(([, n]) => n >= MOST_WEEKS).map(([d]) => d);
      if ((counts.get(now) ?? 0) > FEW_WEEKS || usual.length === 0) continue;
      // Said of the zone that is behind, with distances as positive numbers.
      const flip = now < 0;
      gaps.push({
        behind: flip ? b : a,
        ahead: flip ? a : b,
        minutes: Math.abs(now),
        usual: usual.map((d) => (flip ? -d : d)).sort((x, y) => x - y),
      });
    }
  });
  return gaps;
}

/**
 * `zones` with each clock once, for what is said about clocks around an event
 * from `start` to `end`: a zone is left out when one before it keeps the same
 * clock, so that all said of it is said of the other: the same offset every
 * week of the year around the start (the same distances to every other zone,
 * usual and unusual), and the same changes from `now` to the end, to the
 * millisecond. Zurich beside Rome; not Beirut beside Jerusalem, whose clocks
 * change two days apart.
 */
export function oneZoneEachClock(zones: readonly string[], start: number, end: number, now?: number): string[] {
  const listed = unique(zones);
  // Only zones at one offset at the start can keep one clock; a zone alone at its offset is kept without a look at its year.
  const offsets = listed.map((zone) => offsetAt(zone, start));
  const clocks = new Set<string>();
  return listed.filter((zone, i) => {
    if (offsets.indexOf(offsets[i]!) === offsets.lastIndexOf(offsets[i]!)) return true;
    const changes = clockChanges([zone], start, end, now).map((c) => `${c.when} ${c.at} ${c.offset}`);
    const clock = [...weeklyOffsets(zone, start), ...changes].join(' ');
    if (clocks.has(clock)) return false;
    clocks.add(clock);
    return true;
  });
}

/** The offsets of `zone` once a week for the year around `at`, 26 weeks each side. */
function weeklyOffsets(zone: string, at: number): number[] {
  // Sampled on offsetAt's grid (one look-up each, not two).
  const sampled = Math.floor(at / OFFSET_STEP) * OFFSET_STEP;
  return Array.from({ length: 53 }, (_, i) => offsetAt(zone, sampled + (i - 26) * WEEK));
}

/** The first instant in (`from`, `to`] at which `zone`'s offset is no longer its offset at `from` (to the millisecond). */
function firstOf(zone: string, from: number, to: number): number {
  const offset = offsetAt(zone, from);
  let lo = from;
  let hi = to;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(zone, mid) === offset) lo = mid;
    else hi = mid;
  }
  return hi;
}

function unique(zones: readonly string[]): string[] {
  return [...new Set(zones)];
}
