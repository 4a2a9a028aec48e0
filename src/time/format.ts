/**
 * Showing instants: times, dates, zone names and day shifts, in a language and
 * a zone. luxon does the time arithmetic; `Intl` writes the words. Formatters
 * are built once per (locale, zone, style) and kept: building an
 * `Intl.DateTimeFormat` costs far more than using one.
 */
import { DateTime, IANAZone, type Zone } from 'luxon';
import { zoneNamed } from './zones.js';

type Style = 'time' | 'date' | 'dateShort' | 'zoneShort';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateShort: { weekday: 'short', day: 'numeric', month: 'short' },
  zoneShort: { hour: 'numeric', timeZoneName: 'short' },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(locale: string, zone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { ...STYLES[style], timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

/** The name `Intl` knows a luxon zone by (fixed offsets as `+05:30` or `Etc/GMT-2`). */
export function intlZone(zone: Zone | string): string {
  if (typeof zone === 'string') return zone;
  if (zone instanceof IANAZone) return zone.name;
  const offset = zone.offset(0);
  if (offset === 0) return 'UTC';
  if (offset % 60 === 0) return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}`;
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** "7:00 AM", "19:00", "오후 8:00" — the locale's own 12- or 24-hour clock. */
export function formatTime(dt: DateTime, locale: string, zone: Zone | string = dt.zone): string {
  return formatter(locale, intlZone(zone), 'time').format(dt.toMillis());
}

/** "Tuesday, October 13, 2020" in the locale's words and order. */
export function formatDate(dt: DateTime, locale: string, zone: Zone | string = dt.zone): string {
  return formatter(locale, intlZone(zone), 'date').format(dt.toMillis());
}

/** "Wed, Oct 14": the local date of a schedule row when it differs from the organisers'. */
export function formatShortDate(dt: DateTime, locale: string, zone: Zone | string = dt.zone): string {
  return formatter(locale, intlZone(zone), 'dateShort').format(dt.toMillis());
}

/**
 * The zone's abbreviation where the locale has a real one ("EDT", "KST"), else
 * its offset from UTC ("UTC+12", "UTC+5:45", "UTC−11"): never "GMT+12", which
 * next to a city's name reads as if the city kept Greenwich time.
 */
export function zoneAbbreviation(dt: DateTime, locale: string, zone: Zone | string = dt.zone): string {
  const parts = formatter(locale, intlZone(zone), 'zoneShort').formatToParts(dt.toMillis());
  const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
  if (name !== '' && !/^(?:GMT|UTC)(?:[+\-\u2212]\d|$)/.test(name) && /^[A-Za-z]{2,6}$/.test(name)) return name;
  return utcOffsetLabel(dt.setZone(zone).offset);
}

/** 720 → "UTC+12", 345 → "UTC+5:45", −660 → "UTC−11", 0 → "UTC". */
export function utcOffsetLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC';
  const sign = offsetMinutes < 0 ? '\u2212' : '+';
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${minutes ? `:${pad(minutes)}` : ''}`;
}

/** The `datetime` attribute of a `<time>`: the moment in its zone, with the offset ("2020-10-13T23:00+12:00"). */
export function machineTime(dt: DateTime, zone: Zone | string = dt.zone): string {
  const inZone = typeof zone === 'string' ? dt.setZone(zoneNamed(zone) ?? dt.zone) : dt.setZone(zone);
  const offset = inZone.offset;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  // Written from the numbers, not with luxon's toFormat, whose digits follow the
  // page's luxon Settings (a host page may set another numbering system).
  const date = `${String(inZone.year).padStart(4, '0')}-${pad(inZone.month)}-${pad(inZone.day)}`;
  return `${date}T${pad(inZone.hour)}:${pad(inZone.minute)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Whole calendar days from the date of `reference` in its zone to the date of `dt` in `zone`: +1, −1, 0. */
export function dayShift(dt: DateTime, zone: Zone, reference: DateTime): number {
  const here = dt.setZone(zone);
  const there = reference;
  const a = Date.UTC(here.year, here.month - 1, here.day);
  const b = Date.UTC(there.year, there.month - 1, there.day);
  return Math.round((a - b) / 86_400_000);
}

/** "+1", "−1" (a true minus sign), or "" for the same day. */
export function dayShiftLabel(days: number): string {
  if (days === 0) return '';
  return days > 0 ? `+${days}` : `\u2212${Math.abs(days)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
