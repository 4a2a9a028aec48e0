// The states every element has, checked for each of the eight: loading keeps the
// webmaster's fallback visible; an error names the problem, fires plenary-error,
// throws nothing and passes axe; ready fires plenary-load.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { ELEMENTS } from '../src/define.js';
import { clearCache } from '../src/load/request.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { ready, seedDescriptor } from './helpers.js';

const thrown: string[] = [];
const onError = (e: ErrorEvent) => thrown.push(e.message);

describe('every element: loading, error and ready', () => {
  before(() => window.addEventListener('error', onError));
  after(() => {
    window.removeEventListener('error', onError);
    expect(thrown).to.deep.equal([]);
  });
  afterEach(() => clearCache());

  for (const [tag] of ELEMENTS) {
    it(`<${tag}> keeps its fallback visible while loading`, async () => {
      const el = document.createElement(tag) as PlenaryElement;
      el.setAttribute('src', `/__fault/descriptor/${Math.random().toString(36).slice(2)}?delay=400`);
      const fallback = Object.assign(document.createElement('a'), { href: '/event', textContent: 'Event page' });
      el.append(fallback);
      document.body.append(el);
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(fallback.getBoundingClientRect().height).to.be.greaterThan(0);
      await ready(el);
      el.remove();
    });

    it(`<${tag}> shows an error with its path, fires plenary-error, and passes axe`, async () => {
      const bad = { ...(await seedDescriptor()), timeZone: 'Mars/Olympus' };
      const el = document.createElement(tag) as HTMLElement & { event: unknown };
      const failed = oneEvent(el, 'plenary-error');
      el.event = bad;
      document.body.append(el);
      const { detail } = await failed;
      expect(detail.errors.map((e: { path: string }) => e.path)).to.deep.equal(['timeZone']);
      await waitUntil(() => el.shadowRoot?.querySelector('[part=error]'));
      expect(el.shadowRoot!.querySelector('[part=error] code')!.textContent).to.equal('timeZone');
      await expect(el).to.be.accessible();
      el.remove();
    });

    it(`<${tag}> fires plenary-load when ready`, async () => {
      const el = document.createElement(tag) as HTMLElement & { event: unknown };
      const loaded = oneEvent(el, 'plenary-load');
      el.setAttribute('now', '2020-10-01T00:00Z');
      el.event = await seedDescriptor();
      document.body.append(el);
      expect((await loaded).detail.id).to.equal('unpog-webinar-2020-10-13');
      el.remove();
    });
  }
});

describe('plenary-agenda: session anchors', () => {
  it('scrolls to the session named by the page address', async () => {
    // Room above and below, so that the session can reach the top of the window.
    const above = Object.assign(document.createElement('div'), { className: 'spacer' });
    const below = Object.assign(document.createElement('div'), { className: 'spacer' });
    above.style.height = below.style.height = '3000px';
    document.body.prepend(above);
    history.replaceState(null, '', '#session-3');
    try {
      const el = await fixture(html`<plenary-agenda .event=${await seedDescriptor()}></plenary-agenda>`);
      el.after(below);
      await ready(el);
      const target = el.shadowRoot!.getElementById('session-3')!;
      // It lands 1rem (its scroll margin) below the top of the window.
      await waitUntil(() => Math.abs(target.getBoundingClientRect().top - 16) < 2, 'session-3 was not scrolled into view', { timeout: 3000 });
    } finally {
      history.replaceState(null, '', location.pathname + location.search);
      above.remove();
      below.remove();
      window.scrollTo(0, 0);
    }
  });
});
