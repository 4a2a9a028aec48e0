/**
 * "Add to calendar" addresses for calendars that take an event in the URL: the
 * whole event, or one session of it (its own title, times and description, the
 * event's title and how to join, and the session's place on the page), as in
 * the calendar file's entries.
 */
import type { PlenaryEvent, Session } from '../descriptor/resolve.js';
import { icsDate } from './common.js';
import { entryText } from './text.js';

/** A session that can be added: one with a start and an end. */
export type TimedSession = Session & { readonly start: number; readonly end: number };

interface Entry {
  readonly title: string;
  readonly start: number;
  readonly end: number;
  readonly details: string;
  readonly location?: string;
}

function entryOf(event: PlenaryEvent, lang: string, pageUrl: string | undefined, session?: TimedSession): Entry {
  const { title, description, location } = entryText(event, lang, pageUrl, session);
  const { start, end } = session ?? event;
  return { title, start, end, details: description, location };
}

export function googleCalendarUrl(event: PlenaryEvent, lang: string, pageUrl?: string, session?: TimedSession): string {
  const entry = entryOf(event, lang, pageUrl, session);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates: `${icsDate(entry.start)}/${icsDate(entry.end)}` });
  addText(params, 'details', entry.details);
  addText(params, 'location', entry.location);
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookUrl(event: PlenaryEvent, lang: string, pageUrl?: string, service: 'live' | 'office' = 'live', session?: TimedSession): string {
  const entry = entryOf(event, lang, pageUrl, session);
  const params = new URLSearchParams({ rru: 'addevent', subject: entry.title, startdt: utcIso(entry.start), enddt: utcIso(entry.end) });
  addText(params, 'body', entry.details);
  addText(params, 'location', entry.location);
  return `https://outlook.${service}.com/calendar/0/action/compose?${params}`;
}

function addText(params: URLSearchParams, name: string, value: string | undefined): void {
  if (value) params.set(name, value);
}

/** `2020-10-13T11:00:00Z`: UTC, whole seconds. */
function utcIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
