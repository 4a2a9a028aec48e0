import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { ready, seedDescriptor, spokenText, visibleText } from './helpers.js';
import { resolve } from '../src/descriptor/read.js';
import { copyText } from '../src/copy/copy-text.js';

// Geneva, 15–16 March 2027, two sessions a day (9:30–12:30, 14:00–17:00). On
// those dates Geneva keeps CET (UTC+1; summer time begins on 28 March 2027),
// New York already EDT (UTC−4, since 14 March 2027), Tokyo JST (UTC+9).
const twoDays = {
  plenary: 1,
  id: 'two-days',
  title: 'Two days in Geneva',
  timeZone: 'Europe/Zurich',
  start: '2027-03-15T09:30',
  end: '2027-03-16T17:00',
  sessions: [
    { id: 'm1', title: 'Monday morning', start: '2027-03-15T09:30', end: '2027-03-15T12:30' },
    { id: 'm2', title: 'Monday afternoon', start: '2027-03-15T14:00', end: '2027-03-15T17:00' },
    { id: 't1', title: 'Tuesday morning', start: '2027-03-16T09:30', end: '2027-03-16T12:30' },
    { id: 't2', title: 'Tuesday afternoon', start: '2027-03-16T14:00', end: '2027-03-16T17:00' },
  ],
  speakers: [{ name: 'Ms. Ana Pérez' }],
};

// Geneva, Saturday 27 – Tuesday 30 March 2027, 9:00–17:00 each day: Geneva moves
// from UTC+1 to UTC+2 on Sunday 28 March, so New York (UTC−4 throughout) reads
// 4:00 AM–12:00 PM on the first day and 3:00 AM–11:00 AM on the others.
const acrossDst = {
  plenary: 1,
  id: 'across-dst',
  title: 'Across the change of clocks',
  timeZone: 'Europe/Zurich',
  start: '2027-03-27T09:00',
  end: '2027-03-30T17:00',
  sessions: ['27', '28', '29', '30'].map((d) => ({ id: `d${d}`, title: `Day of the ${d}th`, start: `2027-03-${d}T09:00`, end: `2027-03-${d}T17:00` })),
};

// Geneva, Friday 15, Monday 18 and Tuesday 19 October 2027, 10:00–13:00 and
// 15:00–18:00, no sessions over the weekend. Geneva keeps CEST (UTC+2) until 31
// October, New York EDT (UTC−4), Honolulu HST (UTC−10).
const overWeekend = {
  plenary: 1,
  id: 'over-weekend',
  title: 'A weekend between',
  timeZone: 'Europe/Zurich',
  start: '2027-10-15T10:00',
  end: '2027-10-19T18:00',
  sessions: ['15', '18', '19'].flatMap((d) => [
    { id: `am${d}`, title: `Morning of the ${d}th`, start: `2027-10-${d}T10:00`, end: `2027-10-${d}T13:00` },
    { id: `pm${d}`, title: `Afternoon of the ${d}th`, start: `2027-10-${d}T15:00`, end: `2027-10-${d}T18:00` },
  ]),
};

// The same days with no sessions: only the first and the last day's hours are known.
const acrossDstUnsessioned = { ...acrossDst, id: 'across-dst-unsessioned', sessions: [] };

const render = async (tag: string, event: unknown, zone: string, lang = 'en', zones?: string) => {
  const el = await fixture<PlenaryElement>(
    html`<div lang=${lang}>${tag === 'card'
      ? html`<plenary-card .event=${event} zone=${zone} now="2027-01-01T00:00Z"></plenary-card>`
      : tag === 'schedule'
        ? html`<plenary-schedule .event=${event} zone=${zone} zones=${zones ?? ''} now="2027-01-01T00:00Z"></plenary-schedule>`
        : html`<plenary-agenda .event=${event} zone=${zone} now="2027-01-01T00:00Z"></plenary-agenda>`}</div>`,
  ).then((div) => div.firstElementChild as PlenaryElement);
  await ready(el);
  return el;
};
const whenLines = (el: Element) => [...el.shadowRoot!.querySelectorAll('.when > div')].map((d) => visibleText(d));

describe('events of several days', () => {
  it("card: a range of dates and the hours kept each day; a visitor whose days run past midnight reads one day's hours, the end marked +1", async () => {
    // 9:30–17:00 in Geneva (UTC+1) is 17:30–01:00 in Tokyo (UTC+9): each day, not one span from Monday to Wednesday.
    expect(whenLines(await render('card', twoDays, 'Asia/Tokyo'))).to.deep.equal([
      "Organizers' time Monday, March 15 – Tuesday, March 16, 2027, 9:30 AM – 5:00 PM each day UTC+1",
      'Your time Monday, March 15 – Tuesday, March 16, 2027, 5:30 PM – 1:00 AM+1 each day UTC+9',
    ]);
    // Honolulu (UTC−10): 22:30 on the day before to 06:00; the days begin on the 14th and the 15th there.
    expect(whenLines(await render('card', twoDays, 'Pacific/Honolulu'))[1]).to.equal('Your time Sunday, March 14 – Monday, March 15, 2027, 10:30 PM – 6:00 AM+1 each day HST');
    expect(whenLines(await render('card', twoDays, 'America/New_York'))).to.deep.equal([
      "Organizers' time Monday, March 15 – Tuesday, March 16, 2027, 9:30 AM – 5:00 PM each day UTC+1",
      'Your time Monday, March 15 – Tuesday, March 16, 2027, 4:30 AM – 12:00 PM each day EDT',
    ]);
  });

  it('card in Arabic and Chinese: the range and the hours in the words of the language', async () => {
    const ar = whenLines(await render('card', twoDays, 'Europe/Zurich', 'ar'));
    expect(ar).to.have.length(1);
    expect(ar[0]).to.contain('الاثنين، 15 – الثلاثاء، 16 مارس، 2027، 9:30 ص – 5:00 م كل يوم');
    const zh = whenLines(await render('card', twoDays, 'Europe/Zurich', 'zh'));
    // The dates written as Chinese writes a date alone ("2027年3月15日星期一"), not in figures as its range pattern does
    // ("2027/3/15星期一"); the hours as a time alone ("9:30", as the schedule writes it), not padded as in its range pattern ("09:30").
    expect(zh[0]).to.contain('2027年3月15日星期一至2027年3月16日星期二 每天 9:30–17:00');
  });

  it('card in Chinese and French, start and end with their dates: each written as the page writes it alone', async () => {
    // Tokyo (UTC+9): Saturday 27 March 9:00 in Geneva (UTC+1) is 17:00; Tuesday 30 March 17:00 (UTC+2) is 0:00 on Wednesday the 31st.
    const zh = whenLines(await render('card', acrossDstUnsessioned, 'Asia/Tokyo', 'zh'))[1]!;
    expect(zh).to.contain('3月27日周六 17:00 – 3月31日周三 0:00');
    expect(zh, 'no month in figures, no padded hour').not.to.match(/\d\/\d|\b00:00/);
    const fr = whenLines(await render('card', acrossDstUnsessioned, 'Asia/Tokyo', 'fr'))[1]!;
    expect(fr).to.contain('sam. 27 mars, 17:00 – mer. 31 mars, 0:00');
  });

  it('card across a change of clocks: the same hours each day for the organisers; for New York, the hours of each group of days', async () => {
    // Zurich goes from CET (UTC+1) to CEST (UTC+2) on 28 March 2027: the hours are the same each day, the zone's name is not.
    // New York keeps EDT (UTC−4): 9:00–17:00 in Geneva is 4:00 AM – 12:00 PM on the 27th, 3:00 AM – 11:00 AM from the 28th.
    const el = await render('card', acrossDst, 'America/New_York');
    expect(whenLines(el)).to.deep.equal([
      "Organizers' time Saturday, March 27 – Tuesday, March 30, 2027, 9:00 AM – 5:00 PM each day UTC+1 → UTC+2",
      'Your time Saturday, March 27, 2027, 4:00 AM – 12:00 PM Sunday, March 28 – Tuesday, March 30, 2027, 3:00 – 11:00 AM each day EDT',
    ]);
    expect([...el.shadowRoot!.querySelectorAll('.yours .day-group')].map((g) => visibleText(g))).to.deep.equal([
      'Saturday, March 27, 2027, 4:00 AM – 12:00 PM',
      'Sunday, March 28 – Tuesday, March 30, 2027, 3:00 – 11:00 AM each day',
    ]);
    // With no sessions to give the days between, the start and the end with their dates.
    const unsessioned = await render('card', acrossDstUnsessioned, 'America/New_York');
    expect(whenLines(unsessioned)[1]).to.equal('Your time Sat, Mar 27, 4:00 AM – Tue, Mar 30, 11:00 AM EDT');
    expect(spokenText(unsessioned.shadowRoot!.querySelector('.yours dd')!)).to.equal('Sat, Mar 27, 4:00 AM to Tue, Mar 30, 11:00 AM EDT');
  });

  it('card: "Live now" while a session is under way, not at lunch or at night between the days', async () => {
    // Geneva keeps UTC+1 on 15–16 March 2027: the sessions are 08:30–11:30 and 13:00–16:00 UTC each day.
    const badge = async (now: string) => {
      const el = await fixture<PlenaryElement>(html`<plenary-card .event=${twoDays} zone="Africa/Nairobi" now=${now}></plenary-card>`);
      await ready(el);
      return visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
    };
    expect(await badge('2027-03-15T09:00Z')).to.equal('Live now');
    expect(await badge('2027-03-15T12:00Z')).to.equal('');
    expect(await badge('2027-03-15T20:00Z')).to.equal('');
    expect(await badge('2027-03-16T13:30Z')).to.equal('Live now');
    expect(await badge('2027-03-16T16:00Z')).to.equal('Ended');
  });

  it('a weekend without sessions is not among the days: card, schedule and the text copied give the runs of days', async () => {
    expect(whenLines(await render('card', overWeekend, 'America/New_York'))).to.deep.equal([
      "Organizers' time Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19, 2027, 10:00 AM – 6:00 PM each day UTC+2",
      'Your time Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19, 2027, 4:00 AM – 12:00 PM each day EDT',
    ]);
    const el = await render('schedule', overWeekend, 'Europe/Zurich', 'en', 'Europe/Zurich America/New_York Pacific/Honolulu');
    expect(visibleText(el.shadowRoot!.querySelector('[part=date]')!)).to.equal('Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19, 2027, each day');
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'Zurich your time 10:00 AM – 6:00 PM UTC+2',
      'New York 4:00 AM – 12:00 PM EDT',
      // 08:00 UTC is 10:00 PM the evening before in Honolulu: Thursday, then Sunday and Monday.
      'Honolulu Thu, Oct 14 and Sun, Oct 17 – Mon, Oct 18 10:00 PM – 6:00 AM+1 HST',
    ]);
    const copied = copyText(resolve(overWeekend), { lang: 'en', locale: 'en', intl: 'en' }, { zones: 'Europe/Zurich Pacific/Honolulu' }).text.replace(/[\u202f\u2009]/g, ' ');
    expect(copied.split('\n').slice(1, 4)).to.deep.equal([
      'Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19, 2027, each day',
      'Zurich 10:00 AM–6:00 PM UTC+2',
      'Honolulu Thu, Oct 14 and Sun, Oct 17 – Mon, Oct 18, 10:00 PM–6:00 AM (+1) HST',
    ]);
    // Three days of programme: Day 1, 2 and 3, the weekend not counted.
    const agenda = await render('agenda', overWeekend, 'Europe/Zurich');
    expect([...agenda.shadowRoot!.querySelectorAll('[part=day-title]')].map((h) => visibleText(h))).to.deep.equal([
      'Day 1 · Friday, October 15',
      'Day 2 · Monday, October 18',
      'Day 3 · Tuesday, October 19',
    ]);
  });

  it("card: a Fiji visitor to the seed event reads +1 on the end, as on the schedule", async () => {
    const el = await render('card', await seedDescriptor(), 'Pacific/Fiji');
    // 11:00–14:20 UTC is 11:00 PM on the 13th to 2:20 AM on the 14th in Fiji (UTC+12).
    expect(whenLines(el)[1]).to.equal('Your time Tue, Oct 13, 11:00 PM – 2:20 AM+1 UTC+12');
  });

  it("schedule of a meeting that keeps the same hours each day: the dates, then each row one day's hours, +1 on an end past midnight", async () => {
    const el = await render('schedule', twoDays, 'Europe/Zurich', 'en', 'Europe/Zurich America/New_York Asia/Tokyo Pacific/Honolulu');
    expect(visibleText(el.shadowRoot!.querySelector('[part=date]')!)).to.equal('Monday, March 15 – Tuesday, March 16, 2027, each day');
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'Zurich your time 9:30 AM – 5:00 PM UTC+1',
      'New York 4:30 AM – 12:00 PM EDT',
      'Tokyo 5:30 PM – 1:00 AM+1 UTC+9',
      // The days begin on other dates there: those dates, then the hours.
      'Honolulu Sun, Mar 14 – Mon, Mar 15 10:30 PM – 6:00 AM+1 HST',
    ]);
    const tokyo = el.shadowRoot!.querySelectorAll('li.row')[2]!;
    expect(tokyo.querySelector('.times .visually-hidden:last-child')!.textContent!.trim()).to.equal('(next day)');
  });

  it("schedule of a meeting whose hours change from one day to the next: each row a line for each day's hours, +1 on an end past midnight", async () => {
    // A session on the Tuesday ends at 18:00, not 17:00: the days differ, everywhere. Tokyo (UTC+9): 17:30 to
    // 01:00 on the 16th, 17:30 to 02:00 on the 17th. Not one range from Monday to Wednesday, which reads as if the
    // meeting went on through the night.
    const uneven = { ...twoDays, end: '2027-03-16T18:00', sessions: [...twoDays.sessions.slice(0, 3), { ...twoDays.sessions[3]!, end: '2027-03-16T18:00' }] };
    const el = await render('schedule', uneven, 'Europe/Zurich', 'en', 'Europe/Zurich Asia/Tokyo');
    expect(visibleText(el.shadowRoot!.querySelector('[part=date]')!)).to.equal('Monday, March 15 – Tuesday, March 16, 2027');
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'Zurich your time Mon, Mar 15, 9:30 AM – 5:00 PM Tue, Mar 16, 9:30 AM – 6:00 PM UTC+1',
      'Tokyo Mon, Mar 15, 5:30 PM – 1:00 AM+1 Tue, Mar 16, 5:30 PM – 2:00 AM+1 UTC+9',
    ]);
  });

  it('schedule in Arabic and Chinese: the same dates and hours, in the words of the language', async () => {
    const rowsIn = async (lang: string) => {
      const el = await render('schedule', twoDays, 'Europe/Zurich', lang, 'Europe/Zurich Asia/Tokyo');
      return {
        date: visibleText(el.shadowRoot!.querySelector('[part=date]')!),
        rows: [...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r)),
      };
    };
    // Zurich 09:30 on the 15th to 17:00 on the 16th; Tokyo (UTC+9) 17:30 on the 15th to 01:00 on the 17th.
    expect(await rowsIn('ar')).to.deep.equal({
      date: 'الاثنين، 15 – الثلاثاء، 16 مارس، 2027، كل يوم',
      rows: ['Zurich توقيتكم المحلي 9:30 ص – 5:00 م UTC+1', 'Tokyo 5:30 م – 1:00 ص+1 UTC+9'],
    });
    expect(await rowsIn('zh')).to.deep.equal({
      date: '2027年3月15日星期一至2027年3月16日星期二，每天',
      rows: ['Zurich 您的当地时间 9:30 – 17:00 UTC+1', 'Tokyo 17:30 – 1:00+1 UTC+9'],
    });
  });

  it("schedule in Korean: a zone whose days begin on other dates gives them whole, not as the locale's short range shortens them", async () => {
    // Honolulu (UTC−10): 22:30 on the 14th and the 15th to 06:00 the next day.
    const el = await render('schedule', twoDays, 'Europe/Zurich', 'ko', 'Pacific/Honolulu');
    const honolulu = [...el.shadowRoot!.querySelectorAll('li.row')].find((r) => !r.classList.contains('visitor'))!;
    expect(visibleText(honolulu.querySelector('.local-date')!)).to.equal('3월 14일 (일) ~ 3월 15일 (월)');
  });

  it('schedule across a change of clocks: New York keeps its own hours on each date, a line for each', async () => {
    // As on the card: 4:00 AM – 12:00 PM on the 27th, 3:00 – 11:00 AM from the 28th (EDT, UTC−4, throughout).
    const el = await render('schedule', acrossDst, 'Europe/Zurich', 'en', 'America/New_York');
    expect([...el.shadowRoot!.querySelectorAll('li.row')].map((r) => visibleText(r))).to.deep.equal([
      'New York Sat, Mar 27, 4:00 AM – 12:00 PM Sun, Mar 28 – Tue, Mar 30, 3:00 – 11:00 AM each day EDT',
      'Zurich your time Sat, Mar 27 – Tue, Mar 30, 9:00 AM – 5:00 PM each day UTC+1 → UTC+2',
    ]);
    // With no sessions to give the days between, New York's start and end with their dates.
    const unsessioned = await render('schedule', acrossDstUnsessioned, 'Europe/Zurich', 'en', 'America/New_York');
    expect(visibleText(unsessioned.shadowRoot!.querySelector('li.row')!)).to.equal('New York Sat, Mar 27, 4:00 AM – Tue, Mar 30, 11:00 AM EDT');
  });

  it("agenda: a heading per day of the meeting; a session past midnight says it ends the next day; event-wide speakers under their own heading", async () => {
    const el = await render('agenda', twoDays, 'Asia/Tokyo');
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('section.day')].map((d) => [d.querySelector('h3')!.textContent!.trim(), [...d.querySelectorAll('li.session')].map((s) => s.id)])).to.deep.equal([
      ['Day 1 · Monday, March 15', ['m1', 'm2']],
      ['Day 2 · Tuesday, March 16', ['t1', 't2']],
    ]);
    expect(visibleText(root.querySelector('#m2 .times')!)).to.equal('10:00 PM – 1:00 AM ends next day UTC+9');
    expect(visibleText(root.querySelector('#m1 .times')!)).to.equal('5:30 PM – 8:30 PM UTC+9');
    expect(root.querySelector('#m1 h4')!.textContent!.trim()).to.equal('Monday morning');
    expect(visibleText(root.querySelector('.event-people.speakers')!)).to.equal('Speakers Ms. Ana Pérez');
    expect(root.querySelector('.event-people.speakers h3')!.textContent!.trim()).to.equal('Speakers');
    await expect(el).to.be.accessible();
  });

  it("agenda: each day of the meeting once, dated where it begins for the visitor; a session on the visitor's next date says so", async () => {
    // Fiji (UTC+12, no summer time in 2027): 9:30 in Geneva (UTC+1) is 20:30 the same day, 14:00 is 1:00 the next.
    // By the visitor's dates, Monday's afternoon and Tuesday's morning would share one heading, under "Day 1".
    const el = await render('agenda', twoDays, 'Pacific/Fiji');
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('section.day')].map((d) => [d.querySelector('h3')!.textContent!.trim(), [...d.querySelectorAll('li.session')].map((s) => s.id)])).to.deep.equal([
      ['Day 1 · Monday, March 15', ['m1', 'm2']],
      ['Day 2 · Tuesday, March 16', ['t1', 't2']],
    ]);
    // Each day's sessions fall on two dates there: every one of them shows its date.
    expect([...root.querySelectorAll('.times')].map((p) => visibleText(p))).to.deep.equal([
      'Mon, Mar 15, 8:30 PM – 11:30 PM UTC+12',
      'Tue, Mar 16, 1:00 AM – 4:00 AM UTC+12',
      'Tue, Mar 16, 8:30 PM – 11:30 PM UTC+12',
      'Wed, Mar 17, 1:00 AM – 4:00 AM UTC+12',
    ]);
    // Honolulu (UTC−10): each day begins at 22:30 on the day before (08:30 UTC), until 1:30 AM; its afternoon
    // (13:00–16:00 UTC) is 3:00–6:00 AM.
    const honolulu = (await render('agenda', twoDays, 'Pacific/Honolulu')).shadowRoot!;
    expect([...honolulu.querySelectorAll('section.day h3')].map((h) => h.textContent!.trim())).to.deep.equal(['Day 1 · Sunday, March 14', 'Day 2 · Monday, March 15']);
    expect(visibleText(honolulu.querySelector('#m1 .times')!)).to.equal('Sun, Mar 14, 10:30 PM – 1:30 AM ends next day HST');
    expect(visibleText(honolulu.querySelector('#m2 .times')!)).to.equal('Mon, Mar 15, 3:00 AM – 6:00 AM HST');
  });

  it('agenda in Arabic and Chinese: the day headings in the language', async () => {
    const heads = async (lang: string) =>
      [...(await render('agenda', twoDays, 'Europe/Zurich', lang)).shadowRoot!.querySelectorAll('section.day h3')].map((h) => h.textContent!.trim());
    expect(await heads('ar')).to.deep.equal(['اليوم 1 · الاثنين، 15 مارس', 'اليوم 2 · الثلاثاء، 16 مارس']);
    expect(await heads('zh')).to.deep.equal(['第1天 · 3月15日星期一', '第2天 · 3月16日星期二']);
  });

  for (const lang of ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'ko']) {
    it(`card in ${lang}: date and time joined as the language joins them`, async () => {
      const el = await render('card', await seedDescriptor(), 'Asia/Seoul', lang);
      const lines = [...el.shadowRoot!.querySelectorAll('.when dd')].map((d) => visibleText(d));
      expect(lines).to.have.length(2);
      for (const line of lines) {
        expect(line).to.match(/\d/);
        if (['ar', 'zh', 'ko'].includes(lang)) expect(line, line).not.to.contain(', ');
      }
    });
  }
});
