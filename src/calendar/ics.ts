/**
 * The event as an iCalendar file (RFC 5545): one VEVENT, times in UTC, so every
 * calendar places it at the same instant whatever zone it is opened in.
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { EventStatus } from '../descriptor/types.js';
import { descriptionText, entryUrl, locationText } from './text.js';

export interface IcsOptions {
  /** Milliseconds since the epoch: the DTSTAMP. */
  now: number;
  /** Language the texts are picked in. */
  lang: string;
  pageUrl?: string;
  productVersion?: string;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

const STATUS: Record<EventStatus, string> = {
  scheduled: 'CONFIRMED',
  rescheduled: 'CONFIRMED',
  cancelled: 'CANCELLED',
  postponed: 'TENTATIVE',
};

export function buildIcs(event: PlenaryEvent, options: IcsOptions): string {
  const { lang, pageUrl } = options;
  const description = descriptionText(event, lang, pageUrl);
  const location = locationText(event, lang);
  const url = entryUrl(event, pageUrl);
  const product = options.productVersion ? `Plenary ${options.productVersion}` : 'Plenary';

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(`-//Plenary//${product}//EN`)}`,
    'CALSCALE:GREGORIAN',
  ];
  const organizer = organizerLine(event, lang);
  // RFC 5546 §3.2.1: a PUBLISHed event names its organizer, who has an address.
  if (organizer) lines.push('METHOD:PUBLISH');
  lines.push(
    'BEGIN:VEVENT',
    `UID:${escapeText(`${event.id}@plenary`)}`,
    `DTSTAMP:${icsDate(options.now)}`,
    `DTSTART:${icsDate(event.start)}`,
    `DTEND:${icsDate(event.end)}`,
    `SUMMARY:${escapeText(event.title.in(lang))}`,
  );
  if (organizer) lines.push(organizer);
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (url) lines.push(`URL:${stripControls(url)}`);
  if (location) lines.push(`LOCATION:${escapeText(location)}`);
  lines.push(`STATUS:${STATUS[event.status]}`, 'SEQUENCE:0', 'END:VEVENT', 'END:VCALENDAR');
  return lines.map((line) => foldLine(line) + CRLF).join('');
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

/** The UTC date-time form: `20201013T110000Z`. */
export function icsDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${String(d.getUTCFullYear()).padStart(4, '0')}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `unpog-webinar-2020-10-13.ics`: the event id reduced to `[a-z0-9._-]`. */
export function icsFileName(event: PlenaryEvent): string {
  const base = event.id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100)
    .replace(/[.-]+$/, '');
  return `${base || 'event'}.ics`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
