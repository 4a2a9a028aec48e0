/**
 * What the calendar element needs before any file is built: the file's name,
 * whether sessions get entries of their own, the reminder's default, and UTC
 * date-times (for the web calendars' links too). The file itself is built by
 * `ics.ts`, loaded when a visitor asks for it.
 */
import type { PlenaryEvent } from '../descriptor/resolve.js';

export type IcsEntries = 'event' | 'sessions';

/** Minutes before each entry its reminder goes off, unless asked otherwise. */
export const DEFAULT_REMINDER_MINUTES = 15;

/** Whether any session has a start: then "each session" is a file of its own. */
export function hasTimedSessions(event: PlenaryEvent): boolean {
  return event.sessions.some((s) => s.start !== undefined);
}

/** The UTC date-time form: `20201013T110000Z`. */
export function icsDate(ms: number): string {
  const d = new Date(ms);
  return (
    `${String(d.getUTCFullYear()).padStart(4, '0')}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** `unpog-webinar-2020-10-13.ics` (`…-sessions.ics` for the sessions): the event id reduced to `[a-z0-9._-]`. */
export function icsFileName(event: PlenaryEvent, entries: IcsEntries = 'event'): string {
  const base = event.id
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 100)
    .replace(/[.-]+$/, '');
  return `${base || 'event'}${entries === 'sessions' ? '-sessions' : ''}.ics`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
