import { expect } from '@open-wc/testing';
import { resolve } from '../descriptor/read.js';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { LOCALES, type Locale } from '../i18n/lang.js';
import { loadLocale, templatesOf } from '../i18n/locales.js';
import { inLocale } from '../i18n/msg.js';
import { copyText, type CopyOptions } from './copy-text.js';

/**
 * The text a Copy button puts on the clipboard, written out by hand from the
 * time-zone table (never computed by the code under test):
 *   seed, 13 Oct 2020, 11:00–14:20 UTC: New York EDT −4 (7:00–10:20), Rome +2
 *   (13:00–16:20), Nairobi +3 (14:00–17:20), Seoul +9 (20:00–23:20), Fiji +12
 *   (23:00–02:20 on the 14th; Fiji's summer time began on 20 Dec 2020).
 *   Geneva meeting, 15–17 Mar 2027, 09:30 Mon – 17:00 Wed in Zurich (CET +1):
 *   New York already on EDT −4 (US clocks change on 14 Mar), so 04:30 – 12:00;
 *   Nairobi +3, 11:30 – 19:00; Tokyo +9, 17:30 Mon – 01:00 Thu.
 * Clocks: 12-hour in en-US, ko and ar, as those locales write times; 24-hour in
 * fr, es, ru and zh. Right-to-left lines in Arabic open with U+200F and carry
 * one after each piece. The lines are in test/fixtures/copied.json.
 */
const R = '\u200F';

/** The hand-written lines, shared with the end-to-end test that reads them back from the clipboard. */
let expected: Promise<{ seed: Record<Locale, string[]>; 'geneva-meeting-2027': { en: string[] } }> | undefined;
async function lines() {
  expected ??= fetch('/test/fixtures/copied.json').then((r) => r.json());
  return expected;
}
const text = (l: string[]) => `${l.join('\n')}\n`;

/** The seed's programme (its sessions have no times), under the heading in each language. */
const PROGRAMME: Record<Locale, string> = { en: 'Programme', fr: 'Programme', es: 'Programa', ru: 'Программа', zh: '日程', ko: '프로그램', ar: 'البرنامج' };
const SESSIONS = [
  'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
  'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
  'Session 3: Promoting Global Digital Cooperation for Solidarity',
];

async function example(name: string): Promise<PlenaryEvent> {
  return resolve(await (await fetch(`/examples/${name}.json`)).json());
}

async function copied(event: PlenaryEvent, locale: Locale, options: CopyOptions = {}) {
  await loadLocale(locale);
  return inLocale(templatesOf(locale), () => copyText(event, { lang: locale, locale, intl: locale }, options));
}

describe('copy as text', () => {
  for (const locale of LOCALES) {
    it(`the seed event's times, one line per zone, in ${locale}`, async () => {
      const copy = await copied(await example('unpog-webinar-2020-10-13'), locale);
      expect(copy.text).to.equal(text((await lines()).seed[locale]));
    });

    it(`the whole seed event: the times, then the programme, in ${locale}`, async () => {
      const copy = await copied(await example('unpog-webinar-2020-10-13'), locale, { sessions: true });
      const line = (s: string) => (locale === 'ar' ? `${R}${s}${R}` : s);
      expect(copy.text).to.equal(text([...(await lines()).seed[locale], '', ...[PROGRAMME[locale], ...SESSIONS].map(line)]));
    });
  }

  it('a zone on the next date in Korean: the date, then a space, then the times ("10월 14일 (수) 오전 10:00", not "(수))")', async () => {
    // 21:00–23:00 EDT (UTC−4) on Tuesday 13 October 2020 is 10:00–12:00 KST (UTC+9) on Wednesday the 14th.
    const event = resolve({ plenary: 1, title: 'T', timeZone: 'America/New_York', start: '2020-10-13T21:00', end: '2020-10-13T23:00', displayZones: ['Asia/Seoul'] });
    expect((await copied(event, 'ko')).text.split('\n')[2]).to.equal('Seoul 10월 14일 (수) 오전 10:00~오후 12:00 UTC+9');
  });

  it("a webinar across the organizers' midnight: a zone where it falls on one date gives that date once", async () => {
    // New York (EDT, UTC−4): Thursday 10 June 2027, 11:30 PM, to Friday the 11th, 1:00 AM = 03:30–05:00 UTC.
    // Kathmandu (+5:45): Friday 9:15–10:45 AM; Honolulu (HST, −10): Thursday 5:30–7:00 PM.
    const late = resolve({
      plenary: 1,
      title: 'Late webinar',
      timeZone: 'America/New_York',
      start: '2027-06-10T23:30',
      end: '2027-06-11T01:00',
      displayZones: ['America/New_York', 'Asia/Kathmandu', 'Pacific/Honolulu'],
    });
    const copy = await copied(late, 'en');
    expect(copy.text.replace(/[\u202f\u2009]/g, ' ')).to.equal(
      text([
        'Late webinar',
        'Thursday, June 10 – Friday, June 11, 2027',
        'New York Thu, Jun 10, 11:30 PM – Fri, Jun 11, 1:00 AM EDT',
        'Kathmandu Fri, Jun 11, 9:15 AM – 10:45 AM UTC+5:45',
        'Honolulu Thu, Jun 10, 5:30 PM – 7:00 PM HST',
      ]),
    );
  });

  it('a zone on the next date in Taiwan\'s Chinese: "10月14日週三 上午10:00", no "）" after the weekday', async () => {
    // The same hours; the one Chinese translation's words, Taiwan's dates and times.
    const event = resolve({ plenary: 1, title: 'T', timeZone: 'America/New_York', start: '2020-10-13T21:00', end: '2020-10-13T23:00', displayZones: ['Asia/Seoul'] });
    await loadLocale('zh');
    const copy = inLocale(templatesOf('zh'), () => copyText(event, { lang: 'zh-TW', locale: 'zh', intl: 'zh-TW' }));
    expect(copy.text.split('\n')[2]).to.equal('Seoul 10月14日週三 上午10:00至下午12:00 UTC+9');
  });

  it('a meeting of three days in English: each zone with its dates, the sessions by day in the organisers\' zone', async () => {
    const copy = await copied(await example('geneva-meeting-2027'), 'en', { sessions: true });
    expect(copy.text).to.equal(text((await lines())['geneva-meeting-2027'].en));
  });

  it("a meeting of three days in Chinese and French: the language's brackets around the next day's \"+1\", a session's times then its title", async () => {
    // Tokyo (+9) reads Zurich's 9:30–17:00 (CET +1) as 17:30 to 1:00 the next day; the first session, 9:30–12:30 in Zurich.
    const seen = async (locale: Locale) => {
      const lines = (await copied(await example('geneva-meeting-2027'), locale, { sessions: true })).text.split('\n');
      return [lines[5], lines[9]];
    };
    expect(await seen('zh')).to.deep.equal(['Tokyo 17:30–1:00（+1） UTC+9', '9:30–12:30 UTC+1 · Opening plenary']);
    expect(await seen('fr')).to.deep.equal(['Tokyo 17:30–1:00 (+1) UTC+9', '9:30–12:30 UTC+1 · Opening plenary']);
  });

  it('the zones asked for instead of the descriptor\'s, each once, unknown ones left out', async () => {
    const { text } = await copied(await example('unpog-webinar-2020-10-13'), 'en', { zones: 'Asia/Kathmandu Europe/Rome Mars/Olympus Asia/Katmandu' });
    expect(text.split('\n').slice(2)).to.deep.equal(['Kathmandu 4:45–8:05 PM UTC+5:45', 'Rome 1:00–4:20 PM UTC+2', '']);
  });

  it('the zones asked for named as the descriptor names them in the language copied, other zones by their city', async () => {
    const { text } = await copied(await example('unpog-webinar-2020-10-13'), 'fr', { zones: 'Asia/Seoul Asia/Kathmandu Europe/Rome' });
    expect(text.split('\n').slice(2, 5).map((line) => line.split(' ')[0])).to.deep.equal(['Séoul', 'Kathmandu', 'Rome']);
  });

  it('as HTML: a table with a heading per column and a row per zone, every text escaped', async () => {
    const json = await (await fetch('/examples/unpog-webinar-2020-10-13.json')).json();
    json.title = 'Rules <b>&</b> "tools"';
    json.displayZones = [{ zone: 'Pacific/Fiji', label: '<img src=x onerror=alert(1)>' }];
    const { html } = await copied(resolve(json), 'en');
    expect(html).to.equal(`<div lang="en" dir="ltr">
<p><strong>Rules &#60;b&#62;&#38;&#60;/b&#62; &#34;tools&#34;</strong><br>Tuesday, October 13, 2020</p>
<table>
<thead><tr><th scope="col">Place</th><th scope="col">Time</th><th scope="col">Time zone</th></tr></thead>
<tbody>
<tr><th scope="row">&#60;img src=x onerror=alert(1)&#62;</th><td>11:00 PM–2:20 AM (Oct 14)</td><td>UTC+12</td></tr>
</tbody>
</table>
</div>
`);
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.querySelectorAll('img, b').length).to.equal(0);
  });

  it('as HTML in Arabic: right to left, the headings in Arabic', async () => {
    const { html } = await copied(await example('unpog-webinar-2020-10-13'), 'ar');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    expect(parsed.body.firstElementChild!.getAttribute('dir')).to.equal('rtl');
    expect([...parsed.querySelectorAll('thead th')].map((th) => th.textContent)).to.deep.equal(['المكان', 'الوقت', 'المنطقة الزمنية']);
    expect([...parsed.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent))[4]).to.deep.equal(['فيجي', '11:00 م–2:20 ص (14 أكتوبر)', 'UTC+12']);
  });
});

/**
 * Meetings whose hours differ from day to day in some zone, by hand from the
 * time-zone table: in March 2027 Zurich keeps CET (UTC+1); New York is on EST
 * (UTC−5) until the 14th, then EDT (UTC−4); Seoul and Tokyo keep UTC+9.
 * 9:30–17:00 in Zurich is 08:30–16:00 UTC: 3:30–11:00 AM in New York on the
 * 12th, 4:30 AM–12:00 PM from the 15th; 5:30 PM to 1:00 AM the next day in Seoul.
 * The meetings are in test/fixtures/uneven-days/.
 */
describe('copy as text: hours that differ from day to day', () => {
  const meeting = async (name: string) => resolve(await (await fetch(`/test/fixtures/uneven-days/${name}.json`)).json());
  const across = () => meeting('across-new-york-change');

  it("New York's clocks change during the meeting: its groups of days on its one line, parted by semicolons; the other zones the hours of each day", async () => {
    const { text } = await copied(await across(), 'en');
    expect(text).to.equal(
      [
        'Three days in Zurich',
        'Friday, March 12, 2027 and Monday, March 15 – Tuesday, March 16, 2027',
        'Zurich Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 9:30 AM–5:00 PM each day UTC+1',
        'New York Fri, Mar 12, 3:30–11:00 AM; Mon, Mar 15 – Tue, Mar 16, 4:30 AM–12:00 PM each day EST → EDT',
        'Seoul Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 5:30 PM–1:00 AM (+1) each day UTC+9',
        '',
      ].join('\n'),
    );
  });

  it('the groups parted as each language parts such lines: "；" in Chinese, "؛" in Arabic, a space before ";" in French', async () => {
    for (const [locale, sign] of [['zh', '；'], ['ar', '؛ '], ['fr', '\u00a0; '], ['ru', '; ']] as const) {
      const newYork = (await copied(await across(), locale)).text.split('\n')[3]!;
      expect(newYork.split(sign), locale).to.have.length(2);
    }
  });

  it('in Egyptian Arabic: the day marks of each zone in the digits of its times ("(+١)"), "UTC+12" a Latin abbreviation', async () => {
    await loadLocale('ar');
    const zoneLines = async (event: PlenaryEvent) =>
      inLocale(templatesOf('ar'), () => copyText(event, { lang: 'ar', locale: 'ar', intl: 'ar-EG' }))
        .text.split('\n')
        .filter((line) => /UTC|\(\+/.test(line))
        // Each line without its Latin abbreviations ("UTC+12", "EST → EDT").
        .map((line) => line.replace(/UTC(?:[+\u2212][0-9:]+)?|\b[A-Z]{3,5}\b/g, ''));
    // The seed: five zones, Fiji's end dated (the 14th of October).
    const seed = await zoneLines(await example('unpog-webinar-2020-10-13'));
    expect(seed).to.have.length(5);
    expect(seed[4]).to.include('(١٤ أكتوبر)');
    expect(seed.filter((line) => /[0-9]/.test(line))).to.deep.equal([]);
    // A meeting of three days (Tokyo's days end the next morning), and one whose hours differ from day to day (Seoul's too).
    for (const event of [await example('geneva-meeting-2027'), await across()]) {
      const lines = await zoneLines(event);
      expect(lines.filter((line) => line.includes('(+١)')), event.id).to.have.length(1);
      expect(lines.filter((line) => /[0-9]/.test(line)), event.id).to.deep.equal([]);
    }
  });

  it('as HTML: the groups of days of a zone in its one cell, a line each', async () => {
    const { html } = await copied(await across(), 'en');
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const cells = [...parsed.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.innerHTML));
    expect(cells).to.deep.equal([
      ['Zurich', 'Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 9:30 AM–5:00 PM each day', 'UTC+1'],
      ['New York', 'Fri, Mar 12, 3:30–11:00 AM<br>Mon, Mar 15 – Tue, Mar 16, 4:30 AM–12:00 PM each day', 'EST → EDT'],
      ['Seoul', 'Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16, 5:30 PM–1:00 AM (+1) each day', 'UTC+9'],
    ]);
  });

  it("the organizers' hours differ from day to day: a group for each day; more than three groups: the start and the end", async () => {
    // Monday 9:30–17:00, Tuesday 9:30–12:30 in Zurich: 08:30–16:00 and 08:30–11:30 UTC.
    expect((await copied(await meeting('shorter-second-day'), 'en')).text.split('\n').slice(1)).to.deep.equal([
      'Monday, March 15 – Tuesday, March 16, 2027',
      'Zurich Mon, Mar 15, 9:30 AM–5:00 PM; Tue, Mar 16, 9:30 AM–12:30 PM UTC+1',
      'Tokyo Mon, Mar 15, 5:30 PM–1:00 AM (+1); Tue, Mar 16, 5:30–8:30 PM UTC+9',
      '',
    ]);
    // Four days, each opening an hour later in Zurich: 9:00, 10:00, 11:00, 12:00 to 17:00.
    // 17:00 in Zurich is 12:00 PM in New York (EDT).
    expect((await copied(await meeting('four-openings'), 'en')).text.split('\n').slice(1)).to.deep.equal([
      'Monday, March 15 – Thursday, March 18, 2027',
      'Zurich Mon, Mar 15, 9:00 AM – Thu, Mar 18, 5:00 PM UTC+1',
      'New York Mon, Mar 15, 4:00 AM – Thu, Mar 18, 12:00 PM EDT',
      '',
    ]);
  });
});
