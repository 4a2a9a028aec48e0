import { expect } from '@open-wc/testing';
import { IANAZone } from 'luxon';
import { offsetAt } from './zones.js';

// offsetAt keeps each zone's offsets on a grid of instants. Here its answers are
// compared with luxon's zone asked afresh each time (a new IANAZone, no grid):
// the engine is the reference, so this tests the cache, not the time-zone rules
// (those are tested with values from the time-zone table elsewhere).

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** luxon's offset, asked of a zone of its own (luxon keeps no offsets between calls). */
const engines = new Map<string, IANAZone>();
function engine(zone: string, ms: number): number {
  let z = engines.get(zone);
  if (!z) engines.set(zone, (z = new IANAZone(zone)));
  return z.offset(ms);
}

/** The instants in [from, to) at which the zone's offset changes, to the millisecond (found by days, then halving). */
function changes(zone: string, from: number, to: number): number[] {
  const found: number[] = [];
  let before = engine(zone, from);
  for (let t = from + DAY; t < to; t += DAY) {
    const after = engine(zone, t);
    if (after !== before) {
      let lo = t - DAY;
      let hi = t;
      while (hi - lo > 1) {
        const mid = lo + Math.floor((hi - lo) / 2);
        if (engine(zone, mid) === before) lo = mid;
        else hi = mid;
      }
      found.push(hi);
    }
    before = after;
  }
  return found;
}

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

// The years around the changes these zones are known for: local mean time left
// (Kathmandu 1920, at 18:18:44 UTC, off any quarter hour), Kathmandu's move to
// +5:45 (1986), Samoa's jump over 30 December 2011, Fiji's and Santiago's
// changing rules, Lord Howe's half-hour summer time.
const WINDOWS: Array<[string, string]> = [
  ['1919-06-01', '1921-01-01'],
  ['1985-06-01', '1987-01-01'],
  ['2009-01-01', '2017-01-01'],
  ['2021-01-01', '2023-01-01'],
];
const ZONES = ['America/New_York', 'Europe/Rome', 'Australia/Lord_Howe', 'Asia/Kathmandu', 'Pacific/Fiji', 'America/Santiago', 'Pacific/Apia'];

describe('offsetAt against luxon uncached', () => {
  for (const zone of ZONES) {
    it(`gives ${zone} the engine's offset at every instant near each change, asked in any order`, () => {
      const next = random(zone.length * 7919);
      const instants: number[] = [];
      let count = 0;
      for (const [from, to] of WINDOWS) {
        for (const change of changes(zone, Date.parse(`${from}T00:00Z`), Date.parse(`${to}T00:00Z`))) {
          count++;
          for (const d of [0, 1, -1, 1000, -1000, MINUTE, -MINUTE, 15 * MINUTE, -15 * MINUTE, 30 * MINUTE, -30 * MINUTE]) instants.push(change + d);
          // Every 7 min 31.123 s for six hours either side, and instants at random within a day either side.
          for (let k = -48; k <= 48; k++) instants.push(change + k * 451_123);
          for (let k = 0; k < 40; k++) instants.push(change + Math.floor((next() * 2 - 1) * DAY));
        }
        // And instants at random through the window, away from changes.
        const start = Date.parse(`${from}T00:00Z`);
        const span = Date.parse(`${to}T00:00Z`) - start;
        for (let k = 0; k < 200; k++) instants.push(start + Math.floor(next() * span));
      }
      // Samoa's jump is in the 2011 window; every zone here changes its clocks at least once in these years.
      expect(count, `changes found in ${zone}`).to.be.greaterThan(0);
      // Shuffled, so the grid is filled in a different order than the instants run; then asked again, from the grid.
      for (let i = instants.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [instants[i], instants[j]] = [instants[j]!, instants[i]!];
      }
      const wrong: string[] = [];
      for (const pass of [1, 2]) {
        for (const ms of instants) {
          const cached = offsetAt(zone, ms);
          const expected = engine(zone, ms);
          if (cached !== expected && wrong.length < 5) wrong.push(`pass ${pass}, ${new Date(ms).toISOString()}: ${cached}, the engine says ${expected}`);
        }
      }
      expect(wrong).to.deep.equal([]);
    });
  }
});
