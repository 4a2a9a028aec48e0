import { expect } from '@open-wc/testing';
import { betweenSessions, sessionEnds, sessionsUnderWay, sittings } from './phase.js';
import { resolve } from '../descriptor/read.js';
import { romeMeeting } from '../../test/helpers.js';

const at = (iso: string) => Date.parse(iso);
const ids = (sessions: readonly { id: string }[]) => sessions.map((s) => s.id);

describe('sessions without an end', () => {
  it('last until the next session of the same day, the last of a day no later than that day: never overnight', () => {
    const meeting = resolve(romeMeeting());
    // Rome: CET (UTC+1) on Saturday 27 March 2027, CEST (UTC+2) from 03:00 on Sunday 28.
    expect(sessionEnds(meeting)).to.deep.equal([
      at('2027-03-27T11:30Z'), // 12:30, as written
      at('2027-03-27T17:00Z'), // 18:00, as written
      at('2027-03-27T17:00Z'), // the reception: the latest end of its day, 18:00
      at('2027-03-28T12:00Z'), // the next session of the day, 14:00 CEST
      at('2027-03-28T15:00Z'), // the hour the meeting ends, 17:00 CEST: not 16:00 UTC, 17 hours after a midnight in CET
      at('2027-03-29T15:00Z'), // the meeting's end, 17:00 CEST
    ]);
    const underWay = (iso: string) => ids(sessionsUnderWay(meeting, at(iso)));
    expect(underWay('2027-03-27T15:59Z'), '16:59 on Saturday').to.deep.equal(['d1-afternoon']);
    expect(underWay('2027-03-27T16:30Z'), '17:30 on Saturday').to.deep.equal(['d1-afternoon', 'd1-reception']);
    expect(underWay('2027-03-27T17:30Z'), '18:30 on Saturday').to.deep.equal([]);
    expect(underWay('2027-03-27T22:00Z'), '23:00 on Saturday').to.deep.equal([]);
    expect(underWay('2027-03-28T01:00Z'), '03:00 on Sunday').to.deep.equal([]);
    expect(underWay('2027-03-28T07:05Z'), '09:05 on Sunday').to.deep.equal(['d2-opening']);
    expect(underWay('2027-03-28T14:59Z'), '16:59 on Sunday').to.deep.equal(['d2-groups']);
    expect(underWay('2027-03-28T15:00Z'), '17:00 on Sunday').to.deep.equal([]);
    expect(underWay('2027-03-28T21:30Z'), '23:30 on Sunday').to.deep.equal([]);
    expect(underWay('2027-03-28T22:30Z'), '00:30 on Monday').to.deep.equal([]);
    expect(underWay('2027-03-29T14:59Z'), '16:59 on Monday').to.deep.equal(['d3-closing']);
    expect(betweenSessions(meeting, at('2027-03-27T22:00Z')), '23:00 on Saturday').to.equal(true);
    expect(betweenSessions(meeting, at('2027-03-28T01:00Z')), '03:00 on Sunday').to.equal(true);
    expect(betweenSessions(meeting, at('2027-03-27T16:30Z')), '17:30 on Saturday').to.equal(false);
  });

  it('make the sittings of a meeting: sessions that overlap or follow one another joined, a break between two sittings', () => {
    // Rome: CET (UTC+1) on Saturday 27 March 2027, CEST (UTC+2) from 03:00 on Sunday 28.
    expect(sittings(resolve(romeMeeting()))).to.deep.equal([
      { start: at('2027-03-27T08:00Z'), end: at('2027-03-27T11:30Z') }, // Saturday 9:00–12:30
      { start: at('2027-03-27T13:00Z'), end: at('2027-03-27T17:00Z') }, // Saturday 14:00–18:00, the reception inside
      { start: at('2027-03-28T07:00Z'), end: at('2027-03-28T15:00Z') }, // Sunday 9:00–17:00: the working groups follow without a break
      { start: at('2027-03-29T07:00Z'), end: at('2027-03-29T15:00Z') }, // Monday 9:00–17:00
    ]);
    expect(sittings(resolve({ ...romeMeeting(), sessions: [] }))).to.deep.equal([]);
  });

  it('the last of a day ends at midnight when the hour the meeting ends comes before it starts, on a day of 23 hours too', () => {
    // The Rome meeting ending at 12:00 on Monday 29 (CEST, 10:00 UTC): Sunday's working groups start at 14:00, after that hour.
    const meeting = resolve({ ...romeMeeting(), end: '2027-03-29T12:00' });
    expect(sessionEnds(meeting)).to.deep.equal([
      at('2027-03-27T11:30Z'),
      at('2027-03-27T17:00Z'),
      at('2027-03-27T17:00Z'),
      at('2027-03-28T12:00Z'),
      at('2027-03-28T22:00Z'), // Sunday's midnight (CEST): a day of 23 hours, not 24
      at('2027-03-29T10:00Z'), // the meeting's end, 12:00 CEST
    ]);
    expect(ids(sessionsUnderWay(meeting, at('2027-03-28T21:30Z'))), '23:30 on Sunday').to.deep.equal(['d2-groups']);
    expect(ids(sessionsUnderWay(meeting, at('2027-03-28T22:30Z'))), '00:30 on Monday').to.deep.equal([]);
    // Ending at 14:00, the very hour the working groups start, does not end them as they start: midnight again.
    expect(sessionEnds(resolve({ ...romeMeeting(), end: '2027-03-29T14:00' }))[4]).to.equal(at('2027-03-28T22:00Z'));
  });

  it('in a meeting of one day, the last lasts until the meeting ends, also when an earlier session ends before', () => {
    // New York (EDT, UTC−4), 13 October 2020, 7:00–10:20: the talk starts during the opening, which ends at 9:00.
    const webinar = resolve({
      plenary: 1,
      title: 'One morning',
      timeZone: 'America/New_York',
      start: '2020-10-13T07:00',
      end: '2020-10-13T10:20',
      sessions: [
        { id: 'opening', title: 'Opening', start: '2020-10-13T07:00', end: '2020-10-13T09:00' },
        { id: 'talk', title: 'Talk', start: '2020-10-13T08:00' },
      ],
    });
    expect(sessionEnds(webinar)).to.deep.equal([at('2020-10-13T13:00Z'), at('2020-10-13T14:20Z')]);
    expect(ids(sessionsUnderWay(webinar, at('2020-10-13T14:19Z')))).to.deep.equal(['talk']);
  });

  it('go on past midnight in a programme that runs on (the next item, or the end, in the small hours), as before', () => {
    // New York, EDT (UTC−4) in June 2026: a webinar from 23:00 on Wednesday 10 June to 1:00 on Thursday (03:00–05:00 UTC).
    const late = (sessions: unknown[]) =>
      resolve({ plenary: 1, title: 'A late webinar', timeZone: 'America/New_York', start: '2026-06-10T23:00', end: '2026-06-11T01:00', sessions });
    // The panel at 23:30 is the last item: it lasts until the webinar ends at 1:00, not until midnight.
    const panel = late([
      { id: 'opening', title: 'Opening', start: '2026-06-10T23:00', end: '2026-06-10T23:30' },
      { id: 'panel', title: 'Panel', start: '2026-06-10T23:30' },
    ]);
    expect(sessionEnds(panel)).to.deep.equal([at('2026-06-11T03:30Z'), at('2026-06-11T05:00Z')]);
    expect(ids(sessionsUnderWay(panel, at('2026-06-11T04:05Z'))), '00:05').to.deep.equal(['panel']);
    expect(betweenSessions(panel, at('2026-06-11T04:20Z')), '00:20').to.equal(false);
    // The talk at 23:00 gives no end and the next item starts at 00:15: no break at midnight.
    const talk = late([
      { id: 'talk', title: 'Talk', start: '2026-06-10T23:00' },
      { id: 'questions', title: 'Questions', start: '2026-06-11T00:15', end: '2026-06-11T01:00' },
    ]);
    expect(sessionEnds(talk)).to.deep.equal([at('2026-06-11T04:15Z'), at('2026-06-11T05:00Z')]);
    expect(ids(sessionsUnderWay(talk, at('2026-06-11T04:05Z'))), '00:05').to.deep.equal(['talk']);
  });

  it('the last of a day ends where the clocks skip its midnight: Santiago, 10 September 2022', () => {
    // 24:00 (UTC−4) becomes 01:00 (UTC−3) at 04:00 UTC on the 11th; the meeting goes on that day.
    const meeting = resolve({
      plenary: 1,
      title: 'Two days in Santiago',
      timeZone: 'America/Santiago',
      start: '2022-09-10T18:00',
      end: '2022-09-11T12:00',
      sessions: [
        { id: 'evening', title: 'Evening', start: '2022-09-10T18:00' },
        { id: 'morning', title: 'Morning', start: '2022-09-11T09:00' },
      ],
    });
    expect(sessionEnds(meeting)).to.deep.equal([at('2022-09-11T04:00Z'), at('2022-09-11T15:00Z')]);
  });
});
