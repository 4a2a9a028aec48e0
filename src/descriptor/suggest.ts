/**
 * Did-you-mean for the validator's messages: the likely field, value or zone
 * for a typo, and the zone of a city written where a zone belongs. Only the
 * validator uses it, so it loads with the validator.
 */
import { CITY_ZONES } from './cities.js';

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

/**
 * The zone of the city that the last part of `value` is a likely typo of
 * ("Europe/Genva": Geneva, so "Europe/Zurich"; "Asia/Soeul": "Asia/Seoul"),
 * from the table of cities and the city parts of `zones`. Short parts ("Rom")
 * are left to the whole name's comparison.
 */
export function zoneForCityTypo(value: string, zones: readonly string[]): string | undefined {
  cityTable ??= new Map(Object.entries(CITY_ZONES).map(([city, zone]) => [cityKey(city), zone]));
  const key = cityKey(value.slice(value.lastIndexOf('/') + 1));
  if (key.length < 5) return undefined;
  const cities = new Map(cityTable);
  for (const zone of zones) {
    const city = cityKey(zone.slice(zone.lastIndexOf('/') + 1));
    if (!cities.has(city)) cities.set(city, zone);
  }
  const near = suggest(key, cities.keys());
  return near === undefined ? undefined : cities.get(near);
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
