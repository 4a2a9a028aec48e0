// Children that arrive late: a classic script in <head> defines the elements
// before the parser has created their children; a CMS or a framework adds and
// removes children afterwards. Every behaviour that depends on the children —
// provider or whole page, inline JSON, fallback content — follows them as they
// are now. And the form that survives sanitizers: <div data-plenary>.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { upgradeWithin } from '../src/upgrade.js';
import { ready, seedDescriptor, visibleText } from './helpers.js';

const TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
const json = (value: unknown) => {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = JSON.stringify(value);
  return script;
};
/** Lets the mutation observers run and the elements update. */
const settle = async (el: Element) => {
  await new Promise((r) => setTimeout(r, 0));
  await (el as PlenaryElement).updateComplete;
};

describe('children that arrive late', () => {
  it('plenary-event becomes a provider when a plenary element is added inside it, and the whole page again when it is removed', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-event>`);
    await ready(el);
    expect(Boolean(el.shadowRoot!.querySelector('.page')), 'whole page at first').to.be.true;

    const card = document.createElement('plenary-card');
    const wrapper = document.createElement('section');
    wrapper.append(card); // nested, as a CMS lays it out
    el.append(wrapper);
    await settle(el);
    await ready(card);
    expect(Boolean(el.shadowRoot!.querySelector('.page')), 'no page once a child element is inside').to.be.false;
    expect(Boolean(el.shadowRoot!.querySelector('slot'))).to.be.true;
    expect(visibleText(card.shadowRoot!)).to.contain(TITLE);
    expect(card.getBoundingClientRect().height).to.be.above(50);

    wrapper.remove();
    await settle(el);
    await ready(el);
    expect(Boolean(el.shadowRoot!.querySelector('.page')), 'whole page again').to.be.true;
  });

  it('a <div data-plenary> child also makes plenary-event a provider', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-event .event=${await seedDescriptor()} now="2020-10-01T00:00Z"><div data-plenary="join"></div></plenary-event>`);
    await settle(el);
    expect(Boolean(el.shadowRoot!.querySelector('.page'))).to.be.false;
    const join = el.querySelector('plenary-join')!;
    expect(Boolean(join), 'the div was upgraded').to.be.true;
    await ready(join);
    // 30 minutes before 11:00 UTC, in the browser's Kathmandu (UTC+5:45).
    expect(visibleText(join.shadowRoot!)).to.contain('Opens on Tue, Oct 13 at 4:15 PM your time');
  });

  it('an inline descriptor added after connection is read; a changed one is followed; a removed one is no longer shown', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-card now="2020-10-01T00:00Z"></plenary-card>`);
    await ready(el);
    expect(el.status).to.equal('error');

    const seed = await seedDescriptor();
    const script = json(seed);
    el.append(script);
    await settle(el);
    await ready(el);
    expect(el.status).to.equal('ready');
    expect(visibleText(el.shadowRoot!)).to.contain(TITLE);

    script.textContent = JSON.stringify({ ...seed, title: 'Renamed by the editor' });
    await settle(el);
    await ready(el);
    expect(visibleText(el.shadowRoot!)).to.contain('Renamed by the editor');

    script.remove();
    await settle(el);
    await ready(el);
    expect(el.status).to.equal('error');
    expect(visibleText(el.shadowRoot!)).to.not.contain('Renamed by the editor');
  });

  it('fallback content added while loading is shown instead of the placeholder', async () => {
    const pending = new Promise(() => {}); // never settles: the element stays loading
    const el = await fixture<PlenaryElement>(html`<plenary-schedule .event=${pending}></plenary-schedule>`);
    expect(Boolean(el.shadowRoot!.querySelector('.placeholder')), 'placeholder without fallback').to.be.true;
    const link = document.createElement('a');
    link.href = '/event';
    link.textContent = 'The event page';
    el.append(link);
    await settle(el);
    expect(Boolean(el.shadowRoot!.querySelector('.placeholder')), 'no placeholder once there is fallback').to.be.false;
    expect(link.getBoundingClientRect().height).to.be.above(0);
    link.remove();
    await settle(el);
    expect(Boolean(el.shadowRoot!.querySelector('.placeholder')), 'placeholder again').to.be.true;
  });
});

describe('<div data-plenary>: the form that survives sanitizers', () => {
  it('gets its element, with every data- attribute as the element’s own, and its content as fallback', async () => {
    const div = await fixture<HTMLDivElement>(
      html`<div data-plenary="schedule" data-zones="Asia/Seoul Pacific/Fiji" data-zone="Europe/Rome" data-now="2020-10-01T00:00Z" data-heading-level="4" lang="fr" class="kept"><a href="/e">La page de l’événement</a></div>`,
    );
    upgradeWithin(div); // already done by the page-wide observer; calling again changes nothing
    const els = div.querySelectorAll('plenary-schedule');
    expect(els.length).to.equal(1);
    const el = els[0] as PlenaryElement;
    expect(el.getAttribute('zones')).to.equal('Asia/Seoul Pacific/Fiji');
    expect(el.getAttribute('zone')).to.equal('Europe/Rome');
    expect(el.getAttribute('now')).to.equal('2020-10-01T00:00Z');
    expect(el.getAttribute('heading-level')).to.equal('4');
    expect(el.hasAttribute('plenary')).to.be.false;
    expect(el.querySelector('a')!.textContent).to.equal('La page de l’événement');
    expect(div.children.length, 'the fallback moved into the element').to.equal(1);
    // Its descriptor comes as an inline script inside the div, moved in with the fallback.
    el.append(json(await seedDescriptor()));
    await settle(el);
    await ready(el);
    const text = visibleText(el.shadowRoot!);
    // In French, from the div's lang: the rows named, times in 24-hour form.
    expect(text).to.match(/Séoul|Seoul/);
    expect(text).to.contain('20:00');
    expect(el.querySelector('a')!.getBoundingClientRect().height, 'fallback hidden once ready').to.equal(0);
  });

  it('divs added later are upgraded by the one page-wide observer', async () => {
    const host = await fixture<HTMLElement>(html`<section></section>`);
    const div = document.createElement('div');
    div.dataset.plenary = 'card';
    div.dataset.now = '2020-10-01T00:00Z';
    div.append(json(await seedDescriptor()));
    host.append(div);
    await waitUntil(() => div.querySelector('plenary-card'), 'the added div was not upgraded');
    const card = div.querySelector('plenary-card')!;
    await ready(card);
    expect(visibleText(card.shadowRoot!)).to.contain(TITLE);
  });

  it("follows the div's data- attributes as a framework changes them later, and a new data-plenary takes the old element's place", async () => {
    // As a single-page app keeps the div and changes its attributes when the visitor goes from one event to the next.
    const div = await fixture<HTMLDivElement>(
      html`<div data-plenary="card" data-src="/examples/unpog-webinar-2020-10-13.json" data-now="2020-10-01T00:00Z"><a href="/e">The event's page</a></div>`,
    );
    const card = div.querySelector('plenary-card') as PlenaryElement;
    await ready(card);
    expect(visibleText(card.shadowRoot!)).to.contain(TITLE);

    div.dataset.src = '/examples/cancelled-webinar.json';
    div.dataset.lang = 'fr';
    delete div.dataset.now;
    await waitUntil(() => card.getAttribute('src') === '/examples/cancelled-webinar.json', 'the new data-src did not reach the element');
    expect(card.getAttribute('lang')).to.equal('fr');
    expect(card.hasAttribute('now'), 'data-now removed: now removed').to.be.false;
    await waitUntil(() => visibleText(card.shadowRoot!).includes('Webinar on Open Government Data'), 'the card does not show the new event');
    expect(visibleText(card.shadowRoot!)).to.contain('Annulé');
    expect(div.querySelectorAll('plenary-card').length).to.equal(1);

    div.dataset.plenary = 'schedule';
    await waitUntil(() => div.querySelector('plenary-schedule'), 'the new data-plenary was not followed');
    expect([...div.children].map((c) => c.localName), 'the schedule in the card’s place').to.deep.equal(['plenary-schedule']);
    const schedule = div.querySelector('plenary-schedule') as PlenaryElement;
    expect(schedule.getAttribute('src')).to.equal('/examples/cancelled-webinar.json');
    expect(div.querySelector('plenary-card'), 'the card is gone').to.equal(null);
    expect([...schedule.children].map((c) => c.textContent), 'the fallback moved with it').to.deep.equal(["The event's page"]);
    await ready(schedule);
    expect(visibleText(schedule.shadowRoot!)).to.contain('mardi 10 mars 2026');
  });

  it('an unknown name is left alone, with one warning', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      const div = await fixture<HTMLDivElement>(html`<div data-plenary="calender">fallback</div>`);
      upgradeWithin(div);
      await new Promise((r) => setTimeout(r, 0));
      expect(div.children.length).to.equal(0);
      expect(div.textContent).to.equal('fallback');
      expect(warnings.filter((w) => w.includes('data-plenary="calender"')).length).to.equal(1);
    } finally {
      console.warn = warn;
    }
  });
});
