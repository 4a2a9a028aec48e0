/**
 * "in 2 days", "in 3 hours", "in 5 minutes": how long until an instant, with
 * the instant at which that text next changes, so the shared clock can wake the
 * element exactly then instead of polling.
 */

export interface Countdown {
  readonly value: number;
  readonly unit: 'day' | 'hour' | 'minute';
  /** The next instant (ms) at which `value` or `unit` changes. */
  readonly changesAt: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Time until `target`, seen at `now` (both ms). Whole days from two days on, whole hours from one hour, else minutes (rounded up). */
export function countdown(target: number, now: number): Countdown {
  const left = Math.max(target - now, 0);
  if (left >= 2 * DAY) {
    const days = Math.floor(left / DAY);
    return { value: days, unit: 'day', changesAt: target - days * DAY + 1 };
  }
  if (left >= HOUR) {
    const hours = Math.floor(left / HOUR);
    return { value: hours, unit: 'hour', changesAt: target - hours * HOUR + 1 };
  }
  const minutes = Math.ceil(left / MINUTE);
  return { value: minutes, unit: 'minute', changesAt: target - Math.max(minutes - 1, 0) * MINUTE };
}

const formats = new Map<string, Intl.RelativeTimeFormat>();

/** "in 2 days", "dans 2 jours", "через 2 дня": the locale's own words and plural forms. */
export function formatCountdown(c: Countdown, locale: string): string {
  let f = formats.get(locale);
  if (!f) {
    f = new Intl.RelativeTimeFormat(locale, { numeric: 'always' });
    formats.set(locale, f);
  }
  return f.format(c.value, c.unit);
}
