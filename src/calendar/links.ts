/** "Add to calendar" addresses for calendars that take an event in the URL. */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { icsDate } from './common.js';
import { descriptionText, locationText } from './text.js';

export function googleCalendarUrl(event: PlenaryEvent, lang: string, pageUrl?: string): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: event.title.in(lang),
    dates: `${icsDate(event.start)}/${icsDate(event.end)}`,
  });
  addText(params, 'details', descriptionText(event, lang, pageUrl));
  addText(params, 'location', locationText(event, lang));
  return `https://calendar.google.com/calendar/render?${params}`;
}

export function outlookUrl(event: PlenaryEvent, lang: string, pageUrl?: string, service: 'live' | 'office' = 'live'): string {
  const params = new URLSearchParams({
    rru: 'addevent',
    subject: event.title.in(lang),
    startdt: utcIso(event.start),
    enddt: utcIso(event.end),
  });
  addText(params, 'body', descriptionText(event, lang, pageUrl));
  addText(params, 'location', locationText(event, lang));
  return `https://outlook.${service}.com/calendar/0/action/compose?${params}`;
}

function addText(params: URLSearchParams, name: string, value: string | undefined): void {
  if (value) params.set(name, value);
}

/** `2020-10-13T11:00:00Z`: UTC, whole seconds. */
function utcIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}
