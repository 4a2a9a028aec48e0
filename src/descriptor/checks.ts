/**
 * Checks of single values (addresses, e-mail, phone, language tags, ids), shared
 * by the validator and by `resolve()`, which never turns an unchecked string
 * into a link.
 */
import { CITY_ZONES } from './cities.js';

const ALLOWED_SCHEMES = new Set(['https:', 'http:', 'mailto:']);
/** C0 controls, space, DEL and C1 controls: none belongs in an address. */
const CONTROL_OR_SPACE = /[\u0000-\u0020\u007f-\u009f\u00a0\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u3000\ufeff]/u;
const CHECK_BASE = 'https://plenary.invalid/descriptor/';

/** Why `value` may not be used as a link address, or null when it may. */
export function urlProblem(value: string): string | null {
  if (value === '') return 'is empty';
  const bad = CONTROL_OR_SPACE.exec(value);
  if (bad) {
    const code = `U+${bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    const where = bad.index === 0 ? 'starts with' : 'contains';
    const what = bad[0] === ' ' ? 'a space' : `an invisible or control character (${code})`;
    return `${where} ${what}; remove it (write a space inside an address as %20)`;
  }
  let url: URL;
  try {
    url = new URL(value, CHECK_BASE);
  } catch {
    return 'is not a valid address';
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) {
    return `uses the "${url.protocol}" scheme, which Plenary never links to; use an https: address (or mailto: for e-mail)`;
  }
  return null;
}

/** The absolute address for a checked `value`, relative ones read against `base`; null when unsafe. */
export function safeUrl(value: string, base: string): string | null {
  if (urlProblem(value) !== null) return null;
  try {
    const url = new URL(value, base);
    return ALLOWED_SCHEMES.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const EMAIL = /^[^\s@"'<>()[\]\\,;:?&=/#]+@[^\s@"'<>()[\]\\,;:?&=/#]+\.[^\s@"'<>()[\]\\,;:?&=/#.]{2,}$/u;

export function emailProblem(value: string): string | null {
  if (value.toLowerCase().startsWith('mailto:')) return 'starts with "mailto:"; write the address alone, as in "name@un.org"';
  if (!EMAIL.test(value)) return 'is not an e-mail address such as "name@un.org" (no spaces, quotes, brackets or "?")';
  return null;
}

const PHONE = /^\+?[0-9\s().\-/]+$/;

export function phoneProblem(value: string): string | null {
  const digits = value.replace(/\D/g, '');
  if (!PHONE.test(value) || digits.length < 5 || digits.length > 17) {
    return 'is not a telephone number; write it in international form, as in "+1 212 963 1234"';
  }
  return null;
}

/** The `tel:` address of a checked phone number. */
export function telUrl(phone: string): string {
  return `tel:${phone.startsWith('+') ? '+' : ''}${phone.replace(/\D/g, '')}`;
}

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function isLanguageTag(value: string): boolean {
  if (!LANG.test(value)) return false;
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

export function idProblem(value: string): string | null {
  return ID.test(value)
    ? null
    : 'is not a usable id; use up to 128 letters, digits, ".", "_" or "-", starting with a letter or digit';
}

/** "Brasília", "brasilia" and "BRASILIA" → "brasilia"; "New_York" → "new york"; "Washington, D.C." → "washington dc". */
function cityKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,'’]/g, '')
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

let cityTable: Map<string, string> | undefined;

/**
 * The IANA zone for a city written where a zone belongs ("Geneva", "new york",
 * "Sao Paulo", or "Europe/Geneva"): from the table of cities that name no zone,
 * else from the city part of a zone in `zones` (the names the browser lists).
 */
export function zoneForCity(value: string, zones: readonly string[]): string | undefined {
  cityTable ??= new Map(Object.entries(CITY_ZONES).map(([city, zone]) => [cityKey(city), zone]));
  const wanted = [...new Set([cityKey(value), cityKey(value.slice(value.lastIndexOf('/') + 1))])].filter((k) => k !== '');
  for (const key of wanted) {
    const fromTable = cityTable.get(key);
    if (fromTable) return fromTable;
    const listed = zones.find((zone) => cityKey(zone.slice(zone.lastIndexOf('/') + 1)) === key);
    if (listed) return listed;
  }
  return undefined;
}

/** The closest of `candidates` to `value`, when it is close enough to be a likely typo. */
export function suggest(value: string, candidates: Iterable<string>): string | undefined {
  const lower = value.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const c = candidate.toLowerCase();
    if (c === lower) return candidate;
    if (Math.abs(c.length - lower.length) > 3) continue;
    const d = distance(lower, c);
    if (d < bestDistance) {
      bestDistance = d;
      best = candidate;
    }
  }
  const allowed = Math.max(1, Math.min(3, Math.floor(value.length / 3)));
  return bestDistance <= allowed ? best : undefined;
}

/** Levenshtein distance, with a swap of two neighbours counted as one edit. */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push([i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        rows[0]!.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]!.push(d);
    }
  }
  return rows[a.length]![b.length]!;
}
