import { expect } from '@open-wc/testing';
import { clockChanges, oneZoneEachClock, unusualGaps } from './clock-changes.js';
import { offsetLookups } from '../../test/helpers.js';

// Expected values from the tz database's tables (zdump -v), written by hand:
//   America/New_York   2026-03-08 07:00 UTC  EST −5 → EDT −4;  2026-11-01 06:00 UTC  EDT → EST
//   Europe/Rome        2026-03-29 01:00 UTC  CET +1 → CEST +2; 2026-10-25 01:00 UTC  CEST → CET
//   America/Santiago   2026-09-06 04:00 UTC  −4 → −3
//   Australia/Sydney   2026-10-03 16:00 UTC  AEST +10 → AEDT +11
//   Australia/Lord_Howe 2026-10-03 15:30 UTC +10:30 → +11
//   Pacific/Fiji       2019-11-09 14:00 UTC  +12 → +13 (Fiji no longer changes its clocks)
//   Europe/Zurich      as Europe/Rome
//   Asia/Jerusalem     2026-03-27 00:00 UTC  IST +2 → IDT +3
//   Asia/Beirut        2026-03-28 22:00 UTC  EET +2 → EEST +3
//   Asia/Seoul, Africa/Nairobi, Asia/Kolkata, Africa/Lagos (+1): no change since long before 2019.
const at = (iso: string) => Date.parse(iso);

describe('clockChanges', () => {
  it('finds the change between now and the event in each zone that has one', () => {
    const start = at('2026-03-17T14:00Z');
    expect(clockChanges(['America/New_York', 'Europe/Rome', 'Asia/Seoul'], start, start + 2 * 3_600_000, at('2026-02-01T00:00Z'))).to.deep.equal([
      { zone: 'America/New_York', when: 'before', at: at('2026-03-08T07:00Z'), offset: -240 },
    ]);
  });

  it('finds the last change when there were two since now, and none when the offset is back to today\'s', () => {
    const june = at('2026-06-15T12:00Z');
    expect(clockChanges(['Europe/Rome'], june, june + 3_600_000, at('2025-12-01T00:00Z'))).to.deep.equal([
      { zone: 'Europe/Rome', when: 'before', at: at('2026-03-29T01:00Z'), offset: 120 },
    ]);
    // From one winter to the next: two changes, and the offset is the same again.
    const december = at('2026-12-01T12:00Z');
    expect(clockChanges(['Europe/Rome', 'America/New_York'], december, december + 3_600_000, at('2026-01-10T00:00Z'))).to.deep.equal([]);
  });

  it('finds southern-hemisphere changes: Santiago, Sydney, and Fiji when it still changed', () => {
    expect(clockChanges(['America/Santiago'], at('2026-09-15T14:00Z'), at('2026-09-15T16:00Z'), at('2026-08-01T00:00Z'))).to.deep.equal([
      { zone: 'America/Santiago', when: 'before', at: at('2026-09-06T04:00Z'), offset: -180 },
    ]);
    expect(clockChanges(['Australia/Sydney'], at('2026-10-20T00:00Z'), at('2026-10-20T02:00Z'), at('2026-09-01T00:00Z'))).to.deep.equal([
      { zone: 'Australia/Sydney', when: 'before', at: at('2026-10-03T16:00Z'), offset: 660 },
    ]);
    expect(clockChanges(['Pacific/Fiji'], at('2019-12-10T00:00Z'), at('2019-12-10T02:00Z'), at('2019-10-01T00:00Z'))).to.deep.equal([
      { zone: 'Pacific/Fiji', when: 'before', at: at('2019-11-09T14:00Z'), offset: 780 },
    ]);
  });

  it("finds Lord Howe Island's half-hour change", () => {
    expect(clockChanges(['Australia/Lord_Howe'], at('2026-10-20T00:00Z'), at('2026-10-20T02:00Z'), at('2026-09-01T00:00Z'))).to.deep.equal([
      { zone: 'Australia/Lord_Howe', when: 'before', at: at('2026-10-03T15:30Z'), offset: 660 },
    ]);
  });

  it('finds a change during a meeting of several days', () => {
    expect(clockChanges(['Europe/Rome', 'America/New_York'], at('2026-03-27T08:00Z'), at('2026-03-31T16:00Z'))).to.deep.equal([
      { zone: 'Europe/Rome', when: 'during', at: at('2026-03-29T01:00Z'), offset: 120 },
    ]);
  });

  it('finds nothing in zones that keep one offset, nor once the event has begun', () => {
    expect(clockChanges(['Asia/Seoul', 'Africa/Nairobi', 'Asia/Kolkata'], at('2026-03-17T14:00Z'), at('2026-03-31T16:00Z'), at('2025-11-01T00:00Z'))).to.deep.equal([]);
    expect(clockChanges(['America/New_York'], at('2026-03-17T14:00Z'), at('2026-03-17T16:00Z'), at('2026-03-17T15:00Z'))).to.deep.equal([]);
  });
});

describe('unusualGaps', () => {
  it('finds the March weeks when New York is 5 hours behind Rome, not 6', () => {
    expect(unusualGaps(['America/New_York', 'Europe/Rome'], at('2026-03-17T14:00Z'))).to.deep.equal([
      { behind: 'America/New_York', ahead: 'Europe/Rome', minutes: 300, usual: [360] },
    ]);
    // Said the same way whichever zone is listed first.
    expect(unusualGaps(['Europe/Rome', 'America/New_York'], at('2026-03-17T14:00Z'))).to.deep.equal([
      { behind: 'America/New_York', ahead: 'Europe/Rome', minutes: 300, usual: [360] },
    ]);
  });

  it('finds the week between the European and the American change in autumn', () => {
    expect(unusualGaps(['America/New_York', 'Europe/Rome', 'Asia/Seoul'], at('2026-10-28T13:00Z'))).to.deep.equal([
      { behind: 'America/New_York', ahead: 'Europe/Rome', minutes: 300, usual: [360] },
    ]);
  });

  it('finds nothing in the rest of the year, nor for zones that keep one offset', () => {
    expect(unusualGaps(['America/New_York', 'Europe/Rome'], at('2026-04-15T13:00Z'))).to.deep.equal([]);
    expect(unusualGaps(['America/New_York', 'Europe/Rome'], at('2026-11-10T13:00Z'))).to.deep.equal([]);
    expect(unusualGaps(['Asia/Seoul', 'Africa/Nairobi', 'Asia/Kolkata'], at('2026-03-17T14:00Z'))).to.deep.equal([]);
    // New York and Seoul: 13 hours apart in summer, 14 in winter, each for months.
    expect(unusualGaps(['America/New_York', 'Asia/Seoul'], at('2026-03-17T14:00Z'))).to.deep.equal([]);
  });

  it('reads each zone once a week of the year, one look-up a week', () => {
    // An instant off the quarter hours; Cayenne and Dhaka are read nowhere else in this file.
    let gaps: unknown;
    const lookups = offsetLookups(() => (gaps = unusualGaps(['America/Cayenne', 'Asia/Dhaka'], at('2026-05-05T10:07:30Z'))));
    expect(gaps).to.deep.equal([]);
    // 53 weeks × 2 zones, and the instant itself in each: not two look-ups a week (over 200).
    expect(lookups).to.be.below(125);
  });
});

describe('oneZoneEachClock', () => {
  it('keeps the first of zones that keep the same clock all year, in the order given', () => {
    const start = at('2026-03-17T14:00Z');
    expect(oneZoneEachClock(['Europe/Zurich', 'America/New_York', 'Europe/Rome'], start, start + 3_600_000, at('2026-02-01T00:00Z'))).to.deep.equal(['Europe/Zurich', 'America/New_York']);
    expect(oneZoneEachClock(['Europe/Rome', 'Europe/Zurich'], start, start + 3_600_000)).to.deep.equal(['Europe/Rome']);
  });

  it('keeps both of two zones on the same offset at the event but not all year (Rome and Lagos in winter)', () => {
    const january = at('2026-01-15T10:00Z');
    expect(oneZoneEachClock(['Europe/Rome', 'Africa/Lagos'], january, january + 3_600_000)).to.deep.equal(['Europe/Rome', 'Africa/Lagos']);
  });

  it('keeps both of two zones whose clocks change a day or two apart (Jerusalem and Beirut), weeks on the same offset around it', () => {
    // Wednesdays at noon, a week apart, read both on +2 on 25 March and on +3 on 1 April: their changes part them.
    const april = at('2026-04-15T12:00Z');
    expect(oneZoneEachClock(['Asia/Jerusalem', 'Asia/Beirut'], april, april + 3_600_000, at('2026-03-01T00:00Z'))).to.deep.equal(['Asia/Jerusalem', 'Asia/Beirut']);
  });
});
