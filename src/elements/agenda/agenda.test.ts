import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../define.js';
import { sendKeys } from '@web/test-runner-commands';
import type { PlenaryAgendaElement } from './agenda.js';
import { longProgramme, manualClock, ready, romeMeeting, seedDescriptor, spokenText, visibleText } from '../../../test/helpers.js';

// Three sessions on 13 Oct 2020 in New York (EDT, UTC−4): 7:00–8:10, 8:10–9:15, 9:15–10:20.
const programme = async () => ({
  ...(await seedDescriptor()),
  sessions: [
    {
      id: 'opening',
      title: 'Opening',
      start: '2020-10-13T07:00',
      end: '2020-10-13T08:10',
      description: 'Welcome remarks.',
      moderators: [{ name: 'Ms. Adriana Alberti', title: 'Chief', organization: 'UN DESA' }],
      speakers: [{ name: 'Mr. Juwang Zhu', title: 'Director', organization: 'DPIDG/UN DESA', url: 'https://publicadministration.un.org/' }],
      documents: [{ title: 'Opening remarks', url: 'https://example.org/opening.pdf', format: 'PDF', language: 'en' }],
    },
    { id: 'capacities', title: 'Capacities', start: '2020-10-13T08:10', end: '2020-10-13T09:15' },
    { id: 'cooperation', title: 'Cooperation', start: '2020-10-13T09:15', end: '2020-10-13T10:20' },
  ],
  documents: [],
});

/** Settles in the first frame in which the agenda shows sessions (a long programme shows its first ones only). */
function firstSessions(el: PlenaryAgendaElement): Promise<void> {
  return new Promise((done) => {
    const look = () => (el.shadowRoot!.querySelector('li.session') ? done() : requestAnimationFrame(look));
    look();
  });
}

describe('plenary-agenda', () => {
  it('lists the seed sessions in order, with anchors, folded long descriptions and their talking points', async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-agenda>`);
    await ready(el);
    const sessions = [...el.shadowRoot!.querySelectorAll('li.session')];
    expect(sessions.map((s) => s.id)).to.deep.equal(['session-1', 'session-2', 'session-3']);
    expect(sessions.map((s) => s.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
      'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
      'Session 3: Promoting Global Digital Cooperation for Solidarity',
    ]);
    const first = sessions[0]!;
    expect(first.querySelector('.description > p')!.textContent).to.match(/^Digital transformation for recovery from COVID-19/);
    const details = first.querySelector<HTMLDetailsElement>('.description details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelectorAll('p')).to.have.length(3); // the seed's session 1 has four paragraphs
    expect([...first.querySelectorAll('.docs a')].map((a) => a.textContent!.trim())).to.deep.equal(['Talking Points of Speakers — Session 1']);
    expect(visibleText(first.querySelector('.docs li')!)).to.equal('Talking Points of Speakers — Session 1 (PDF)');
    await expect(el).to.be.accessible();
  });

  it("gives session times in the visitor's zone, with speakers and moderators", async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${await programme()} zone="Europe/Rome" now="2020-10-01T00:00Z"></plenary-agenda>`);
    await ready(el);
    const first = el.shadowRoot!.querySelector('li.session')!;
    // Rome was at CEST (UTC+2): 7:00 New York is 13:00 in Rome.
    expect(visibleText(first.querySelector('.times')!)).to.equal('1:00 PM – 2:10 PM UTC+2');
    expect([...first.querySelectorAll('.times time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2020-10-13T13:00+02:00',
      '2020-10-13T14:10+02:00',
    ]);
    expect([...first.querySelectorAll('.people')].map((p) => visibleText(p))).to.deep.equal([
      'Moderators Ms. Adriana Alberti, Chief, UN DESA',
      'Speakers Mr. Juwang Zhu, Director, DPIDG/UN DESA',
    ]);
    expect(first.querySelector('.person a')!.getAttribute('href')).to.equal('https://publicadministration.un.org/');
    expect(visibleText(first.querySelector('.docs li')!)).to.equal('Opening remarks (PDF, English)');
    await expect(el).to.be.accessible();
  });

  it("dates a session that falls on another date in the zone shown than the organizers' date of the event", async () => {
    // 18:00–23:00 in New York (EDT) on 13 Oct 2020 is 23:00 on the 13th to 4:00 on the 14th in London (BST, UTC+1).
    const evening = {
      plenary: 1,
      title: 'Evening',
      timeZone: 'America/New_York',
      start: '2020-10-13T18:00',
      end: '2020-10-13T23:00',
      sessions: [
        { id: 'first', title: 'First', start: '2020-10-13T18:00', end: '2020-10-13T18:45' },
        { id: 'second', title: 'Second', start: '2020-10-13T19:00', end: '2020-10-13T23:00' },
      ],
    };
    const times = async (zone: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${evening} zone=${zone} now="2020-10-01T00:00Z"></plenary-agenda>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('.times')].map((p) => [visibleText(p), p.querySelector('time')!.getAttribute('datetime')]);
    };
    // In London the second begins at midnight: both carry their dates, the first on the organizers' date too.
    expect(await times('Europe/London')).to.deep.equal([
      ['Tue, Oct 13, 11:00 PM – 11:45 PM UTC+1', '2020-10-13'],
      ['Wed, Oct 14, 12:00 AM – 4:00 AM UTC+1', '2020-10-14'],
    ]);
    // In New York both sessions are on the organizers' date; in Seoul (UTC+9) both are on the 14th, the day
    // after the date the page gives the event, and say so (a programme shown alone has no other date).
    expect(await times('America/New_York')).to.deep.equal([
      ['6:00 PM – 6:45 PM EDT', '2020-10-13T18:00-04:00'],
      ['7:00 PM – 11:00 PM EDT', '2020-10-13T19:00-04:00'],
    ]);
    expect(await times('Asia/Seoul')).to.deep.equal([
      ['Wed, Oct 14, 7:00 AM – 7:45 AM UTC+9', '2020-10-14'],
      ['Wed, Oct 14, 8:00 AM – 12:00 PM UTC+9', '2020-10-14'],
    ]);
  });

  it("dates every session of a programme whose sessions fall on two dates in the zone shown, so that none reads as on the other's date", async () => {
    // Bangkok (ICT, UTC+7), Wednesday 18 November 2026: 9:00–12:30 and 13:30–17:00, that is 02:00–05:30 and
    // 06:30–10:00 UTC. New York keeps EST (UTC−5) since 1 November: 9:00 PM on Tuesday the 17th to 12:30 AM,
    // then 1:30 AM – 5:00 AM on Wednesday the 18th, the organizers' date. Undated under "Tue, Nov 17", the
    // afternoon would read as that Tuesday's small hours, before the morning.
    const forum = {
      plenary: 1,
      title: 'Forum',
      timeZone: 'Asia/Bangkok',
      start: '2026-11-18T09:00',
      end: '2026-11-18T17:00',
      sessions: [
        { id: 'morning', title: 'Morning', start: '2026-11-18T09:00', end: '2026-11-18T12:30' },
        { id: 'afternoon', title: 'Afternoon', start: '2026-11-18T13:30', end: '2026-11-18T17:00' },
      ],
    };
    const times = async (zone: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${forum} zone=${zone} now="2026-11-10T12:00Z"></plenary-agenda>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('.times')].map((p) => [visibleText(p), ...[...p.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))]);
    };
    expect(await times('America/New_York')).to.deep.equal([
      ['Tue, Nov 17, 9:00 PM – 12:30 AM ends next day EST', '2026-11-17', '2026-11-17T21:00-05:00', '2026-11-18T00:30-05:00'],
      ['Wed, Nov 18, 1:30 AM – 5:00 AM EST', '2026-11-18', '2026-11-18T01:30-05:00', '2026-11-18T05:00-05:00'],
    ]);
    // Los Angeles (PST, UTC−8): both on Tuesday the 17th, 6:00 PM – 9:30 PM and 10:30 PM – 2:00 AM.
    expect(await times('America/Los_Angeles')).to.deep.equal([
      ['Tue, Nov 17, 6:00 PM – 9:30 PM PST', '2026-11-17', '2026-11-17T18:00-08:00', '2026-11-17T21:30-08:00'],
      ['Tue, Nov 17, 10:30 PM – 2:00 AM ends next day PST', '2026-11-17', '2026-11-17T22:30-08:00', '2026-11-18T02:00-08:00'],
    ]);
    // In Bangkok, and in Tokyo (JST, UTC+9: 11:00 AM – 2:30 PM and 3:30 PM – 7:00 PM), both on the 18th: no dates.
    expect((await times('Asia/Bangkok')).map(([text]) => text)).to.deep.equal(['9:00 AM – 12:30 PM UTC+7', '1:30 PM – 5:00 PM UTC+7']);
    expect((await times('Asia/Tokyo')).map(([text]) => text)).to.deep.equal(['11:00 AM – 2:30 PM UTC+9', '3:30 PM – 7:00 PM UTC+9']);
  });

  it("numbers the days of the programme in order: the organizers' dates that have sessions, whichever zone is shown", async () => {
    // Geneva (CEST, UTC+2), Monday 1 – Wednesday 3 June 2026; sessions on Monday and Wednesday only:
    // two days of programme, Day 1 and Day 2 (not "Day 3", which reads as if a day were missing).
    // Seen from Kiritimati (UTC+14), 10:00 Geneva is 22:00 the same day, 17:00 Geneva 05:00 the next.
    const descriptor = {
      plenary: 1,
      title: 'Three days',
      timeZone: 'Europe/Zurich',
      start: '2026-06-01T10:00',
      end: '2026-06-03T17:00',
      sessions: [
        { id: 'open', title: 'Opening', start: '2026-06-01T10:00', end: '2026-06-01T12:00' },
        { id: 'close', title: 'Closing', start: '2026-06-03T15:00', end: '2026-06-03T17:00' },
      ],
    };
    const days = async (zone: string, lang = 'en') => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda lang=${lang} zone=${zone} now="2026-05-01T00:00Z" .event=${descriptor}></plenary-agenda>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h));
    };
    expect(await days('Europe/Zurich')).to.deep.equal(['Day 1 · Monday, June 1', 'Day 2 · Wednesday, June 3']);
    expect(await days('Pacific/Kiritimati')).to.deep.equal(['Day 1 · Monday, June 1', 'Day 2 · Thursday, June 4']);
    // The day's number in the digits of its date: Arabic-Indic in Egyptian Arabic, 0–9 in Arabic tagged `ar`.
    const numbers = async (lang: string) => (await days('Europe/Zurich', lang)).map((heading) => heading.split(' · ')[0]);
    expect(await numbers('ar-EG')).to.deep.equal(['اليوم ١', 'اليوم ٢']);
    expect(await numbers('ar')).to.deep.equal(['اليوم 1', 'اليوم 2']);
  });

  it("dates a day where it begins in the zone shown, also when the programme lists that day's afternoon before its morning", async () => {
    // Geneva (CET, UTC+1), Monday 15 and Tuesday 16 March 2027. Seen from Pago Pago (UTC−11), Monday's 9:30 opening is
    // 9:30 PM on Sunday 14 March, its 2:00 PM working group 2:00 AM on Monday 15; Tuesday's 9:30 is 9:30 PM on Monday 15.
    // Day 1 begins on the Sunday there, wherever the programme lists its opening.
    const descriptor = {
      plenary: 1,
      title: 'Two days in Geneva',
      timeZone: 'Europe/Zurich',
      start: '2027-03-15T09:30',
      end: '2027-03-16T12:30',
      sessions: [
        { id: 'group', title: 'Working group', start: '2027-03-15T14:00', end: '2027-03-15T17:00' },
        { id: 'open', title: 'Opening', start: '2027-03-15T09:30', end: '2027-03-15T12:30' },
        { id: 'report', title: 'Reports', start: '2027-03-16T09:30', end: '2027-03-16T12:30' },
      ],
    };
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="Pacific/Pago_Pago" now="2027-03-01T00:00Z" .event=${descriptor}></plenary-agenda>`);
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h))).to.deep.equal(['Day 1 · Sunday, March 14', 'Day 2 · Monday, March 15']);
    // The sessions in the programme's order, each with its date: the day's fall on two dates there.
    expect([...el.shadowRoot!.querySelectorAll('.times')].map((t) => visibleText(t))).to.deep.equal([
      'Mon, Mar 15, 2:00 AM – 5:00 AM UTC−11',
      'Sun, Mar 14, 9:30 PM – 12:30 AM ends next day UTC−11',
      '9:30 PM – 12:30 AM ends next day UTC−11',
    ]);
  });

  it("numbers no days for a webinar that runs on past the organizers' midnight: it is one sitting, each session dated", async () => {
    // New York (EDT, UTC−4), Thursday 10 June 2027: 11:30 PM – 12:15 AM, then 12:30 AM – 1:00 AM on Friday the
    // 11th, that is 03:30–04:15 and 04:30–05:00 UTC. In Kiritimati (UTC+14) both are on Friday 11 June, 5:30 PM –
    // 6:15 PM and 6:30 PM – 7:00 PM: as "Day 1 · Friday, June 11" and "Day 2 · Friday, June 11" they read as two days.
    const webinar = {
      plenary: 1,
      title: 'Late webinar',
      timeZone: 'America/New_York',
      start: '2027-06-10T23:30',
      end: '2027-06-11T01:00',
      sessions: [
        { id: 'before', title: 'Before midnight', start: '2027-06-10T23:30', end: '2027-06-11T00:15' },
        { id: 'after', title: 'After midnight', start: '2027-06-11T00:30', end: '2027-06-11T01:00' },
      ],
    };
    const seen = async (zone: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${webinar} zone=${zone} now="2027-06-01T00:00Z"></plenary-agenda>`);
      await ready(el);
      return {
        days: [...el.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h)),
        times: [...el.shadowRoot!.querySelectorAll('.times')].map((p) => [visibleText(p), ...[...p.querySelectorAll('time')].map((t) => t.getAttribute('datetime'))]),
      };
    };
    expect(await seen('Pacific/Kiritimati')).to.deep.equal({
      days: [],
      times: [
        ['Fri, Jun 11, 5:30 PM – 6:15 PM UTC+14', '2027-06-11', '2027-06-11T17:30+14:00', '2027-06-11T18:15+14:00'],
        ['Fri, Jun 11, 6:30 PM – 7:00 PM UTC+14', '2027-06-11', '2027-06-11T18:30+14:00', '2027-06-11T19:00+14:00'],
      ],
    });
    expect(await seen('America/New_York')).to.deep.equal({
      days: [],
      times: [
        ['Thu, Jun 10, 11:30 PM – 12:15 AM ends next day EDT', '2027-06-10', '2027-06-10T23:30-04:00', '2027-06-11T00:15-04:00'],
        ['Fri, Jun 11, 12:30 AM – 1:00 AM EDT', '2027-06-11', '2027-06-11T00:30-04:00', '2027-06-11T01:00-04:00'],
      ],
    });
  });

  it("numbers no days for a webinar whose sessions all begin on one date, the last running on past the organizers' midnight or the event alone", async () => {
    // New York (EDT, UTC−4), Thursday 10 June 2027: 11:00 PM – 11:40 PM, then 11:45 PM – 1:00 AM on Friday the 11th,
    // that is 03:00–03:40 and 03:45–05:00 UTC. In Kiritimati (UTC+14) both are on Friday 11 June, 5:00 PM – 5:40 PM and
    // 5:45 PM – 7:00 PM. A two-hour webinar: a lone "Day 1" heading above it would promise a second day.
    const webinar = (sessions: object[]) => ({ plenary: 1, title: 'Late webinar', timeZone: 'America/New_York', start: '2027-06-10T23:00', end: '2027-06-11T01:00', sessions });
    const seen = async (event: object, zone: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${event} zone=${zone} now="2027-06-01T00:00Z"></plenary-agenda>`);
      await ready(el);
      return {
        days: [...el.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h)),
        times: [...el.shadowRoot!.querySelectorAll('.times')].map((p) => visibleText(p)),
      };
    };
    const two = webinar([
      { id: 'opening', title: 'Opening', start: '2027-06-10T23:00', end: '2027-06-10T23:40' },
      { id: 'panel', title: 'Panel', start: '2027-06-10T23:45', end: '2027-06-11T01:00' },
    ]);
    expect(await seen(two, 'Pacific/Kiritimati')).to.deep.equal({
      days: [],
      times: ['Fri, Jun 11, 5:00 PM – 5:40 PM UTC+14', 'Fri, Jun 11, 5:45 PM – 7:00 PM UTC+14'],
    });
    expect(await seen(two, 'America/New_York')).to.deep.equal({
      days: [],
      times: ['11:00 PM – 11:40 PM EDT', '11:45 PM – 1:00 AM ends next day EDT'],
    });
    // One session from 11:00 PM to 1:00 AM: 5:00 PM – 7:00 PM on Friday in Kiritimati.
    const one = webinar([{ id: 'whole', title: 'Webinar', start: '2027-06-10T23:00', end: '2027-06-11T01:00' }]);
    expect(await seen(one, 'Pacific/Kiritimati')).to.deep.equal({ days: [], times: ['Fri, Jun 11, 5:00 PM – 7:00 PM UTC+14'] });
    // An event from 10:00 PM to 2:00 AM whose one session ends at 11:00 PM, before the midnight the event runs past.
    const early = { ...webinar([{ id: 'talk', title: 'Talk', start: '2027-06-10T22:00', end: '2027-06-10T23:00' }]), start: '2027-06-10T22:00', end: '2027-06-11T02:00' };
    expect(await seen(early, 'America/New_York')).to.deep.equal({ days: [], times: ['10:00 PM – 11:00 PM EDT'] });
    // A meeting of three days whose programme gives only its first day's sessions: that day is its Day 1.
    const firstDayOnly = {
      plenary: 1,
      title: 'Three days',
      timeZone: 'America/New_York',
      start: '2027-06-14T09:00',
      end: '2027-06-16T17:00',
      sessions: [{ id: 'opening', title: 'Opening', start: '2027-06-14T09:00', end: '2027-06-14T12:00' }],
    };
    expect((await seen(firstDayOnly, 'America/New_York')).days).to.deep.equal(['Day 1 · Monday, June 14']);
  });

  it("keeps numbering the days of a meeting whose first day's sessions run past midnight, the next day's beginning the morning after", async () => {
    // New York (EDT), Thursday 10 June 2027 6:00 PM – 12:30 AM, then Friday 11 June 9:00 AM – 5:00 PM: two days, not one sitting.
    const meeting = {
      plenary: 1,
      title: 'Evening and morning',
      timeZone: 'America/New_York',
      start: '2027-06-10T18:00',
      end: '2027-06-11T17:00',
      sessions: [
        { id: 'evening', title: 'Evening', start: '2027-06-10T18:00', end: '2027-06-11T00:30' },
        { id: 'morning', title: 'Morning', start: '2027-06-11T09:00', end: '2027-06-11T17:00' },
      ],
    };
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${meeting} zone="America/New_York" now="2027-06-01T00:00Z"></plenary-agenda>`);
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h))).to.deep.equal(['Day 1 · Thursday, June 10', 'Day 2 · Friday, June 11']);
  });

  it('marks the session under way while live, and only then', async () => {
    const current = async (now: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${await programme()} now=${now}></plenary-agenda>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('li.session[aria-current=true]')].map((s) => s.id);
    };
    expect(await current('2020-10-13T10:59Z')).to.deep.equal([]);
    expect(await current('2020-10-13T11:00Z')).to.deep.equal(['opening']);
    expect(await current('2020-10-13T12:30Z')).to.deep.equal(['capacities']);
    expect(await current('2020-10-13T14:19Z')).to.deep.equal(['cooperation']);
    expect(await current('2020-10-13T14:20Z')).to.deep.equal([]);
  });

  it('marks one session under way when sessions without an end are listed out of order: each lasts until the next to start', async () => {
    // New York (EDT, UTC−4): 7:00, 8:00 and 9:00 AM, listed 9:00, 7:00, 8:00; at 8:30 AM (12:30 UTC) the 8:00 session is under way.
    const unordered = {
      ...(await seedDescriptor()),
      documents: [],
      sessions: [
        { id: 'third', title: 'Third', start: '2020-10-13T09:00' },
        { id: 'first', title: 'First', start: '2020-10-13T07:00' },
        { id: 'second', title: 'Second', start: '2020-10-13T08:00' },
      ],
    };
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${unordered} now="2020-10-13T12:30Z"></plenary-agenda>`);
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('li.session[aria-current=true]')].map((s) => s.id)).to.deep.equal(['second']);
  });

  it('does not mark the last session of a day that gives no end through the night, nor put the Join on it', async () => {
    // Rome: the reception (17:00, no end) lasts as long as the afternoon session, until 18:00 (17:00 UTC); the
    // meeting has one link, which the programme puts on the session under way.
    const shown = async (now: string) => {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${romeMeeting()} zone="Europe/Rome" now=${now}></plenary-agenda>`);
      await ready(el);
      const root = el.shadowRoot!;
      return {
        now: [...root.querySelectorAll('li.session[aria-current=true]')].map((s) => `${s.id}: ${visibleText(s.querySelector('[part=now]')!)}`),
        join: [...root.querySelectorAll('[part=session-join]')].map((j) => j.closest('li')!.id),
      };
    };
    expect(await shown('2027-03-27T15:59Z'), '16:59 on Saturday').to.deep.equal({ now: ['d1-afternoon: Now'], join: ['d1-afternoon'] });
    expect(await shown('2027-03-27T16:30Z'), '17:30 on Saturday').to.deep.equal({ now: ['d1-afternoon: Now', 'd1-reception: Now'], join: ['d1-reception'] });
    expect(await shown('2027-03-27T22:00Z'), '23:00 on Saturday').to.deep.equal({ now: [], join: [] });
    expect(await shown('2027-03-28T01:00Z'), '03:00 on Sunday').to.deep.equal({ now: [], join: [] });
    expect(await shown('2027-03-28T07:05Z'), '09:05 on Sunday').to.deep.equal({ now: ['d2-opening: Now'], join: ['d2-opening'] });
    // Sunday's last session ends at the hour the meeting ends, 17:00: CEST since the clocks went forward at 2:00, 15:00 UTC.
    expect(await shown('2027-03-28T14:59Z'), '16:59 on Sunday').to.deep.equal({ now: ['d2-groups: Now'], join: ['d2-groups'] });
    expect(await shown('2027-03-28T15:00Z'), '17:00 on Sunday').to.deep.equal({ now: [], join: [] });
    expect(await shown('2027-03-28T21:30Z'), '23:30 on Sunday').to.deep.equal({ now: [], join: [] });
  });

  it('on the clock, unmarks a session without an end at the midnight that ends it', async () => {
    // The meeting ends at 12:00 on Monday, before Sunday's last session (14:00, no end) starts: that session ends at
    // midnight in Rome, 22:00 UTC (CEST, on a day of 23 hours); the next starts on Monday at 9:00. Without the
    // meeting's link, whose sitting would end then too: the session's own end must wake the programme.
    const clock = manualClock(Date.parse('2027-03-28T21:59Z'));
    const el = document.createElement('plenary-agenda') as PlenaryAgendaElement;
    const marked = () => [...el.shadowRoot!.querySelectorAll('li.session[aria-current=true]')].map((s) => s.id);
    try {
      el.event = { ...romeMeeting(), end: '2027-03-29T12:00', join: undefined };
      el.setAttribute('zone', 'Europe/Rome');
      document.body.append(el);
      await clock.tick(0);
      await el.updateComplete;
      expect(marked(), '23:59 on Sunday').to.deep.equal(['d2-groups']);
      await clock.tick(2 * 60_000);
      await el.updateComplete;
      expect(marked(), '00:01 on Monday').to.deep.equal([]);
    } finally {
      el.remove();
      clock.restore();
    }
  });

  it('marks parallel sessions under way together', async () => {
    // The symposium's two workshops, 13:30–17:00 in Seoul (UTC+9) on 6 October 2026: 04:30–08:00 UTC.
    const symposium = await (await fetch('/examples/multi-day-symposium.json')).json();
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${symposium} now="2026-10-06T05:00Z" zone="Asia/Seoul"></plenary-agenda>`);
    await ready(el);
    const marked = [...el.shadowRoot!.querySelectorAll('li.session[aria-current=true]')];
    expect(marked.map((s) => s.id)).to.deep.equal(['d1-workshop-a', 'd1-workshop-b']);
    expect(marked.map((s) => visibleText(s.querySelector('[part=now]')!))).to.deep.equal(['Now', 'Now']);
  });

  it('renders a 500-session agenda in full', async () => {
    const start = Date.UTC(2030, 0, 1, 0, 0);
    const sessions = Array.from({ length: 500 }, (_, i) => ({
      id: `s${i + 1}`,
      title: `Session ${i + 1}`,
      start: new Date(start + i * 600_000).toISOString(),
      end: new Date(start + (i + 1) * 600_000).toISOString(),
      description: `What session ${i + 1} covers.`,
    }));
    const descriptor = { plenary: 1, title: 'Marathon', start: new Date(start).toISOString(), end: new Date(start + 500 * 600_000).toISOString(), sessions };
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${descriptor} now="2029-01-01T00:00Z"></plenary-agenda>`);
    await ready(el);
    const items = el.shadowRoot!.querySelectorAll('li.session');
    expect(items).to.have.length(500);
    expect(items[499]!.id).to.equal('s500');
  });

  it('shows the first sessions of a long programme in its first frame, and every other one right after', async () => {
    // 120 sessions of 30 minutes from 08:00 UTC on 1 March 2030, with speakers for the programme as a whole.
    const descriptor = { ...longProgramme(120, 30, Date.UTC(2030, 2, 1, 8, 0)), speakers: [{ name: 'Ms. Keynote' }] };
    const { sessions } = descriptor;
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="UTC" now="2030-01-01T00:00Z"></plenary-agenda>`);
    el.event = descriptor;
    const shown = () => [...el.shadowRoot!.querySelectorAll('li.session')].map((s) => s.id);
    // The first render that shows sessions, before the next task: the first 20.
    await firstSessions(el);
    expect(shown()).to.deep.equal(sessions.slice(0, 20).map((s) => s.id));
    expect(el.shadowRoot!.querySelectorAll('.event-people').length, 'the speakers of the whole event wait for the sessions above them').to.equal(0);
    await el.updateComplete;
    expect(shown()).to.deep.equal(sessions.map((s) => s.id));
    // 120 half-hours from 08:00 on 1 March: 32 sessions that day (to midnight), 48 on the 2nd, 40 on the 3rd.
    expect([...el.shadowRoot!.querySelectorAll('section.day')].map((d) => d.querySelectorAll('li.session').length)).to.deep.equal([32, 48, 40]);
    expect(visibleText(el.shadowRoot!.querySelector('.event-people')!)).to.equal('Speakers Ms. Keynote');
  });

  it("dates the first sessions of a long programme's day in its first frame when later ones of that day fall on the next date", async () => {
    // 120 sessions of 30 minutes from 08:00 UTC on Friday 1 March 2030; 32 of them on that UTC date. In Kolkata
    // (IST, UTC+5:30) the first 20 run from 1:30 PM to 11:30 PM on the 1st; the 22nd begins at 18:30 UTC,
    // midnight there, on Saturday the 2nd. The first frame dates its rows already: they do not move once the rest comes.
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="Asia/Kolkata" now="2030-01-01T00:00Z"></plenary-agenda>`);
    el.event = longProgramme(120, 30, Date.UTC(2030, 2, 1, 8, 0));
    const times = (id: string) => visibleText(el.shadowRoot!.querySelector(`#${id} .times`)!);
    await firstSessions(el);
    expect(el.shadowRoot!.querySelectorAll('li.session').length).to.equal(20);
    expect(visibleText(el.shadowRoot!.querySelector('[part=day-title]')!)).to.equal('Day 1 · Friday, March 1');
    expect(times('s1')).to.equal('Fri, Mar 1, 1:30 PM – 2:00 PM UTC+5:30');
    expect(times('s20')).to.equal('Fri, Mar 1, 11:00 PM – 11:30 PM UTC+5:30');
    await el.updateComplete;
    expect(times('s1')).to.equal('Fri, Mar 1, 1:30 PM – 2:00 PM UTC+5:30');
    expect(times('s22')).to.equal('Sat, Mar 2, 12:00 AM – 12:30 AM UTC+5:30');
  });

  it('leaves the rest of a long programme alone until its first sessions have had a frame to be drawn in', async () => {
    // Rendered from the frame after the first sessions', the rest takes the processor from their raster.
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="UTC"></plenary-agenda>`);
    el.event = longProgramme(120, 30, Date.UTC(2030, 2, 1, 8, 0));
    const count = () => el.shadowRoot!.querySelectorAll('li.session').length;
    await firstSessions(el);
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    expect(count(), 'after the next frame').to.equal(20);
    await el.updateComplete;
    expect(count()).to.equal(120);
  });

  it('settles when a long programme is replaced by a short one before its next frame', async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="UTC"></plenary-agenda>`);
    el.event = longProgramme(60, 10, Date.UTC(2030, 2, 1, 8, 0));
    await firstSessions(el);
    // In the same task: nothing has been painted since the first 20 were rendered.
    el.event = longProgramme(3, 10, Date.UTC(2030, 2, 1, 8, 0));
    const settled = await Promise.race([el.updateComplete.then(() => true), new Promise<false>((r) => setTimeout(() => r(false), 3000))]);
    expect(settled, 'updateComplete settled').to.equal(true);
    expect(el.shadowRoot!.querySelectorAll('li.session').length).to.equal(3);
  });

  it('prints a long programme whole, also when the page prints before its next frame', async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="UTC"></plenary-agenda>`);
    el.event = longProgramme(60, 10, Date.UTC(2030, 2, 1, 8, 0));
    const count = () => el.shadowRoot!.querySelectorAll('li.session').length;
    await firstSessions(el);
    expect(count()).to.equal(20);
    // A print view that prints at once: the print is laid out right after "beforeprint", before any other task.
    let taskRan = false;
    setTimeout(() => (taskRan = true));
    dispatchEvent(new Event('beforeprint'));
    await el.updateComplete;
    expect(taskRan, 'the rest came in a later task, not for the print').to.equal(false);
    expect(count()).to.equal(60);
  });

  it('shows the first sessions of the first day first, also when the descriptor lists a later day first', async () => {
    // 30 hourly sessions on 2 March 2030 (UTC) listed before 30 on 1 March: the agenda shows 1 March first.
    const at = (day: number, i: number) => new Date(Date.UTC(2030, 2, day, 0, 0) + i * 2_400_000).toISOString();
    const day = (d: number) => Array.from({ length: 30 }, (_, i) => ({ id: `d${d}-${i + 1}`, title: `Day ${d}, ${i + 1}`, start: at(d, i), end: at(d, i + 1) }));
    const descriptor = { plenary: 1, title: 'Two days', start: at(1, 0), end: at(2, 30), sessions: [...day(2), ...day(1)] };
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda zone="UTC" now="2030-01-01T00:00Z"></plenary-agenda>`);
    el.event = descriptor;
    const shown = () => [...el.shadowRoot!.querySelectorAll('li.session')].map((s) => s.id);
    await firstSessions(el);
    expect(shown()).to.deep.equal(day(1).slice(0, 20).map((s) => s.id));
    expect(visibleText(el.shadowRoot!.querySelector('[part=day-title]')!)).to.equal('Day 1 · Friday, March 1');
    await el.updateComplete;
    expect(shown()).to.deep.equal([...day(1), ...day(2)].map((s) => s.id));
  });

  it('offers each session still to come for a calendar: unfolded by keyboard, three links for that session alone', async () => {
    // Seoul is UTC+9 all year: Workshop A, 13:30–17:00 on 6 October 2026, is 04:30–08:00 UTC.
    const symposium = await (await fetch('/examples/multi-day-symposium.json')).json();
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${symposium} now="2026-10-06T05:00Z" zone="Asia/Seoul"></plenary-agenda>`);
    await ready(el);
    const add = (id: string) => el.shadowRoot!.querySelector<HTMLDetailsElement>(`li#${id} details.add`);
    // The opening plenary (09:00–12:00 Seoul, 00:00–03:00 UTC) is over; the workshops are not.
    expect(add('d1-plenary')).to.equal(null);
    const workshop = add('d1-workshop-a')!;
    expect(visibleText(workshop.querySelector('summary')!)).to.equal('Add to calendar');
    expect(workshop.querySelector('summary .visually-hidden')!.textContent).to.equal(': Day 1 — Workshop A: Institutions');
    expect(workshop.querySelectorAll('a').length, 'links made before they are asked for').to.equal(0);
    // Focused and unfolded from the keyboard.
    workshop.querySelector('summary')!.focus();
    expect(el.shadowRoot!.activeElement === workshop.querySelector('summary'), 'the summary takes focus').to.equal(true);
    const toggled = oneEvent(workshop, 'toggle');
    await sendKeys({ press: 'Enter' });
    await toggled;
    await el.updateComplete;
    const links = [...workshop.querySelectorAll('a')];
    expect(links.map((a) => visibleText(a))).to.deep.equal(['Google Calendar', 'Outlook.com', 'Microsoft 365']);
    // Heard with the session: in a list of the page's links, not the same as the card's links for the whole event.
    expect(links.map((a) => spokenText(a))).to.deep.equal([
      'Google Calendar: Day 1 — Workshop A: Institutions (opens in a new tab)',
      'Outlook.com: Day 1 — Workshop A: Institutions (opens in a new tab)',
      'Microsoft 365: Day 1 — Workshop A: Institutions (opens in a new tab)',
    ]);
    expect(new URL(links[0]!.href).searchParams.get('dates')).to.equal('20261006T043000Z/20261006T080000Z');
    expect(new URL(links[0]!.href).searchParams.get('text')).to.equal('Day 1 — Workshop A: Institutions (Regional Symposium on Effective Governance for the SDGs)');
    expect(new URL(links[2]!.href).searchParams.get('startdt')).to.equal('2026-10-06T04:30:00Z');
    expect(links.every((a) => a.target === '_blank')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('offers no session for a calendar once the event is called off or over', async () => {
    const symposium = await (await fetch('/examples/multi-day-symposium.json')).json();
    for (const [now, patch] of [
      ['2026-09-01T00:00Z', { status: 'cancelled' }],
      ['2026-09-01T00:00Z', { status: 'postponed' }],
      ['2026-10-09T00:00Z', {}],
    ] as const) {
      const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${{ ...symposium, ...patch }} now=${now}></plenary-agenda>`);
      await ready(el);
      expect(el.shadowRoot!.querySelectorAll('details.add').length, `${now} ${JSON.stringify(patch)}`).to.equal(0);
    }
  });

  it('says the programme is to come when there are no sessions', async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda .event=${{ ...(await seedDescriptor()), sessions: [], documents: [] }}></plenary-agenda>`);
    await ready(el);
    expect(visibleText(el)).to.equal('The programme will be published here.');
  });
});
