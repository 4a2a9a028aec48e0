// Time zone invariants: in every zone the browser knows, each schedule row is the
// event's own instant; and the output does not depend on the machine's date.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { ready, seedDescriptor } from './helpers.js';

const ZONES = (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');

describe('time zone invariants', () => {
  for (const [name, start, end] of [
    ['northern summer', '2020-10-13T11:00Z', '2020-10-13T14:20Z'],
    ['northern winter', '2021-01-15T23:30Z', '2021-01-16T01:45Z'],
  ] as const) {
    it(`every one of the browser's ${ZONES.length} zones shows the event's own instants (${name})`, async () => {
      const event = { plenary: 1, title: 'Everywhere', start, end };
      const el = await fixture<PlenaryElement>(html`<plenary-schedule .event=${event} zones=${ZONES.join(' ')} zone="UTC" now="2020-01-01T00:00Z"></plenary-schedule>`);
      await ready(el);
      const rows = [...el.shadowRoot!.querySelectorAll('li.row')];
      // Every listed zone has its row (plus UTC, the visitor's, when the list names it otherwise).
      expect(rows.length).to.be.at.least(ZONES.length - 5);
      const wrong: string[] = [];
      for (const row of rows) {
        const [a, b] = [...row.querySelectorAll('.times time')].map((t) => Date.parse(t.getAttribute('datetime')!));
        if (a !== Date.parse(start) || b !== Date.parse(end)) wrong.push(row.querySelector('.place')!.textContent!);
      }
      expect(wrong).to.deep.equal([]);
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
