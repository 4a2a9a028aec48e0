import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryJoinElement } from './join.js';
import { genevaDay, manualClock, ready, romeMeeting, visibleText } from '../../../test/helpers.js';
import { pendingWakeUps } from '../../time/clock.js';

/*
 * romeMeeting(): three days in Rome with one link for the whole meeting, worked
 * out by hand. Rome keeps CET (UTC+1) on Saturday 27 March 2027 and CEST (UTC+2)
 * from 01:00 UTC on Sunday 28; New York keeps EDT (UTC−4), Tokyo JST (UTC+9).
 * The sessions without an end last until the next session of their day, the
 * last of a day until that day's latest end, else until the hour the meeting
 * ends (17:00), the last of the meeting until its end: four sittings, each
 * window opening 30 minutes before.
 *
 *   sitting                           Rome                 UTC              window opens (UTC)   New York               Tokyo
 *   Saturday morning                  Sat 09:00–12:30      08:00–11:30      07:30                4:00–7:30 AM           17:00–20:30 Sat
 *   Saturday afternoon + reception    Sat 14:00–18:00      13:00–17:00      12:30                9:00 AM–1:00 PM        22:00 Sat–02:00 Sun
 *   Sunday morning + working groups   Sun 09:00–17:00      07:00–15:00      06:30                3:00–11:00 AM          16:00 Sun–00:00 Mon
 *   Closing                           Mon 09:00–17:00      07:00–15:00      06:30                3:00–11:00 AM          16:00 Mon–00:00 Tue
 */
const LINK = 'https://meet.example.org/rome-2027';

async function joinAt(now: string, zone: string, descriptor: Record<string, unknown> = romeMeeting()) {
  const el = await fixture<PlenaryJoinElement>(html`<plenary-join lang="en" .event=${descriptor} now=${now} zone=${zone}></plenary-join>`);
  await ready(el);
  return el;
}

const linkTo = (el: Element) => el.shadowRoot!.querySelector('a[part=button]')?.getAttribute('href') ?? null;

/**
 * A join element showing `event` in `zone` on a clock that starts at `start`
 * and moves only when told: `at(iso)` moves it there and waits for the
 * element; `said` is what the page's live region has said since the first
 * render. `end()` takes it all away.
 */
async function onTheClock(event: Record<string, unknown>, zone: string, start: string) {
  const clock = manualClock(Date.parse(start));
  const el = document.createElement('plenary-join') as PlenaryJoinElement;
  el.event = event;
  el.setAttribute('zone', zone);
  el.setAttribute('lang', 'en');
  document.body.append(el);
  await clock.tick(0);
  await el.updateComplete;
  const said: string[] = [];
  const observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && said.push(n.textContent))));
  observer.observe(document.querySelector('[data-plenary-announcer]')!, { childList: true });
  return {
    el,
    said,
    at: async (iso: string) => {
      await clock.tick(Date.parse(iso) - clock.now());
      await el.updateComplete;
    },
    end: () => {
      observer.disconnect();
      el.remove();
      clock.restore();
    },
  };
}

describe('plenary-join: a meeting of several days with one link', () => {
  // [instant (UTC), what it is in Rome, the link shown, the text in Rome, in New York, in Tokyo]
  const STOPS: ReadonlyArray<readonly [string, string, string | null, string, string, string]> = [
    [
      '2027-03-26T12:00Z',
      'the day before',
      null,
      'Join the meeting · Zoom Opens on Sat, Mar 27 at 8:30 AM your time · Starts in 20 hours',
      'Join the meeting · Zoom Opens on Sat, Mar 27 at 3:30 AM your time · Starts in 20 hours',
      'Join the meeting · Zoom Opens on Sat, Mar 27 at 4:30 PM your time · Starts in 20 hours',
    ],
    [
      '2027-03-27T11:45Z',
      '12:45 on Saturday, at lunch',
      null,
      'Join the meeting · Zoom Opens at 1:30 PM your time · Resumes in 1 hour',
      'Join the meeting · Zoom Opens at 8:30 AM your time · Resumes in 1 hour',
      'Join the meeting · Zoom Opens at 9:30 PM your time · Resumes in 1 hour',
    ],
    [
      '2027-03-27T15:59Z',
      '16:59 on Saturday',
      LINK,
      // Not the end: the meeting sits again on Sunday morning (9:00 in Rome, 07:00 UTC, 3:00 AM in New York, 4:00 PM in Tokyo).
      'Live now Join the meeting · Zoom Pauses at 6:00 PM · Resumes on Sun, Mar 28 at 9:00 AM',
      'Live now Join the meeting · Zoom Pauses at 1:00 PM · Resumes on Sun, Mar 28 at 3:00 AM',
      // 00:59 on Sunday in Tokyo: the afternoon pauses at 2:00 AM that same Sunday, and resumes that afternoon.
      'Live now Join the meeting · Zoom Pauses at 2:00 AM · Resumes at 4:00 PM',
    ],
    [
      '2027-03-27T16:30Z',
      '17:30 on Saturday, the reception',
      LINK,
      'Live now Join the meeting · Zoom Pauses at 6:00 PM · Resumes on Sun, Mar 28 at 9:00 AM',
      'Live now Join the meeting · Zoom Pauses at 1:00 PM · Resumes on Sun, Mar 28 at 3:00 AM',
      'Live now Join the meeting · Zoom Pauses at 2:00 AM · Resumes at 4:00 PM',
    ],
    [
      '2027-03-27T22:00Z',
      '23:00 on Saturday',
      null,
      'Join the meeting · Zoom Opens on Sun, Mar 28 at 8:30 AM your time · Resumes in 9 hours',
      'Join the meeting · Zoom Opens on Sun, Mar 28 at 2:30 AM your time · Resumes in 9 hours',
      // 7:00 AM on Sunday in Tokyo: Sunday's window opens this afternoon there.
      'Join the meeting · Zoom Opens at 3:30 PM your time · Resumes in 9 hours',
    ],
    [
      '2027-03-28T01:00Z',
      '03:00 on Sunday',
      null,
      'Join the meeting · Zoom Opens at 8:30 AM your time · Resumes in 6 hours',
      // 9:00 PM on Saturday in New York: Sunday's morning session is the small hours of its Sunday.
      'Join the meeting · Zoom Opens on Sun, Mar 28 at 2:30 AM your time · Resumes in 6 hours',
      'Join the meeting · Zoom Opens at 3:30 PM your time · Resumes in 6 hours',
    ],
    ['2027-03-28T06:45Z', "08:45 on Sunday, the window open", LINK, 'Resumes in 15 minutes Join the meeting · Zoom', 'Resumes in 15 minutes Join the meeting · Zoom', 'Resumes in 15 minutes Join the meeting · Zoom'],
    [
      '2027-03-28T07:05Z',
      '09:05 on Sunday',
      LINK,
      // The working groups give no end and are Sunday's last session: they last until the hour the meeting ends, 17:00,
      // which is midnight in Tokyo, Monday's. It resumes on Monday at 9:00 in Rome (07:00 UTC): 3:00 AM in New York, 4:00 PM in Tokyo.
      'Live now Join the meeting · Zoom Pauses at 5:00 PM · Resumes on Mon, Mar 29 at 9:00 AM',
      'Live now Join the meeting · Zoom Pauses at 11:00 AM · Resumes on Mon, Mar 29 at 3:00 AM',
      'Live now Join the meeting · Zoom Pauses on Mon, Mar 29 at 12:00 AM · Resumes on Mon, Mar 29 at 4:00 PM',
    ],
    [
      '2027-03-28T15:00Z',
      '17:00 on Sunday, the working groups over',
      null,
      'Join the meeting · Zoom Opens on Mon, Mar 29 at 8:30 AM your time · Resumes in 16 hours',
      'Join the meeting · Zoom Opens on Mon, Mar 29 at 2:30 AM your time · Resumes in 16 hours',
      // Midnight on Monday in Tokyo: Monday's window opens this afternoon there.
      'Join the meeting · Zoom Opens at 3:30 PM your time · Resumes in 16 hours',
    ],
    [
      '2027-03-29T14:59Z',
      '16:59 on Monday',
      LINK,
      'Live now Join the meeting · Zoom Ends at 5:00 PM',
      'Live now Join the meeting · Zoom Ends at 11:00 AM',
      'Live now Join the meeting · Zoom Ends on Tue, Mar 30 at 12:00 AM',
    ],
    ['2027-03-29T15:00Z', '17:00 on Monday, the end', null, 'This event has ended.', 'This event has ended.', 'This event has ended.'],
  ];
  const ZONES = ['Europe/Rome', 'America/New_York', 'Asia/Tokyo'] as const;

  for (const [i, zone] of ZONES.entries()) {
    it(`in ${zone}: "Live now" only while a session is under way; between the days and at lunch, when it resumes; the end with its date when that is another day`, async () => {
      for (const stop of STOPS) {
        const [now, when, link] = stop;
        const el = await joinAt(now, zone);
        expect(visibleText(el), `${when} (${now})`).to.equal(stop[3 + i]);
        expect(linkTo(el), `${when}: the link`).to.equal(link);
      }
    });
  }

  it('writes the date of a pause and of the resumption on another day in the visitor\'s zone as a machine reads it', async () => {
    const el = await joinAt('2027-03-28T07:05Z', 'Asia/Tokyo');
    expect([...el.shadowRoot!.querySelectorAll('.detail time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2027-03-29',
      '2027-03-29T00:00+09:00',
      '2027-03-29',
      '2027-03-29T16:00+09:00',
    ]);
    await expect(el).to.be.accessible();
  });

  it('without times for its sessions, one window from the start to the end, the end with its date', async () => {
    // Nothing says when the meeting sits: at 03:00 on Sunday it may be under way, and it ends on Monday at 17:00 (CEST).
    const el = await joinAt('2027-03-28T01:00Z', 'Europe/Rome', { ...romeMeeting(), sessions: [] });
    expect(visibleText(el)).to.equal('Live now Join the meeting · Zoom Ends on Mon, Mar 29 at 5:00 PM');
    expect(linkTo(el)).to.equal(LINK);
  });

  it('in French and Arabic: when it resumes, and the pause with its date, in the words of the language', async () => {
    const at = async (lang: string, now: string, zone: string) => {
      const el = await fixture<PlenaryJoinElement>(html`<plenary-join lang=${lang} .event=${romeMeeting()} now=${now} zone=${zone}></plenary-join>`);
      await ready(el);
      return el;
    };
    // 03:00 on Sunday in Rome is 9:00 PM on Saturday in New York; 09:05 on Sunday in Rome is 4:05 PM in Tokyo, and 17:00
    // in Rome, when Sunday's sitting ends, is midnight on Monday there; Monday's sitting starts at 4:00 PM there.
    expect(visibleText(await at('fr', '2027-03-28T01:00Z', 'America/New_York'))).to.equal(
      'Rejoindre la réunion · Zoom Ouverture des connexions le dim. 28 mars à 2:30 (votre heure locale) · Reprend dans 6 heures',
    );
    expect(visibleText(await at('fr', '2027-03-28T07:05Z', 'Asia/Tokyo'))).to.equal(
      'En cours Rejoindre la réunion · Zoom S’interrompt le lun. 29 mars à 0:00 · Reprend le lun. 29 mars à 16:00',
    );
    expect(visibleText(await at('ar', '2027-03-28T01:00Z', 'America/New_York'))).to.equal(
      'الانضمام إلى الاجتماع · Zoom يُفتح باب الانضمام يوم الأحد، 28 مارس في الساعة 2:30 ص بتوقيتكم المحلي · يُستأنف خلال 6 ساعات',
    );
    const ar = await at('ar', '2027-03-28T07:05Z', 'Asia/Tokyo');
    expect(visibleText(ar)).to.equal(
      'جارية الآن الانضمام إلى الاجتماع · Zoom تتوقف مؤقتًا يوم الاثنين، 29 مارس في الساعة 12:00 ص · تُستأنف يوم الاثنين، 29 مارس في الساعة 4:00 م',
    );
    await expect(ar).to.be.accessible();
  });

  it('on the clock: says the meeting pausing for the night and when it resumes, the window opening and the meeting resuming each day, not "started" again', async () => {
    expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
    // An id of its own: the page's live region says a moment once per event, and earlier tests showed this one.
    const shown = await onTheClock({ ...romeMeeting(), id: 'rome-2027-on-the-clock' }, 'Europe/Rome', '2027-03-27T15:59Z'); // 16:59 on Saturday in Rome
    const { said } = shown;
    try {
      const at = async (iso: string) => {
        await shown.at(iso);
        return visibleText(shown.el);
      };
      expect(await at('2027-03-27T16:59:59Z'), '17:59:59 on Saturday').to.equal('Live now Join the meeting · Zoom Pauses at 6:00 PM · Resumes on Sun, Mar 28 at 9:00 AM');
      expect(await at('2027-03-27T17:00Z'), '18:00 on Saturday').to.equal('Join the meeting · Zoom Opens on Sun, Mar 28 at 8:30 AM your time · Resumes in 14 hours');
      expect(said, 'when the day ends').to.deep.equal(['The meeting has paused. It resumes on Sun, Mar 28 at 9:00 AM your time.']);
      expect(await at('2027-03-28T06:30Z'), '08:30 on Sunday').to.equal('Resumes in 30 minutes Join the meeting · Zoom');
      expect(await at('2027-03-28T07:00Z'), '09:00 on Sunday').to.equal('Live now Join the meeting · Zoom Pauses at 5:00 PM · Resumes on Mon, Mar 29 at 9:00 AM');
      expect(said).to.deep.equal(['The meeting has paused. It resumes on Sun, Mar 28 at 9:00 AM your time.', 'The meeting is open: you can join now.', 'The meeting has resumed.']);
      // Sunday's sitting ends at 17:00, the hour the meeting ends: then it is over until Monday morning.
      expect(await at('2027-03-28T14:59Z'), '16:59 on Sunday').to.equal('Live now Join the meeting · Zoom Pauses at 5:00 PM · Resumes on Mon, Mar 29 at 9:00 AM');
      expect(await at('2027-03-28T15:00Z'), '17:00 on Sunday').to.equal('Join the meeting · Zoom Opens on Mon, Mar 29 at 8:30 AM your time · Resumes in 16 hours');
      expect(said.slice(3), 'when Sunday ends').to.deep.equal(['The meeting has paused. It resumes on Mon, Mar 29 at 9:00 AM your time.']);
      expect(await at('2027-03-29T15:00Z'), '17:00 on Monday').to.equal('This event has ended.');
      expect(said).to.deep.equal([
        'The meeting has paused. It resumes on Sun, Mar 28 at 9:00 AM your time.',
        'The meeting is open: you can join now.',
        'The meeting has resumed.',
        'The meeting has paused. It resumes on Mon, Mar 29 at 9:00 AM your time.',
        'The meeting is open: you can join now.',
        'The meeting has resumed.',
        'The event has ended.',
      ]);
    } finally {
      shown.end();
    }
  });

  it("on the clock: at the visitor's midnight, the dates go when the pause and the resumption are now today", async () => {
    expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
    // The meeting ends at 12:00 on Monday, before Sunday's working groups (14:00, no end) start: they last until Rome's
    // midnight, 22:00 UTC (CEST), 7:00 AM on Monday in Tokyo. Monday's sitting starts at 9:00 in Rome, 4:00 PM in Tokyo.
    const clock = manualClock(Date.parse('2027-03-28T14:59Z')); // 23:59 on Sunday in Tokyo
    const el = document.createElement('plenary-join') as PlenaryJoinElement;
    try {
      el.event = { ...romeMeeting(), end: '2027-03-29T12:00' };
      el.setAttribute('zone', 'Asia/Tokyo');
      el.setAttribute('lang', 'en');
      document.body.append(el);
      await clock.tick(0);
      await el.updateComplete;
      expect(visibleText(el), '23:59 on Sunday in Tokyo').to.equal('Live now Join the meeting · Zoom Pauses on Mon, Mar 29 at 7:00 AM · Resumes on Mon, Mar 29 at 4:00 PM');
      await clock.tick(60_000);
      await el.updateComplete;
      expect(visibleText(el), '00:00 on Monday in Tokyo').to.equal('Live now Join the meeting · Zoom Pauses at 7:00 AM · Resumes at 4:00 PM');
    } finally {
      el.remove();
      clock.restore();
    }
  });
});

describe('plenary-join: a meeting of one day with a lunch break and one link', () => {
  // Geneva, Tuesday 15 June 2027, CEST (UTC+2): the event from 9:00 to 17:00 (07:00–15:00 UTC); the morning from 9:30 to
  // 12:00, the afternoon from 13:30 to 16:30. The first window opens 30 minutes before the event starts (8:30), the
  // second 30 minutes before the afternoon (13:00); the afternoon's sitting goes on to the event's end, 17:00.
  const GENEVA = 'https://meet.example.org/geneva-day';

  it('is not "Live now" at lunch, as the card is not: the link waits for the afternoon\'s window; from before the start to the end as before', async () => {
    const stops: ReadonlyArray<readonly [string, string, string | null, string]> = [
      ['2027-06-15T06:45Z', '8:45, the window open', GENEVA, 'Starts in 15 minutes Join the meeting · Zoom'],
      ['2027-06-15T07:10Z', '9:10, before the first session', GENEVA, 'Live now Join the meeting · Zoom Pauses at 12:00 PM · Resumes at 1:30 PM'],
      ['2027-06-15T10:30Z', '12:30, at lunch', null, 'Join the meeting · Zoom Opens at 1:00 PM your time · Resumes in 1 hour'],
      ['2027-06-15T11:10Z', '13:10, the afternoon window open', GENEVA, 'Resumes in 20 minutes Join the meeting · Zoom'],
      ['2027-06-15T14:45Z', '16:45, after the last session, before the end', GENEVA, 'Live now Join the meeting · Zoom Ends at 5:00 PM'],
      ['2027-06-15T15:00Z', '17:00, the end', null, 'This event has ended.'],
    ];
    for (const [now, when, link, text] of stops) {
      const el = await joinAt(now, 'Europe/Zurich', genevaDay());
      expect(visibleText(el), `${when} (${now})`).to.equal(text);
      expect(linkTo(el), `${when}: the link`).to.equal(link);
    }
  });

  it('on the clock: says the meeting pausing for lunch and when it resumes, in the visitor\'s time, as the link goes', async () => {
    // Seen from New York (EDT, UTC−4 in June): the morning's sitting stops at 12:00 in Geneva, 6:00 AM in New York; the
    // afternoon's window opens at 13:00 (7:00 AM), and it resumes at 13:30 (7:30 AM).
    expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
    const shown = await onTheClock({ ...genevaDay(), id: 'geneva-day-on-the-clock' }, 'America/New_York', '2027-06-15T09:59Z');
    const { said } = shown;
    try {
      const at = async (iso: string) => {
        await shown.at(iso);
        return linkTo(shown.el);
      };
      expect(await at('2027-06-15T09:59:59Z'), '5:59:59 AM: live').to.equal('https://meet.example.org/geneva-day');
      expect(said, 'nothing said while the morning goes on').to.deep.equal([]);
      expect(await at('2027-06-15T10:00Z'), '6:00 AM: lunch in Geneva').to.equal(null);
      expect(said).to.deep.equal(['The meeting has paused. It resumes at 7:30 AM your time.']);
      await at('2027-06-15T11:00Z');
      await at('2027-06-15T11:30Z');
      expect(said).to.deep.equal(['The meeting has paused. It resumes at 7:30 AM your time.', 'The meeting is open: you can join now.', 'The meeting has resumed.']);
    } finally {
      shown.end();
    }
  });
});
