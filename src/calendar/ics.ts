/**
 * The event as an iCalendar file (RFC 5545), times in UTC, so every calendar
 * places it at the same instant whatever zone it is opened in. Either the whole
 * event (one VEVENT; one per day for an event of several days: the days its
 * sessions give, or its daily hours) or each session with times (one VEVENT each, RELATED-TO the event).
 * Every entry keeps its UID from one download to the next, so a file downloaded
 * after a change (a higher `revision`, a cancellation) updates the entries a
 * calendar already holds instead of adding new ones.
 */
import type { PlenaryEvent, Session } from '../descriptor/resolve.js';
import type { EventStatus } from '../descriptor/types.js';
import { isoDate, isoDateTime } from '../time/format.js';
import { dailyHours, sessionDays, spansDays } from '../time/days.js';
import { offsetAt } from '../time/zones.js';
import { dayTitle, entryText } from './text.js';
import { DEFAULT_REMINDER_MINUTES, hasTimedSessions, icsDate, type IcsEntries } from './common.js';

export { DEFAULT_REMINDER_MINUTES, hasTimedSessions, icsDate, icsFileName, type IcsEntries } from './common.js';

export interface IcsOptions {
  /** Milliseconds since the epoch: the DTSTAMP, unless the descriptor says when it was `updated`. */
  now: number;
  /** Language the texts are picked in. */
  lang: string;
  pageUrl?: string;
  productVersion?: string;
  /** `event` (default): the whole event; `sessions`: one entry per session with a start (the whole event when none has). */
  entries?: IcsEntries;
  /** Minutes before each entry a reminder goes off; 0 for none. Default 15. */
  reminderMinutes?: number;
}


const CRLF = '\r\n';
const MAX_OCTETS = 75;
const DAY = 86_400_000;
/** An event of more days than this is one entry, not one per day. */
const MAX_DAILY_ENTRIES = 31;

const STATUS: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

interface Entry {
  readonly uid: string;
  readonly start: number;
  readonly end?: number;
  readonly summary: string;
  readonly description: string;
  readonly url?: string;
  readonly relatedTo?: string;
  readonly location?: string;
}

/** The UID of the whole event's entry, which every session's entry is RELATED-TO. */
export function eventUid(event: PlenaryEvent): string {
  return `${event.id}@plenary`;
}

export function buildIcs(event: PlenaryEvent, options: IcsOptions): string {
  const { lang } = options;
  const product = options.productVersion ? `Plenary ${options.productVersion}` : 'Plenary';
  const reminder = options.reminderMinutes ?? DEFAULT_REMINDER_MINUTES;

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(`-//Plenary//${product}//EN`)}`,
    'CALSCALE:GREGORIAN',
  ];
  const organizer = organizerLine(event, lang);
  // RFC 5546 §3.2.1: a PUBLISHed event names its organizer, who has an address.
  if (organizer) lines.push('METHOD:PUBLISH');
  for (const entry of entriesOf(event, options)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(entry.uid)}`,
      `DTSTAMP:${icsDate(event.updated ?? options.now)}`,
      `DTSTART:${icsDate(entry.start)}`,
    );
    if (entry.end !== undefined) lines.push(`DTEND:${icsDate(entry.end)}`);
    lines.push(`SUMMARY:${escapeText(entry.summary)}`);
    if (organizer) lines.push(organizer);
    if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
    if (entry.url) lines.push(`URL:${stripControls(entry.url)}`);
    if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
    if (entry.relatedTo) lines.push(`RELATED-TO:${escapeText(entry.relatedTo)}`);
    lines.push(`STATUS:${STATUS[event.status]}`, `SEQUENCE:${event.revision}`);
    // No reminder of a cancelled or postponed event: nobody is to come at the hour its entry keeps.
    if (reminder > 0 && event.status !== 'cancelled' && event.status !== 'postponed') {
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `TRIGGER:-PT${Math.round(reminder)}M`, `DESCRIPTION:${escapeText(entry.summary)}`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

function entriesOf(event: PlenaryEvent, options: IcsOptions): Entry[] {
  const { lang, pageUrl } = options;
  if (options.entries === 'sessions' && hasTimedSessions(event)) {
    return event.sessions
      .filter((s): s is Session & { start: number } => s.start !== undefined)
      .map((s) => {
        const text = entryText(event, lang, pageUrl, s);
        return {
          uid: `${event.id}.${s.id}@plenary`,
          start: s.start,
          // A session without an end is written without DTEND, which a calendar reads as a moment at its start (RFC 5545,
          // 3.6.1). The page counts it under way until the next session of its day at most (sessionEnds), a guess made
          // to tell whether it is live, not a time to put in someone's calendar.
          end: s.end,
          summary: text.title,
          description: text.description,
          url: text.url,
          relatedTo: eventUid(event),
          location: text.location,
        };
      });
  }
  const { title, description, url, location } = entryText(event, lang, pageUrl);
  const days = dailyEntries(event);
  if (days) {
    return days.map((d, i) => ({
      uid: `${event.id}.day-${i + 1}@plenary`,
      start: d.start,
      // A day whose only session has no end (a reception at 19:00) closes as it opens: written, as that session's own
      // entry is, without DTEND, a moment at its start: RFC 5545 (3.8.2.2) allows no DTEND equal to DTSTART.
      end: d.end > d.start ? d.end : undefined,
      summary: dayTitle(title, i + 1, days.length),
      description,
      url,
      location,
    }));
  }
  return [{ uid: eventUid(event), start: event.start, end: event.end, summary: title, description, url, location }];
}

/**
 * An event over several local days, as one entry per day: the days its
 * sessions give (sessionDays), else, with no session times, the daily hours
 * (the start's time of day to the end's, in the event's zone, each day);
 * undefined when the event keeps no such days, and it is one entry.
 */
function dailyEntries(event: PlenaryEvent): Array<{ start: number; end: number }> | undefined {
  const zone = event.timeZone;
  if (hasTimedSessions(event)) {
    const days = sessionDays(event.start, event.end, event.sessions, zone);
    return days && days.length <= MAX_DAILY_ENTRIES ? days : undefined;
  }
  if (!spansDays(event.start, event.end, zone)) return undefined;
  const hours = dailyHours(event.start, event.end, [], zone);
  if (!hours) return undefined;
  const open = isoDateTime(hours.start, zone).slice(11, 16);
  const close = isoDateTime(hours.end, zone).slice(11, 16);
  const first = Date.parse(isoDate(event.start, zone));
  const count = Math.round((Date.parse(isoDate(event.end, zone)) - first) / DAY) + 1;
  if (!(count > 1 && count <= MAX_DAILY_ENTRIES)) return undefined;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(first + i * DAY).toISOString().slice(0, 10);
    return { start: localInstant(day, open, zone), end: localInstant(day, close, zone) };
  });
}

/** The instant of the wall time `date`T`clock` in `zone` (the zone's own offsets, from luxon's zone classes). */
function localInstant(date: string, clock: string, zone: string): number {
  const wall = Date.parse(`${date}T${clock}:00Z`);
  const guess = wall - offsetAt(zone, wall) * 60_000;
  return wall - offsetAt(zone, guess) * 60_000;
}

/**
 * `ORGANIZER;CN=<first organizer>:mailto:<first contact's e-mail>`: organizers
 * have no address in a descriptor, contacts do. Undefined without an e-mail.
 */
function organizerLine(event: PlenaryEvent, lang: string): string | undefined {
  const contact = event.contacts.find((c) => c.emailUrl);
  if (!contact?.emailUrl) return undefined;
  const name = (event.organizers[0]?.name ?? contact.name).in(lang);
  return `ORGANIZER;CN=${paramValue(name)}:${stripControls(contact.emailUrl)}`;
}

/** A parameter value (RFC 5545 §3.2): quoted when it holds `:;,`; no DQUOTE or control characters. */
export function paramValue(value: string): string {
  const clean = stripControls(value).replace(/"/g, "'");
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * A TEXT value: `\ ; ,` escaped, every line break written `\n`, and other control
 * characters dropped, so no value can start a property line of its own.
 */
export function escapeText(value: string): string {
  return stripControls(value.replace(/\r\n|\r/g, '\n'), true).replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`));
}

/** Control characters (all but TAB, and LF when `keepLf`) removed. */
function stripControls(value: string, keepLf = false): string {
  return value.replace(keepLf ? /[\u0000-\u0008\u000b-\u001f\u007f]/g : /[\u0000-\u0008\u000a-\u001f\u007f]/g, '');
}

const encoder = new TextEncoder();

/**
 * The line folded into physical lines of at most 75 octets of UTF-8, joined by
 * CRLF and a space (which counts in its line's 75), never inside a character.
 */
export function foldLine(line: string): string {
  const physical: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > MAX_OCTETS) {
      physical.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  physical.push(current);
  return physical.join(CRLF);
}
