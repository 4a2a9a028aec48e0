/**
 * The plain texts a calendar entry carries, shared by the .ics file and the
 * "add to calendar" links so every calendar shows the same words, in the
 * language `msg()` speaks when they are written (the element's own).
 */
import type { PlenaryEvent, Session } from '../descriptor/resolve.js';
import { msg } from '../i18n/msg.js';

/** "Join (WebEx): <url>", or "Join: <url>" when the platform is not named. */
export function joinLine(event: PlenaryEvent): string | undefined {
  const join = event.join;
  if (!join?.url) return undefined;
  const words = msg('Join', { id: 'calendar.joinLine', desc: 'In a calendar entry, before the address that joins the online meeting, as in "Join (WebEx): https://…"' });
  return `${words}${join.platform ? ` (${join.platform})` : ''}: ${join.url}`;
}

/** The event as one of its sessions is joined: with the session's own way in, when it has one. */
export function withSessionJoin(event: PlenaryEvent, session: Session): PlenaryEvent {
  return session.join ? { ...event, join: session.join } : event;
}

/** Summary, how to join, and the event page, as paragraphs separated by blank lines. */
export function descriptionText(event: PlenaryEvent, lang: string, pageUrl?: string): string {
  const paragraphs: string[] = [];
  const summary = event.summary?.in(lang);
  if (summary) paragraphs.push(summary);
  const join = joinLine(event);
  if (event.join?.access === 'registered') {
    // The link itself is never written down: it goes to registered participants.
    const registered = msg('The link is sent to registered participants.', { id: 'join.registered', desc: 'Instead of the join link, for a meeting whose link goes to registered participants only' });
    const register = msg('Register', { id: 'join.register', desc: 'Link to the registration of a meeting whose link goes to registered participants only' });
    paragraphs.push([registered, ...(event.join.registration ? [`${register}: ${event.join.registration}`] : [])].join('\n'));
  } else if (join) {
    const lines = [join];
    if (event.join?.meetingId) lines.push(`${msg('Meeting ID', { id: 'join.meetingId', desc: 'Label of the meeting number beside the join link' })}: ${event.join.meetingId}`);
    if (event.join?.passcode) lines.push(`${msg('Passcode', { id: 'join.passcode', desc: 'Label of the meeting password beside the join link' })}: ${event.join.passcode}`);
    paragraphs.push(lines.join('\n'));
  }
  if (pageUrl) paragraphs.push(pageUrl);
  return paragraphs.join('\n\n');
}

/** Where to go: the join address online, the venue in person, both (venue first) for mixed events. */
export function locationText(event: PlenaryEvent, lang: string): string | undefined {
  const venue = event.venue ? [event.venue.name.in(lang), event.venue.address?.in(lang)] : [];
  const join = event.join?.url ? [event.join.url] : [];
  const parts =
    event.attendance === 'online' ? join : event.attendance === 'in-person' ? venue : [...venue, ...join];
  const present = parts.filter((p): p is string => p !== undefined && p !== '');
  return present.length > 0 ? present.join(', ') : undefined;
}

/** The address a calendar entry links to: the event's website, else the page showing it, else the join address. */
export function entryUrl(event: PlenaryEvent, pageUrl?: string): string | undefined {
  return event.links.find((l) => l.kind === 'website' && l.url)?.url ?? pageUrl ?? event.join?.url;
}

/** The event's title, the session's description, how to join, and the session on the page. */
export function sessionDescription(event: PlenaryEvent, session: Session, lang: string, pageUrl?: string): string {
  const rest = descriptionText({ ...withSessionJoin(event, session), summary: undefined }, lang, pageUrl ? `${pageUrl}#${session.id}` : undefined);
  return [event.title.in(lang), session.description?.in(lang), rest].filter((p) => p !== undefined && p !== '').join('\n\n');
}
