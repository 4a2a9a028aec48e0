import { expect } from '@open-wc/testing';
import { atTimeOfDay, endOfLocalDay, readTime, startOfLocalDay, type ReadTime } from './instant.js';
import { zoneNamed } from './zones.js';
import { offsetLookups } from '../../test/helpers.js';

describe('readTime', () => {
  it('reads the same local time in each zone it is asked in', () => {
    const newYork = zoneNamed('America/New_York');
    const seoul = zoneNamed('Asia/Seoul');
    expect(readTime('2020-10-13T07:00', newYork)).to.deep.equal({ kind: 'local', ms: Date.UTC(2020, 9, 13, 11, 0) });
    expect(readTime('2020-10-13T07:00', seoul)).to.deep.equal({ kind: 'local', ms: Date.UTC(2020, 9, 12, 22, 0) });
    expect(readTime('2020-10-13T07:00', newYork)).to.deep.equal({ kind: 'local', ms: Date.UTC(2020, 9, 13, 11, 0) });
    expect(readTime('2020-10-13T07:00', null)).to.deep.equal({ kind: 'needs-zone' });
  });

  it('finds the gaps and overlaps of each zone', () => {
    expect(readTime('2021-03-28T02:30', zoneNamed('Europe/Rome'))).to.deep.equal({ kind: 'gap', from: '02:00', to: '03:00' });
    expect(readTime('2021-03-28T02:30', zoneNamed('Asia/Tokyo'))).to.deep.equal({ kind: 'local', ms: Date.UTC(2021, 2, 27, 17, 30) });
    expect(readTime('2021-10-31T02:30', zoneNamed('Europe/Rome'))).to.deep.equal({
      kind: 'ambiguous',
      ms: Date.UTC(2021, 9, 31, 0, 30),
      laterMs: Date.UTC(2021, 9, 31, 1, 30),
      offsets: [120, 60],
    });
    // Lord Howe moves its clocks by half an hour: 2:00 → 2:30 on 3 October 2021.
    expect(readTime('2021-10-03T02:15', zoneNamed('Australia/Lord_Howe'))).to.deep.equal({ kind: 'gap', from: '02:00', to: '02:30' });
  });

  it('asks a zone once for the probes the times of one morning share, not again for each time', () => {
    // Paramaribo (−3 all year) is read nowhere else in this file: nothing is kept for it yet.
    const zone = zoneNamed('America/Paramaribo');
    const times = ['09:00', '09:15', '09:30', '09:45', '10:00', '10:20', '10:40', '11:00', '11:15', '11:30', '11:45', '11:50'];
    const read: ReadTime[] = [];
    const lookups = offsetLookups(() => times.forEach((t) => read.push(readTime(`2022-05-10T${t}`, zone))));
    expect(read[0]).to.deep.equal({ kind: 'local', ms: Date.UTC(2022, 4, 10, 12, 0) });
    expect(read[11]).to.deep.equal({ kind: 'local', ms: Date.UTC(2022, 4, 10, 14, 50) });
    // 18 probes for the first time (two days either side, every six hours), then
    // about one look-up a time to check its instant: not 17 probes a time (some 200).
    expect(lookups).to.be.below(45);
  });
});

describe('startOfLocalDay and endOfLocalDay', () => {
  const at = (iso: string) => Date.parse(iso);

  it('give the midnights of a day of 23 hours and of one of 25 hours, from the zone\'s own offsets', () => {
    // Rome, Sunday 28 March 2027: CET (UTC+1) until 02:00, then CEST (UTC+2). The day runs from 23:00 UTC on the 27th to 22:00 UTC on the 28th.
    expect(startOfLocalDay(at('2027-03-28T00:30Z'), 'Europe/Rome')).to.equal(at('2027-03-27T23:00Z'));
    expect(endOfLocalDay(at('2027-03-28T00:30Z'), 'Europe/Rome')).to.equal(at('2027-03-28T22:00Z'));
    expect(endOfLocalDay(at('2027-03-28T14:00Z'), 'Europe/Rome')).to.equal(at('2027-03-28T22:00Z'));
    // The day before ends at its own midnight (UTC+1).
    expect(endOfLocalDay(at('2027-03-27T16:00Z'), 'Europe/Rome')).to.equal(at('2027-03-27T23:00Z'));
    // Sunday 31 October 2027: CEST until 03:00, then CET; from 22:00 UTC on the 30th to 23:00 UTC on the 31st.
    expect(startOfLocalDay(at('2027-10-31T12:00Z'), 'Europe/Rome')).to.equal(at('2027-10-30T22:00Z'));
    expect(endOfLocalDay(at('2027-10-31T00:30Z'), 'Europe/Rome')).to.equal(at('2027-10-31T23:00Z'));
  });

  it('end a day whose midnight the clocks skip when they jump, and one whose midnight comes twice at the first', () => {
    // Santiago, 11 September 2022: 24:00 (UTC−4) becomes 01:00 (UTC−3) at 04:00 UTC; 10 September ends then.
    expect(endOfLocalDay(at('2022-09-11T00:00Z'), 'America/Santiago')).to.equal(at('2022-09-11T04:00Z'));
    expect(startOfLocalDay(at('2022-09-11T12:00Z'), 'America/Santiago')).to.equal(at('2022-09-11T04:00Z'));
    // Beirut, 28 March 2027: 24:00 (UTC+2) becomes 01:00 (UTC+3) at 22:00 UTC on the 27th.
    expect(endOfLocalDay(at('2027-03-27T18:00Z'), 'Asia/Beirut')).to.equal(at('2027-03-27T22:00Z'));
    // Havana, 7 November 2027: 01:00 (UTC−4) goes back to 00:00 (UTC−5): midnight comes at 04:00 UTC and again at 05:00.
    expect(endOfLocalDay(at('2027-11-06T22:00Z'), 'America/Havana')).to.equal(at('2027-11-07T04:00Z'));
    expect(startOfLocalDay(at('2027-11-07T05:30Z'), 'America/Havana')).to.equal(at('2027-11-07T04:00Z'));
  });

  it('follow a fixed offset and a zone a quarter of an hour off the hour', () => {
    // 10:00 UTC is 19:00 at UTC+9: the day ends at 15:00 UTC.
    expect(endOfLocalDay(at('2027-03-27T10:00Z'), 'UTC+9')).to.equal(at('2027-03-27T15:00Z'));
    // Kathmandu (UTC+5:45): 12:00 UTC is 17:45; midnight is 18:15 UTC.
    expect(endOfLocalDay(at('2027-03-27T12:00Z'), 'Asia/Kathmandu')).to.equal(at('2027-03-27T18:15Z'));
    // 18:15 UTC is already the next day there.
    expect(endOfLocalDay(at('2027-03-27T18:15Z'), 'Asia/Kathmandu')).to.equal(at('2027-03-28T18:15Z'));
  });
});

describe('atTimeOfDay', () => {
  const at = (iso: string) => Date.parse(iso);

  it('gives the hour on a day of 23 hours and on one of 25 hours, from that day\'s offsets, not hours counted from its midnight', () => {
    // Rome, Sunday 28 March 2027: CET (UTC+1) until 02:00, then CEST (UTC+2); its midnight is 23:00 UTC on the 27th.
    // 17:00 on Monday 29 (CEST) is 15:00 UTC; 17:00 on the Sunday is CEST too: 15:00 UTC, not 16:00 (17 hours after midnight).
    expect(atTimeOfDay(at('2027-03-28T12:00Z'), at('2027-03-29T15:00Z'), 'Europe/Rome')).to.equal(at('2027-03-28T15:00Z'));
    // 17:00 on Saturday 27 (CET) is 16:00 UTC: the same hour on the Sunday is still 15:00 UTC.
    expect(atTimeOfDay(at('2027-03-28T07:00Z'), at('2027-03-27T16:00Z'), 'Europe/Rome')).to.equal(at('2027-03-28T15:00Z'));
    // And on the Saturday, 17:00 CET: 16:00 UTC.
    expect(atTimeOfDay(at('2027-03-27T08:00Z'), at('2027-03-29T15:00Z'), 'Europe/Rome')).to.equal(at('2027-03-27T16:00Z'));
    // 1:30 on the Sunday comes before the change: CET, 00:30 UTC.
    expect(atTimeOfDay(at('2027-03-28T12:00Z'), at('2027-03-29T23:30Z'), 'Europe/Rome')).to.equal(at('2027-03-28T00:30Z'));
    // Sunday 31 October 2027: CEST until 03:00, then CET; from 22:00 UTC on the 30th, 25 hours.
    // 17:00 on Monday 1 November (CET) is 16:00 UTC; on the Sunday too, not 15:00 (17 hours after midnight).
    expect(atTimeOfDay(at('2027-10-31T09:00Z'), at('2027-11-01T16:00Z'), 'Europe/Rome')).to.equal(at('2027-10-31T16:00Z'));
  });

  it('gives the first of a time the clocks show twice, and the moment they jump over one they skip', () => {
    // Rome, 31 October 2027: 3:00 (CEST) goes back to 2:00 (CET) at 01:00 UTC; 2:30 comes at 00:30 UTC and again at 01:30.
    expect(atTimeOfDay(at('2027-10-31T12:00Z'), at('2027-11-01T01:30Z'), 'Europe/Rome')).to.equal(at('2027-10-31T00:30Z'));
    // Havana, 7 November 2027: 1:00 (UTC−4) goes back to 0:00 (UTC−5) at 05:00 UTC; 0:30 comes at 04:30 UTC and again at 05:30.
    expect(atTimeOfDay(at('2027-11-07T15:00Z'), at('2027-11-08T05:30Z'), 'America/Havana')).to.equal(at('2027-11-07T04:30Z'));
    // Rome, 28 March 2027: 2:00 (CET) becomes 3:00 (CEST) at 01:00 UTC; 2:30 never comes: the jump.
    expect(atTimeOfDay(at('2027-03-28T12:00Z'), at('2027-03-29T00:30Z'), 'Europe/Rome')).to.equal(at('2027-03-28T01:00Z'));
  });

  it('keeps the day of its first instant in the zone, whatever the date of the second there', () => {
    // New York (EDT, UTC−4): 02:00 UTC on the 30th is 22:00 on Monday 29; on Saturday 27, 22:00 is 02:00 UTC on the 28th.
    expect(atTimeOfDay(at('2027-03-27T15:00Z'), at('2027-03-30T02:00Z'), 'America/New_York')).to.equal(at('2027-03-28T02:00Z'));
    // At UTC+9, 10:00 UTC on the 27th is 19:00 that day; 08:00 UTC on the 28th is 17:00: 17:00 on the 27th is 08:00 UTC.
    expect(atTimeOfDay(at('2027-03-27T10:00Z'), at('2027-03-28T08:00Z'), 'UTC+9')).to.equal(at('2027-03-27T08:00Z'));
    // Tokyo (UTC+9): 20:00 UTC on the 27th is 5:00 on the 28th; 12:30 on the 28th is 03:30 UTC.
    expect(atTimeOfDay(at('2027-03-27T20:00Z'), at('2027-03-29T03:30Z'), 'Asia/Tokyo')).to.equal(at('2027-03-28T03:30Z'));
  });
});
