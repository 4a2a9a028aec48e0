import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../define.js';
import { PlenaryElement } from '../elements/plenary-element.js';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { cachedRequests, clearCache, configure, loadOptions } from './request.js';
import { pendingWakeUps } from '../time/clock.js';
import type { PlenaryEventElement } from '../elements/event/event.js';
import { seedDescriptor } from '../../test/helpers.js';

/** A minimal element on the shared machinery: shows the title it was given. */
class PlenaryProbe extends PlenaryElement {
  protected renderReady(event: PlenaryEvent) {
    return litHtml`<p class="title">${event.title.in('en')}</p>`;
  }
}
customElements.define('plenary-probe', PlenaryProbe);
declare global {
  interface HTMLElementTagNameMap {
    'plenary-probe': PlenaryProbe;
  }
}

const SEED = '/examples/unpog-webinar-2020-10-13.json';
const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
const unique = () => Math.random().toString(36).slice(2);

/** How many requests the test server received for a counted descriptor. */
async function served(key: string): Promise<number> {
  return (await (await fetch(`/__fault/count/${key}`)).json()).count;
}

const settled = (el: Element) => waitUntil(() => (el as PlenaryElement).status !== 'loading', 'element stayed in loading', { timeout: 10000 });
const shadowText = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

// Nothing may be thrown into the host page by any test here.
const pageErrors: string[] = [];
const onError = (e: ErrorEvent) => pageErrors.push(e.message);
const onRejection = (e: PromiseRejectionEvent) => pageErrors.push(String(e.reason));

describe('loading: sources', () => {
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(pageErrors).to.deep.equal([]);
  });
  afterEach(() => clearCache());

  it('loads from src and fires plenary-load with the resolved event', async () => {
    const el = document.createElement('plenary-probe') as PlenaryProbe;
    el.src = SEED;
    const loaded = oneEvent(el, 'plenary-load');
    document.body.append(el);
    const event = (await loaded).detail as PlenaryEvent;
    expect(event.title.in('en')).to.equal(SEED_TITLE);
    await el.updateComplete;
    expect(shadowText(el)).to.equal(SEED_TITLE);
    el.remove();
  });

  it('reads src against the document base URL', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe src="examples/unpog-webinar-2020-10-13.json"></plenary-probe>`);
    await settled(el);
    expect(el.status).to.equal('ready');
  });

  it('reads the .event property, at once', async () => {
    const json = await (await fetch(SEED)).json();
    const el = await fixture<PlenaryProbe>(html`<plenary-probe .event=${json}></plenary-probe>`);
    expect(el.status).to.equal('ready');
    expect(shadowText(el)).to.equal(SEED_TITLE);
  });

  it('reads an inline <script type="application/json"> child', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe>
      <script type="application/json">
        { "plenary": 1, "title": "Inline event", "timeZone": "Asia/Seoul", "start": "2020-10-13T20:00", "end": "2020-10-13T23:20" }
      </script>
    </plenary-probe>`);
    expect(el.status).to.equal('ready');
    expect(shadowText(el)).to.equal('Inline event');
  });

  it('reports an inline descriptor that is not JSON, where and why as plenary validate says it', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe><script type="application/json">{ "plenary": 1, </script></plenary-probe>`);
    await waitUntil(() => el.status === 'error', 'no error shown');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('is not valid JSON (line 1, column 17: Expected a field name in double quotes, found the end of the file)');
  });

  it('names the curly quotes of a descriptor pasted from a word processor, as plenary validate does', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe><script type="application/json">{ "plenary": 1, “title”: "Webinar" }</script></plenary-probe>`);
    await waitUntil(() => el.status === 'error', 'no error shown');
    await el.updateComplete;
    expect(shadowText(el)).to.contain('is not valid JSON (line 1, column 17: “ is a curly quote, as a word processor writes it; JSON takes only straight double quotes (")');
  });

  it('shows each problem of an invalid .event with its path', async () => {
    const el = await fixture<PlenaryProbe>(
      html`<plenary-probe .event=${{ plenary: 1, title: 'T', timeZone: 'Mars/Olympus', start: '2021-03-28T02:30', end: 'x' }}></plenary-probe>`,
    );
    // The validator, loaded for a descriptor with a problem, says what it is.
    await waitUntil(() => el.status !== 'loading', 'still loading');
    await el.updateComplete;
    expect(el.status).to.equal('error');
    const items = [...el.shadowRoot!.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items[0]).to.match(/^timeZone: "Mars\/Olympus" is not a known time zone/);
    expect(items[1]).to.match(/^end: "x" is not a date and time/);
  });

  it('takes the descriptor of the enclosing plenary-event, which makes the only request', async () => {
    const key = unique();
    const el = await fixture<PlenaryEventElement>(html`<plenary-event src="/__fault/descriptor/${key}">
      <h2>Our event</h2>
      <plenary-probe></plenary-probe>
      <div><plenary-probe></plenary-probe></div>
    </plenary-event>`);
    const probes = [...el.querySelectorAll('plenary-probe')];
    await Promise.all(probes.map(settled));
    expect(probes.map((p) => shadowText(p))).to.deep.equal([SEED_TITLE, SEED_TITLE]);
    // The provider shows its children as they are, headings and all.
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    expect(el.shadowRoot!.querySelector('h2')).to.equal(null);
    expect(await served(key)).to.equal(1);
  });

  it('fires plenary-load once for a provider and its children, from the provider', async () => {
    const key = unique();
    const wrapper = document.createElement('div');
    let loads = 0;
    wrapper.addEventListener('plenary-load', () => loads++);
    const provider = document.createElement('plenary-event');
    provider.setAttribute('src', `/__fault/descriptor/${key}`);
    provider.append(document.createElement('plenary-probe'), document.createElement('plenary-probe'));
    wrapper.append(provider);
    document.body.append(wrapper);
    await settled(wrapper.querySelector('plenary-event')!);
    await new Promise((r) => setTimeout(r, 50));
    expect(loads).to.equal(1);
    wrapper.remove();
  });

  it('says what to do when there is no descriptor at all', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe></plenary-probe>`);
    await waitUntil(() => el.status !== 'loading', 'still loading');
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(shadowText(el)).to.contain('No event descriptor: give this element a src attribute');
  });

  it('waits for an event given just after the element is added, with no error shown or logged', async () => {
    const warnings: unknown[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      const descriptor = await seedDescriptor();
      const el = document.createElement('plenary-probe') as PlenaryProbe;
      document.body.append(el);
      await Promise.resolve(); // as an app that awaits something first
      expect(el.status).to.equal('loading');
      el.event = descriptor;
      await waitUntil(() => el.status !== 'loading', 'still loading');
      expect(el.status).to.equal('ready');
      await new Promise((r) => setTimeout(r, 20));
      expect(el.status).to.equal('ready');
      expect(warnings).to.deep.equal([]);
      el.remove();
    } finally {
      console.warn = realWarn;
    }
  });

  it('keeps the light-DOM fallback visible while loading, and hides it once ready', async () => {
    const key = unique();
    const el = await fixture<PlenaryProbe>(
      html`<plenary-probe src="/__fault/descriptor/${key}?delay=300"><a href="/event">Event page</a></plenary-probe>`,
    );
    expect(el.status).to.equal('loading');
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelector('[part=placeholder]')).to.equal(null);
    await settled(el);
    await el.updateComplete;
    expect(link.getBoundingClientRect().height).to.equal(0);
  });

  it('shows a placeholder of stable size while loading when there is no fallback', async () => {
    const el = await fixture<PlenaryProbe>(html`<plenary-probe src="/__fault/descriptor/${unique()}?delay=300"></plenary-probe>`);
    const box = el.shadowRoot!.querySelector('[part=placeholder]')!;
    expect(box.getBoundingClientRect().height).to.be.greaterThan(40);
    await settled(el);
  });
});

describe('loading: one request per address', () => {
  afterEach(() => clearCache());

  it('makes one request for seven elements naming one URL', async () => {
    const key = unique();
    const src = `/__fault/descriptor/${key}?delay=100`;
    const container = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 7 }, () => html`<plenary-probe src=${src}></plenary-probe>`)}
    </div>`);
    const elements = [...container.querySelectorAll('plenary-probe')];
    await Promise.all(elements.map(settled));
    expect(elements.map((e) => e.status)).to.deep.equal(Array(7).fill('ready'));
    expect(await served(key)).to.equal(1);
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes(`/descriptor/${key}`))).to.have.length(1);
  });

  it('reuses a loaded descriptor for an element added later', async () => {
    const key = unique();
    const src = `/__fault/descriptor/${key}`;
    const first = await fixture<PlenaryProbe>(html`<plenary-probe src=${src}></plenary-probe>`);
    await settled(first);
    const second = await fixture<PlenaryProbe>(html`<plenary-probe src=${src}></plenary-probe>`);
    await settled(second);
    expect(second.status).to.equal('ready');
    expect(await served(key)).to.equal(1);
  });
});

describe('loading: faults', () => {
  afterEach(() => clearCache());

  const failing = async (src: string) => {
    const el = document.createElement('plenary-probe') as PlenaryProbe;
    el.src = src;
    const failed = oneEvent(el, 'plenary-error');
    document.body.append(el);
    const detail = (await failed).detail;
    await el.updateComplete;
    return { el, detail };
  };

  it('turns a 404 into an error that names the address and the status', async () => {
    const { el, detail } = await failing('/__fault/status/404');
    expect(detail.url).to.equal(new URL('/__fault/status/404', location.href).href);
    expect(detail.errors[0].message).to.contain('HTTP 404');
    expect(shadowText(el)).to.contain('The event information could not be shown.');
    expect(shadowText(el)).to.contain(detail.url);
    el.remove();
  });

  it('turns a 500 into an error with a Retry button that asks again', async () => {
    const { el, detail } = await failing('/__fault/status/500');
    expect(detail.errors[0].message).to.contain('HTTP 500');
    const button = el.shadowRoot!.querySelector('button')!;
    expect(button.textContent!.trim()).to.equal('Try again');
    // The failure was not cached: the retry reaches the server again (and fails again).
    const again = oneEvent(el, 'plenary-error');
    button.click();
    await again;
    el.remove();
  });

  it('recognises an HTML page served instead of the descriptor', async () => {
    const { el, detail } = await failing('/__fault/html');
    expect(detail.errors[0].message).to.contain('returned a web page (HTML)');
    el.remove();
  });

  it('names the page an address led on to, a sign-in page most often, without its query', async () => {
    const { el, detail } = await failing('/__fault/to-sign-in');
    const said = detail.errors[0].message;
    expect(said).to.equal(
      `The address led on to ${location.origin}/__fault/sign-in, a web page (HTML), not the event descriptor (JSON). If that page asks visitors to sign in, the descriptor is not public: publish it where anyone can read it.`,
    );
    el.remove();
  });

  it('says an address that leads on to another site, a sign-in page most often, does so: not that the network failed', async () => {
    // An intranet whose sign-in is a site of its own: the browser does not let the page follow it there.
    const { el, detail } = await failing('/__fault/to-other-site');
    expect(detail.errors[0].message).to.equal(
      'The address led on to another site, which this page may not read: most often a sign-in page, the descriptor being on an intranet or a draft site. If so, the descriptor is not public: publish it where anyone can read it.',
    );
    el.remove();
  });

  it('says a descriptor saved as UTF-16 is not UTF-8, not that its first character is wrong', async () => {
    const { el, detail } = await failing('/__fault/utf16');
    expect(detail.errors[0].message).to.contain('not valid JSON (line 1, column 1: The file is saved as UTF-16 ("Unicode"), not UTF-8; save it again with the encoding UTF-8).');
    expect(shadowText(el)).to.contain('save it again with the encoding UTF-8');
    el.remove();
  });

  it('recognises a body cut off mid-JSON', async () => {
    const { el, detail } = await failing('/__fault/truncated');
    // The seed's first 300 characters end inside the Korean title, whose string opens at line 9, column 11.
    expect(detail.errors[0].message).to.contain('not valid JSON (line 9, column 11: This string is never closed: add the closing quote (")).');
    el.remove();
  });

  it('gives up on a slow server after the timeout', async () => {
    const saved = loadOptions.timeout;
    configure({ timeout: 300 });
    try {
      const { el, detail } = await failing(`/__fault/descriptor/${unique()}?delay=2000`);
      expect(detail.errors[0].message).to.contain('did not answer within 0.3 seconds');
      expect(el.shadowRoot!.querySelector('button')).to.exist;
      el.remove();
    } finally {
      configure({ timeout: saved });
    }
  });

  it('reads a descriptor that arrives slowly to its end, however long past the timeout, while it keeps coming', async () => {
    const saved = loadOptions.timeout;
    configure({ timeout: 1000 });
    try {
      // Fourteen pieces, one every 0.15 seconds: 2.1 seconds in all, never a second without a piece (a wide margin: the
      // machine running the tests may be busy).
      const el = await fixture<PlenaryElement>(html`<plenary-join src=${`/__fault/trickle/${unique()}?pieces=14&every=150`}></plenary-join>`);
      await settled(el);
      expect(el.status).to.equal('ready');
      el.remove();
    } finally {
      configure({ timeout: saved });
    }
  });

  it('gives up on a descriptor that stops arriving halfway, and says so', async () => {
    const saved = loadOptions.timeout;
    configure({ timeout: 1500 });
    try {
      const { el, detail } = await failing(`/__fault/trickle/${unique()}?pieces=10&every=100&stall=1`);
      expect(detail.errors[0].message).to.equal('The descriptor stopped arriving: nothing more came for 1.5 seconds.');
      expect(el.shadowRoot!.querySelector('button')).to.exist;
      el.remove();
    } finally {
      configure({ timeout: saved });
    }
  });

  it('gives up on a descriptor still trickling in after eight times the timeout', async () => {
    const saved = loadOptions.timeout;
    configure({ timeout: 700 });
    try {
      // A hundred pieces, one every 0.1 seconds: 10 seconds in all, past 8 × 0.7 = 5.6 seconds, never 0.7 seconds
      // without a piece.
      const { el, detail } = await failing(`/__fault/trickle/${unique()}?pieces=100&every=100`);
      expect(detail.errors[0].message).to.equal('The descriptor was still arriving after 5.6 seconds; the connection is too slow for it.');
      el.remove();
    } finally {
      configure({ timeout: saved });
    }
  });

  it('refuses a descriptor larger than the limit', async () => {
    const saved = loadOptions.maxBytes;
    configure({ maxBytes: 1000 });
    try {
      const { el, detail } = await failing(`/__fault/descriptor/${unique()}`);
      expect(detail.errors[0].message).to.contain('too large');
      el.remove();
    } finally {
      configure({ maxBytes: saved });
    }
  });

  it('follows src changed mid-flight: the last one wins, the first answer is ignored', async () => {
    const el = document.createElement('plenary-probe') as PlenaryProbe;
    el.src = '/__fault/status/500?delay=400';
    let errors = 0;
    el.addEventListener('plenary-error', () => errors++);
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 50));
    el.src = `/__fault/descriptor/${unique()}?delay=100`;
    await settled(el);
    await new Promise((r) => setTimeout(r, 600)); // past the first answer's arrival
    expect(el.status).to.equal('ready');
    expect(errors).to.equal(0);
    expect(cachedRequests()).to.equal(1); // the abandoned request is gone
    el.remove();
  });

  it('aborts the request of an element removed mid-load, with no error and no timer left', async () => {
    const el = document.createElement('plenary-probe') as PlenaryProbe;
    el.src = `/__fault/descriptor/${unique()}?delay=300`;
    let events = 0;
    el.addEventListener('plenary-error', () => events++);
    el.addEventListener('plenary-load', () => events++);
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 30));
    expect(cachedRequests()).to.equal(1);
    el.remove();
    expect(cachedRequests()).to.equal(0);
    await new Promise((r) => setTimeout(r, 500));
    expect(events).to.equal(0);
    expect(pendingWakeUps()).to.equal(0);
  });

  it('logs a failing address once, however many elements name it', async () => {
    const original = console.warn;
    const logged: string[] = [];
    console.warn = (...args: unknown[]) => logged.push(args.join(' '));
    try {
      const src = `/__fault/status/503?key=${unique()}`;
      const container = await fixture<HTMLDivElement>(html`<div>
        <plenary-probe src=${src}></plenary-probe><plenary-probe src=${src}></plenary-probe><plenary-probe src=${src}></plenary-probe>
      </div>`);
      await Promise.all([...container.querySelectorAll('plenary-probe')].map(settled));
      expect(logged.filter((l) => l.includes('503'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});

describe('loading: .event as a promise', () => {
  it('is loading until the promise settles, then ready; a rejection is an error', async () => {
    let resolve!: (v: unknown) => void;
    const pending = new Promise((r) => (resolve = r));
    const el = await fixture<PlenaryProbe>(html`<plenary-probe .event=${pending}><a href="/e">Event</a></plenary-probe>`);
    expect(el.status).to.equal('loading');
    resolve(await (await fetch(SEED)).json());
    await settled(el);
    expect(el.status).to.equal('ready');
    const failing = await fixture<PlenaryProbe>(html`<plenary-probe .event=${Promise.reject(new Error('the API is down'))}></plenary-probe>`);
    await settled(failing);
    expect(shadowText(failing)).to.contain('The descriptor could not be obtained: the API is down');
  });
});
