// The states every element has, checked for each of the eight: loading keeps the
// webmaster's fallback visible; an error names the problem, fires plenary-error,
// throws nothing and passes axe; ready fires plenary-load.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define.js';
import { ELEMENTS } from '../src/define.js';
import { clearCache } from '../src/load/request.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { longProgramme, ready, seedDescriptor } from './helpers.js';

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

/**
 * Opens `agenda` with the page address naming session `id` and room around it
 * (3000 px below, and above with `roomAbove`, so that the session can reach the
 * top of the window), and waits until the session lands 1rem (its scroll margin)
 * below the top of the window.
 */
async function expectScrolledTo(id: string, agenda: TemplateResult, roomAbove = false): Promise<void> {
  const spacer = () => Object.assign(document.createElement('div'), { className: 'spacer', style: 'height: 3000px' });
  const above = roomAbove ? spacer() : undefined;
  const below = spacer();
  if (above) document.body.prepend(above);
  history.replaceState(null, '', `#${id}`);
  try {
    const el = await fixture(agenda);
    el.after(below);
    await ready(el);
    const target = el.shadowRoot!.getElementById(id)!;
    await waitUntil(() => Math.abs(target.getBoundingClientRect().top - 16) < 2, `${id} was not scrolled into view`, { timeout: 3000 });
  } finally {
    history.replaceState(null, '', location.pathname + location.search);
    above?.remove();
    below.remove();
    window.scrollTo(0, 0);
  }
}

describe('plenary-agenda: session anchors', () => {
  it('scrolls to the session named by the page address', async () => {
    await expectScrolledTo('session-3', html`<plenary-agenda .event=${await seedDescriptor()}></plenary-agenda>`, true);
  });
});

describe('plenary-agenda: an anchor far down a long programme', () => {
  it('scrolls to a session that is not in the first frame, once it is there', async () => {
    // 200 sessions of 15 minutes from 08:00 UTC: more than the agenda renders in its first frame.
    const descriptor = longProgramme(200, 15, Date.UTC(2030, 2, 1, 8, 0));
    await expectScrolledTo('s180', html`<plenary-agenda zone="UTC" .event=${descriptor}></plenary-agenda>`);
  });
});

describe('the loading state, seen and heard', () => {
  const luminance = (rgb: string) => {
    const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };

  for (const lang of ['en', 'fr', 'ar']) {
    it(`is busy, says it is loading (${lang}), and shows a box that stands out from the element's background`, async () => {
      const pending = new Promise(() => {});
      const el = await fixture<PlenaryElement>(html`<plenary-schedule lang=${lang} .event=${pending}></plenary-schedule>`);
      const expected = { en: 'Loading the event…', fr: 'Chargement de l’événement…', ar: 'جارٍ تحميل الفعالية…' }[lang];
      const said = () => el.shadowRoot!.querySelector('.visually-hidden')?.textContent!.trim();
      // Its language's strings load first (English meanwhile).
      await waitUntil(() => said() === expected, `said "${said()}", not "${expected}"`);
      expect(Boolean(el.shadowRoot!.querySelector('.placeholder'))).to.be.true;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const box = getComputedStyle(el.shadowRoot!.querySelector('.placeholder')!);
      const background = luminance(getComputedStyle(el).backgroundColor);
      const border = luminance(box.borderTopColor);
      // The edge of the box against the element's background: at least 1.4:1 (a visible edge, not text).
      expect((Math.max(background, border) + 0.05) / (Math.min(background, border) + 0.05)).to.be.at.least(1.4);
      expect(box.animationName).to.equal('plenary-shimmer');
    });
  }

  it('is no longer busy once shown', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-schedule .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    expect(el.hasAttribute('aria-busy')).to.be.false;
    expect(el.shadowRoot!.textContent).to.not.contain('Loading the event');
  });
});
