// A page that switches its language while the event is shown (a site's language
// menu that does not reload the page): the elements go on showing the event in
// the language they spoke until the new one's strings arrive, then speak it, and
// a keyboard user's focus stays where it was. In a page of its own, where no
// language but English has been loaded yet.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryEventElement } from '../src/elements/event/event.js';
import { ready, seedDescriptor, visibleText } from './helpers.js';

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

describe('a language switch on a shown event', () => {
  it('keeps the event on the screen and the focus on its link while the new language loads, then speaks it', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z" zone="Asia/Seoul"></plenary-event>
    </div>`);
    const el = wrapper.querySelector<PlenaryEventElement>('plenary-event')!;
    await ready(el);
    const calendar = el.shadowRoot!.querySelector('plenary-card')!.shadowRoot!.querySelector('plenary-calendar')!;
    const google = [...calendar.shadowRoot!.querySelectorAll('a')].find((a) => visibleText(a) === 'Google Calendar')!;
    google.focus();
    expect(deepActive()).to.equal(google);
    const title = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
    wrapper.lang = 'fr';
    // Each render until the French strings are here still shows the event, in English, with the focus where it was.
    let renders = 0;
    while ((el as PlenaryEventElement).status === 'loading' || renders === 0) {
      renders++;
      await el.updateComplete;
      expect(visibleText(el.shadowRoot!), `render ${renders}`).to.contain(title);
      expect(deepActive(), `render ${renders}`).to.equal(google);
      if (el.status !== 'loading') break;
      await new Promise((r) => setTimeout(r, 10));
    }
    await ready(el);
    await waitUntil(() => visibleText(google) === 'Google Agenda', `the link in French: ${visibleText(google)}`);
    expect(deepActive()).to.equal(google);
    expect(visibleText(el.shadowRoot!)).to.contain("Heure des organisateurs");
  });
});
