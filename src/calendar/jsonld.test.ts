import { expect } from '@open-wc/testing';
import { resolve } from '../descriptor/read.js';
import { eventJsonLd } from './jsonld.js';

const SEED_URL = '/examples/unpog-webinar-2020-10-13.json';
const seedJson = async (): Promise<Record<string, unknown>> => (await fetch(SEED_URL)).json();
const PAGE = 'https://events.example.org/unpog';

describe('eventJsonLd: the seed event', () => {
  it('describes the seed as a schema.org Event', async () => {
    const json = await seedJson();
    const webex = { '@type': 'VirtualLocation', url: 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13' };
    const online = {
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      location: webex,
    };
    expect(eventJsonLd(resolve(json), { lang: 'en', pageUrl: PAGE })).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://events.example.org/unpog#unpog-webinar-2020-10-13',
      name: 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19',
      description: json.summary,
      startDate: '2020-10-13T07:00:00-04:00',
      endDate: '2020-10-13T10:20:00-04:00',
      eventStatus: 'https://schema.org/EventScheduled',
      eventAttendanceMode: 'https://schema.org/OnlineEventAttendanceMode',
      url: 'https://events.example.org/unpog',
      image: 'https://www.unpog.org/images/webinar-2020-10-13.jpg',
      location: webex,
      organizer: [
        {
          '@type': 'Organization',
          name: 'United Nations Department of Economic and Social Affairs (UN DESA), Division for Public Institutions and Digital Government (DPIDG)',
          url: 'https://publicadministration.un.org/',
        },
        {
          '@type': 'Organization',
          name: 'Ministry of the Interior and Safety (MOIS), Government of the Republic of Korea',
          url: 'https://www.mois.go.kr/',
        },
      ],
      subEvent: [
        { ...online, name: 'Session 1: Setting Effective Strategies to Accelerate Digital Transformation', url: 'https://events.example.org/unpog#session-1' },
        { ...online, name: 'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation', url: 'https://events.example.org/unpog#session-2' },
        { ...online, name: 'Session 3: Promoting Global Digital Cooperation for Solidarity', url: 'https://events.example.org/unpog#session-3' },
      ],
    });
  });

  it('gives the id alone as a fragment when there is no page, and drops the page’s own fragment', async () => {
    const event = resolve(await seedJson());
    expect(eventJsonLd(event, { lang: 'en' })['@id']).to.equal('#unpog-webinar-2020-10-13');
    expect(eventJsonLd(event, { lang: 'en', pageUrl: `${PAGE}#programme` })['@id']).to.equal(`${PAGE}#unpog-webinar-2020-10-13`);
  });

  it('survives JSON.stringify unchanged (no undefined values)', async () => {
    const ld = eventJsonLd(resolve(await seedJson()), { lang: 'en', pageUrl: PAGE });
    expect(JSON.parse(JSON.stringify(ld))).to.deep.equal(ld);
  });
});

describe('eventJsonLd: other events', () => {
  /** In Rome, 2 March 2021: CET, UTC+1. */
  const rome = (patch: Record<string, unknown>) =>
    resolve({
      plenary: 1,
      id: 'board-2021',
      title: { en: 'Board meeting', it: 'Riunione del consiglio' },
      timeZone: 'Europe/Rome',
      start: '2021-03-02T15:00',
      end: '2021-03-02T17:00',
      ...patch,
    });

  it('describes a cancelled in-person event, with session times in the organisers’ zone', () => {
    const event = rome({
      status: 'cancelled',
      attendance: 'in-person',
      venue: { name: 'Sala Verde', address: 'Via Roma 1, Roma', url: 'https://venue.example.org/' },
      organizers: [{ name: 'Comune di Roma' }],
      sessions: [
        { title: 'Apertura', start: '2021-03-02T15:00', end: '2021-03-02T15:30' },
        { title: 'Bilancio', start: '2021-03-02T15:30' },
        { title: 'Varie' },
      ],
    });
    const sala = { '@type': 'Place', name: 'Sala Verde', address: 'Via Roma 1, Roma', url: 'https://venue.example.org/' };
    const cancelled = {
      '@type': 'Event',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: sala,
    };
    expect(eventJsonLd(event, { lang: 'it', pageUrl: 'https://example.org/board' })).to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://example.org/board#board-2021',
      name: 'Riunione del consiglio',
      startDate: '2021-03-02T15:00:00+01:00',
      endDate: '2021-03-02T17:00:00+01:00',
      eventStatus: 'https://schema.org/EventCancelled',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      url: 'https://example.org/board',
      location: sala,
      organizer: [{ '@type': 'Organization', name: 'Comune di Roma' }],
      subEvent: [
        { ...cancelled, name: 'Apertura', startDate: '2021-03-02T15:00:00+01:00', endDate: '2021-03-02T15:30:00+01:00', url: 'https://example.org/board#session-1' },
        { ...cancelled, name: 'Bilancio', startDate: '2021-03-02T15:30:00+01:00', url: 'https://example.org/board#session-2' },
        { ...cancelled, name: 'Varie', url: 'https://example.org/board#session-3' },
      ],
    });
  });

  it('gives a mixed event both the place and the virtual location', () => {
    const event = rome({
      attendance: 'mixed',
      venue: { name: 'Sala Verde' },
      join: { url: 'https://meet.example.org/board' },
    });
    const ld = eventJsonLd(event, { lang: 'en' });
    expect(ld.eventAttendanceMode).to.equal('https://schema.org/MixedEventAttendanceMode');
    expect(ld.location).to.deep.equal([
      { '@type': 'Place', name: 'Sala Verde' },
      { '@type': 'VirtualLocation', url: 'https://meet.example.org/board' },
    ]);
  });

  it('leaves out what the event does not say', () => {
    const ld = eventJsonLd(rome({}), { lang: 'en' });
    expect(Object.keys(ld)).to.deep.equal([
      '@context',
      '@type',
      '@id',
      'name',
      'startDate',
      'endDate',
      'eventStatus',
      'eventAttendanceMode',
    ]);
  });

  for (const [status, expected] of [
    ['scheduled', 'EventScheduled'],
    ['postponed', 'EventPostponed'],
    ['rescheduled', 'EventRescheduled'],
  ] as const) {
    it(`marks a ${status} event https://schema.org/${expected}`, () => {
      expect(eventJsonLd(rome({ status }), { lang: 'en' }).eventStatus).to.equal(`https://schema.org/${expected}`);
    });
  }

  it('gives a rescheduled event the start it had before, in the organisers\' offset then', () => {
    // Rome: UTC+2 (summer time) on 30 March 2021, UTC+1 on 26 March 2021.
    const moved = resolve({ plenary: 1, title: 'Talk', timeZone: 'Europe/Rome', start: '2021-03-30T10:00', end: '2021-03-30T12:00', status: 'rescheduled', previousStart: '2021-03-26T10:00' });
    const ld = eventJsonLd(moved, { lang: 'en' });
    expect(ld.eventStatus).to.equal('https://schema.org/EventRescheduled');
    expect(ld.startDate).to.equal('2021-03-30T10:00:00+02:00');
    expect(ld.previousStartDate).to.equal('2021-03-26T10:00:00+01:00');
    // Only a rescheduled event has had another start.
    const { previousStartDate } = eventJsonLd(resolve({ plenary: 1, title: 'Talk', timeZone: 'Europe/Rome', start: '2021-03-30T10:00', end: '2021-03-30T12:00', previousStart: '2021-03-26T10:00' }), { lang: 'en' });
    expect(previousStartDate).to.equal(undefined);
  });

  it('writes the offset of an event given with an offset and no zone', () => {
    const event = resolve({ plenary: 1, title: 'Talk', start: '2021-03-02T18:30+05:30', end: '2021-03-02T19:45+05:30' });
    const ld = eventJsonLd(event, { lang: 'en' });
    expect(ld.startDate).to.equal('2021-03-02T18:30:00+05:30');
    expect(ld.endDate).to.equal('2021-03-02T19:45:00+05:30');
  });
});

describe('eventJsonLd: sessions with their own ways in', () => {
  it("gives each session its own online location: its link, the event's, or, for registered participants, where to register", async () => {
    const event = resolve(await (await fetch('/examples/intergovernmental-meeting-2027.json')).json());
    const ld = eventJsonLd(event, { lang: 'en' });
    const where = (ld.subEvent as Record<string, unknown>[]).map((s) => (s.location as { url: string }).url);
    expect(where).to.deep.equal([
      'https://meetings.example.org/j/egm-2027-d1-am',
      'https://meetings.example.org/j/egm-2027-d1-pm',
      'https://indico.example.org/event/egm-2027/registrations/',
      'https://indico.example.org/event/egm-2027/registrations/',
      'https://meetings.example.org/j/egm-2027-d3-am',
      'https://meetings.example.org/j/egm-2027',
    ]);
    expect((ld.location as { url: string }).url).to.equal('https://meetings.example.org/j/egm-2027');
  });
});
