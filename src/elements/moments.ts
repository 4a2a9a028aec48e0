/**
 * What the page's live region says as an event moves on: the join element's
 * moment (the window of the event or of a session opening, a session starting,
 * a session ending before another later that day, a meeting's one link pausing
 * for a break and resuming after it, the end, a cancellation or postponement) in words,
 * the event's new date and time when a refreshed descriptor moves it, and what
 * changed in its programme when only that did (a session moved, added or taken
 * out). The join element, the card and the agenda each notice the moments, so a
 * page without a join element hears them too; the schedule and the calendar
 * notice the event's times and status, for a page that shows only them; the
 * announcer says each once.
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { LangText } from '../descriptor/text.js';
import { joinMomentAt, type JoinMoment } from '../time/ways-in.js';
import { sessionEnds } from '../time/phase.js';
import { formatShortDate, formatTime, isoDate } from '../time/format.js';
import { dateTimeRangeParts } from '../time/days.js';
import { zoneNamed } from '../time/zones.js';
import { msg, str } from '../i18n/msg.js';
import { noticeMoment, type Moment } from './announcer.js';
import type { View } from './plenary-element.js';
import { statusWords } from './parts.js';

/** Where `event` is at the view's time, for the visitor (days are the visitor's); noticed by the page's live region. */
export function noticeEvent(element: object, event: PlenaryEvent, view: View, title: (t: LangText) => string): JoinMoment {
  const zone = zoneNamed(view.zone) ? view.zone : event.timeZone;
  const moment = joinMomentAt(event, view.now, (a, b) => isoDate(a, zone) === isoDate(b, zone));
  noticeMoment(element, event.id, { ...momentWords(moment, view, zone, title), ...whenWords(event, view, zone), ...programmeWords(event, view, zone, title) });
  return moment;
}

/**
 * The same, for an element that shows only the event's times and status (the
 * schedule, the calendar): it says a cancellation, a postponement and new
 * times, which it shows; not a window opening or a new link, which it does not
 * ("you can join now" from a page without a way to join). Said only when no
 * element on the page that shows the rest says the change.
 */
export function noticeTimes(element: object, event: PlenaryEvent, view: View): void {
  const zone = zoneNamed(view.zone) ? view.zone : event.timeZone;
  const moment = joinMomentAt(event, view.now, (a, b) => isoDate(a, zone) === isoDate(b, zone));
  const words = moment.kind === 'cancelled' || moment.kind === 'postponed' ? statusWords(moment.kind) : '';
  noticeMoment(element, event.id, { ...momentKey(moment), lang: view.lang, words, timesOnly: true, ...whenWords(event, view, zone), programme: programmeWords(event, view, zone, () => '').programme });
}

/**
 * The event's times, and what to say when they changed: the new start and end
 * in the visitor's zone and language ("This event has been rescheduled:
 * Wednesday, October 14, 2020, 7:00 – 10:20 AM your time."). A cancelled or
 * postponed event keeps none: its times are those it will not take place at,
 * and a postponed one's new date is not known yet. So one that comes back,
 * rescheduled or as planned, has its time said.
 */
function whenWords(event: PlenaryEvent, view: View, zone: string): Pick<Moment, 'when' | 'whenWords'> {
  if (event.status === 'cancelled' || event.status === 'postponed') return {};
  return {
    when: `${event.start}/${event.end}`,
    whenWords: () => {
      const when = dateTimeRangeParts(event.start, event.end, view.intl, zone).map((p) => p.value).join('');
      return event.status === 'rescheduled'
        ? msg(str`This event has been rescheduled: ${when} your time.`, {
            id: 'join.announce.rescheduled',
            desc: "Announced to screen readers when a rescheduled event's new date reaches a page left open; the value is its new start and end in the visitor's zone",
          })
        : msg(str`This event now takes place on ${when} your time.`, {
            id: 'join.announce.moved',
            desc: "Announced to screen readers when the event's date or time changes while the page is open (or it is back on after a postponement); the value is its start and end in the visitor's zone",
          });
    },
  };
}

/** Each event's programme, entries and all, worked out once however many elements and renders ask (a long agenda renders often). */
const programmes = new WeakMap<PlenaryEvent, { readonly entries: readonly string[]; readonly joined: string }>();

/**
 * The programme's sessions and their times (each session's id, and its start
 * and end as the descriptor gives them), and what to say when they changed
 * while the event's own times did not: when one session moved, was given a
 * time or was added, its time in the visitor's zone and language ("Session 2
 * now takes place on Tuesday, October 13, 2020, 3:00 – 4:00 PM your time.");
 * else, when several did or one was taken out, "The programme has changed."
 * None kept for a cancelled or postponed event, as its times are not.
 */
function programmeWords(event: PlenaryEvent, view: View, zone: string, title: (t: LangText) => string): Pick<Moment, 'programme' | 'programmeWords'> {
  if (event.status === 'cancelled' || event.status === 'postponed') return {};
  let known = programmes.get(event);
  if (!known) {
    const entries = event.sessions.map((s) => `${s.id}=${s.start ?? ''}/${s.end ?? ''}`);
    known = { entries, joined: entries.join('\n') };
    programmes.set(event, known);
  }
  const { entries } = known;
  return {
    programme: known.joined,
    programmeWords: (before) => {
      const seen = new Map((before === '' ? [] : before.split('\n')).map((e) => [e.slice(0, e.lastIndexOf('=')), e]));
      const changed = event.sessions.flatMap((session, i) => (seen.get(session.id) === entries[i] ? [] : [{ session, i }]));
      const ids = new Set(event.sessions.map((s) => s.id));
      const removed = [...seen.keys()].some((id) => !ids.has(id));
      const [one] = changed;
      const start = one?.session.start;
      if (changed.length !== 1 || removed || !one || start === undefined) {
        return msg('The programme has changed.', { id: 'join.announce.programme', desc: 'Announced to screen readers when the times of several sessions change, or a session is taken out, while the page is open' });
      }
      const name = title(one.session.title);
      // A session without an end ends as every element says it does (sessionEnds).
      const end = sessionEnds(event)[one.i] ?? start;
      const when = dateTimeRangeParts(start, end, view.intl, zone).map((p) => p.value).join('');
      return seen.has(one.session.id)
        ? msg(str`${name} now takes place on ${when} your time.`, {
            id: 'join.announce.sessionMoved',
            desc: "Announced to screen readers when a session's date or time changes while the page is open; the values are its title, and its start and end in the visitor's zone",
          })
        : msg(str`${name} has been added to the programme: ${when} your time.`, {
            id: 'join.announce.sessionAdded',
            desc: "Announced to screen readers when a session is added to the programme while the page is open; the values are its title, and its start and end in the visitor's zone",
          });
    },
  };
}

/** "The meeting has paused. It resumes at 1:30 PM your time.": a meeting's one link paused until `resumes`, in the visitor's zone. */
function pausedWords(resumes: number, view: View, zone: string): string {
  const time = formatTime(resumes, view.intl, zone);
  if (isoDate(resumes, zone) === isoDate(view.now, zone)) {
    return msg(str`The meeting has paused. It resumes at ${time} your time.`, {
      id: 'join.announce.paused',
      desc: "Announced to screen readers when a meeting of several sittings with one link stops for a break (lunch) and resumes the same day; the value is the time it resumes in the visitor's zone",
    });
  }
  const date = formatShortDate(resumes, view.intl, zone);
  return msg(str`The meeting has paused. It resumes on ${date} at ${time} your time.`, {
    id: 'join.announce.pausedUntil',
    desc: "Announced to screen readers when a meeting of several sittings with one link stops (for the night) and resumes on another date in the visitor's zone; the values are that date (short, with its weekday) and the time",
  });
}

/** How the announcer knows a moment again ("open:session-2", "postponed"), with the way in it offers: the same for every element that notices it. */
function momentKey(moment: JoinMoment): Pick<Moment, 'key' | 'link'> {
  switch (moment.kind) {
    case 'upcoming':
      return { key: `upcoming:${moment.way.session?.id ?? ''}` };
    case 'open':
    case 'live':
      return { key: `${moment.kind}:${moment.way.session?.id ?? ''}`, link: moment.way.join.url ?? moment.way.join.access };
    default:
      return { key: moment.kind };
  }
}

/** What the page's live region says when the join element's moment comes. */
function momentWords(moment: JoinMoment, view: View, zone: string, title: (t: LangText) => string): Moment {
  const lang = view.lang;
  const known = momentKey(moment);
  switch (moment.kind) {
    case 'cancelled':
    case 'postponed':
      return { ...known, lang, words: statusWords(moment.kind) };
    case 'ended':
      return { ...known, lang, words: msg('The event has ended.', { id: 'join.announce.ended', desc: 'Announced to screen readers when the event ends' }) };
    case 'none':
      return { ...known, lang, words: '' };
    case 'upcoming': {
      // Between two sessions of one day, the join element shows "Opening session has ended." where its link was: heard too.
      // The event's own link pausing (for lunch, for the night) takes its link away as a session's end does: said with when it comes back.
      const ended = moment.after?.session;
      const name = ended ? title(ended.title) : undefined;
      const words = name
        ? msg(str`${name} has ended.`, {
            id: 'join.announce.sessionEnded',
            desc: 'Announced to screen readers when a session ends and the next starts later the same day; the value is the title of the session that has ended',
          })
        : moment.way.resumes
          ? pausedWords(moment.way.start, view, zone)
          : '';
      return { ...known, lang, words };
    }
    case 'open':
    case 'live': {
      const { session } = moment.way;
      const name = session ? title(session.title) : undefined;
      let words: string;
      if (moment.kind === 'open') {
        words = name
          ? msg(str`${name} is open: you can join now.`, { id: 'join.announce.sessionOpen', desc: 'Announced to screen readers when the join window of a session opens; the value is its title' })
          : msg('The meeting is open: you can join now.', { id: 'join.announce.open', desc: 'Announced to screen readers when the join window opens' });
      } else if (name) {
        words = msg(str`${name} has started.`, { id: 'join.announce.sessionLive', desc: 'Announced to screen readers when a session starts; the value is its title' });
      } else {
        // Each morning of a meeting of several days (and after its lunch break), as a sighted visitor sees "Live now" come back: it resumes, it does not start again.
        words = moment.way.resumes
          ? msg('The meeting has resumed.', { id: 'join.announce.resumed', desc: 'Announced to screen readers when a meeting of several days resumes after a break (the next morning, after lunch)' })
          : msg('The event has started.', { id: 'join.announce.live', desc: 'Announced to screen readers when the event starts' });
      }
      const linkWords = msg('The link to join has changed.', { id: 'join.announce.linkChanged', desc: 'Announced to screen readers when the join link shown changes while the meeting is open (the page followed a change of the event)' });
      return { ...known, words, linkWords, lang };
    }
  }
}
