/**
 * Time zones: which names the browser knows, what a zone is called, and the
 * offset a zone has at an instant. Offsets come from luxon's IANA zones, which
 * read the browser's own time-zone data, so half-hour, quarter-hour, +14 and
 * changed rules (Fiji) come out as the browser knows them.
 */
import { IANAZone } from 'luxon';

const known = new Map<string, IANAZone | null>();

/** An offset written as a zone ("+03:00", "UTC+3", "GMT-5"): not an IANA name. */
const OFFSET_LIKE = /^(?:(?:UTC|GMT)\s*)?[+\-\u2212]\s*\d/i;

/**
 * The luxon zone for an IANA name, or null when the browser does not know it.
 * The test is `Intl.DateTimeFormat` itself, so old aliases such as `Europe/Kiev`
 * and `Asia/Calcutta` pass wherever the browser accepts them, whether or not
 * `Intl.supportedValuesOf` lists them.
 */
export function zoneNamed(name: string): IANAZone | null {
  let zone = known.get(name);
  if (zone !== undefined) return zone;
  zone = null;
  if (name.trim() === name && name !== '' && !OFFSET_LIKE.test(name)) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: name });
      const candidate = IANAZone.create(name);
      if (candidate.isValid) zone = candidate;
    } catch {
      zone = null;
    }
  }
  known.set(name, zone);
  return zone;
}

/** True for strings such as "+03:00" or "UTC+3", which name an offset, not a zone. */
export function looksLikeOffset(name: string): boolean {
  return OFFSET_LIKE.test(name.trim());
}

/** Offset of `zone` at the instant `ms`, in minutes east of UTC. */
export function offsetAt(zone: IANAZone, ms: number): number {
  return zone.offset(ms);
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
 * The city a zone is named after, in English: `Pacific/Pago_Pago` → "Pago Pago",
 * `America/Argentina/Buenos_Aires` → "Buenos Aires", `Asia/Katmandu` → "Kathmandu",
 * `UTC` → "UTC".
 */
export function zoneCity(name: string): string {
  const last = name.slice(name.lastIndexOf('/') + 1);
  return (RENAMED_CITIES[last] ?? last).replace(/_/g, ' ');
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

let browser: string | undefined;

/** The browser's own zone (read once: building a formatter at every render costs more than the render). */
export function browserZone(): string {
  browser ??= Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
  return browser;
}
