import { expect } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryJoinElement } from './join.js';
import type { PlenaryAgendaElement } from '../agenda/agenda.js';
import { manualClock, visibleText } from '../../../test/helpers.js';
import { pendingWakeUps } from '../../time/clock.js';
import { loadLocale } from '../../i18n/locales.js';
import { localeFor } from '../../i18n/lang.js';

/*
 * examples/intergovernmental-meeting-2027.json, worked out by hand. New York is
 * on EDT (UTC−4) in May 2027, Nairobi on EAT (UTC+3) all year.
 *
 *   session              own join                window opens   start–end (UTC)       New York        Nairobi
 *   d1-opening           d1-am, 60 min before    10 May 13:00   14:00–17:00           10:00–13:00     17:00–20:00
 *   d1-services          d1-pm                   10 May 18:30   19:00–22:00           15:00–18:00     22:00–01:00
 *   d2-closed            registered              11 May 13:30   14:00–17:00           10:00–13:00     17:00–20:00
 *   d2-drafting          registered              11 May 18:30   19:00–22:00           15:00–18:00     22:00–01:00
 *   d3-adoption          d3-am                   12 May 13:30   14:00–17:00           10:00–13:00     17:00–20:00
 *   d3-closing           (the event's)           12 May 18:30   19:00–21:00           15:00–17:00     22:00–00:00
 *
 * The event ends on 12 May at 21:00 UTC.
 */
const LINK = {
  d1am: 'https://meetings.example.org/j/egm-2027-d1-am',
  d1pm: 'https://meetings.example.org/j/egm-2027-d1-pm',
  d3am: 'https://meetings.example.org/j/egm-2027-d3-am',
  event: 'https://meetings.example.org/j/egm-2027',
  register: 'https://indico.example.org/event/egm-2027/registrations/',
};

interface Stop {
  /** An instant, UTC. */
  readonly at: string;
  /** The join link shown, or null. */
  readonly link: string | null;
  /** The whole visible text of the join element, interpretation list left out. */
  readonly text: string;
  /** The agenda session with a compact way in, and what it says. */
  readonly agenda: [string, string] | null;
  /** What the page's live region has said by then, since the walk began. */
  readonly said?: string;
}

let descriptor: Promise<Record<string, unknown>> | undefined;
const meeting = () => (descriptor ??= fetch('/examples/intergovernmental-meeting-2027.json').then((r) => r.json()));

/** The join element's text without the interpretation list (checked on its own below). */
function joinText(el: PlenaryJoinElement): string {
  const copy = el.shadowRoot!.querySelector('.join')!;
  const list = copy.querySelector('.interpretation') as HTMLElement | null;
  list?.setAttribute('hidden', '');
  if (list) list.style.display = 'none';
  const text = visibleText(copy);
  if (list) list.style.display = '';
  return text;
}

function agendaJoin(el: PlenaryAgendaElement): [string, string] | null {
  const found = el.shadowRoot!.querySelectorAll('[part=session-join]');
  if (found.length > 1) return ['more than one', String(found.length)];
  const only = found[0];
  if (!only) return null;
  const link = only.querySelector('a');
  return [only.closest('li')!.id, link ? `${visibleText(only)} → ${link.getAttribute('href')}` : visibleText(only)];
}

/** Walks `stops` with the browser's clock moved by hand, checking the join element and the agenda at each. */
async function walk(lang: string, zone: string, stops: readonly Stop[]) {
  expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
  await loadLocale(localeFor(lang)); // before the clock is stopped: its strings load over the network
  const clock = manualClock(Date.parse(stops[0]!.at));
  const join = document.createElement('plenary-join') as PlenaryJoinElement;
  const agenda = document.createElement('plenary-agenda') as PlenaryAgendaElement;
  const said: string[] = [];
  let observer: MutationObserver | undefined;
  try {
    const json = await meeting();
    for (const el of [join, agenda]) {
      el.event = json;
      el.setAttribute('zone', zone);
      el.setAttribute('lang', lang);
      document.body.append(el);
    }
    await clock.tick(0);
    await join.updateComplete;
    await agenda.updateComplete;
    const region = document.querySelector('[data-plenary-announcer]')!;
    // Every paragraph put in the region, even two in one task.
    observer = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && said.push(n.textContent))));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    for (const stop of stops) {
      await clock.tick(Date.parse(stop.at) - clock.now());
      await join.updateComplete;
      await agenda.updateComplete;
      const where = `${lang} at ${stop.at}`;
      expect(join.shadowRoot!.querySelector('a[part=button]')?.getAttribute('href') ?? null, `${where}: the link`).to.equal(stop.link);
      expect(joinText(join), `${where}: the join element`).to.equal(stop.text);
      expect(agendaJoin(agenda), `${where}: the agenda`).to.deep.equal(stop.agenda);
      if (stop.said !== undefined) expect(said.join(' | '), `${where}: said`).to.equal(stop.said);
      if (stop.link === null) {
        const everything = join.shadowRoot!.innerHTML + agenda.shadowRoot!.innerHTML;
        expect(everything.includes('meetings.example.org'), `${where}: a meeting address where no link is offered`).to.equal(false);
      }
    }
    expect(said.length, 'each change said once').to.equal(new Set(said).size);
  } finally {
    observer?.disconnect();
    join.remove();
    agenda.remove();
    clock.restore();
  }
}

describe('plenary-join and plenary-agenda: a link per session, over three days', () => {
  it('in English, in New York: which link, which session, which countdown at every boundary', async () => {
    const opening = 'Opening and adoption of the agenda';
    const services = 'Digital public services that leave no one behind';
    const closed = 'Closed session: draft recommendations';
    const drafting = 'Closed session: drafting group';
    const adoption = 'Adoption of the recommendations';
    await walk('en', 'America/New_York', [
      { at: '2027-05-08T12:00:00Z', link: null, agenda: null, text: `Next: ${opening} Join the meeting · Zoom Opens on Mon, May 10 at 9:00 AM your time · Starts in 2 days`, said: '' },
      { at: '2027-05-10T12:59:59Z', link: null, agenda: null, text: `Next: ${opening} Join the meeting · Zoom Opens at 9:00 AM your time · Starts in 1 hour` },
      {
        at: '2027-05-10T13:00:00Z',
        link: LINK.d1am,
        agenda: ['d1-opening', `Join · Zoom → ${LINK.d1am}`],
        text: `Next: ${opening} Starts in 1 hour Join the meeting · Zoom Meeting ID 812 2027 1001`,
        said: `${opening} is open: you can join now.`,
      },
      {
        at: '2027-05-10T14:00:00Z',
        link: LINK.d1am,
        agenda: ['d1-opening', `Join · Zoom → ${LINK.d1am}`],
        text: `Now: ${opening} Live now Join the meeting · Zoom Meeting ID 812 2027 1001 Ends at 1:00 PM`,
        said: `${opening} is open: you can join now. | ${opening} has started.`,
      },
      // Between two sessions of one day: the first has ended, the second opens at 2:30 PM. A screen reader hears it too.
      {
        at: '2027-05-10T17:00:00Z',
        link: null,
        agenda: null,
        text: `${opening} has ended. Next: ${services} Join the meeting · Zoom Opens at 2:30 PM your time · Starts in 2 hours`,
        said: `${opening} is open: you can join now. | ${opening} has started. | ${opening} has ended.`,
      },
      { at: '2027-05-10T18:30:00Z', link: LINK.d1pm, agenda: ['d1-services', `Join · Zoom → ${LINK.d1pm}`], text: `Next: ${services} Starts in 30 minutes Join the meeting · Zoom Meeting ID 812 2027 1015` },
      { at: '2027-05-10T19:00:00Z', link: LINK.d1pm, agenda: ['d1-services', `Join · Zoom → ${LINK.d1pm}`], text: `Now: ${services} Live now Join the meeting · Zoom Meeting ID 812 2027 1015 Ends at 6:00 PM` },
      // The second day is for registered participants: no link, where to register. The day's last session ending is not said.
      {
        at: '2027-05-10T22:00:00Z',
        link: null,
        agenda: null,
        text: `Next: ${closed} The link is sent to registered participants. Opens on Tue, May 11 at 9:30 AM your time · Starts in 16 hours Register`,
        said: `${opening} is open: you can join now. | ${opening} has started. | ${opening} has ended. | ${services} is open: you can join now. | ${services} has started.`,
      },
      {
        at: '2027-05-11T13:30:00Z',
        link: null,
        agenda: ['d2-closed', 'The link is sent to registered participants.'],
        text: `Next: ${closed} Starts in 30 minutes The link is sent to registered participants. Check your e-mail for the link.`,
      },
      {
        at: '2027-05-11T14:00:00Z',
        link: null,
        agenda: ['d2-closed', 'The link is sent to registered participants.'],
        text: `Now: ${closed} Live now The link is sent to registered participants. Check your e-mail for the link. Ends at 1:00 PM`,
      },
      {
        at: '2027-05-11T17:00:00Z',
        link: null,
        agenda: null,
        text: `${closed} has ended. Next: ${drafting} The link is sent to registered participants. Opens at 2:30 PM your time · Starts in 2 hours Register`,
      },
      { at: '2027-05-11T19:00:00Z', link: null, agenda: ['d2-drafting', 'The link is sent to registered participants.'], text: `Now: ${drafting} Live now The link is sent to registered participants. Check your e-mail for the link. Ends at 6:00 PM` },
      { at: '2027-05-12T13:29:59Z', link: null, agenda: null, text: `Next: ${adoption} Join the meeting · Zoom Opens at 9:30 AM your time · Starts in 31 minutes` },
      { at: '2027-05-12T13:30:00Z', link: LINK.d3am, agenda: ['d3-adoption', `Join · Zoom → ${LINK.d3am}`], text: `Next: ${adoption} Starts in 30 minutes Join the meeting · Zoom Meeting ID 812 2027 1201` },
      { at: '2027-05-12T17:00:00Z', link: null, agenda: null, text: `${adoption} has ended. Next: Closing Join the meeting · Zoom Opens at 2:30 PM your time · Starts in 2 hours` },
      // The last session has no join of its own: the event's link, with the event's meeting ID.
      { at: '2027-05-12T18:30:00Z', link: LINK.event, agenda: ['d3-closing', `Join · Zoom → ${LINK.event}`], text: 'Next: Closing Starts in 30 minutes Join the meeting · Zoom Meeting ID 812 2027 0510' },
      { at: '2027-05-12T20:59:59Z', link: LINK.event, agenda: ['d3-closing', `Join · Zoom → ${LINK.event}`], text: 'Now: Closing Live now Join the meeting · Zoom Meeting ID 812 2027 0510 Ends at 5:00 PM' },
      { at: '2027-05-12T21:00:00Z', link: null, agenda: null, text: 'This event has ended.' },
    ]);
  });

  it('in Arabic, in Nairobi: the same walk at its boundaries, in the visitor\'s time', async () => {
    // The session titles are English only: they keep their language inside the Arabic text.
    const opening = 'Opening and adoption of the agenda';
    const services = 'Digital public services that leave no one behind';
    const closed = 'Closed session: draft recommendations';
    const openSaid = `جلسة «${opening}» مفتوحة: يمكنكم الانضمام الآن.`;
    const startedSaid = `بدأت جلسة «${opening}».`;
    await walk('ar', 'Africa/Nairobi', [
      // Saturday 8 May, 15:00 in Nairobi: the window opens on Monday at 16:00 (4:00 PM).
      {
        at: '2027-05-08T12:00:00Z',
        link: null,
        agenda: null,
        text: `الجلسة التالية: ${opening} الانضمام إلى الاجتماع · Zoom يُفتح باب الانضمام يوم الاثنين، 10 مايو في الساعة 4:00 م بتوقيتكم المحلي · تبدأ خلال يومين`,
        said: '',
      },
      { at: '2027-05-10T13:00:00Z', link: LINK.d1am, agenda: ['d1-opening', `انضمام · Zoom → ${LINK.d1am}`], text: `الجلسة التالية: ${opening} تبدأ خلال ساعة واحدة الانضمام إلى الاجتماع · Zoom رقم الاجتماع 812 2027 1001`, said: openSaid },
      {
        at: '2027-05-10T14:00:00Z',
        link: LINK.d1am,
        agenda: ['d1-opening', `انضمام · Zoom → ${LINK.d1am}`],
        text: `الآن: ${opening} جارية الآن الانضمام إلى الاجتماع · Zoom رقم الاجتماع 812 2027 1001 تنتهي في الساعة 8:00 م`,
        said: `${openSaid} | ${startedSaid}`,
      },
      // 20:00 in Nairobi: the afternoon session opens at 21:30 the same day.
      {
        at: '2027-05-10T17:00:00Z',
        link: null,
        agenda: null,
        text: `انتهت جلسة «${opening}». الجلسة التالية: ${services} الانضمام إلى الاجتماع · Zoom يُفتح باب الانضمام في الساعة 9:30 م بتوقيتكم المحلي · تبدأ خلال ساعتين`,
        said: `${openSaid} | ${startedSaid} | انتهت جلسة «${opening}».`,
      },
      // 01:00 on Tuesday in Nairobi: the closed session opens at 16:30 that same day, so "has ended" is shown and said here (not in New York, where it is still Monday).
      {
        at: '2027-05-10T22:00:00Z',
        link: null,
        agenda: null,
        text: `انتهت جلسة «${services}». الجلسة التالية: ${closed} يُرسَل الرابط إلى المشاركين المسجَّلين. يُفتح باب الانضمام في الساعة 4:30 م بتوقيتكم المحلي · تبدأ خلال 16 ساعة التسجيل`,
        said: `${openSaid} | ${startedSaid} | انتهت جلسة «${opening}». | جلسة «${services}» مفتوحة: يمكنكم الانضمام الآن. | بدأت جلسة «${services}». | انتهت جلسة «${services}».`,
      },
      {
        at: '2027-05-11T14:00:00Z',
        link: null,
        agenda: ['d2-closed', 'يُرسَل الرابط إلى المشاركين المسجَّلين.'],
        text: `الآن: ${closed} جارية الآن يُرسَل الرابط إلى المشاركين المسجَّلين. تحقَّقوا من بريدكم الإلكتروني للحصول على الرابط. تنتهي في الساعة 8:00 م`,
      },
      { at: '2027-05-12T21:00:00Z', link: null, agenda: null, text: 'انتهت هذه الفعالية.' },
    ]);
  });
});
