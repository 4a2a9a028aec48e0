import { expect } from '@open-wc/testing';
import { DateTime } from 'luxon';
import { resolveWithDateTimes, toDateTime } from './luxon.js';
import { resolve } from './descriptor/read.js';
import { seedDescriptor as seed } from '../test/helpers.js';

describe('plenary/luxon.js', () => {
  it("gives the seed's times as DateTimes in New York: 7:00–10:20 EDT", async () => {
    const event = resolveWithDateTimes(await seed());
    expect(event.start).to.be.instanceOf(DateTime);
    expect(event.start.zoneName).to.equal('America/New_York');
    expect(event.start.toISO()).to.equal('2020-10-13T07:00:00.000-04:00');
    expect(event.end.toISO()).to.equal('2020-10-13T10:20:00.000-04:00');
    expect(event.end.toMillis()).to.equal(Date.UTC(2020, 9, 13, 14, 20));
    expect(event.title.in('en')).to.equal('Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19');
    // The seed's sessions give no times, and keep giving none.
    expect(event.sessions.map((s) => [s.id, 'start' in s, 'end' in s])).to.deep.equal([
      ['session-1', false, false],
      ['session-2', false, false],
      ['session-3', false, false],
    ]);
  });

  it("maps every session's start and end, in the event's zone", () => {
    const event = resolveWithDateTimes({
      plenary: 1,
      title: 'Forum',
      timeZone: 'Europe/Rome',
      start: '2021-03-02T15:00',
      end: '2021-03-02T17:00',
      sessions: [
        { id: 'open', title: 'Apertura', start: '2021-03-02T15:00', end: '2021-03-02T15:30' },
        { id: 'close', title: 'Bilancio', start: '2021-03-02T15:30' },
        { id: 'later', title: 'Domande' },
      ],
    });
    expect(event.sessions.map((s) => [s.id, s.start?.toISO(), s.end?.toISO()])).to.deep.equal([
      ['open', '2021-03-02T15:00:00.000+01:00', '2021-03-02T15:30:00.000+01:00'],
      ['close', '2021-03-02T15:30:00.000+01:00', undefined],
      ['later', undefined, undefined],
    ]);
    expect(event.sessions[0]!.start!.zoneName).to.equal('Europe/Rome');
  });

  it('keeps the fixed offset of an event whose times carry offsets and name no zone', () => {
    const event = resolveWithDateTimes({ plenary: 1, title: 'Seoul', start: '2020-10-13T20:00+09:00', end: '2020-10-13T23:20+09:00' });
    expect([event.start.hour, event.start.offset, event.start.isOffsetFixed]).to.deep.equal([20, 540, true]);
    const utc = resolveWithDateTimes({ plenary: 1, title: 'UTC', start: '2020-10-13T11:00Z', end: '2020-10-13T12:00Z' });
    expect(utc.start.toISO()).to.equal('2020-10-13T11:00:00.000Z');
  });

  it('turns any instant into a DateTime in any zone', () => {
    const event = resolve({ plenary: 1, title: 'T', timeZone: 'America/New_York', start: '2020-10-13T19:00', end: '2020-10-13T20:00' });
    // 19:00 in New York is 11:00 the next morning in Fiji (+12) and 04:45 in Kathmandu (+5:45).
    expect(toDateTime(event.start, 'Pacific/Fiji').toISO()).to.equal('2020-10-14T11:00:00.000+12:00');
    expect(toDateTime(event.start, 'Asia/Kathmandu').toFormat('yyyy-MM-dd HH:mm')).to.equal('2020-10-14 04:45');
    expect(toDateTime(event.start, 'Mars/Olympus').isValid).to.equal(false);
  });
});
