/**
 * Showing instants: times, dates, zone names and day shifts, in a language and
 * a zone. An instant is a number (ms since the epoch) and a zone a name (an
 * IANA id, or a fixed offset such as `UTC+9`); luxon's zones give the offsets,
 * `Intl` writes the words. Formatters are built once per (locale, zone, style)
 * and kept: building an `Intl.DateTimeFormat` costs far more than using one.
 */
import { browserZone, offsetAt, zoneFor, zoneNamed } from './zones.js';

/** The formats Plenary writes times in; each formatter is built once per (locale, zone, style). */
export type Style = 'time' | 'date' | 'dateShort' | 'dayMonth' | 'dayMonthShort' | 'zoneShort' | 'zoneGeneric' | 'dateTime' | 'dateTimeShort' | 'dayHeading';

const STYLES: Record<Style, Intl.DateTimeFormatOptions> = {
  time: { hour: 'numeric', minute: '2-digit' },
  date: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
  dateShort: { weekday: 'short', day: 'numeric', month: 'short' },
  dayMonth: { day: 'numeric', month: 'long' },
  dayMonthShort: { day: 'numeric', month: 'short' },
  zoneShort: { hour: 'numeric', timeZoneName: 'short' },
  zoneGeneric: { hour: 'numeric', timeZoneName: 'longGeneric' },
  dateTime: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: 'numeric', minute: '2-digit' },
  dateTimeShort: { weekday: 'short', day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  dayHeading: { weekday: 'long', day: 'numeric', month: 'long' },
};

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

export function formatter(locale: string, zone: string, style: Style): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = build(locale, zone, STYLES[style]);
    formatters.set(key, f);
  }
  return f;
}

function build(locale: string, zone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const name = intlZone(zone);
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone: name });
  } catch (error) {
    // An offset such as "+05:30" that this engine does not take as a zone (Node 20, older browsers).
    const offset = zoneFor(zone)?.offset(0);
    if (offset === undefined || !/^[+-]/.test(name)) throw error;
    return shifted(new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }), offset);
  }
}

/**
 * A formatter of UTC that writes the wall clock of a fixed offset: each instant
 * moved by the offset before it is written, and the zone's name "GMT+05:30", as
 * an engine that knows the offset writes it.
 */
function shifted(utc: Intl.DateTimeFormat, offset: number): Intl.DateTimeFormat {
  const by = offset * MINUTE;
  const name = `GMT${fixedIntlName(offset)}`;
  const named = <T extends Intl.DateTimeFormatPart>(parts: T[]): T[] => parts.map((p) => (p.type === 'timeZoneName' ? { ...p, value: name } : p));
  const at = (date?: Date | number) => Number(date ?? Date.now()) + by;
  const methods = {
    format: (date?: Date | number) => named(utc.formatToParts(at(date))).map((p) => p.value).join(''),
    formatToParts: (date?: Date | number) => named(utc.formatToParts(at(date))),
    formatRange: (start: Date | number, end: Date | number) => named(utc.formatRangeToParts(at(start), at(end))).map((p) => p.value).join(''),
    formatRangeToParts: (start: Date | number, end: Date | number) => named(utc.formatRangeToParts(at(start), at(end))),
    resolvedOptions: () => utc.resolvedOptions(),
  };
  // Own properties over the prototype's getters ("format" is one).
  return Object.create(utc, Object.fromEntries(Object.entries(methods).map(([key, value]) => [key, { value }]))) as Intl.DateTimeFormat;
}

let warming = false;

/**
 * Builds, in an idle moment, the formatter a page will need first: the first
 * `Intl.DateTimeFormat` of a page costs tens of milliseconds (the browser loads
 * its locale and zone data), better spent while a descriptor is on its way than
 * after it has come. Once a page; later calls do nothing.
 */
export function warmFormatters(locale: string): void {
  if (warming) return;
  warming = true;
  const build = () => {
    try {
      const zone = browserZone();
      formatter(locale, zone, 'time').format(0);
      offsetAt(zone, Date.now());
    } catch {
      // A language Intl refuses: the element finds its own when it renders.
    }
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(build);
  else setTimeout(build, 0);
}

const intlNames = new Map<string, string>();

/** The name `Intl` knows a zone by: IANA names as they are, fixed offsets as `Etc/GMT-2` or `+05:30`. */
export function intlZone(zone: string): string {
  let name = intlNames.get(zone);
  if (name === undefined) {
    const z = zoneNamed(zone) ? null : zoneFor(zone);
    name = z ? fixedIntlName(z.offset(0)) : zone;
    intlNames.set(zone, name);
  }
  return name;
}

function fixedIntlName(offset: number): string {
  if (offset === 0) return 'UTC';
  if (offset % 60 === 0) return `Etc/GMT${offset > 0 ? '-' : '+'}${Math.abs(offset / 60)}`;
  return `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The clock and calendar of `zone` at the instant `ms`. */
interface Wall {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

function wall(ms: number, zone: string): Wall {
  const offset = offsetAt(zone, ms);
  const d = new Date(ms + offset * MINUTE);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    offset,
  };
}

/** "7:00 AM", "19:00", "오후 8:00" — the locale's own 12- or 24-hour clock. */
export function formatTime(ms: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'time').format(ms);
}

/** "Tuesday, October 13, 2020" in the locale's words and order. */
export function formatDate(ms: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'date').format(ms);
}

/** "Wed, Oct 14": the local date of a schedule row when it differs from the organisers'. */
export function formatShortDate(ms: number, locale: string, zone: string): string {
  return formatter(locale, zone, 'dateShort').format(ms);
}

const abbreviations = new Map<string, string>();

/**
 * The zone's abbreviation where the locale has a real one ("EDT", "KST"), else
 * its offset from UTC ("UTC+12", "UTC+5:45", "UTC−11"): never "GMT+12", which
 * next to a city's name reads as if the city kept Greenwich time.
 */
export function zoneAbbreviation(ms: number, locale: string, zone: string): string {
  // A zone is called the same at every instant it has the same offset, so the
  // name is worked out once per (locale, zone, offset).
  const offset = offsetAt(zone, ms);
  const key = `${locale}\u0000${zone}\u0000${offset}`;
  let label = abbreviations.get(key);
  if (label === undefined) {
    const parts = formatter(locale, zone, 'zoneShort').formatToParts(ms);
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    label = name !== '' && !/^(?:GMT|UTC)(?:[+\-\u2212]\d|$)/.test(name) && /^[A-Za-z]{2,6}$/.test(name) ? name : utcOffsetLabel(offset);
    abbreviations.set(key, label);
  }
  return label;
}

/**
 * What a range from `start` to `end` in `zone` is labelled with: `end`, the
 * zone's name at the end ("EDT"), written after the range; and `start`, its
 * name at the start, only when the clocks change within the range, written
 * after the start time ("1:30 AM UTC+1 – 3:30 AM UTC+2"). One name for both
 * ends would put one of them an hour off.
 */
export function rangeZoneNames(start: number, end: number | undefined, locale: string, zone: string): { readonly start?: string; readonly end: string } {
  const last = end ?? start;
  const names = { end: zoneAbbreviation(last, locale, zone) };
  return offsetAt(zone, start) === offsetAt(zone, last) ? names : { ...names, start: zoneAbbreviation(start, locale, zone) };
}

/** The names of `rangeZoneNames` as one label, for a line that names its zone once: "EDT", or "UTC+1 → UTC+2" when the clocks change within the range. */
export function rangeZoneLabel(start: number, end: number | undefined, locale: string, zone: string): string {
  const names = rangeZoneNames(start, end, locale, zone);
  return names.start ? `${names.start} \u2192 ${names.end}` : names.end;
}

/**
 * The zone's generic name in the locale ("heure normale de la Corée", "توقيت كوريا
 * الرسمي"), or undefined where Intl knows only its offset ("GMT+5:45").
 */
export function zoneGenericName(ms: number, locale: string, zone: string): string | undefined {
  const name = formatter(locale, zone, 'zoneGeneric').formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value;
  return name && !/^(?:GMT|UTC)(?:[+\-\u2212]\d|$)/.test(name) ? name : undefined;
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
export function machineTime(ms: number, zone: string): string {
  const w = wall(ms, zone);
  const sign = w.offset < 0 ? '-' : '+';
  const abs = Math.abs(w.offset);
  const date = `${String(w.year).padStart(4, '0')}-${pad(w.month)}-${pad(w.day)}`;
  return `${date}T${pad(w.hour)}:${pad(w.minute)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The date of the instant `ms` in `zone`, as ISO 8601 writes it ("2020-10-14"; "+010000-01-01" past the year 9999). */
export function isoDate(ms: number, zone: string): string {
  return isoDateOf(wall(ms, zone));
}

/**
 * The instant `ms` in `zone` as ISO 8601 with seconds and the offset
 * ("2020-10-13T07:00:00-04:00", milliseconds only when there are some; `Z` in a
 * fixed zone of offset 0): what schema.org readers and other programs expect.
 */
export function isoDateTime(ms: number, zone: string): string {
  const w = wall(ms, zone);
  const time = `${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}${w.millisecond === 0 ? '' : `.${String(w.millisecond).padStart(3, '0')}`}`;
  const fixed = zoneFor(zone)?.isUniversal ?? false;
  const abs = Math.abs(w.offset);
  const offset = fixed && w.offset === 0 ? 'Z' : `${w.offset < 0 ? '-' : '+'}${pad(Math.trunc(abs / 60))}:${pad(Math.trunc(abs % 60))}`;
  return `${isoDateOf(w)}T${time}${offset}`;
}

function isoDateOf(w: Wall): string {
  const long = w.year > 9999 || w.year < 0;
  const year = w.year < 0 ? `-${String(-w.year).padStart(6, '0')}` : `${long ? '+' : ''}${String(w.year).padStart(long ? 6 : 4, '0')}`;
  return `${year}-${pad(w.month)}-${pad(w.day)}`;
}

/** Whole calendar days from the date of `reference` in `referenceZone` to the date of `ms` in `zone`: +1, −1, 0. */
export function dayShift(ms: number, zone: string, reference: number, referenceZone: string): number {
  const here = wall(ms, zone);
  const there = wall(reference, referenceZone);
  const a = Date.UTC(here.year, here.month - 1, here.day);
  const b = Date.UTC(there.year, there.month - 1, there.day);
  return Math.round((a - b) / 86_400_000);
}

/** "+1", "−1" (a true minus sign), or "" for the same day; in `locale`'s digits ("+١" in Egyptian Arabic). */
export function dayShiftLabel(days: number, locale: string): string {
  if (days === 0) return '';
  return localDigits(days > 0 ? `+${days}` : `\u2212${Math.abs(days)}`, locale);
}

/** The digits 0–9 of each locale that writes its dates and times in other digits than these; null for one that writes these. */
const digitSets = new Map<string, readonly string[] | null>();

/**
 * `text` with its digits 0–9 written as `locale` writes the numbers of its
 * dates and times: in Egyptian Arabic, "+١" beside "٢:٢٠ ص", not "+1"; `text`
 * as it is where the locale writes 0–9 (English, Arabic as most pages tag it,
 * `ar`). Not for "UTC+2", a Latin abbreviation, which keeps its digits as
 * abbreviations do; written "UTC+٢", it would also read "٢+UTC" in a line
 * laid out right to left.
 */
export function localDigits(text: string, locale: string): string {
  let digits = digitSets.get(locale);
  if (digits === undefined) {
    const system = formatter(locale, 'UTC', 'time').resolvedOptions().numberingSystem;
    // 1234567890 in the locale's own digits: its 1 to 9, then its 0.
    const written = system === 'latn' ? [] : [...new Intl.NumberFormat(locale, { numberingSystem: system, useGrouping: false }).format(1234567890)];
    digits = written.length === 10 ? [written[9]!, ...written.slice(0, 9)] : null;
    digitSets.set(locale, digits);
  }
  const own = digits;
  return own ? text.replace(/[0-9]/g, (d) => own[Number(d)]!) : text;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
