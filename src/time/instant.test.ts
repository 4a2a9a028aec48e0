import { expect } from '@open-wc/testing';
import { readTime, type ReadTime } from './instant.js';
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
