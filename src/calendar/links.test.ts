import { expect } from '@open-wc/testing';
import { resolve } from '../descriptor/read.js';
import { googleCalendarUrl, outlookUrl, type TimedSession } from './links.js';
import { seedDescriptor as seedJson } from '../../test/helpers.js';

const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
const SEED_JOIN = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13';
const PAGE = 'https://events.example.org/unpog';

/** A small in-person event in Rome: 15:00–16:30 CET (UTC+1) on 2 March 2021. */
const small = (patch: Record<string, unknown> = {}) =>
  resolve({
    plenary: 1,
    id: 'board-2021',
    title: 'Board meeting',
    timeZone: 'Europe/Rome',
    start: '2021-03-02T15:00',
    end: '2021-03-02T16:30',
    attendance: 'in-person',
    venue: { name: 'Room 4', address: 'UN House, Incheon' },
    ...patch,
  });

const params = (url: URL) => Object.fromEntries(url.searchParams);

describe('googleCalendarUrl', () => {
  it('carries the seed event: title, UTC times, description and join address', async () => {
    const json = await seedJson();
    const url = new URL(googleCalendarUrl(resolve(json), 'en', PAGE));
    expect(`${url.origin}${url.pathname}`).to.equal('https://calendar.google.com/calendar/render');
    expect(url.hash).to.equal('');
    expect([...url.searchParams.keys()]).to.deep.equal(['action', 'text', 'dates', 'details', 'location']);
    expect(params(url)).to.deep.equal({
      action: 'TEMPLATE',
      text: SEED_TITLE,
      dates: '20201013T110000Z/20201013T142000Z',
      details: `${json.summary as string}\n\nJoin (WebEx): ${SEED_JOIN}\n\n${PAGE}`,
      location: SEED_JOIN,
    });
  });

  it('carries an in-person event at its venue, and leaves out empty details', () => {
    const url = new URL(googleCalendarUrl(small(), 'en'));
    expect(params(url)).to.deep.equal({
      action: 'TEMPLATE',
      text: 'Board meeting',
      dates: '20210302T140000Z/20210302T153000Z',
      location: 'Room 4, UN House, Incheon',
    });
  });

  it('keeps characters that mean something in a URL inside their parameter', () => {
    const title = 'R&D; 50% + more #1 ?x=y';
    const url = new URL(googleCalendarUrl(small({ title }), 'en'));
    expect(url.hash).to.equal('');
    expect(url.searchParams.get('text')).to.equal(title);
    expect(url.searchParams.get('action')).to.equal('TEMPLATE');
    expect(url.searchParams.has('x')).to.equal(false);
  });

  it('picks the title in the language asked for', () => {
    const url = new URL(googleCalendarUrl(small({ title: { en: 'Webinar', ko: '웨비나' } }), 'ko'));
    expect(url.searchParams.get('text')).to.equal('웨비나');
  });
});

describe('outlookUrl', () => {
  it('carries the seed event to Outlook.com', async () => {
    const json = await seedJson();
    const url = new URL(outlookUrl(resolve(json), 'en', PAGE));
    expect(`${url.origin}${url.pathname}`).to.equal('https://outlook.live.com/calendar/0/action/compose');
    expect(params(url)).to.deep.equal({
      rru: 'addevent',
      subject: SEED_TITLE,
      startdt: '2020-10-13T11:00:00Z',
      enddt: '2020-10-13T14:20:00Z',
      body: `${json.summary as string}\n\nJoin (WebEx): ${SEED_JOIN}\n\n${PAGE}`,
      location: SEED_JOIN,
    });
  });

  it('carries an event to Outlook on the web for work accounts', () => {
    const url = new URL(outlookUrl(small({ summary: 'Quarterly review' }), 'en', undefined, 'office'));
    expect(`${url.origin}${url.pathname}`).to.equal('https://outlook.office.com/calendar/0/action/compose');
    expect(params(url)).to.deep.equal({
      rru: 'addevent',
      subject: 'Board meeting',
      startdt: '2021-03-02T14:00:00Z',
      enddt: '2021-03-02T15:30:00Z',
      body: 'Quarterly review',
      location: 'Room 4, UN House, Incheon',
    });
  });

  it('gives a mixed event the venue, then the join address, with meeting ID and passcode in the body', () => {
    const event = small({
      attendance: 'mixed',
      join: { url: 'https://meet.example.org/board', meetingId: '123 456', passcode: 'abc' },
    });
    const url = new URL(outlookUrl(event, 'en'));
    expect(url.searchParams.get('location')).to.equal('Room 4, UN House, Incheon, https://meet.example.org/board');
    expect(url.searchParams.get('body')).to.equal('Join: https://meet.example.org/board\nMeeting ID: 123 456\nPasscode: abc');
  });
});

describe('links for one session', () => {
  // Seoul is UTC+9 all year: Workshop A, 13:30–17:00 on 6 October 2026, is 04:30–08:00 UTC.
  it('carry the session: its title with the event\'s, its UTC times, and its place on the page', async () => {
    const event = resolve(await (await fetch('/examples/multi-day-symposium.json')).json());
    const workshop = event.sessions.find((s) => s.id === 'd1-workshop-a') as TimedSession;
    const google = params(new URL(googleCalendarUrl(event, 'en', PAGE, workshop)));
    expect(google.text).to.equal('Day 1 — Workshop A: Institutions (Regional Symposium on Effective Governance for the SDGs)');
    expect(google.dates).to.equal('20261006T043000Z/20261006T080000Z');
    expect(google.details!.startsWith('Regional Symposium on Effective Governance for the SDGs\n\n')).to.equal(true);
    expect(google.details!.endsWith(`\n\n${PAGE}#d1-workshop-a`)).to.equal(true);
    const outlook = params(new URL(outlookUrl(event, 'en', PAGE, 'office', workshop)));
    expect([outlook.subject, outlook.startdt, outlook.enddt]).to.deep.equal([google.text, '2026-10-06T04:30:00Z', '2026-10-06T08:00:00Z']);
    expect(outlook.location).to.equal(google.location);
  });
});

describe('links for the whole event of sessions with their own links', () => {
  it("carry the page, not the event's link, as the .ics file's entry does", async () => {
    const event = resolve(await (await fetch('/examples/intergovernmental-meeting-2027.json')).json());
    const summary =
      'Three days of online sessions, with interpretation into the six official languages of the United Nations. Each session has its own link; the links of the second day, a closed session, are sent to registered participants only.';
    const google = params(new URL(googleCalendarUrl(event, 'en', PAGE)));
    expect([google.details, google.location]).to.deep.equal([`${summary}\n\n${PAGE}`, PAGE]);
    for (const service of ['live', 'office'] as const) {
      const outlook = params(new URL(outlookUrl(event, 'en', PAGE, service)));
      expect([outlook.body, outlook.location], service).to.deep.equal([`${summary}\n\n${PAGE}`, PAGE]);
    }
    // A session's links keep its own.
    const opening = event.sessions.find((s) => s.id === 'd1-opening') as TimedSession;
    expect(params(new URL(googleCalendarUrl(event, 'en', PAGE, opening))).location).to.equal('https://meetings.example.org/j/egm-2027-d1-am');
  });
});
