import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../define.js';
import { resolve } from '../descriptor/read.js';
import { copyText } from '../copy/copy-text.js';
import type { PlenaryElement } from '../elements/plenary-element.js';
import { ready, visibleText } from '../../test/helpers.js';

/**
 * A range across a change of the clocks names its zone at both ends. Written by
 * hand from the time-zone table: Zurich keeps CET (UTC+1) until 29 March 2026,
 * 01:00 UTC, then CEST (UTC+2); its clocks skip from 02:00 to 03:00. So 01:30
 * on the 29th is 00:30 UTC, and 03:30 is 01:30 UTC: one hour, not two. New
 * York is on EDT (UTC−4) since 8 March: 8:30 PM – 9:30 PM on the 28th.
 */
const night = {
  plenary: 1,
  id: 'night-of-the-change',
  title: 'Night of the change',
  start: '2026-03-29T01:30',
  end: '2026-03-29T03:30',
  timeZone: 'Europe/Zurich',
  displayZones: ['Europe/Zurich', 'America/New_York'],
  sessions: [{ id: 'overnight', title: 'Overnight drafting', start: '2026-03-29T01:30', end: '2026-03-29T03:30' }],
};

/** Four days in Zurich over the same change: 10:00 CET on Friday to 18:00 CEST on Monday. */
const meeting = { ...night, id: 'four-days', start: '2026-03-27T10:00', end: '2026-03-30T18:00', sessions: [] };

const shown = async <T extends PlenaryElement>(tag: string, event: object, zone = 'Asia/Seoul') => {
  const el = await fixture<T>(html`<div></div>`);
  const element = document.createElement(tag) as T;
  Object.assign(element, { event });
  element.setAttribute('now', '2026-03-01T00:00Z');
  element.setAttribute('zone', zone);
  el.append(element);
  await ready(element);
  return element;
};

describe('a range across a change of the clocks', () => {
  afterEach(() => fixtureCleanup());

  it("the card names the zone after each end: the organizers' line", async () => {
    const card = await shown('plenary-card', night);
    const organizers = visibleText(card.shadowRoot!.querySelector('.when > div')!);
    expect(organizers).to.equal("Organizers' time Sunday, March 29, 2026, 1:30 AM UTC+1 – 3:30 AM UTC+2");
  });

  it('the card, over several days: the same hours each day, under both names', async () => {
    const card = await shown('plenary-card', meeting);
    const organizers = visibleText(card.shadowRoot!.querySelector('.when > div')!);
    expect(organizers).to.equal("Organizers' time Friday, March 27 – Monday, March 30, 2026, 10:00 AM – 6:00 PM each day UTC+1 → UTC+2");
  });

  it("the schedule's row of the zone that changes, and only that row", async () => {
    const schedule = await shown('plenary-schedule', night);
    const rows = [...schedule.shadowRoot!.querySelectorAll('[part=row]')].map((r) => visibleText(r));
    expect(rows.find((r) => r.startsWith('Zurich'))).to.equal('Zurich 1:30 AM UTC+1 – 3:30 AM UTC+2');
    expect(rows.find((r) => r.startsWith('New York'))).to.equal('New York Sat, Mar 28 8:30 PM – 9:30 PM EDT');
  });

  it("the programme's session, in the visitor's zone", async () => {
    const agenda = await shown('plenary-agenda', night, 'Europe/Zurich');
    expect(visibleText(agenda.shadowRoot!.querySelector('.times')!)).to.equal('1:30 AM UTC+1 – 3:30 AM UTC+2');
  });

  it('the copied text', async () => {
    const event = resolve(night);
    const copy = copyText(event, { lang: 'en', locale: 'en', intl: 'en' }, { sessions: true });
    expect(copy.text.split('\n')).to.deep.equal([
      'Night of the change',
      'Sunday, March 29, 2026',
      'Zurich 1:30 AM UTC+1 – 3:30 AM UTC+2',
      'New York Sat, Mar 28, 8:30–9:30 PM EDT',
      '',
      'Programme',
      '1:30 AM UTC+1 – 3:30 AM UTC+2 · Overnight drafting',
      '',
    ]);
  });
});
