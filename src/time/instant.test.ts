import { expect } from '@open-wc/testing';
import { readTime } from './instant.js';
import { zoneNamed } from './zones.js';

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
});
