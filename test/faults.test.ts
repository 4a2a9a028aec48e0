// Faults a page meets in the wild, on top of those in src/load/source.test.ts:
// another origin without CORS, src changed twice, a server slower than the
// timeout, 1,000 connections and disconnections, a 5 MB descriptor and one that
// never ends, and the last good copy shown when the descriptor cannot be loaded
// now. No test waits on the wall clock: the server says what it received
// (/__fault/wait/), and the timeout runs on a clock the test moves by hand.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { cachedRequests, clearCache, configure, loadOptions } from '../src/load/request.js';
import { clockTimerSet, pendingWakeUps, wakeAt } from '../src/time/clock.js';
import { watchedElements } from '../src/i18n/observe.js';
import { manualClock, ready, seedDescriptor, visibleText } from './helpers.js';

const key = () => Math.random().toString(36).slice(2);
const text = (el: Element) => visibleText(el);

interface Seen {
  /** Requests the server received under the key. */
  count: number;
  /** Of those, the ones the browser gave up on before the answer. */
  closed: number;
  /** Of those, the ones answered. */
  answered: number;
}

/** What the server saw under `k`, once it has seen at least `wanted` (or after 5 s, as it stands). */
async function serverSaw(k: string, wanted: Partial<Seen>): Promise<Seen> {
  const query = new URLSearchParams(Object.entries(wanted).map(([name, n]) => [name, String(n)]));
  return (await fetch(`/__fault/wait/${k}?${query}`)).json();
}

/** The server answers the requests it holds under `k` (/__fault/hold/<k>). */
async function release(k: string): Promise<void> {
  await fetch(`/__fault/release/${k}`);
}

describe('faults', () => {
  /** Elements a test put on the page, taken off after it even when it fails (so the leak counts of later tests start from nothing). */
  const placed: Element[] = [];
  const place = (el: Element) => {
    placed.push(el);
    document.body.append(el);
  };
  afterEach(() => {
    for (const el of placed.splice(0)) el.remove();
    clearCache();
  });

  it('a descriptor on another origin without CORS: a clear error, nothing thrown', async () => {
    const other = location.origin.replace('localhost', '127.0.0.1');
    expect(other).not.to.equal(location.origin);
    const el = document.createElement('plenary-join') as PlenaryElement;
    el.setAttribute('src', `${other}/__fault/descriptor/${key()}`);
    const failed = oneEvent(el, 'plenary-error');
    place(el);
    expect((await failed).detail.errors[0].message).to.contain('Access-Control-Allow-Origin');
  });

  it('src changed twice while loading: the last one wins, the others are aborted (the server sees them closed)', async () => {
    const [first, second, last] = [key(), key(), key()];
    const el = document.createElement('plenary-schedule') as PlenaryElement;
    el.setAttribute('src', `/__fault/hold/${first}?answer=500`);
    place(el);
    expect(await serverSaw(first, { count: 1 })).to.deep.equal({ count: 1, closed: 0, answered: 0 });
    el.setAttribute('src', `/__fault/hold/${second}?answer=html`);
    expect(await serverSaw(second, { count: 1 })).to.deep.equal({ count: 1, closed: 0, answered: 0 });
    el.setAttribute('src', `/__fault/descriptor/${last}`);
    await ready(el);
    expect(el.status).to.equal('ready');
    expect(cachedRequests()).to.equal(1);
    expect(await serverSaw(first, { closed: 1 }), 'the first request').to.deep.equal({ count: 1, closed: 1, answered: 0 });
    expect(await serverSaw(second, { closed: 1 }), 'the second request').to.deep.equal({ count: 1, closed: 1, answered: 0 });
    expect(await serverSaw(last, { count: 1 }), 'the last request').to.deep.include({ count: 1 });
    // The earlier answers (an HTTP 500, a web page), sent now, reach no one.
    await release(first);
    await release(second);
    await el.updateComplete;
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('li.row').length).to.be.greaterThan(4);
  });

  it('a slow server: the timeout fires, Retry appears, the late answer is ignored, Retry asks the server again and works', async () => {
    const saved = loadOptions.timeout;
    const k = key();
    const clock = manualClock(Date.parse('2020-10-13T10:45Z'));
    const el = document.createElement('plenary-join') as PlenaryElement;
    try {
      configure({ timeout: 2000 });
      el.setAttribute('src', `/__fault/hold/${k}`);
      el.setAttribute('now', '2020-10-13T10:45Z');
      const failed = oneEvent(el, 'plenary-error');
      place(el);
      expect(await serverSaw(k, { count: 1 })).to.deep.equal({ count: 1, closed: 0, answered: 0 });
      await clock.tick(1999);
      expect(el.status, 'just before the timeout').to.equal('loading');
      await clock.tick(1);
      expect((await failed).detail.errors[0].message).to.equal('The server did not answer within 2 seconds.');
      await el.updateComplete;
      expect(el.status).to.equal('error');
      const retry = el.shadowRoot!.querySelector('button')!;
      expect(text(retry)).to.equal('Try again');
      // The browser gave up on the request: the answer the server sends now reaches no one.
      expect(await serverSaw(k, { closed: 1 }), 'after the timeout').to.deep.equal({ count: 1, closed: 1, answered: 0 });
      await release(k);
      await el.updateComplete;
      expect(el.status).to.equal('error');

      const loaded = oneEvent(el, 'plenary-load');
      retry.click();
      expect(await serverSaw(k, { count: 2 }), 'Retry asks the server again').to.deep.equal({ count: 2, closed: 1, answered: 0 });
      await release(k);
      await loaded;
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelector('a.button')).to.exist;
      expect(await serverSaw(k, { answered: 1 }), 'in all').to.deep.equal({ count: 2, closed: 1, answered: 1 });
    } finally {
      el.remove();
      clock.restore();
      configure({ timeout: saved });
    }
  });

  it('Try again on one of two elements that share a failed address asks once, and both show the event', async () => {
    const saved = loadOptions.timeout;
    const k = key();
    const clock = manualClock(Date.parse('2020-10-13T10:45Z'));
    const els = ['plenary-join', 'plenary-schedule'].map((tag) => {
      const el = document.createElement(tag) as PlenaryElement;
      el.setAttribute('src', `/__fault/hold/${k}`);
      el.setAttribute('now', '2020-10-13T10:45Z');
      return el;
    });
    try {
      configure({ timeout: 2000 });
      const failed = els.map((el) => oneEvent(el, 'plenary-error'));
      for (const el of els) place(el);
      expect(await serverSaw(k, { count: 1 })).to.deep.equal({ count: 1, closed: 0, answered: 0 });
      await clock.tick(2000);
      await Promise.all(failed);
      // The browser gave up on the request before the server answers it.
      expect(await serverSaw(k, { closed: 1 }), 'after the timeout').to.deep.equal({ count: 1, closed: 1, answered: 0 });
      await release(k);
      for (const el of els) await el.updateComplete;
      expect(els.map((el) => el.status)).to.deep.equal(['error', 'error']);

      const loaded = els.map((el) => oneEvent(el, 'plenary-load'));
      els[0]!.shadowRoot!.querySelector('button')!.click();
      expect(await serverSaw(k, { count: 2 }), 'one request for both').to.deep.equal({ count: 2, closed: 1, answered: 0 });
      await release(k);
      await Promise.all(loaded);
      for (const el of els) await el.updateComplete;
      expect(els.map((el) => el.status)).to.deep.equal(['ready', 'ready']);
      expect(await serverSaw(k, { answered: 1 }), 'in all').to.deep.equal({ count: 2, closed: 1, answered: 1 });
    } finally {
      for (const el of els) el.remove();
      clock.restore();
      configure({ timeout: saved });
    }
  });

  it('1,000 connections and disconnections, each with a fresh descriptor (some from src), leave no timer, request, watcher or listener behind', async function () {
    this.timeout(180_000);
    // The clock keeps one page-wide listener, made the first time anything waits
    // (it catches up when a sleeping tab wakes): have it made before counting.
    wakeAt(Date.now() + 1e9, () => {})();
    // The copies of descriptors loaded by the tests before are written once the page is idle, which takes
    // away their page-hide listener: let that happen before counting (an idle callback runs after those
    // asked for earlier, and at the latest by its timeout, later than theirs).
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }));
    const held = key();
    // In the future, so every element has a next change to wake up for.
    const base = { ...(await seedDescriptor()), start: '2099-01-01T10:00', end: '2099-01-01T12:00' };

    const realSetTimeout = window.setTimeout;
    const realClearTimeout = window.clearTimeout;
    const realFetch = window.fetch;
    const targets = [window, document] as const;
    const real = targets.map((t) => ({ add: t.addEventListener, remove: t.removeEventListener }));
    /** Timers set and neither run nor cleared. */
    const timers = new Set<number>();
    /** Listeners added minus removed, by target and type. */
    const listeners = new Map<string, number>();
    const requests = new Set<Promise<unknown>>();
    let fetches = 0;
    /** The abort signal of each request the cycles made. */
    const signals: Array<AbortSignal | null | undefined> = [];

    window.setTimeout = ((handler: (...a: unknown[]) => void, delay?: number, ...rest: unknown[]) => {
      const id: number = realSetTimeout(
        (...a: unknown[]) => {
          timers.delete(id);
          handler(...a);
        },
        delay,
        ...rest,
      );
      timers.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      if (id !== undefined) timers.delete(id);
      realClearTimeout(id);
    }) as typeof window.clearTimeout;
    window.fetch = ((...args: Parameters<typeof fetch>) => {
      if (String(args[0]).includes(`/__fault/hold/${held}`)) {
        fetches++;
        signals.push(args[1]?.signal ?? undefined);
      }
      const request = realFetch(...args);
      requests.add(request);
      const done = () => requests.delete(request);
      request.then(done, done);
      return request;
    }) as typeof fetch;
    targets.forEach((target, i) => {
      const name = target === window ? 'window' : 'document';
      target.addEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) + 1);
        return (real[i]!.add as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.addEventListener;
      target.removeEventListener = function (this: EventTarget, type: string, ...rest: unknown[]) {
        listeners.set(`${name} ${type}`, (listeners.get(`${name} ${type}`) ?? 0) - 1);
        return (real[i]!.remove as (...a: unknown[]) => void).call(this, type, ...rest);
      } as typeof target.removeEventListener;
    });

    const container = document.createElement('div');
    place(container);
    let updates = 0;
    try {
      const elements = ['plenary-join', 'plenary-agenda', 'plenary-card', 'plenary-schedule'].map((tag) => document.createElement(tag) as PlenaryElement);
      const fetched = elements[3]!;
      for (let i = 0; i < 1000; i++) {
        for (const el of elements) {
          if (el === fetched && i % 10 === 0) {
            el.event = undefined;
            el.setAttribute('src', `/__fault/hold/${held}`); // never answered while it is on the page
          } else {
            el.removeAttribute('src');
            el.event = { ...base };
          }
          container.append(el);
        }
        await Promise.all(elements.map((el) => el.updateComplete));
        updates += elements.length;
        // Every other cycle a new descriptor arrives just as the element leaves,
        // so it updates after it is off the page (it must not wake up later for it).
        if (i % 2 === 1) for (const el of elements) if (!el.hasAttribute('src')) el.event = { ...base };
        for (const el of elements) el.remove();
        await Promise.all(elements.map((el) => el.updateComplete));
      }
      // Every request of an element that left the page was given up, not left to finish.
      expect(signals.filter((signal) => !signal?.aborted).length, 'requests left running').to.equal(0);
      await release(held);
      await Promise.allSettled([...requests]);
      await new Promise((r) => realSetTimeout(r, 0));

      expect(updates).to.equal(4000);
      expect(fetches, 'requests made by the cycles with src').to.equal(100);
      expect(requests.size, 'requests in flight').to.equal(0);
      expect(cachedRequests(), 'requests kept').to.equal(0);
      expect(pendingWakeUps(), 'wake-ups').to.equal(0);
      expect(clockTimerSet(), "the clock's timer").to.equal(false);
      expect(timers.size, 'timers set and not cleared').to.equal(0);
      expect(watchedElements(), 'lang watchers').to.equal(0);
      expect([...listeners].filter(([, n]) => n !== 0), 'window and document listeners').to.deep.equal([]);
    } finally {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
      window.fetch = realFetch;
      targets.forEach((target, i) => {
        target.addEventListener = real[i]!.add;
        target.removeEventListener = real[i]!.remove;
      });
      container.remove();
    }
  });

  it('a 5 MB descriptor: refused by the size its server announces, with a clear error', async () => {
    const el = document.createElement('plenary-event') as PlenaryElement;
    el.setAttribute('src', '/__fault/huge');
    const failed = oneEvent(el, 'plenary-error');
    place(el);
    const { detail } = await failed;
    // The size in the message comes from the Content-Length header: the body was never read.
    expect(detail.errors[0].message).to.equal('The descriptor is too large (5 MB); Plenary reads descriptors up to 2 MB.');
  });

  it('a descriptor that never ends: refused once past 2 MB, and the browser stops reading it', async () => {
    const k = key();
    const el = document.createElement('plenary-event') as PlenaryElement;
    el.setAttribute('src', `/__fault/endless/${k}`);
    const failed = oneEvent(el, 'plenary-error');
    place(el);
    const { detail } = await failed;
    expect(detail.errors[0].message).to.equal('The descriptor is too large; Plenary reads descriptors up to 2 MB.');
    expect(await serverSaw(k, { closed: 1 })).to.deep.equal({ count: 1, closed: 1, answered: 0 });
  });
});

describe('the last good copy', () => {
  afterEach(() => clearCache());

  it('shows the copy from an earlier visit, with a quiet note, when the descriptor cannot be loaded now', async () => {
    const src = `/__fault/flaky/${key()}`;
    const first = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
    await ready(first);
    expect(first.shadowRoot!.querySelector('[part=stale]')?.textContent ?? null).to.equal(null);
    first.remove();
    clearCache(); // as after a reload: the server now answers 503
    const again = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
    await ready(again);
    expect(again.status).to.equal('ready');
    expect(text(again.shadowRoot!.querySelector('[part=stale]')!)).to.equal('This information may be out of date.');
    expect(again.shadowRoot!.querySelector('a.button')).to.exist;
    await expect(again).to.be.accessible();
  });

  it('is written once the element is shown, not while it is being shown', async () => {
    const src = `/__fault/flaky/${key()}`;
    const set = Storage.prototype.setItem;
    const shownWhenWritten: boolean[] = [];
    Storage.prototype.setItem = function (this: Storage, name: string, value: string) {
      if (name.endsWith(src)) shownWhenWritten.push(!!document.querySelector(`plenary-join[src="${src}"]`)?.shadowRoot?.querySelector('a.button'));
      set.call(this, name, value);
    };
    try {
      const el = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
      await ready(el);
      await waitUntil(() => shownWhenWritten.length > 0, 'the copy was not written', { timeout: 3000 });
      expect(shownWhenWritten).to.deep.equal([true]);
    } finally {
      Storage.prototype.setItem = set;
    }
  });

  it('on a page never idle: is shown from memory until written, and written as the page is left', async () => {
    dispatchEvent(new PageTransitionEvent('pagehide')); // the copies of earlier tests, written now
    const idle = window.requestIdleCallback;
    window.requestIdleCallback = () => 0;
    try {
      const src = `/__fault/flaky/${key()}`;
      const first = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
      await ready(first);
      const stored = () => localStorage.getItem(`plenary:last-good:${new URL(src, location.href).href}`);
      expect(stored()).to.equal(null);
      first.remove();
      clearCache(); // the server now answers 503
      const again = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
      await ready(again);
      expect(text(again.shadowRoot!.querySelector('[part=stale]')!)).to.equal('This information may be out of date.');
      dispatchEvent(new PageTransitionEvent('pagehide'));
      expect(JSON.parse(stored()!).title).to.deep.equal((await seedDescriptor()).title);
    } finally {
      window.requestIdleCallback = idle;
    }
  });

  it('does not cover up a descriptor with errors', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-join src="/test/fixtures/mars-zone.json"></plenary-join>`);
    await ready(el);
    expect(el.status).to.equal('error');
  });

  it('is harmless when storage throws (private mode, quota)', async () => {
    const get = Storage.prototype.getItem;
    const set = Storage.prototype.setItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    let writes = 0;
    Storage.prototype.setItem = () => {
      writes++;
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const src = `/__fault/flaky/${key()}`;
      const ok = await fixture<PlenaryElement>(html`<plenary-join src=${src}></plenary-join>`);
      await ready(ok);
      expect(ok.status).to.equal('ready');
      await waitUntil(() => writes > 0, 'the copy was not offered to storage', { timeout: 3000 });
      clearCache();
      const failing = await fixture<PlenaryElement>(html`<plenary-join src=${src}></plenary-join>`);
      await waitUntil(() => failing.status === 'error', 'the failure was not shown');
    } finally {
      Storage.prototype.getItem = get;
      Storage.prototype.setItem = set;
    }
  });
});
