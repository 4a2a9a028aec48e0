// Time zone invariants: in every zone the browser knows, the schedule has exactly
// that zone's row, and each row's hour, minute, date and offset are those an
// independent Intl.DateTimeFormat gives for the event's instant in that zone;
// and the output does not depend on the machine's date.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { ready, seedDescriptor } from './helpers.js';

const ZONES = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');

/**
 * Zones the browser still lists under the city's old name; the schedule shows the
 * city as it is written today.
 */
const RENAMED: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Asmara',
  'America/Godthab': 'Nuuk',
  'Asia/Calcutta': 'Kolkata',
  'Asia/Katmandu': 'Kathmandu',
  'Asia/Rangoon': 'Yangon',
  'Asia/Saigon': 'Ho Chi Minh City',
  'Atlantic/Faeroe': 'Faroe',
  'Europe/Kiev': 'Kyiv',
  'Pacific/Enderbury': 'Kanton',
  'Pacific/Ponape': 'Pohnpei',
  'Pacific/Truk': 'Chuuk',
  // Spelled as written, with the apostrophe the zone's id has no room for.
  'America/St_Johns': 'St. John’s',
  'Antarctica/DumontDUrville': 'Dumont d’Urville',
};

/** The place a row is named after: the last part of the zone's name, or its city's name today. */
function placeOf(zone: string): string {
  return RENAMED[zone] ?? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ');
}

/** The local wall clock of `ms` in `zone`, read from Intl alone. */
function local(ms: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      weekday: 'short',
      timeZoneName: 'longOffset',
    })
      .formatToParts(ms)
      .map((p) => [p.type, p.value]),
  ) as Record<string, string>;
  const monthName = new Intl.DateTimeFormat('en-US', { timeZone, month: 'short' }).format(ms);
  // "GMT+05:45" → "+05:45"; plain "GMT" is UTC itself.
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : parts.timeZoneName!.replace('GMT', '').replace('\u2212', '-');
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  return {
    date,
    clock: `${parts.hour}:${parts.minute}`,
    datetime: `${date}T${parts.hour}:${parts.minute}${offset}`,
    shortDate: `${parts.weekday}, ${monthName} ${Number(parts.day)}`,
  };
}

/** "11:00 PM" or "Fri, Jan 15, 11:00 PM" (en-US, as the schedule shows a time) as its date text and 24-hour clock. */
function readShown(text: string): { date: string | null; clock: string } {
  const m = /^(?:(.+?),\s)?(\d{1,2}):(\d{2})\s*(AM|PM)$/.exec(text.trim());
  if (!m) return { date: null, clock: `not a time: "${text}"` };
  return { date: m[1] ?? null, clock: `${String((Number(m[2]) % 12) + (m[4] === 'PM' ? 12 : 0)).padStart(2, '0')}:${m[3]}` };
}

/** Whole days from one "YYYY-MM-DD" to another. */
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00Z`) - Date.parse(`${from}T00:00Z`)) / 86_400_000);

/** "+1", "−1" (a true minus sign), or nothing, as the schedule marks a day shift. */
const shiftMark = (days: number) => (days === 0 ? '' : days > 0 ? `+${days}` : `\u2212${-days}`);

describe('time zone invariants', () => {
  // The list given to the schedule: every zone the browser lists, then four names
  // that must not make a row of their own. Asia/Kolkata, Europe/Kyiv and
  // US/Eastern are other names of listed zones (the browser calls them
  // Asia/Calcutta, Europe/Kiev and America/New_York), so each is merged into
  // that zone's row; Mars/Olympus is no zone at all, so it is left out (with a
  // console warning). UTC, the visitor's zone here, is not in the browser's list,
  // so it is added last and marked as the visitor's. Nothing else is merged or
  // dropped: one row per listed zone, in the list's order, then UTC.
  const EXTRA = ['Asia/Kolkata', 'Europe/Kyiv', 'US/Eastern', 'Mars/Olympus'];

  // The organisers' dates are written by hand: the event has no timeZone, so the
  // organisers' zone is the offset of its start, UTC. The winter event crosses
  // midnight UTC, so it is an event of two days for the organisers: each row
  // then gives the date with its start, and with its end where that is on another date there.
  for (const [name, start, end, organisersStart, organisersEnd] of [
    ['northern summer', '2020-10-13T11:00Z', '2020-10-13T14:20Z', '2020-10-13', '2020-10-13'],
    ['northern winter', '2021-01-15T23:30Z', '2021-01-16T01:45Z', '2021-01-15', '2021-01-16'],
  ] as const) {
    it(`every one of the browser's ${ZONES.length} zones has its row, at the hour, minute, date and offset Intl gives there (${name})`, async () => {
      const event = { plenary: 1, title: 'Everywhere', start, end };
      const el = await fixture<PlenaryElement>(html`<plenary-schedule .event=${event} zones=${[...ZONES, ...EXTRA].join(' ')} zone="UTC" now="2020-01-01T00:00Z"></plenary-schedule>`);
      await ready(el);
      const rows = [...el.shadowRoot!.querySelectorAll('li.row')];
      const expected = [...ZONES, 'UTC'];
      expect(rows.length, 'rows').to.equal(ZONES.length + 1);
      expect(rows.map((r) => r.querySelector('.place')!.textContent), 'places').to.deep.equal(expected.map(placeOf));
      expect(rows.filter((r) => r.classList.contains('visitor')).map((r) => r.querySelector('.place')!.textContent), "the visitor's row").to.deep.equal(['UTC']);

      const severalDays = organisersStart !== organisersEnd;
      const wrong: string[] = [];
      const check = (zone: string, what: string, shown: unknown, wanted: unknown) => {
        if (JSON.stringify(shown) !== JSON.stringify(wanted)) wrong.push(`${zone} ${what}: shows ${JSON.stringify(shown)}, Intl says ${JSON.stringify(wanted)}`);
      };
      rows.forEach((row, i) => {
        const zone = expected[i]!;
        const from = local(Date.parse(start), zone);
        const to = local(Date.parse(end), zone);
        const [a, b] = [...row.querySelectorAll('.times time')];
        const [shownFrom, shownTo] = [readShown(a?.textContent ?? ''), readShown(b?.textContent ?? '')];
        check(zone, 'start datetime', a?.getAttribute('datetime'), from.datetime);
        check(zone, 'end datetime', b?.getAttribute('datetime'), to.datetime);
        check(zone, 'start time', shownFrom.clock, from.clock);
        check(zone, 'end time', shownTo.clock, to.clock);
        // The local start date against the organisers' start date; the local end date against the local start date.
        const startShift = daysBetween(organisersStart, from.date);
        const endShift = daysBetween(from.date, to.date);
        const date = row.querySelector('time.local-date');
        const marks = [...row.querySelectorAll('.times .shift')].map((s) => s.textContent).join(' ');
        if (severalDays) {
          // The start with its date, the end with its own where that is another (else the date once), and no mark
          // beside either (the dates say it).
          check(zone, 'start date', shownFrom.date, from.shortDate);
          check(zone, 'end date', shownTo.date, to.date === from.date ? null : to.shortDate);
          check(zone, 'day shifts', marks, '');
          check(zone, 'a date above the times', date?.getAttribute('datetime') ?? null, null);
        } else {
          // One date, shown only where it is not the organisers', then the times alone, the end marked where it is on the next date.
          check(zone, 'local date', date ? [date.getAttribute('datetime'), date.textContent] : null, startShift === 0 ? null : [from.date, from.shortDate]);
          check(zone, 'dates beside the times', [shownFrom.date, shownTo.date], [null, null]);
          check(zone, 'day shifts', marks, shiftMark(endShift));
        }
      });
      expect(wrong.slice(0, 20), `${wrong.length} differences in ${rows.length} rows`).to.deep.equal([]);
    });
  }
});

describe('the machine clock', () => {
  /** Renders with the browser's clock set to `fakeNow`, returns the shadow HTML of each element. */
  async function renderAt(fakeNow: number): Promise<string[]> {
    const RealDate = Date;
    class FakeDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(fakeNow);
        else super(...(args as [number]));
      }
      static override now() {
        return fakeNow;
      }
    }
    globalThis.Date = FakeDate as DateConstructor;
    try {
      const seed = await seedDescriptor();
      const dateline = { plenary: 1, title: 'Tokyo', timeZone: 'Asia/Tokyo', start: '2024-03-05T09:00', end: '2024-03-05T11:00', displayZones: ['Pacific/Pago_Pago', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'Pacific/Fiji'] };
      const out: string[] = [];
      for (const [tag, event] of [
        ['plenary-schedule', seed],
        ['plenary-schedule', dateline],
        ['plenary-card', seed],
        ['plenary-agenda', seed],
        ['plenary-join', seed],
      ] as const) {
        const el = document.createElement(tag) as PlenaryElement;
        el.setAttribute('now', '2020-10-11T11:00Z');
        el.setAttribute('zone', 'Europe/London');
        el.event = event;
        document.body.append(el);
        await ready(el);
        out.push(el.shadowRoot!.innerHTML.replace(/<!--[^>]*-->/g, ''));
        el.remove();
      }
      return out;
    } finally {
      globalThis.Date = RealDate;
    }
  }

  it('renders the same in January as in July (no offset taken from today instead of the event)', async () => {
    const january = await renderAt(Date.UTC(2026, 0, 15, 12));
    const july = await renderAt(Date.UTC(2026, 6, 15, 12));
    expect(january.length).to.equal(5);
    january.forEach((html, i) => expect(july[i], `element ${i}`).to.equal(html));
    expect(january[0]).to.contain('2020-10-13T12:00+01:00'); // London was on BST, +1, on 13 October 2020
  });
});
