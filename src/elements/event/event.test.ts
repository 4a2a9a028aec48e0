import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryEventElement } from './event.js';
import { clearCache } from '../../load/request.js';
import { deepQueryAll, ready, seedDescriptor, visibleText } from '../../../test/helpers.js';

const served = async (key: string) => (await (await fetch(`/__fault/count/${key}`)).json()).count as number;

describe('plenary-event: the whole page', () => {
  afterEach(() => clearCache());

  it('renders card, about, programme, time zones, documents and contacts for the seed', async () => {
    const el = await fixture<PlenaryEventElement>(html`<plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-event>`);
    await ready(el);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('section > h3')].map((h) => h.textContent!.trim())).to.deep.equal([
      'About the event',
      'Programme',
      'Time zones',
      'Documents and links',
      'Contacts',
    ]);
    expect(root.querySelector('plenary-card')).to.exist;
    expect(root.querySelector('plenary-agenda')!.getAttribute('heading-level')).to.equal('4');
    // The inner elements share the page's clock and zone: Seoul is "your time".
    const mine = deepQueryAll(el, 'li.row.visitor');
    expect(mine.map((r) => r.querySelector('.place')!.textContent)).to.deep.equal(['Seoul']);
    const about = visibleText(root.querySelector('.about')!);
    expect(about).to.match(/^About the event Background Five years after the adoption/);
    expect(about).to.match(/in many countries\. Read the full description$/);
    await expect(el).to.be.accessible();
  });

  it('heading-level fits the page into the host page’s outline: the title at that level, the sections one below, what they hold two below', async () => {
    const el = await fixture<PlenaryEventElement>(html`<plenary-event heading-level="3" .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-event>`);
    await ready(el);
    const levels = (selector: string) => deepQueryAll(el, selector).map((h) => `${h.localName} ${h.textContent!.trim().slice(0, 24)}`);
    expect(levels('#card-title')).to.deep.equal(['h3 Accelerating Digital Tra']);
    expect(levels('section > [part="section-title"]')).to.deep.equal(['h4 About the event', 'h4 Programme', 'h4 Time zones', 'h4 Documents and links', 'h4 Contacts']);
    expect(levels('[part="session-title"]').slice(0, 1)).to.deep.equal(['h5 Session 1: Setting Effec']);
    expect(deepQueryAll(el, 'h2'), 'no heading above the level asked for').to.deep.equal([]);
    // The section titles keep their look at any level.
    const title = el.shadowRoot!.querySelector<HTMLElement>('.zones > [part="section-title"]')!;
    expect(getComputedStyle(title).borderBottomWidth).to.equal('2px');
    // Near the bottom of the outline, nothing goes below h6.
    el.setAttribute('heading-level', '5');
    await ready(el);
    expect(levels('#card-title')).to.deep.equal(['h5 Accelerating Digital Tra']);
    expect(levels('section > [part="section-title"]').map((l) => l.slice(0, 2))).to.deep.equal(['h6', 'h6', 'h6', 'h6', 'h6']);
    expect(el.shadowRoot!.querySelector('plenary-agenda')!.getAttribute('heading-level')).to.equal('6');
    await expect(el).to.be.accessible();
  });

  it('with neither a description nor a programme, the time zones take the main column on a wide page, not its right-hand side beside an empty one', async () => {
    const consultation = await (await fetch('/examples/multilingual-consultation.json')).json();
    const el = await fixture<PlenaryEventElement>(html`<plenary-event style="width: 1200px" .event=${consultation} now="2026-01-01T00:00Z" zone="Asia/Seoul"></plenary-event>`);
    await ready(el);
    const root = el.shadowRoot!;
    expect([...root.querySelectorAll('section > h3')].map((h) => h.textContent!.trim())).to.deep.equal(['Time zones', 'Documents and links', 'Contacts']);
    const left = (selector: string) => Math.round(root.querySelector(selector)!.getBoundingClientRect().left);
    expect(left('.zones')).to.equal(left('plenary-card'));
    expect(left('.documents'), 'documents beside the time zones').to.be.greaterThan(left('.zones') + 500);
  });

  it('an event whose only link is its recording: no documents section before the end, the recording from the end', async () => {
    // 10:00–11:00 UTC; the seed's documents taken away.
    const event = { plenary: 1, title: 'Briefing', start: '2030-01-01T10:00Z', end: '2030-01-01T11:00Z', links: [{ kind: 'recording', url: 'https://example.org/video' }] };
    const sections = async (now: string) => {
      const el = await fixture<PlenaryEventElement>(html`<plenary-event .event=${structuredClone(event)} now=${now} zone="UTC"></plenary-event>`);
      await ready(el);
      return [...el.shadowRoot!.querySelectorAll('section.documents')].map((s) => visibleText(s));
    };
    expect(await sections('2030-01-01T10:59Z'), 'under way').to.deep.equal([]);
    expect(await sections('2030-01-01T11:00Z'), 'ended').to.deep.equal(['Documents and links Recording Watch the recording']);
  });

  it('passes axe with no violation in every phase', async () => {
    for (const now of ['2020-10-01T00:00Z', '2020-10-13T10:45Z', '2020-10-13T12:00Z', '2020-10-14T00:00Z']) {
      const el = await fixture<PlenaryEventElement>(html`<plenary-event .event=${await seedDescriptor()} now=${now}></plenary-event>`);
      await ready(el);
      await expect(el).to.be.accessible();
    }
  });
});

describe('plenary-event: as provider', () => {
  afterEach(() => clearCache());

  it('gives its descriptor to the elements inside it and shows its children as they are', async () => {
    const key = Math.random().toString(36).slice(2);
    const el = await fixture<PlenaryEventElement>(html`<plenary-event src="/__fault/descriptor/${key}" now="2020-10-13T10:45Z" zone="Europe/Rome">
      <h2>Our webinar</h2>
      <plenary-schedule></plenary-schedule>
      <section><plenary-join></plenary-join></section>
    </plenary-event>`);
    const schedule = el.querySelector('plenary-schedule')!;
    const join = el.querySelector('plenary-join')!;
    await ready(schedule);
    await ready(join);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.querySelector('h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
    // The provider's now and zone reach them: the window is open, Rome is "your time".
    expect(join.shadowRoot!.querySelector('a')).to.exist;
    expect(schedule.shadowRoot!.querySelector('li.visitor .place')!.textContent).to.equal('Rome');
    expect(await served(key)).to.equal(1);
  });

  it('moves the elements inside it, the page\'s and its own, to a new zone or clock set on it once shown', async () => {
    const el = await fixture<PlenaryEventElement>(html`<plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Europe/Paris">
      <plenary-card></plenary-card>
    </plenary-event>`);
    const card = el.querySelector('plenary-card')!;
    await ready(card);
    const yourTime = () => visibleText(card.shadowRoot!.querySelector('.yours dd')!);
    // Paris is UTC+2 on 13 October 2020: 11:00–14:20 UTC is 1:00–4:20 PM there; Kolkata, UTC+5:30, 4:30–7:50 PM.
    expect(yourTime()).to.equal('Tue, Oct 13, 1:00 PM – 4:20 PM UTC+2');
    el.setAttribute('zone', 'Asia/Kolkata');
    await waitUntil(() => yourTime() === 'Tue, Oct 13, 4:30 PM – 7:50 PM UTC+5:30', `your time in Kolkata: ${yourTime()}`);
    // The day after: ended, on the card and in the join action inside it.
    el.setAttribute('now', '2020-10-14T00:00Z');
    await waitUntil(() => card.shadowRoot!.querySelector('.status')?.textContent?.trim() === 'Ended', 'the card says the event has ended');
    const join = card.shadowRoot!.querySelector('plenary-join')!;
    await waitUntil(() => visibleText(join.shadowRoot!).includes('This event has ended'), `the join action: ${visibleText(join.shadowRoot!)}`);
    // The whole page: its time zones mark the visitor's new zone.
    const page = await fixture<PlenaryEventElement>(html`<plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Europe/Rome"></plenary-event>`);
    await ready(page);
    const mine = () => deepQueryAll(page, 'li.row.visitor').map((r) => r.querySelector('.place')!.textContent);
    expect(mine()).to.deep.equal(['Rome']);
    page.setAttribute('zone', 'Asia/Seoul');
    await waitUntil(() => mine().join() === 'Seoul', `your row: ${mine().join()}`);
  });

  it('makes one request for the seven elements that name one URL', async () => {
    const key = Math.random().toString(36).slice(2);
    const src = `/__fault/descriptor/${key}?delay=50`;
    const container = await fixture<HTMLDivElement>(html`<div>
      <plenary-card src=${src}></plenary-card>
      <plenary-schedule src=${src}></plenary-schedule>
      <plenary-agenda src=${src}></plenary-agenda>
      <plenary-documents src=${src}></plenary-documents>
      <plenary-contacts src=${src}></plenary-contacts>
      <plenary-join src=${src}></plenary-join>
      <plenary-calendar src=${src}></plenary-calendar>
    </div>`);
    for (const el of container.children) await ready(el);
    expect([...container.children].map((c) => (c as PlenaryEventElement).status)).to.deep.equal(Array(7).fill('ready'));
    expect(await served(key)).to.equal(1);
  });
});

describe('plenary-event: its width in the page', () => {
  const columns = (el: PlenaryEventElement) => {
    const [main, aside] = ['.main', '.aside'].map((c) => el.shadowRoot!.querySelector(c)!.getBoundingClientRect());
    return Math.abs(main!.top - aside!.top) < 1 && aside!.left > main!.right ? 2 : 1;
  };

  for (const [layout, style] of [
    ['a flex column aligned to the start', 'display: flex; flex-direction: column; align-items: flex-start'],
    ['a float', 'float: left'],
    ['a table cell', 'display: table-cell'],
    ['inline-block', 'display: inline-block'],
  ] as const) {
    it(`fills its box in ${layout}, where the page sizes it to its content`, async () => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: 1000px"><div style=${style}>
        <plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-event>
      </div></div>`);
      const el = box.querySelector('plenary-event')!;
      await ready(el);
      // Its text is longer than the box is wide: it takes the whole width, in two columns.
      expect(el.getBoundingClientRect().width).to.be.closeTo(1000, 1);
      expect(columns(el)).to.equal(2);
    });
  }

  it('has two columns from about 52rem wide, one below', async () => {
    const at = async (px: number) => {
      const box = await fixture<HTMLDivElement>(html`<div style="inline-size: ${px}px">
        <plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-event>
      </div>`);
      const el = box.querySelector('plenary-event')!;
      await ready(el);
      return columns(el);
    };
    // 16px text: 52rem is 832px.
    expect(await at(390)).to.equal(1);
    expect(await at(800)).to.equal(1);
    expect(await at(860)).to.equal(2);
    expect(await at(1280)).to.equal(2);
  });
});

describe('plenary-event: as provider, when the descriptor cannot be shown', () => {
  it('lists the problems once, above its children, which each say only that the event cannot be shown', async () => {
    const el = await fixture<PlenaryEventElement>(html`<plenary-event .event=${{ plenary: 1, title: 'T', timeZone: 'Mars/Olympus', start: 'x', end: 'y' }}>
      <h2>Our webinar</h2>
      <plenary-join></plenary-join>
      <plenary-schedule></plenary-schedule>
    </plenary-event>`);
    await ready(el);
    const items = [...el.shadowRoot!.querySelectorAll('[part=error] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'timeZone: "Mars/Olympus" is not a known time zone; use an IANA name such as "Europe/Rome" or "America/New_York".',
      'start: "x" is not a date and time in the form "2020-10-13T07:00" (ISO 8601, optionally with an offset such as "+09:00" or "Z").',
      'end: "y" is not a date and time in the form "2020-10-13T07:00" (ISO 8601, optionally with an offset such as "+09:00" or "Z").',
    ]);
    expect(el.querySelector('h2')!.getBoundingClientRect().height).to.be.greaterThan(0);
    for (const child of el.querySelectorAll('plenary-join, plenary-schedule')) {
      await ready(child);
      expect(visibleText(child)).to.equal('The event information could not be shown.');
    }
    await expect(el).to.be.accessible();
  });
});
