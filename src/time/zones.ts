/**
 * Time zones: which names the browser knows, what a zone is called, and the
 * offset a zone has at an instant. Offsets come from luxon's IANA zones, which
 * read the browser's own time-zone data, so half-hour, quarter-hour, +14 and
 * changed rules (Fiji) come out as the browser knows them.
 */
import { FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { LangText } from '../descriptor/text.js';

const known = new Map<string, IANAZone | null>();

/** An offset written as a zone ("+03:00", "UTC+3", "GMT-5"): not an IANA name. */
const OFFSET_LIKE = /^(?:(?:UTC|GMT)\s*)?[+\-\u2212]\s*\d/i;

/**
 * The luxon zone for an IANA name, or null when the browser does not know it.
 * The test is `Intl.DateTimeFormat` itself (luxon's `isValid` builds one in the
 * zone), so old aliases such as `Europe/Kiev` and `Asia/Calcutta` pass wherever
 * the browser accepts them, whether or not `Intl.supportedValuesOf` lists them.
 */
export function zoneNamed(name: string): IANAZone | null {
  let zone = known.get(name);
  if (zone !== undefined) return zone;
  zone = null;
  if (name.trim() === name && name !== '' && !OFFSET_LIKE.test(name)) {
    const candidate = IANAZone.create(name);
    if (candidate.isValid) zone = candidate;
  }
  known.set(name, zone);
  return zone;
}

/** True for strings such as "+03:00" or "UTC+3", which name an offset, not a zone. */
export function looksLikeOffset(name: string): boolean {
  return OFFSET_LIKE.test(name.trim());
}

const engines = new Map<string, Zone | null>();

/**
 * The luxon zone an event's zone name stands for: an IANA zone the browser
 * knows, or a fixed offset (`UTC+9`, `UTC-3:30`, `UTC+0`), the zone of an event
 * whose times carry offsets and name no zone. Null for anything else.
 */
export function zoneFor(name: string): Zone | null {
  let zone = engines.get(name);
  if (zone === undefined) {
    zone = zoneNamed(name) ?? FixedOffsetZone.parseSpecifier(name);
    engines.set(name, zone);
  }
  return zone;
}

/**
 * The name of the fixed offset `offsetMinutes` east of UTC as a zone: 540 →
 * `UTC+9`, −210 → `UTC-3:30`, 0 → `UTC+0` (with its sign, so that it is never
 * taken for the IANA zone `UTC`).
 */
export function fixedZoneName(offsetMinutes: number): string {
  const abs = Math.abs(offsetMinutes);
  const minutes = abs % 60;
  return `UTC${offsetMinutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${minutes ? `:${String(minutes).padStart(2, '0')}` : ''}`;
}

/**
 * Offsets are asked for again and again at nearby instants (every row of an
 * agenda, every probe around a local time), and each answer from luxon's IANA
 * zones costs an `Intl` call. They are kept per zone on a grid of 15-minute
 * steps: when the offsets at both ends of a step agree, the zone has the same
 * offset for the whole step (no zone changes its clocks twice within 15
 * minutes); when they differ, the instant itself is asked.
 */
export const OFFSET_STEP = 15 * 60_000;
const MAX_KEPT = 100_000;
const grids = new Map<string, Map<number, number>>();

function onGrid(zone: Zone, grid: Map<number, number>, at: number): number {
  let offset = grid.get(at);
  if (offset === undefined) {
    if (grid.size >= MAX_KEPT) grid.clear();
    offset = zone.offset(at);
    grid.set(at, offset);
  }
  return offset;
}

/** Offset of `zone` (a luxon zone, or a name `zoneFor` knows) at the instant `ms`, in minutes east of UTC; NaN for an unknown zone. */
export function offsetAt(zone: Zone | string, ms: number): number {
  const z = typeof zone === 'string' ? zoneFor(zone) : zone;
  if (!z) return NaN;
  if (z.isUniversal) return z.offset(ms);
  let grid = grids.get(z.name);
  if (!grid) {
    grid = new Map();
    grids.set(z.name, grid);
  }
  const cell = Math.floor(ms / OFFSET_STEP) * OFFSET_STEP;
  const before = onGrid(z, grid, cell);
  if (ms === cell) return before;
  const after = onGrid(z, grid, cell + OFFSET_STEP);
  return before === after ? before : z.offset(ms);
}

/**
 * Cities whose names changed after their zone was named. Browsers still report
 * some zones by the old name (Chromium says `Asia/Katmandu`, `Asia/Calcutta`),
 * but a visitor should read the city as it is written today.
 */
const RENAMED_CITIES: Readonly<Record<string, string>> = {
  Calcutta: 'Kolkata',
  Katmandu: 'Kathmandu',
  Kiev: 'Kyiv',
  Saigon: 'Ho Chi Minh City',
  Rangoon: 'Yangon',
  Godthab: 'Nuuk',
  Dacca: 'Dhaka',
  Thimbu: 'Thimphu',
  Ulan_Bator: 'Ulaanbaatar',
  Macao: 'Macau',
  Ujung_Pandang: 'Makassar',
  Truk: 'Chuuk',
  Ponape: 'Pohnpei',
  Enderbury: 'Kanton',
  Faeroe: 'Faroe',
  Uzhgorod: 'Uzhhorod',
  Zaporozhye: 'Zaporizhzhia',
  Asmera: 'Asmara',
  Ashkhabad: 'Ashgabat',
  Chungking: 'Chongqing',
  Tel_Aviv: 'Tel Aviv',
};

/**
 * Places whose names a zone's id cannot spell, having no room for an
 * apostrophe: a visitor in Newfoundland reads "St. John's", not "St Johns".
 */
const SPELLED_PLACES: Readonly<Record<string, string>> = {
  St_Johns: 'St. John’s',
  DumontDUrville: 'Dumont d’Urville',
};

/**
 * The city a zone is named after, in English: `Pacific/Pago_Pago` → "Pago Pago",
 * `America/Argentina/Buenos_Aires` → "Buenos Aires", `Asia/Katmandu` → "Kathmandu",
 * `America/St_Johns` → "St. John’s", `UTC` → "UTC".
 */
export function zoneCity(name: string): string {
  const written = zoneSpelling(name);
  const last = written.slice(written.lastIndexOf('/') + 1);
  return SPELLED_PLACES[last] ?? (RENAMED_CITIES[last] ?? last).replace(/_/g, ' ');
}

/**
 * The name of a row no descriptor names: the zone's city, in English whatever
 * the descriptor's language ("New York" on a page in Korean is read by an
 * English voice, not spelled out by a Korean one).
 */
export function zoneCityText(name: string): LangText {
  return new LangText([['en', zoneCity(name)]], 'en');
}

/** Names the browser lists, for "did you mean" suggestions only (never to decide validity). */
export function listedZones(): readonly string[] {
  try {
    return (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  } catch {
    return [];
  }
}

const canonical = new Map<string, string>();

/** The name the browser gives a zone, so `Asia/Calcutta` and `Asia/Kolkata` compare equal (worked out once per name). */
export function canonicalZone(name: string): string {
  let found = canonical.get(name);
  if (found === undefined) {
    try {
      found = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
    } catch {
      found = name;
    }
    canonical.set(name, found);
  }
  return found;
}

/**
 * A zone's name as the list of zones writes it, when `name` differs from it in
 * case only: `america/new_york` → `America/New_York` (the browser takes names
 * in any case; a visitor should read "New York", and a calendar its own id).
 */
export function zoneSpelling(name: string): string {
  const listed = canonicalZone(name);
  if (listed === name) return name;
  const lower = name.toLowerCase();
  if (listed.toLowerCase() === lower) return listed;
  // Written all in lower case, and the browser names the zone otherwise ("asia/kolkata" → Asia/Calcutta): the
  // name as its list writes it, else the browser's (the city named as today, "Kolkata", by zoneCity).
  return name === lower ? (listedZones().find((z) => z.toLowerCase() === lower) ?? listed) : name;
}

let browser: string | undefined;

/** The browser's own zone (read once: building a formatter at every render costs more than the render). */
export function browserZone(): string {
  browser ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  return browser;
}

/** The zones a `zones` attribute names: separated by spaces, or by commas as lists are often written ("America/New_York, Europe/Rome"). */
export function zonesOf(value: string | undefined): string[] {
  return value?.split(/[\s,]+/).filter((z) => z !== '') ?? [];
}
