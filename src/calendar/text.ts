/**
 * The plain texts a calendar entry carries, shared by the .ics file and the
 * "add to calendar" links so every calendar shows the same words, in the
 * language `msg()` speaks when they are written (the element's own).
 */
import type { PlenaryEvent, Session } from '../descriptor/resolve.js';
import { msg, str } from '../i18n/msg.js';

/**
 * "Join (WebEx): <url>", or "Join: <url>" when the platform is not named. Each
 * line of the entry is one message, punctuation and all: "加入会议（WebEx）：<url>"
 * in Chinese, "Rejoindre (WebEx) : <url>" in French.
 */
function joinLine(event: PlenaryEvent): string | undefined {
  const join = event.join;
  if (!join?.url) return undefined;
  const { url, platform } = join;
  return platform
    ? msg(str`Join (${platform}): ${url}`, { id: 'calendar.joinOn', desc: 'A line of a calendar entry: the address that joins the online meeting; the values are the platform (WebEx, Zoom) and the address' })
    : msg(str`Join: ${url}`, { id: 'calendar.join', desc: 'A line of a calendar entry: the address that joins the online meeting' });
}

/** The event as one of its sessions is joined: with the session's own way in, when it has one. */
function withSessionJoin(event: PlenaryEvent, session: Session): PlenaryEvent {
  return session.join ? { ...event, join: session.join } : event;
}

/** Summary, how to join, and the event page, as paragraphs separated by blank lines. */
function descriptionText(event: PlenaryEvent, lang: string, pageUrl?: string): string {
  const paragraphs: string[] = [];
  const summary = event.summary?.in(lang);
  if (summary) paragraphs.push(summary);
  const join = joinLine(event);
  if (event.join?.access === 'registered') {
    // The link itself is never written down: it goes to registered participants.
    const registered = msg('The link is sent to registered participants.', { id: 'join.registered', desc: 'Instead of the join link, for a meeting whose link goes to registered participants only' });
    const address = event.join.registration;
    const lines = [registered];
    if (address) lines.push(msg(str`Register: ${address}`, { id: 'calendar.register', desc: 'A line of a calendar entry, for a meeting whose link goes to registered participants only: the address of the registration' }));
    paragraphs.push(lines.join('\n'));
  } else if (join) {
    const lines = [join];
    const meetingId = event.join?.meetingId;
    const passcode = event.join?.passcode;
    if (meetingId) lines.push(msg(str`Meeting ID: ${meetingId}`, { id: 'calendar.meetingId', desc: 'A line of a calendar entry, under the join address: the meeting number' }));
    if (passcode) lines.push(msg(str`Passcode: ${passcode}`, { id: 'calendar.passcode', desc: 'A line of a calendar entry, under the join address: the meeting password' }));
    paragraphs.push(lines.join('\n'));
  }
  if (pageUrl) paragraphs.push(pageUrl);
  return paragraphs.join('\n\n');
}

/**
 * Where to go: the join address online, the venue in person, both (venue first)
 * for mixed events; online without a join address, `page` (the page showing the
 * event, given when the entry withholds its way in). The parts are joined with
 * ", " in every language: calendars hand this field to maps, which read an
 * address the way it is written, not a Chinese "，" between the parts of an
 * English one.
 */
function locationText(event: PlenaryEvent, lang: string, page?: string): string | undefined {
  const venue = event.venue ? [event.venue.name.in(lang), event.venue.address?.in(lang)] : [];
  const join = event.join?.url ? [event.join.url] : [];
  const parts =
    event.attendance === 'online' ? (join.length > 0 ? join : [page]) : event.attendance === 'in-person' ? venue : [...venue, ...join];
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join(', ') : undefined;
}

/** The address a calendar entry links to: the event's website, else the page showing it, else the join address. */
function entryUrl(event: PlenaryEvent, pageUrl?: string): string | undefined {
  return event.links.find((l) => l.kind === 'website' && l.url)?.url ?? pageUrl ?? event.join?.url;
}

/** The event's title, the session's description, how to join (`event.join`), and the session on the page. */
function sessionDescription(event: PlenaryEvent, session: Session, lang: string, page?: string): string {
  const rest = descriptionText({ ...event, summary: undefined }, lang, page);
  return [event.title.in(lang), session.description?.in(lang), rest].filter((p) => p !== undefined && p !== '').join('\n\n');
}

/** What one calendar entry says, the same in the .ics file and in the web calendars' links. */
export interface EntryText {
  readonly title: string;
  readonly description: string;
  readonly location?: string;
  readonly url?: string;
}

/**
 * The texts of the entry of the whole event, or of one session, with the way
 * in that entry leads to: a session's own `join`, else the event's. The whole
 * event's entry gives none (no link, meeting ID or passcode) once a session has
 * a join of its own: the event's link then serves only the sessions without
 * one, and a participant who took it from the calendar on a morning with a
 * link of its own would wait where the session is not held. Nor does any entry of a cancelled or
 * postponed event: nobody is to join, and the entry stays to say which meeting
 * is off (at its venue, when it has one). Such an entry online is located at
 * the page showing the event, whose join action gives each session's link as
 * it opens, and will give the new date.
 */
export function entryText(event: PlenaryEvent, lang: string, pageUrl?: string, session?: Session): EntryText {
  const withheld = event.status === 'cancelled' || event.status === 'postponed' || (!session && event.sessions.some((s) => s.join));
  const shown = withheld ? { ...event, join: undefined } : session ? withSessionJoin(event, session) : event;
  const page = pageUrl && session ? `${pageUrl}#${session.id}` : pageUrl;
  const location = locationText(shown, lang, withheld ? page : undefined);
  if (!session) return { title: event.title.in(lang), description: descriptionText(shown, lang, pageUrl), location, url: entryUrl(shown, pageUrl) };
  return {
    title: sessionTitle(event, session, lang),
    description: sessionDescription(shown, session, lang, page),
    location,
    url: page ?? entryUrl(shown),
  };
}

/** The title of a session's entry: "Opening (Forum 2027)", "开幕式（2027年论坛）". */
function sessionTitle(event: PlenaryEvent, session: Session, lang: string): string {
  const title = session.title.in(lang);
  const within = event.title.in(lang);
  return msg(str`${title} (${within})`, { id: 'calendar.sessionTitle', desc: "Title of the calendar entry of one session; the values are the session's title and the event's" });
}

/** The title of one day's entry of an event of several days: "Forum 2027 (2/3)". */
export function dayTitle(title: string, day: number, days: number): string {
  return msg(str`${title} (${day}/${days})`, {
    id: 'calendar.dayTitle',
    desc: "Title of the calendar entry of one day of an event of several days; the values are the event's title, the day's number and the number of days",
  });
}
