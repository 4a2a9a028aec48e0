import { aTimeout, expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryCardElement } from './card.js';
import { genevaDay, genevaMeeting, manualClock, ready, romeMeeting, seedDescriptor, seedWith, spokenText, visibleText } from '../../../test/helpers.js';

const card = async (now: string, descriptor?: Record<string, unknown>, zone = 'Asia/Seoul') => {
  const el = await fixture<PlenaryCardElement>(
    html`<plenary-card .event=${descriptor ?? (await seedDescriptor())} now=${now} zone=${zone}></plenary-card>`,
  );
  await ready(el);
  return el;
};

const ldBlocks = () => [...document.head.querySelectorAll('script[type="application/ld+json"]')];

describe('plenary-card', () => {
  afterEach(() => {
    fixtureCleanup();
    for (const s of ldBlocks()) s.remove();
  });

  it("shows series, title, the organisers' and the visitor's times, attendance, organisers, partners and summary", async () => {
    const el = await card('2020-10-01T00:00Z');
    const root = el.shadowRoot!;
    expect(visibleText(root.querySelector('[part=series]')!)).to.equal('Capacity Development Webinar Series');
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal(
      'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19',
    );
    // Seoul is UTC+9: 11:00–14:20 UTC is 8:00–11:20 PM there, the same day.
    const lines = [...root.querySelectorAll('.when > div')].map((d) => visibleText(d));
    expect(lines).to.deep.equal([
      "Organizers' time Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT",
      'Your time Tue, Oct 13, 8:00 PM – 11:20 PM UTC+9',
    ]);
    // Screen readers often skip the dash: they read "to".
    expect([...root.querySelectorAll('.when dd')].map((d) => spokenText(d))).to.deep.equal([
      'Tuesday, October 13, 2020, 7:00 AM to 10:20 AM EDT',
      'Tue, Oct 13, 8:00 PM to 11:20 PM UTC+9',
    ]);
    const datetimes = [...root.querySelectorAll('.when time')].map((t) => t.getAttribute('datetime'));
    expect(datetimes).to.deep.equal([
      '2020-10-13T07:00-04:00',
      '2020-10-13T07:00-04:00',
      '2020-10-13T10:20-04:00',
      '2020-10-13T20:00+09:00',
      '2020-10-13T20:00+09:00',
      '2020-10-13T23:20+09:00',
    ]);
    expect(visibleText(root.querySelector('.attendance')!)).to.equal('Online · WebEx');
    expect(visibleText(root.querySelector('.organizers')!)).to.equal(
      'Organized by United Nations Department of Economic and Social Affairs (UN DESA), Division for Public Institutions and Digital Government (DPIDG) Ministry of the Interior and Safety (MOIS), Government of the Republic of Korea',
    );
    expect(root.querySelectorAll('.organizers li')).to.have.length(2);
    expect(visibleText(root.querySelector('.partners')!)).to.equal('In partnership with National Information Society Agency (NIA), Republic of Korea');
    expect(visibleText(root.querySelector('[part=summary]')!)).to.match(/^A platform to discuss and share knowledge/);
    expect(root.querySelector('plenary-join')).to.exist;
    expect(root.querySelector('plenary-calendar')).to.exist;
    await expect(el).to.be.accessible();
  });

  // Geneva 9:30–17:00 (UTC+1) is 10:30 PM – 6:00 AM in Honolulu (UTC−10), its days beginning the day before (`genevaMeeting`).
  const meetingLines = async (lang: string) => {
    const el = await fixture<PlenaryCardElement>(html`<plenary-card lang=${lang} .event=${genevaMeeting()} now="2027-01-01T00:00Z" zone="Pacific/Honolulu"></plenary-card>`);
    await ready(el);
    return [...el.shadowRoot!.querySelectorAll('.when dd')].map((d) => [visibleText(d), spokenText(d)]);
  };

  it('reads the dash between the dates of a meeting as "to", as between its hours', async () => {
    expect(await meetingLines('en')).to.deep.equal([
      ['Monday, March 15 – Wednesday, March 17, 2027, 9:30 AM – 5:00 PM each day UTC+1', 'Monday, March 15 to Wednesday, March 17, 2027, 9:30 AM to 5:00 PM each day UTC+1'],
      ['Sunday, March 14 – Tuesday, March 16, 2027, 10:30 PM – 6:00 AM+1 each day HST', 'Sunday, March 14 to Tuesday, March 16, 2027, 10:30 PM to 6:00 AM (next day) each day HST'],
    ]);
  });

  it('gives the last date of a meeting whose days open at midnight in the visitor\'s zone', async () => {
    // New York (EDT, UTC−4), Tuesday 16 and Wednesday 17 March 2027, 9:00 AM – 5:00 PM: 13:00–21:00 UTC, in Sydney
    // (AEDT, UTC+11) 12:00 – 8:00 AM on Wednesday 17 and Thursday 18 March. Its last day opens at midnight there: it is Thursday.
    const meeting = {
      plenary: 1,
      title: 'Two days in New York',
      timeZone: 'America/New_York',
      start: '2027-03-16T09:00',
      end: '2027-03-17T17:00',
      sessions: [
        { id: 'one', title: 'One', start: '2027-03-16T09:00', end: '2027-03-16T17:00' },
        { id: 'two', title: 'Two', start: '2027-03-17T09:00', end: '2027-03-17T17:00' },
      ],
    };
    const el = await fixture<PlenaryCardElement>(html`<plenary-card .event=${meeting} now="2027-03-01T00:00Z" zone="Australia/Sydney"></plenary-card>`);
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('.when dd')].map((d) => visibleText(d))).to.deep.equal([
      'Tuesday, March 16 – Wednesday, March 17, 2027, 9:00 AM – 5:00 PM each day EDT',
      'Wednesday, March 17 – Thursday, March 18, 2027, 12:00 – 8:00 AM each day UTC+11',
    ]);
  });

  it('reads the dash between the dates of a meeting in French as "à"; the Chinese "至" as it is', async () => {
    expect(await meetingLines('fr')).to.deep.equal([
      ['lundi 15 – mercredi 17 mars 2027, 9:30 – 17:00 chaque jour UTC+1', 'lundi 15 à mercredi 17 mars 2027, 9:30 à 17:00 chaque jour UTC+1'],
      ['dimanche 14 – mardi 16 mars 2027, 22:30 – 6:00+1 chaque jour UTC−10', 'dimanche 14 à mardi 16 mars 2027, 22:30 à 6:00 (le lendemain) chaque jour UTC−10'],
    ]);
    expect(await meetingLines('zh')).to.deep.equal([
      ['2027年3月15日星期一至2027年3月17日星期三 每天 9:30–17:00 UTC+1', '2027年3月15日星期一至2027年3月17日星期三 每天 9:30 至 17:00 UTC+1'],
      ['2027年3月14日星期日至2027年3月16日星期二 每天 22:30 – 6:00+1 UTC−10', '2027年3月14日星期日至2027年3月16日星期二 每天 22:30 至 6:00 （次日） UTC−10'],
    ]);
  });

  it('lines up the times of its two rows in every language, however long the labels ("Hora de los organizadores")', async () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko']) {
      const el = await fixture<PlenaryCardElement>(
        html`<plenary-card lang=${lang} .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul" style="inline-size: 800px"></plenary-card>`,
      );
      await ready(el);
      const rows = [...el.shadowRoot!.querySelectorAll('.when dd')].map((dd) => dd.getBoundingClientRect());
      expect(rows, lang).to.have.length(2);
      // Where each row's times start: the left edge, or the right one right to left.
      const starts = rows.map((r) => (lang === 'ar' ? r.right : r.left));
      expect(Math.abs(starts[0]! - starts[1]!), `${lang}: ${starts.join(' / ')}`).to.be.lessThan(1);
      // Each beside its label, on the label's line.
      const labels = [...el.shadowRoot!.querySelectorAll('.when dt')].map((dt) => dt.getBoundingClientRect());
      labels.forEach((label, i) => expect(Math.abs(label.top - rows[i]!.top), lang).to.be.lessThan(1));
    }
  });

  it('wraps a long label between its words on a phone, never inside one ("организато|в", "organizador|es")', async () => {
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko']) {
      const el = await fixture<PlenaryCardElement>(
        html`<plenary-card lang=${lang} .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul" style="inline-size: 280px"></plenary-card>`,
      );
      await ready(el);
      for (const dt of el.shadowRoot!.querySelectorAll('.when dt')) {
        const walker = document.createTreeWalker(dt, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (const word of node.textContent!.matchAll(/\S+/g)) {
            const range = document.createRange();
            range.setStart(node, word.index!);
            range.setEnd(node, word.index! + word[0].length);
            // One box per line the word is on; zh writes no spaces, and may break between its characters.
            if (lang !== 'zh') expect(range.getClientRects().length, `${lang}: "${word[0]}"`).to.equal(1);
          }
        }
      }
    }
  });

  it('keeps its hours inside the card on a phone: where the column has no room, they wrap after the dash, each time whole with its day mark', async () => {
    // 260 px wide: the column of times is then narrower than "7:00 AM – 10:20 AM" in every language. The online
    // meeting ends on the next day in Seoul ("11:00 PM – 7:00 AM+1"), on two lines of hours.
    const online = await (await fetch('/examples/intergovernmental-meeting-2027.json')).json();
    for (const lang of ['en', 'fr', 'es', 'ru', 'ar', 'zh', 'ko']) {
      for (const [descriptor, now] of [
        [await seedDescriptor(), '2020-10-01T00:00Z'],
        [online, '2027-01-01T00:00Z'],
      ] as const) {
        const el = await fixture<PlenaryCardElement>(
          html`<plenary-card lang=${lang} .event=${descriptor} now=${now} zone="Asia/Seoul" style="inline-size: 260px"></plenary-card>`,
        );
        await ready(el);
        const box = el.getBoundingClientRect();
        const hours = [...el.shadowRoot!.querySelectorAll('.when .times')];
        expect(hours.length, lang).to.be.greaterThan(1);
        for (const range of hours) {
          for (const line of range.getClientRects()) {
            expect(line.left, `${lang}: ${range.textContent}`).to.be.at.least(box.left - 0.5);
            expect(line.right, `${lang}: ${range.textContent}`).to.be.at.most(box.right + 0.5);
          }
          const times = [...range.querySelectorAll('time, .hour')];
          // On one line: its boxes (several where Arabic letters and digits run each their way) side by side.
          const oneLine = (el: Element) => [...el.getClientRects()].every((r, _, [first]) => r.top < first!.bottom && r.bottom > first!.top);
          for (const time of times) expect(oneLine(time), `${lang}: "${time.textContent}" on one line`).to.equal(true);
          const mark = range.querySelector('.shift')?.getBoundingClientRect();
          const end = times.at(-1)!.getBoundingClientRect();
          if (mark) expect(mark.top < end.bottom && mark.bottom > end.top, `${lang}: the day mark beside "${times.at(-1)!.textContent}"`).to.equal(true);
        }
      }
    }
  });

  it("is a region named by the event's title, as a screen reader's list of landmarks and articles gives it", async () => {
    const el = await card('2020-10-01T00:00Z');
    const article = el.shadowRoot!.querySelector('article')!;
    const label = el.shadowRoot!.getElementById(article.getAttribute('aria-labelledby') ?? '');
    expect(label?.localName).to.equal('h2');
    expect(label!.textContent!.trim()).to.equal('Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19');
  });

  it("shows one line of times when the visitor's clock reads as the organisers'", async () => {
    const el = await card('2020-10-01T00:00Z', undefined, 'America/Toronto');
    expect(el.shadowRoot!.querySelectorAll('.when > div')).to.have.length(1);
  });

  it('gives the venue with its address beside the way online, for those who come in person', async () => {
    const hybrid = await seedWith({
      attendance: 'mixed',
      venue: { name: 'United Nations Conference Centre', address: { en: 'Rajadamnern Nok Avenue, Bangkok', fr: 'avenue Rajadamnern Nok, Bangkok' }, url: 'https://example.org/uncc' },
    });
    const root = (await card('2020-10-01T00:00Z', hybrid)).shadowRoot!;
    expect(visibleText(root.querySelector('.attendance')!)).to.equal('In person and online · WebEx · United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok');
    expect(root.querySelector('.attendance a')!.getAttribute('href')).to.equal('https://example.org/uncc');
    // In French, the address the descriptor gives in French.
    const fr = await fixture<PlenaryCardElement>(html`<plenary-card lang="fr" .event=${hybrid} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-card>`);
    await ready(fr);
    expect(visibleText(fr.shadowRoot!.querySelector('.attendance .address')!)).to.equal('avenue Rajadamnern Nok, Bangkok');
    // Held in person only, with no link: the join action inside gives the address, once.
    const inPerson = (await card('2020-10-01T00:00Z', { ...hybrid, attendance: 'in-person', join: undefined })).shadowRoot!;
    expect(visibleText(inPerson.querySelector('.attendance')!)).to.equal('In person · United Nations Conference Centre');
    const join = inPerson.querySelector('plenary-join')!;
    await ready(join);
    expect(visibleText(join.shadowRoot!.querySelector('[part=notice]')!)).to.equal('In person: United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok');
  });

  it('says once in the console that a heading-level or now it cannot read is not used, and uses its default', async () => {
    const said: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => said.push(args.join(' '));
    let page: HTMLDivElement;
    try {
      page = await fixture<HTMLDivElement>(html`<div>
        <plenary-card .event=${await seedDescriptor()} heading-level="9" now="yesterday"></plenary-card>
        <plenary-card .event=${await seedDescriptor()} heading-level="9" now="yesterday"></plenary-card>
      </div>`);
      for (const el of page.querySelectorAll('plenary-card')) await ready(el);
    } finally {
      console.warn = warn;
    }
    expect(said.filter((m) => /heading-level|now=/.test(m)).sort()).to.deep.equal([
      'Plenary: heading-level="9" is not a level from 2 to 6, so headings start at level 2.',
      'Plenary: now="yesterday" is not a date and time such as "2020-10-13T10:45Z", so the element follows the clock.',
    ]);
    expect(page.querySelector('plenary-card')!.shadowRoot!.querySelector('h2')).to.exist;
  });

  it('says "Live now" once while live: in its badge, not again above the join link inside it', async () => {
    const el = await card('2020-10-13T12:00Z');
    const join = el.shadowRoot!.querySelector('plenary-join')!;
    await ready(join);
    const spoken = spokenText(el);
    expect(spoken.match(/Live now/g), spoken).to.have.length(1);
    expect(spoken).to.contain('COVID-19 Live now Organizers');
    expect(visibleText(join)).to.equal('Join the meeting · WebEx Ends at 11:20 PM');
    // On its own, the join action says it.
    const alone = await fixture<HTMLElement>(html`<plenary-join .event=${await seedDescriptor()} now="2020-10-13T12:00Z" zone="Asia/Seoul"></plenary-join>`);
    await ready(alone);
    expect(visibleText(alone)).to.equal('Live now Join the meeting · WebEx Ends at 11:20 PM');
  });

  it('carries a status badge for each phase and status', async () => {
    const badge = async (now: string, patch: Record<string, unknown> = {}) =>
      visibleText((await card(now, await seedWith(patch))).shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
    expect(await badge('2020-10-01T00:00Z')).to.equal('');
    expect(await badge('2020-10-13T12:00Z')).to.equal('Live now');
    expect(await badge('2020-10-14T00:00Z')).to.equal('Ended');
    expect(await badge('2020-10-01T00:00Z', { status: 'cancelled' })).to.equal('Cancelled');
    expect(await badge('2020-10-01T00:00Z', { status: 'postponed' })).to.equal('Postponed');
    expect(await badge('2020-10-01T00:00Z', { status: 'rescheduled' })).to.equal('Rescheduled');
  });

  it('says "Live now" while a session without an end goes on, not through the night after it', async () => {
    // Rome (CET, UTC+1, on Saturday 27 March 2027; CEST, UTC+2, from 3:00 on Sunday): the reception at 17:00 gives no
    // end and lasts as long as the afternoon session, until 18:00; the next session starts at 9:00 on Sunday.
    const badge = async (now: string) =>
      visibleText((await card(now, romeMeeting(), 'Europe/Rome')).shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
    expect(await badge('2027-03-27T16:30Z'), '17:30 on Saturday').to.equal('Live now');
    expect(await badge('2027-03-27T22:00Z'), '23:00 on Saturday').to.equal('');
    expect(await badge('2027-03-28T01:00Z'), '03:00 on Sunday').to.equal('');
    expect(await badge('2027-03-28T07:05Z'), '09:05 on Sunday').to.equal('Live now');
    expect(await badge('2027-03-28T22:30Z'), '00:30 on Monday').to.equal('');
  });

  it('and its join action agree on a day whose programme starts after the event opens, breaks for lunch and ends before it closes', async () => {
    // Geneva, Tuesday 15 June 2027, CEST (UTC+2): the event 9:00–17:00, the morning 9:30–12:00, the afternoon 13:30–16:30.
    const at = async (now: string) => {
      const el = await card(now, genevaDay(), 'Europe/Zurich');
      const join = el.shadowRoot!.querySelector('plenary-join')!;
      await ready(join);
      const live = join.shadowRoot!.querySelector('a[part=button]') !== null && join.shadowRoot!.querySelector('.join.is-live') !== null;
      return [visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i')), live];
    };
    expect(await at('2027-06-15T07:10Z'), '9:10, the event open, its first session at 9:30').to.deep.equal(['Live now', true]);
    expect(await at('2027-06-15T10:30Z'), '12:30, at lunch').to.deep.equal(['', false]);
    expect(await at('2027-06-15T11:35Z'), '13:35').to.deep.equal(['Live now', true]);
    expect(await at('2027-06-15T14:45Z'), '16:45, the last session over, the event not yet').to.deep.equal(['Live now', true]);
  });

  it('keeps "Live now" and the link past midnight for a webinar that runs on until 1:00', async () => {
    // New York, EDT (UTC−4): 23:00 on 10 June 2026 to 1:00 on the 11th; the panel at 23:30, the last item, gives no end.
    const late = {
      plenary: 1,
      id: 'late-2026',
      title: 'A late webinar',
      timeZone: 'America/New_York',
      start: '2026-06-10T23:00',
      end: '2026-06-11T01:00',
      join: { url: 'https://meet.example.org/late', platform: 'Zoom' },
      sessions: [
        { id: 'opening', title: 'Opening', start: '2026-06-10T23:00', end: '2026-06-10T23:30' },
        { id: 'panel', title: 'Panel', start: '2026-06-10T23:30' },
      ],
    };
    const el = await card('2026-06-11T04:05Z', late, 'America/New_York'); // 00:05
    expect(visibleText(el.shadowRoot!.querySelector('[part=status]')!)).to.equal('Live now');
    const join = el.shadowRoot!.querySelector('plenary-join')!;
    await ready(join);
    expect(join.shadowRoot!.querySelector('a[part=button]')?.getAttribute('href')).to.equal('https://meet.example.org/late');
  });

  it('and the join action inside it agree: no "Live now" at night between the days of a meeting with one link, both again in the morning', async () => {
    // Rome: 03:00 on Sunday 28 March 2027 (CEST, UTC+2) is 01:00 UTC; the link opens again at 8:30, the meeting resumes at 9:00.
    const at = async (now: string) => {
      const el = await card(now, romeMeeting(), 'Europe/Rome');
      const join = el.shadowRoot!.querySelector('plenary-join')!;
      await ready(join);
      const badge = visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
      return { el, said: [badge, visibleText(join), join.shadowRoot!.querySelector('a[part=button]')?.getAttribute('href') ?? null] };
    };
    const night = await at('2027-03-28T01:00Z');
    expect(night.said, '03:00 on Sunday').to.deep.equal(['', 'Join the meeting · Zoom Opens at 8:30 AM your time · Resumes in 6 hours', null]);
    await expect(night.el).to.be.accessible();
    // Sunday's working groups give no end: they last until the hour the meeting ends, 17:00, and follow the morning without a
    // break; the meeting sits again on Monday at 9:00.
    expect((await at('2027-03-28T07:05Z')).said, '09:05 on Sunday').to.deep.equal([
      'Live now',
      // The badge says it; the join action does not say it again.
      'Join the meeting · Zoom Pauses at 5:00 PM · Resumes on Mon, Mar 29 at 9:00 AM',
      'https://meet.example.org/rome-2027',
    ]);
  });

  it("gives each day's hours where its sessions end, a last session without an end closing the day at the event's end, never at a made-up midnight", async () => {
    // Rome: Saturday 9:00–18:00 (the reception at 17:00 lasts as long as the afternoon); Sunday's sessions give no end, its
    // working groups at 14:00 last until the hour the event ends, 17:00, as the join action says; Monday's closing at 9:00
    // lasts until the event's end at 17:00: Sunday and Monday keep the same hours.
    const el = await card('2027-03-01T12:00Z', romeMeeting(), 'Europe/Rome');
    const lines = [...el.shadowRoot!.querySelectorAll('[part=when] > div:first-child .day-group')].map((line) => visibleText(line));
    expect(lines).to.deep.equal([
      'Saturday, March 27, 2027, 9:00 AM – 6:00 PM',
      'Sunday, March 28 – Monday, March 29, 2027, 9:00 AM – 5:00 PM each day',
    ]);
    // Ending at 12:00 on Monday, before the working groups start, the meeting gives no hour for Sunday's end but 14:00, when they start.
    const early = await card('2027-03-01T12:00Z', { ...romeMeeting(), end: '2027-03-29T12:00' }, 'Europe/Rome');
    expect([...early.shadowRoot!.querySelectorAll('[part=when] > div:first-child .day-group')].map((line) => visibleText(line))).to.deep.equal([
      'Saturday, March 27, 2027, 9:00 AM – 6:00 PM',
      'Sunday, March 28, 2027, 9:00 AM – 2:00 PM',
      'Monday, March 29, 2027, 9:00 AM – 12:00 PM',
    ]);
  });

  it('and the join action inside it give the same hours to afternoons without an end: the hour the meeting ends, not midnight', async () => {
    // Geneva, 15–17 March 2027, CET (UTC+1): a plenary 9:30–12:30 and working groups at 14:00 without an end each day; the
    // meeting ends at 17:00. Each day's working groups last until 17:00 (16:00 UTC), not until midnight (23:00 UTC).
    const geneva = {
      ...genevaMeeting(),
      join: { url: 'https://meet.example.org/geneva-2027', platform: 'Zoom' },
      sessions: [15, 16, 17].flatMap((day) => [
        { id: `plenary-${day}`, title: `Plenary ${day}`, start: `2027-03-${day}T09:30`, end: `2027-03-${day}T12:30` },
        { id: `groups-${day}`, title: `Working groups ${day}`, start: `2027-03-${day}T14:00` },
      ]),
    };
    const at = async (now: string) => {
      const el = await card(now, geneva, 'Europe/Zurich');
      const join = el.shadowRoot!.querySelector('plenary-join')!;
      await ready(join);
      const badge = visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
      const hours = [...el.shadowRoot!.querySelectorAll('.when dd')].map((d) => visibleText(d));
      return { hours, said: [badge, visibleText(join)] };
    };
    const afternoon = await at('2027-03-15T15:00Z');
    expect(afternoon.hours).to.deep.equal(['Monday, March 15 – Wednesday, March 17, 2027, 9:30 AM – 5:00 PM each day UTC+1']);
    // Monday's sitting pauses at 17:00; Tuesday's plenary starts at 9:30.
    expect(afternoon.said, '16:00 on Monday').to.deep.equal(['Live now', 'Join the meeting · Zoom Pauses at 5:00 PM · Resumes on Tue, Mar 16 at 9:30 AM']);
    expect((await at('2027-03-15T22:30Z')).said, '23:30 on Monday').to.deep.equal(['', 'Join the meeting · Zoom Opens on Tue, Mar 16 at 9:00 AM your time · Resumes in 10 hours']);
  });

  it('on the clock, takes "Live now" away at the hour the meeting ends that closes a session without an end', async () => {
    // Sunday's last session (14:00, no end) ends at 17:00, the hour the meeting ends: 15:00 UTC in CEST (UTC+2), on a day
    // of 23 hours that began at 23:00 UTC in CET; the next starts on Monday at 9:00.
    const clock = manualClock(Date.parse('2027-03-28T14:59Z'));
    const el = document.createElement('plenary-card') as PlenaryCardElement;
    const status = () => visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
    try {
      el.event = romeMeeting();
      el.setAttribute('zone', 'Europe/Rome');
      document.body.append(el);
      await clock.tick(0);
      await el.updateComplete;
      expect(status(), '16:59 on Sunday').to.equal('Live now');
      await clock.tick(2 * 60_000);
      await el.updateComplete;
      expect(status(), '17:01 on Sunday').to.equal('');
    } finally {
      el.remove();
      clock.restore();
    }
  });

  it('on the clock, takes "Live now" away at the midnight that ends a session without an end', async () => {
    // The meeting ends at 12:00 on Monday, an hour before Sunday's last session (14:00, no end) starts: that session ends
    // at midnight, 22:00 UTC on a day of 23 hours; the next starts on Monday at 9:00.
    const clock = manualClock(Date.parse('2027-03-28T21:59Z'));
    const el = document.createElement('plenary-card') as PlenaryCardElement;
    const status = () => visibleText(el.shadowRoot!.querySelector('[part=status]') ?? document.createElement('i'));
    try {
      el.event = { ...romeMeeting(), end: '2027-03-29T12:00' };
      el.setAttribute('zone', 'Europe/Rome');
      document.body.append(el);
      await clock.tick(0);
      await el.updateComplete;
      expect(status(), '23:59 on Sunday').to.equal('Live now');
      await clock.tick(2 * 60_000);
      await el.updateComplete;
      expect(status(), '00:01 on Monday').to.equal('');
    } finally {
      el.remove();
      clock.restore();
    }
  });

  it('passes its clock to the join action inside it', async () => {
    const el = await card('2020-10-13T10:45Z');
    const joinLink = el.shadowRoot!.querySelector('plenary-join')!.shadowRoot!.querySelector('a')!;
    expect(joinLink.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Join the meeting · WebEx');
    await expect(el).to.be.accessible();
  });

  it('with structured-data, puts exactly one schema.org Event in the head for two cards of one event', async () => {
    const descriptor = await seedDescriptor();
    const container = await fixture<HTMLDivElement>(html`<div>
      <plenary-card structured-data .event=${descriptor} now="2020-10-01T00:00Z"></plenary-card>
      <plenary-card structured-data .event=${descriptor} now="2020-10-01T00:00Z"></plenary-card>
    </div>`);
    for (const c of container.children) await ready(c);
    await waitUntil(() => ldBlocks().length > 0, 'no JSON-LD block was added');
    const blocks = ldBlocks();
    expect(blocks).to.have.length(1);
    const data = JSON.parse(blocks[0]!.textContent!);
    expect(data['@type']).to.equal('Event');
    expect(data.startDate).to.equal('2020-10-13T07:00:00-04:00');
    expect(data.eventAttendanceMode).to.equal('https://schema.org/OnlineEventAttendanceMode');
    expect(data.subEvent).to.have.length(3);
    container.remove();
    expect(ldBlocks()).to.have.length(0);
  });

  it('adds no JSON-LD when the page already describes the same event', async () => {
    const own = document.createElement('script');
    own.type = 'application/ld+json';
    own.textContent = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'EducationEvent',
      name: 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19',
      startDate: '2020-10-13T11:00:00Z',
    });
    document.head.append(own);
    const el = await fixture<PlenaryCardElement>(html`<plenary-card structured-data .event=${await seedDescriptor()}></plenary-card>`);
    await ready(el);
    await import('../../calendar/jsonld.js'); // what the card would load to build its block
    await aTimeout(0);
    expect(ldBlocks()).to.deep.equal([own]);
    own.remove();
  });

  it('adds no JSON-LD for a card that has left the page before its block was built', async () => {
    const el = await fixture<PlenaryCardElement>(html`<plenary-card structured-data .event=${await seedDescriptor()}></plenary-card>`);
    el.remove();
    await import('../../calendar/jsonld.js');
    await aTimeout(0);
    expect(ldBlocks()).to.have.length(0);
  });
});
