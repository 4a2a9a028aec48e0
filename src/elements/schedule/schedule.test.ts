import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryScheduleElement } from './schedule.js';
import { deepQueryAll, genevaMeeting, ready, seedDescriptor, spokenText, visibleText } from '../../../test/helpers.js';

/**
 * Every expected time below is worked out by hand from the time-zone table
 * (offsets in force on the day), not by the code under test:
 *   13 Oct 2020, 11:00–14:20 UTC: New York EDT −4, Rome CEST +2, Nairobi EAT +3,
 *   Seoul KST +9, Fiji +12 (Fiji's 2020–21 summer time began on 20 Dec 2020),
 *   Kathmandu +5:45.
 */
interface RowSeen {
  place: string;
  start: [text: string, datetime: string];
  end: [text: string, datetime: string];
  shifts: string[];
  zone: string;
  date?: string;
  mine: boolean;
}

function rows(el: PlenaryScheduleElement): RowSeen[] {
  return [...el.shadowRoot!.querySelectorAll('li.row')].map((li) => {
    const times = [...li.querySelectorAll('.times time')];
    const date = li.querySelector('.local-date');
    const row: RowSeen = {
      place: li.querySelector('.place')!.textContent!.trim(),
      start: [times[0]!.textContent!.trim(), times[0]!.getAttribute('datetime')!],
      end: [times[1]!.textContent!.trim(), times[1]!.getAttribute('datetime')!],
      shifts: [...li.querySelectorAll('.shift')].map((s) => s.textContent!.trim()),
      zone: li.querySelector('.zone')!.textContent!.trim(),
      mine: li.querySelector('.badge') !== null,
    };
    if (date) row.date = date.textContent!.trim();
    return row;
  });
}

describe('plenary-schedule: the seed event', () => {
  it("shows the five zones of the seed, with Fiji's end on the next day, New York marked as the visitor's", async () => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${await seedDescriptor()} zone="America/New_York"></plenary-schedule>`);
    await ready(el);
    expect(rows(el)).to.deep.equal([
      { place: 'New York', start: ['7:00 AM', '2020-10-13T07:00-04:00'], end: ['10:20 AM', '2020-10-13T10:20-04:00'], shifts: [], zone: 'EDT', mine: true },
      { place: 'Rome', start: ['1:00 PM', '2020-10-13T13:00+02:00'], end: ['4:20 PM', '2020-10-13T16:20+02:00'], shifts: [], zone: 'UTC+2', mine: false },
      { place: 'Nairobi', start: ['2:00 PM', '2020-10-13T14:00+03:00'], end: ['5:20 PM', '2020-10-13T17:20+03:00'], shifts: [], zone: 'UTC+3', mine: false },
      { place: 'Seoul', start: ['8:00 PM', '2020-10-13T20:00+09:00'], end: ['11:20 PM', '2020-10-13T23:20+09:00'], shifts: [], zone: 'UTC+9', mine: false },
      { place: 'Fiji', start: ['11:00 PM', '2020-10-13T23:00+12:00'], end: ['2:20 AM', '2020-10-14T02:20+12:00'], shifts: ['+1'], zone: 'UTC+12', mine: false },
    ]);
    expect(visibleText(el.shadowRoot!.querySelector('.date')!)).to.equal('Tuesday, October 13, 2020');
    // A person reads the Fiji row as the seed page wrote it; a screen reader hears "(next day)".
    const fiji = el.shadowRoot!.querySelectorAll('li.row')[4]!;
    expect(visibleText(fiji.querySelector('.times')!)).to.equal('11:00 PM – 2:20 AM+1');
    expect(fiji.querySelector('.times .visually-hidden:last-child')!.textContent!.trim()).to.equal('(next day)');
    await expect(el).to.be.accessible();
  });

  it('writes day marks in the digits of the times beside them (Arabic-Indic for Egyptian Arabic, 0–9 for Arabic tagged `ar`), "UTC+12" as a Latin abbreviation', async () => {
    // Written by hand: Fiji kept UTC+12 on 13 October 2020 (its summer time began on 20 December), New York EDT (UTC−4).
    const fiji = async (lang: string) => {
      const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang=${lang} .event=${await seedDescriptor()} zone="America/New_York"></plenary-schedule>`);
      await ready(el);
      const row = rows(el)[4]!;
      return [row.start[0], row.end[0], row.shifts, row.zone, rows(el)[0]!.zone];
    };
    expect(await fiji('ar-EG')).to.deep.equal(['١١:٠٠ م', '٢:٢٠ ص', ['+١'], 'UTC+12', 'UTC−4']);
    expect(await fiji('ar')).to.deep.equal(['11:00 م', '2:20 ص', ['+1'], 'UTC+12', 'UTC−4']);
  });

  it("names the visitor's added row in the visitor's language, not with an English city", async () => {
    const expected: Record<string, string> = {
      fr: 'heure du Népal',
      ar: 'توقيت نيبال',
      zh: '尼泊尔时间',
      ru: 'Непал',
      es: 'hora de Nepal',
      ko: '네팔 시간',
    };
    for (const [lang, name] of Object.entries(expected)) {
      const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang=${lang} .event=${await seedDescriptor()}></plenary-schedule>`);
      await ready(el);
      const mine = el.shadowRoot!.querySelector('li.row.visitor .place')!;
      expect(mine.textContent!.trim(), lang).to.equal(name);
      expect(mine.getAttribute('lang'), `${lang}: no lang of another language on it`).to.be.null;
    }
  });

  it('names the zones a page asks for as the descriptor does, in the page\'s language, and a zone it does not name by its city', async () => {
    for (const [lang, places] of [
      ['fr', ['Séoul', 'Tokyo', 'Rome']],
      ['ar', ['سول', 'Tokyo', 'روما']],
    ] as const) {
      const el = await fixture<PlenaryScheduleElement>(
        html`<plenary-schedule lang=${lang} .event=${await seedDescriptor()} zone="Asia/Seoul" zones="Asia/Seoul Asia/Tokyo Europe/Rome"></plenary-schedule>`,
      );
      await ready(el);
      expect(rows(el).map((r) => r.place), lang).to.deep.equal(places);
    }
  });

  it('marks a city named after its zone as English in a descriptor in another language: an English voice reads it, not a Korean one', async () => {
    // A descriptor in Korean that names Paris only: Seoul, Tokyo and the visitor's New York are named after their zones, in English.
    const descriptor = {
      plenary: 1,
      lang: 'ko',
      title: '디지털 정부 회의',
      timeZone: 'Asia/Seoul',
      start: '2026-05-01T10:00',
      end: '2026-05-01T12:00',
      displayZones: ['Asia/Seoul', { zone: 'Europe/Paris', label: '파리' }],
    };
    const places = (el: PlenaryScheduleElement) => [...el.shadowRoot!.querySelectorAll('.place')].map((p) => [p.textContent!.trim(), p.getAttribute('lang')]);
    const en = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang="en" .event=${descriptor} zone="America/New_York"></plenary-schedule>`);
    await ready(en);
    expect(places(en), 'on a page in English').to.deep.equal([['Seoul', null], ['파리', 'ko'], ['New York', null]]);
    const fr = await fixture<PlenaryScheduleElement>(
      html`<plenary-schedule lang="fr" .event=${descriptor} zone="Asia/Seoul" zones="Asia/Seoul Europe/Paris Asia/Tokyo"></plenary-schedule>`,
    );
    await ready(fr);
    expect(places(fr), 'on a page in French').to.deep.equal([['Seoul', 'en'], ['파리', 'ko'], ['Tokyo', 'en']]);
    await expect(fr).to.be.accessible();
  });

  it('writes each place from the row\'s starting side, a name in a language written the other way too', async () => {
    for (const [lang, dir, name] of [['ar', 'rtl', 'Tokyo'], ['en', 'ltr', 'سول']] as const) {
      const descriptor = { ...(await seedDescriptor()), displayZones: [{ zone: 'Asia/Seoul', label: { ar: 'سول' } }] };
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${dir}><plenary-schedule lang=${lang} .event=${descriptor} zone="Asia/Seoul" zones="Asia/Seoul Asia/Tokyo"></plenary-schedule></div>`,
      );
      const el = wrapper.querySelector('plenary-schedule') as PlenaryScheduleElement;
      await ready(el);
      const place = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.place')].find((p) => p.textContent!.trim() === name)!;
      const range = document.createRange();
      range.selectNodeContents(place);
      const [text, box] = [range.getBoundingClientRect(), place.getBoundingClientRect()];
      const gap = dir === 'rtl' ? box.right - text.right : text.left - box.left;
      expect(gap, `${lang}: ${name} from the ${dir === 'rtl' ? 'right' : 'left'}`).to.be.below(1);
    }
  });

  it('writes each place from the starting side of its own language, not of the page around it: Arabic on an English page, English on an Arabic one', async () => {
    for (const [lang, pageDir, name, side] of [['ar', 'ltr', 'سول', 'right'], ['en', 'rtl', 'Seoul', 'left']] as const) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${pageDir}><plenary-schedule lang=${lang} .event=${await seedDescriptor()} zone="Asia/Seoul" zones="Asia/Seoul Asia/Tokyo"></plenary-schedule></div>`,
      );
      const el = wrapper.querySelector('plenary-schedule') as PlenaryScheduleElement;
      await ready(el);
      const place = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.place')].find((p) => p.textContent!.trim() === name)!;
      const range = document.createRange();
      range.selectNodeContents(place);
      const [text, box] = [range.getBoundingClientRect(), place.getBoundingClientRect()];
      // The place's box is wider than its name (at least 8rem): the name sits against the row's starting side.
      expect(box.width - text.width, `${lang}: the box is wider than ${name}`).to.be.above(20);
      const gap = side === 'right' ? box.right - text.right : text.left - box.left;
      expect(gap, `${lang} on a ${pageDir} page: ${name} from the ${side}`).to.be.below(1);
    }
  });

  it("adds the visitor's zone when it is not listed, and marks it (the browser's zone: Kathmandu, +5:45)", async () => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    const seen = rows(el);
    expect(seen).to.have.length(6);
    expect(seen.filter((r) => r.mine).map((r) => r.place)).to.deep.equal(['Kathmandu']);
    expect(seen[5]).to.deep.equal({
      place: 'Kathmandu',
      start: ['4:45 PM', '2020-10-13T16:45+05:45'],
      end: ['8:05 PM', '2020-10-13T20:05+05:45'],
      shifts: [],
      zone: 'UTC+5:45',
      mine: true,
    });
    expect(visibleText(el.shadowRoot!.querySelectorAll('li.row')[5]!)).to.contain('your time');
  });

  it('treats an old alias of the visitor zone as the listed zone (Asia/Calcutta = Asia/Kolkata)', async () => {
    const descriptor = { ...(await seedDescriptor()), displayZones: ['Asia/Kolkata', 'Europe/Rome'] };
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${descriptor} zone="Asia/Calcutta"></plenary-schedule>`);
    await ready(el);
    expect(rows(el).map((r) => [r.place, r.mine])).to.deep.equal([
      ['Kolkata', true],
      ['Rome', false],
    ]);
  });
});

describe('plenary-schedule: across the date line and odd offsets', () => {
  // A Tokyo morning, 5 March 2024, 09:00–11:00 JST (+9) = 00:00–02:00 UTC.
  const tokyo = {
    plenary: 1,
    title: 'Tokyo morning briefing',
    timeZone: 'Asia/Tokyo',
    start: '2024-03-05T09:00',
    end: '2024-03-05T11:00',
  };

  it('shows Pago Pago (−11) on the previous afternoon, Kiritimati (+14) and Kathmandu (+5:45), in the zones asked for', async () => {
    const el = await fixture<PlenaryScheduleElement>(
      html`<plenary-schedule .event=${tokyo} zone="Asia/Tokyo" zones="Asia/Tokyo Pacific/Pago_Pago Pacific/Kiritimati Asia/Kathmandu"></plenary-schedule>`,
    );
    await ready(el);
    expect(rows(el)).to.deep.equal([
      { place: 'Tokyo', start: ['9:00 AM', '2024-03-05T09:00+09:00'], end: ['11:00 AM', '2024-03-05T11:00+09:00'], shifts: [], zone: 'UTC+9', mine: true },
      {
        place: 'Pago Pago',
        start: ['1:00 PM', '2024-03-04T13:00-11:00'],
        end: ['3:00 PM', '2024-03-04T15:00-11:00'],
        // Its own date says the day before: no "−1" beside it as well.
        shifts: [],
        zone: 'UTC\u221211',
        date: 'Mon, Mar 4',
        mine: false,
      },
      { place: 'Kiritimati', start: ['2:00 PM', '2024-03-05T14:00+14:00'], end: ['4:00 PM', '2024-03-05T16:00+14:00'], shifts: [], zone: 'UTC+14', mine: false },
      { place: 'Kathmandu', start: ['5:45 AM', '2024-03-05T05:45+05:45'], end: ['7:45 AM', '2024-03-05T07:45+05:45'], shifts: [], zone: 'UTC+5:45', mine: false },
    ]);
  });

  it("a row on another date than the organizers' gives that date and marks only an end past midnight there", async () => {
    // Seoul (KST, +9), Wednesday 18 November 2026, 11:00–19:00 = 02:00–10:00 UTC. Honolulu (HST, −10):
    // Tuesday 17 November 16:00 to midnight, 00:00 on the 18th. Tokyo (+9): the organizers' date and hours.
    // Auckland (NZDT, +13): Wednesday 15:00–23:00, the organizers' date.
    const seoul = { plenary: 1, title: 'Seoul forum', timeZone: 'Asia/Seoul', start: '2026-11-18T11:00', end: '2026-11-18T19:00' };
    const el = await fixture<PlenaryScheduleElement>(
      html`<plenary-schedule .event=${seoul} zone="Asia/Seoul" zones="Asia/Seoul Pacific/Honolulu Asia/Tokyo Pacific/Auckland"></plenary-schedule>`,
    );
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'Seoul your time 11:00 AM – 7:00 PM UTC+9',
      // Not "Tue, Nov 17 4:00 PM−1 – 12:00 AM": the date says the day before, and the end is on the next date.
      'Honolulu Tue, Nov 17 4:00 PM – 12:00 AM+1 HST',
      'Tokyo 11:00 AM – 7:00 PM UTC+9',
      'Auckland 3:00 PM – 11:00 PM UTC+13',
    ]);
  });

  it("gives the date once in a row where an event across the organizers' midnight falls on one date", async () => {
    // New York (EDT, UTC−4): Thursday 10 June 2027, 11:30 PM, to Friday the 11th, 1:00 AM = 03:30–05:00 UTC.
    // Kathmandu (+5:45): Friday 9:15–10:45 AM; Honolulu (HST, −10): Thursday 5:30–7:00 PM.
    const late = { plenary: 1, title: 'Late webinar', timeZone: 'America/New_York', start: '2027-06-10T23:30', end: '2027-06-11T01:00' };
    const el = await fixture<PlenaryScheduleElement>(
      html`<plenary-schedule .event=${late} zone="Asia/Kathmandu" zones="America/New_York Asia/Kathmandu Pacific/Honolulu" now="2027-06-01T00:00Z"></plenary-schedule>`,
    );
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'New York Thu, Jun 10, 11:30 PM – Fri, Jun 11, 1:00 AM EDT',
      'Kathmandu your time Fri, Jun 11, 9:15 AM – 10:45 AM UTC+5:45',
      'Honolulu Thu, Jun 10, 5:30 PM – 7:00 PM HST',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('li.row time')].map((t) => t.getAttribute('datetime'))).to.deep.equal([
      '2027-06-10T23:30-04:00',
      '2027-06-11T01:00-04:00',
      '2027-06-11T09:15+05:45',
      '2027-06-11T10:45+05:45',
      '2027-06-10T17:30-10:00',
      '2027-06-10T19:00-10:00',
    ]);
  });

  it("follows Lord Howe Island's half-hour summer time: +11 in January, +10:30 in July", async () => {
    const at = (start: string, end: string) => ({ plenary: 1, title: 'Call', start, end, displayZones: ['Australia/Lord_Howe'] });
    const summer = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${at('2021-01-15T00:00Z', '2021-01-15T01:00Z')} zone="UTC"></plenary-schedule>`);
    const winter = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${at('2021-07-15T00:00Z', '2021-07-15T01:00Z')} zone="UTC"></plenary-schedule>`);
    await ready(summer);
    await ready(winter);
    const lordHowe = (el: PlenaryScheduleElement) => rows(el).find((r) => r.place === 'Lord Howe')!;
    expect([lordHowe(summer).start, lordHowe(summer).zone]).to.deep.equal([['11:00 AM', '2021-01-15T11:00+11:00'], 'UTC+11']);
    expect([lordHowe(winter).start, lordHowe(winter).zone]).to.deep.equal([['10:30 AM', '2021-07-15T10:30+10:30'], 'UTC+10:30']);
  });

  it("follows Fiji's changed rules: summer time (+13) in December 2019, none (+12) in December 2022", async () => {
    const at = (start: string, end: string) => ({ plenary: 1, title: 'Call', start, end, displayZones: ['Pacific/Fiji'] });
    const y2019 = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${at('2019-12-01T00:00Z', '2019-12-01T01:00Z')} zone="UTC"></plenary-schedule>`);
    const y2022 = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${at('2022-12-01T00:00Z', '2022-12-01T01:00Z')} zone="UTC"></plenary-schedule>`);
    await ready(y2019);
    await ready(y2022);
    expect(rows(y2019)[0]!.start).to.deep.equal(['1:00 PM', '2019-12-01T13:00+13:00']);
    expect(rows(y2022)[0]!.start).to.deep.equal(['12:00 PM', '2022-12-01T12:00+12:00']);
  });

  it('leaves out a zone it does not know in zones="…", with a warning', async () => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${tokyo} zone="Asia/Tokyo" zones="Asia/Tokyo Mars/Olympus"></plenary-schedule>`);
    await ready(el);
    expect(rows(el).map((r) => r.place)).to.deep.equal(['Tokyo']);
  });

  it('reads zones="…" separated by commas too, as lists are often written', async () => {
    for (const zones of ['Asia/Tokyo, Pacific/Kiritimati, Asia/Kathmandu', 'Asia/Tokyo,Pacific/Kiritimati,Asia/Kathmandu']) {
      const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${tokyo} zone="Asia/Tokyo" zones=${zones}></plenary-schedule>`);
      await ready(el);
      expect(rows(el).map((r) => r.place), zones).to.deep.equal(['Tokyo', 'Kiritimati', 'Kathmandu']);
    }
  });

  it('says once in the console that a zone="…" it does not know is not used', async () => {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => said.push(args.join(' '));
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <plenary-schedule .event=${tokyo} zone="Europe/Geneva"></plenary-schedule>
        <plenary-schedule .event=${tokyo} zone="Europe/Geneva"></plenary-schedule>
      </div>`);
      for (const el of page.querySelectorAll('plenary-schedule')) await ready(el as PlenaryScheduleElement);
    } finally {
      console.warn = warn;
    }
    expect(said.filter((m) => m.includes('Europe/Geneva'))).to.deep.equal([
      'Plenary: zone="Europe/Geneva" is not a known time zone, so times are not shown in it; give an IANA name, such as "Europe/Zurich".',
    ]);
  });
});

/**
 * Meetings of several days whose hours differ from day to day in some zone,
 * worked out by hand from the time-zone table: in March 2027 Zurich keeps CET
 * (UTC+1) until the 28th; New York is on EST (UTC−5) until Sunday the 14th,
 * then EDT (UTC−4); Seoul keeps KST (UTC+9), Tokyo JST (UTC+9).
 * 9:30–17:00 in Zurich is 08:30–16:00 UTC: 3:30–11:00 AM in New York on the
 * 12th, 4:30 AM – 12:00 PM from the 15th; 17:30 to 01:00 the next day in Seoul.
 * The meetings are in test/fixtures/uneven-days/.
 */
describe('plenary-schedule: hours that differ from day to day', () => {
  const schedule = async (name: string, zone: string) => {
    const descriptor = await (await fetch(`/test/fixtures/uneven-days/${name}.json`)).json();
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule .event=${descriptor} zone=${zone} now="2027-01-01T00:00Z"></plenary-schedule>`);
    await ready(el);
    return el;
  };
  const seen = (el: PlenaryScheduleElement) => ({
    date: visibleText(el.shadowRoot!.querySelector('[part=date]')!),
    rows: [...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r)),
  });

  const cases = [
    {
      // The organizers' dates, without "each day": New York's hours are not the same each day.
      story: "New York's clocks change during the meeting: its row a line for each group of days, the other rows the hours of each day with their dates",
      name: 'across-new-york-change',
      zone: 'America/New_York',
      date: 'Friday, March 12, 2027 and Monday, March 15 – Tuesday, March 16, 2027',
      rows: [
        'Zurich Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 9:30 AM – 5:00 PM each day UTC+1',
        'New York your time Fri, Mar 12, 3:30 – 11:00 AM Mon, Mar 15 – Tue, Mar 16, 4:30 AM – 12:00 PM each day EST → EDT',
        'Seoul Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 5:30 PM – 1:00 AM+1 each day UTC+9',
      ],
    },
    {
      // Monday 9:30–17:00, Tuesday 9:30–12:30 in Zurich (08:30–16:00 and 08:30–11:30 UTC); New York on EDT by then.
      story: "the organizers' hours differ from day to day: every row a line for each day",
      name: 'shorter-second-day',
      zone: 'America/New_York',
      date: 'Monday, March 15 – Tuesday, March 16, 2027',
      rows: [
        'Zurich Mon, Mar 15, 9:30 AM – 5:00 PM Tue, Mar 16, 9:30 AM – 12:30 PM UTC+1',
        'Tokyo Mon, Mar 15, 5:30 PM – 1:00 AM+1 Tue, Mar 16, 5:30 – 8:30 PM UTC+9',
        'New York your time Mon, Mar 15, 4:30 AM – 12:00 PM Tue, Mar 16, 4:30 – 7:30 AM EDT',
      ],
    },
    {
      // Four days, each opening an hour later: 9:00, 10:00, 11:00, 12:00 to 17:00 in Zurich; 17:00 is 12:00 PM in New York (EDT).
      story: 'more than three groups of days: each row its start and end with their dates',
      name: 'four-openings',
      zone: 'Europe/Zurich',
      date: 'Monday, March 15 – Thursday, March 18, 2027',
      rows: ['Zurich your time Mon, Mar 15, 9:00 AM – Thu, Mar 18, 5:00 PM UTC+1', 'New York Mon, Mar 15, 4:00 AM – Thu, Mar 18, 12:00 PM EDT'],
    },
  ];
  for (const { story, name, zone, date, rows } of cases) {
    it(story, async () => {
      expect(seen(await schedule(name, zone))).to.deep.equal({ date, rows });
    });
  }

  it("a zone's groups of days: each a line of its own, its dates a <time>, read whole: the dash as \"to\", the +1 in words", async () => {
    const el = await schedule('across-new-york-change', 'America/New_York');
    const [, newYork, seoul] = [...el.shadowRoot!.querySelectorAll('li.row')];
    const groups = [...newYork!.querySelectorAll('.day-group')];
    expect(groups.map((g) => visibleText(g))).to.deep.equal(['Fri, Mar 12, 3:30 – 11:00 AM', 'Mon, Mar 15 – Tue, Mar 16, 4:30 AM – 12:00 PM each day']);
    expect(groups.map((g) => getComputedStyle(g).display)).to.deep.equal(['block', 'block']);
    expect(groups.map((g) => spokenText(g))).to.deep.equal(['Fri, Mar 12, 3:30 to 11:00 AM', 'Mon, Mar 15 to Tue, Mar 16, 4:30 AM to 12:00 PM each day']);
    expect(groups.map((g) => g.querySelector('time')!.getAttribute('datetime'))).to.deep.equal(['2027-03-12T03:30-05:00', '2027-03-15T04:30-04:00']);
    expect(spokenText(seoul!.querySelector('[part=times]')!)).to.equal('Fri, Mar 12 and Mon, Mar 15 to Tue, Mar 16, 5:30 PM to 1:00 AM (next day) each day');
    expect(seoul!.querySelector('time')!.getAttribute('datetime')).to.equal('2027-03-12T17:30+09:00');
    await expect(el).to.be.accessible();
  });
});

/**
 * The dates of a meeting, written whole by the locale's range pattern: screen
 * readers skip a dash with their usual settings, so they are told "to" in its
 * place, as between two times; a sign that is a word ("至") is read as it is.
 * Geneva 9:30–17:00 (UTC+1) is 10:30 PM – 6:00 AM in Honolulu (UTC−10), its
 * days beginning the day before (`genevaMeeting`).
 */
describe('plenary-schedule: the sign between two dates, read as "to"', () => {
  const seen = async (lang: string) => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang=${lang} .event=${genevaMeeting()} zone="Europe/Zurich" now="2027-01-01T00:00Z"></plenary-schedule>`);
    await ready(el);
    const date = el.shadowRoot!.querySelector('[part=date]')!;
    const honolulu = el.shadowRoot!.querySelectorAll('li.row .local-date')[0]!;
    return { date: [visibleText(date), spokenText(date)], honolulu: [visibleText(honolulu), spokenText(honolulu)] };
  };

  it('English: "Monday, March 15 to Wednesday, March 17, 2027"', async () => {
    expect(await seen('en')).to.deep.equal({
      date: ['Monday, March 15 – Wednesday, March 17, 2027, each day', 'Monday, March 15 to Wednesday, March 17, 2027, each day'],
      honolulu: ['Sun, Mar 14 – Tue, Mar 16', 'Sun, Mar 14 to Tue, Mar 16'],
    });
  });

  it('French: "lundi 15 à mercredi 17 mars 2027"', async () => {
    expect(await seen('fr')).to.deep.equal({
      date: ['lundi 15 – mercredi 17 mars 2027, chaque jour', 'lundi 15 à mercredi 17 mars 2027, chaque jour'],
      honolulu: ['dim. 14 mars – mar. 16 mars', 'dim. 14 mars à mar. 16 mars'],
    });
  });

  it('Chinese: the range\'s own "至" read as it is, the dash between short dates read "至"', async () => {
    expect(await seen('zh')).to.deep.equal({
      date: ['2027年3月15日星期一至2027年3月17日星期三，每天', '2027年3月15日星期一至2027年3月17日星期三，每天'],
      honolulu: ['3月14日周日 – 3月16日周二', '3月14日周日 至 3月16日周二'],
    });
  });
});

/**
 * Clock changes around an event, each sentence written by hand from the tz
 * database's table (zdump -v; see src/time/clock-changes.test.ts for the
 * instants): New York goes to EDT on 8 March 2026, Rome to CEST on 29 March;
 * Santiago to −3 on 6 September; Sydney to +11 and Lord Howe to +11 on
 * 4 October (local date); Fiji to +13 on 10 November 2019.
 */
describe('plenary-schedule: clock changes', () => {
  const event = (start: string, end: string, displayZones: string[]) => ({ plenary: 1, title: 'Meeting', start, end, displayZones });
  const notes = async (descriptor: Record<string, unknown>, now: string, zone: string, lang = 'en') => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang=${lang} .event=${descriptor} now=${now} zone=${zone}></plenary-schedule>`);
    await ready(el);
    return [...el.shadowRoot!.querySelectorAll('[part=clock-note]')].map((p) => visibleText(p));
  };

  it('in the weeks between the American and the European change in March, in English, French and Korean', async () => {
    const march = event('2026-03-17T14:00Z', '2026-03-17T16:00Z', ['America/New_York', 'Europe/Rome']);
    expect(await notes(march, '2026-02-01T00:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in New York change on March 8; from then the meeting starts at 10:00 AM there.',
      'During the meeting, New York is 5 hours behind Rome, not the usual 6 hours.',
    ]);
    expect(await notes(march, '2026-02-01T00:00Z', 'America/New_York', 'fr')).to.deep.equal([
      'New York : changement d’heure le 8 mars ; dès lors, la réunion commence à 10:00 (heure locale).',
      'New York – Rome : pendant la réunion, le décalage horaire est de 5 heures, au lieu des 6 heures habituelles.',
    ]);
    // Once the change is behind the visitor, only the unusual distance is left to say.
    expect(await notes(march, '2026-03-10T00:00Z', 'America/New_York')).to.deep.equal(['During the meeting, New York is 5 hours behind Rome, not the usual 6 hours.']);
    // Korean: no "이(가)" left for the reader to choose; "의 시각이" fits every name.
    expect(await notes(march, '2026-03-10T00:00Z', 'America/New_York', 'ko')).to.deep.equal(['회의 기간에는 New York의 시각이 Rome보다 5시간 늦습니다. 평소에는 6시간 차이입니다.']);
  });

  it('a meeting across the European change in March: the unusual distance holds until that change, and is said so', async () => {
    // New York is on EDT (UTC−4) from 8 March 2026, Rome on CET (UTC+1) until 29 March, then CEST (UTC+2).
    const across = event('2026-03-26T14:00Z', '2026-03-31T16:00Z', ['America/New_York', 'Europe/Rome']);
    expect(await notes(across, '2026-03-20T00:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in Rome change on March 29, during the meeting; from then the times there are UTC+2.',
      'Until March 29, New York is 5 hours behind Rome, not the usual 6 hours.',
    ]);
    expect((await notes(across, '2026-03-20T00:00Z', 'America/New_York', 'fr'))[1]).to.equal('New York – Rome : jusqu’au 29 mars, le décalage horaire est de 5 heures, au lieu des 6 heures habituelles.');
    expect((await notes(across, '2026-03-20T00:00Z', 'America/New_York', 'ko'))[1]).to.equal('3월 29일까지는 New York의 시각이 Rome보다 5시간 늦습니다. 평소에는 6시간 차이입니다.');
  });

  it('a meeting across the European change in October: the unusual distance begins at that change, and is said so', async () => {
    // Geneva, Saturday 30 October – Monday 1 November 2027: Zurich on CEST (UTC+2) until 31 October, then CET
    // (UTC+1); New York on EDT (UTC−4) until 7 November, St. John's on NDT (UTC−2:30) too. 6 and 4.5 hours
    // behind Zurich on the Saturday, as for most of the year; 5 and 3.5 from the Sunday, as only until 7 November.
    const across = event('2027-10-30T07:30Z', '2027-11-01T16:00Z', ['Europe/Zurich', 'America/New_York', 'America/St_Johns']);
    expect(await notes(across, '2027-10-20T00:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in Zurich change on October 31, during the meeting; from then the times there are UTC+1.',
      'From October 31, New York is 5 hours behind Zurich, not the usual 6 hours.',
      'From October 31, St. John’s is 3.5 hours behind Zurich, not the usual 4.5 hours.',
    ]);
    expect((await notes(across, '2027-10-20T00:00Z', 'America/New_York', 'fr'))[1]).to.equal('New York – Zurich : à partir du 31 octobre, le décalage horaire est de 5 heures, au lieu des 6 heures habituelles.');
    expect((await notes(across, '2027-10-20T00:00Z', 'America/New_York', 'ko'))[1]).to.equal('10월 31일부터는 New York의 시각이 Zurich보다 5시간 늦습니다. 평소에는 6시간 차이입니다.');
    expect((await notes(across, '2027-10-20T00:00Z', 'America/New_York', 'ru'))[1]).to.equal('New York — Zurich: с 31 октября разница во времени составляет 5 часов, а не 6 часов, как обычно.');
  });

  it('in the week between the European and the American change in autumn', async () => {
    const october = event('2026-10-28T13:00Z', '2026-10-28T15:00Z', ['Europe/Rome', 'America/New_York']);
    expect(await notes(october, '2026-10-01T00:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in Rome change on October 25; from then the meeting starts at 2:00 PM there.',
      'During the meeting, New York is 5 hours behind Rome, not the usual 6 hours.',
    ]);
    expect(await notes(october, '2026-10-01T00:00Z', 'America/New_York', 'fr')).to.deep.equal([
      'Rome : changement d’heure le 25 octobre ; dès lors, la réunion commence à 14:00 (heure locale).',
      'New York – Rome : pendant la réunion, le décalage horaire est de 5 heures, au lieu des 6 heures habituelles.',
    ]);
  });

  it('in the southern hemisphere: Santiago, Sydney, and Fiji when it still changed', async () => {
    expect(await notes(event('2026-09-15T14:00Z', '2026-09-15T16:00Z', ['America/Santiago']), '2026-08-01T00:00Z', 'America/Santiago')).to.deep.equal([
      'Clocks in Santiago change on September 6; from then the meeting starts at 11:00 AM there.',
    ]);
    expect(await notes(event('2026-10-20T00:00Z', '2026-10-20T02:00Z', ['Australia/Sydney']), '2026-09-01T00:00Z', 'Australia/Sydney', 'fr')).to.deep.equal([
      'Sydney : changement d’heure le 4 octobre ; dès lors, la réunion commence à 11:00 (heure locale).',
    ]);
    expect(await notes(event('2019-12-10T00:00Z', '2019-12-10T02:00Z', ['Pacific/Fiji']), '2019-10-01T00:00Z', 'Pacific/Fiji')).to.deep.equal([
      'Clocks in Fiji change on November 10; from then the meeting starts at 1:00 PM there.',
    ]);
  });

  it("on Lord Howe Island's half-hour change", async () => {
    expect(await notes(event('2026-10-20T00:00Z', '2026-10-20T02:00Z', ['Australia/Lord_Howe']), '2026-09-01T00:00Z', 'Australia/Lord_Howe')).to.deep.equal([
      'Clocks in Lord Howe change on October 4; from then the meeting starts at 11:00 AM there.',
    ]);
  });

  it('during a meeting of several days', async () => {
    const week = event('2026-03-27T08:00Z', '2026-03-31T16:00Z', ['Europe/Rome', 'Asia/Seoul']);
    expect(await notes(week, '2026-03-20T00:00Z', 'Asia/Seoul')).to.deep.equal([
      'Clocks in Rome change on March 29, during the meeting; from then the times there are UTC+2.',
    ]);
    expect(await notes(week, '2026-03-20T00:00Z', 'Asia/Seoul', 'fr')).to.deep.equal([
      'Rome : changement d’heure le 29 mars, pendant la réunion ; l’heure locale passe alors à UTC+2.',
    ]);
  });

  it("reads right with the visitor's row named by its zone, not a city, in every language", async () => {
    // Paris is not among the rows: the visitor's row is "heure d’Europe centrale", "중부유럽 시간"…
    const march = event('2026-03-17T14:00Z', '2026-03-17T16:00Z', ['America/New_York']);
    const expected: Record<string, string> = {
      fr: 'New York – heure d’Europe centrale : pendant la réunion, le décalage horaire est de 5 heures, au lieu des 6 heures habituelles.',
      es: 'New York – hora de Europa central: durante la reunión, la diferencia horaria es de 5 horas, en lugar de las 6 horas habituales.',
      ru: 'New York — Центральная Европа: во время совещания разница во времени составляет 5 часов, а не 6 часов, как обычно.',
      ar: 'خلال الاجتماع، يبلغ تأخُّر New York عن توقيت وسط أوروبا 5 ساعات، لا 6 ساعات كالمعتاد.',
      ko: '회의 기간에는 New York의 시각이 중부유럽 시간보다 5시간 늦습니다. 평소에는 6시간 차이입니다.',
      zh: '会议期间，New York比中欧时间晚5小时，而不是通常的6小时。',
    };
    for (const [lang, note] of Object.entries(expected)) {
      expect(await notes(march, '2026-03-10T00:00Z', 'Europe/Paris', lang), lang).to.deep.equal([note]);
    }
  });

  it('says a thing once when two rows keep the same clock (Zurich and Rome), by the organisers\' row, in English and Russian', async () => {
    // The Geneva meeting from 15 March 2027, 09:30 in Zurich (CET, UTC+1): New York goes to EDT (UTC−4) on
    // 14 March, so it starts at 4:30 AM there, 5 hours behind Zurich and Rome (both CET until 28 March), not 6.
    const geneva = await (await fetch('/examples/geneva-meeting-2027.json')).json();
    expect(await notes(geneva, '2027-03-01T12:00Z', 'Europe/Rome')).to.deep.equal([
      'Clocks in New York change on March 14; from then the meeting starts at 4:30 AM there.',
      'During the meeting, New York is 5 hours behind Zurich, not the usual 6 hours.',
    ]);
    expect(await notes(geneva, '2027-03-01T12:00Z', 'Europe/Rome', 'ru')).to.deep.equal([
      'New York: часы переводятся 14 марта; с этого дня совещание начинается там в 4:30.',
      'New York — Zurich: во время совещания разница во времени составляет 5 часов, а не 6 часов, как обычно.',
    ]);
    // Rome listed before the organisers' Zurich: Zurich's name is kept. On 15 April, both have changed to CEST
    // (UTC+2) since 28 March, New York already on EDT on 20 March: one note.
    const rows = { plenary: 1, title: 'Meeting', timeZone: 'Europe/Zurich', start: '2027-03-15T09:30', end: '2027-03-15T12:30', displayZones: ['Europe/Rome', 'America/New_York', 'Europe/Zurich'] };
    expect(await notes(rows, '2027-03-01T12:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in New York change on March 14; from then the meeting starts at 4:30 AM there.',
      'During the meeting, New York is 5 hours behind Zurich, not the usual 6 hours.',
    ]);
    expect(await notes({ ...rows, start: '2027-04-15T09:30', end: '2027-04-15T12:30' }, '2027-03-20T12:00Z', 'America/New_York')).to.deep.equal([
      'Clocks in Zurich change on March 28; from then the meeting starts at 9:30 AM there.',
    ]);
  });

  it('says nothing of the clocks for an event cancelled or postponed: its times will not come', async () => {
    // Without its status, the cancelled webinar (10 March 2026, 14:00 in Rome) has two notes: New York on EDT from 8 March, 5 hours behind Rome.
    const cancelled = await (await fetch('/examples/cancelled-webinar.json')).json();
    expect(await notes({ ...cancelled, status: 'scheduled' }, '2026-03-01T12:00Z', 'Europe/Rome')).to.have.length(2);
    expect(await notes(cancelled, '2026-03-01T12:00Z', 'Europe/Rome')).to.deep.equal([]);
    expect(await notes({ ...cancelled, status: 'postponed' }, '2026-03-01T12:00Z', 'Europe/Rome')).to.deep.equal([]);
    // In the event page too: its schedule says none.
    const page = await fixture(html`<plenary-event lang="en" .event=${cancelled} now="2026-03-01T12:00Z" zone="Europe/Rome"></plenary-event>`);
    await ready(page);
    expect(deepQueryAll(page, '[part=clock-note]')).to.have.length(0);
    expect(deepQueryAll(page, 'plenary-schedule')).to.have.length(1);
  });

  it('shown alone, says above its times that a cancelled or postponed event will not take place at them; not again on the event page', async () => {
    const cancelled = await (await fetch('/examples/cancelled-webinar.json')).json();
    const notice = async (descriptor: Record<string, unknown>, lang = 'en') => {
      const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang=${lang} .event=${descriptor} now="2026-03-01T12:00Z" zone="Europe/Rome"></plenary-schedule>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('[part=notice]')].map((p) => visibleText(p));
    };
    expect(await notice(cancelled)).to.deep.equal(['This event has been cancelled.']);
    expect(await notice({ ...cancelled, status: 'postponed' }, 'fr')).to.deep.equal(['Cet événement a été reporté. Une nouvelle date sera annoncée.']);
    expect(await notice({ ...cancelled, status: 'scheduled' })).to.deep.equal([]);
    expect(await notice({ ...cancelled, status: 'rescheduled' })).to.deep.equal([]);
    // The event page: its card says "Cancelled" and its join action the sentence; its schedule does not repeat it.
    const page = await fixture(html`<plenary-event lang="en" .event=${cancelled} now="2026-03-01T12:00Z" zone="Europe/Rome"></plenary-event>`);
    await ready(page);
    const schedule = deepQueryAll(page, 'plenary-schedule')[0]!;
    await ready(schedule as PlenaryScheduleElement);
    expect(schedule.shadowRoot!.querySelectorAll('[part=notice]')).to.have.length(0);
    expect(deepQueryAll(page, '[part=notice]').map((p) => visibleText(p))).to.deep.equal(['This event has been cancelled.']);
  });

  it('says nothing for zones that keep one offset all year, nor for the seed event', async () => {
    expect(await notes(event('2026-03-17T14:00Z', '2026-03-31T16:00Z', ['Asia/Seoul', 'Africa/Nairobi', 'Asia/Kolkata']), '2025-11-01T00:00Z', 'Asia/Seoul')).to.deep.equal([]);
    expect(await notes(await seedDescriptor(), '2020-09-01T00:00Z', 'America/New_York')).to.deep.equal([]);
  });
});
