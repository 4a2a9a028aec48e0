// Faults a page meets in the wild, on top of those in src/load/source.test.ts:
// another origin without CORS, src changed twice, a slow answer after its
// timeout, 1,000 connections and disconnections, a 5 MB descriptor, and the
// last good copy shown when the descriptor cannot be loaded now.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { cachedRequests, clearCache, configure, loadOptions } from '../src/load/request.js';
import { clockTimerSet, pendingWakeUps } from '../src/time/clock.js';
import { watchedElements } from '../src/i18n/observe.js';
import { ready, seedDescriptor, visibleText } from './helpers.js';

const key = () => Math.random().toString(36).slice(2);
const text = (el: Element) => visibleText(el);

describe('faults', () => {
  afterEach(() => clearCache());

  it('a descriptor on another origin without CORS: a clear error, nothing thrown', async () => {
    const other = location.origin.replace('localhost', '127.0.0.1');
    expect(other).not.to.equal(location.origin);
    const el = document.createElement('plenary-join') as PlenaryElement;
    el.setAttribute('src', `${other}/__fault/descriptor/${key()}`);
    const failed = oneEvent(el, 'plenary-error');
    document.body.append(el);
    expect((await failed).detail.errors[0].message).to.contain('Access-Control-Allow-Origin');
    el.remove();
  });

  it('src changed twice while loading: the last one wins, the others are aborted', async () => {
    const el = document.createElement('plenary-schedule') as PlenaryElement;
    el.setAttribute('src', '/__fault/status/500?delay=600');
    document.body.append(el);
    await new Promise((r) => setTimeout(r, 30));
    el.setAttribute('src', '/__fault/html?delay=500');
    await new Promise((r) => setTimeout(r, 30));
    const last = `/__fault/descriptor/${key()}?delay=50`;
    el.setAttribute('src', last);
    await ready(el);
    expect(cachedRequests()).to.equal(1);
    await new Promise((r) => setTimeout(r, 700)); // past both earlier answers
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('li.row').length).to.be.greaterThan(4);
    el.remove();
  });

  it('a slow server: the timeout fires, Retry appears, the late answer is ignored, Retry then works', async () => {
    const saved = loadOptions.timeout;
    configure({ timeout: 300 });
    const k = key();
    try {
      const el = document.createElement('plenary-join') as PlenaryElement;
      el.setAttribute('src', `/__fault/descriptor/${k}?delay=1000`);
      el.setAttribute('now', '2020-10-13T10:45Z');
      const failed = oneEvent(el, 'plenary-error');
      document.body.append(el);
      expect((await failed).detail.errors[0].message).to.contain('did not answer within 0.3 seconds');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 1000)); // the slow answer would have come by now
      expect(el.status).to.equal('error');
      configure({ timeout: 5000 });
      const retried = oneEvent(el, 'plenary-load');
      el.shadowRoot!.querySelector('button')!.click();
      await retried;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('a.button')).to.exist;
      el.remove();
    } finally {
      configure({ timeout: saved });
    }
  });

  it('1,000 connections and disconnections leave no timer, request, watcher or listener behind', async () => {
    const listeners = new Map<string, number>();
    const add = window.addEventListener;
    const remove = window.removeEventListener;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) + 1);
      return (add as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      listeners.set(type, (listeners.get(type) ?? 0) - 1);
      return (remove as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const descriptor = { ...(await seedDescriptor()), start: '2099-01-01T10:00', end: '2099-01-01T12:00' };
      const container = document.createElement('div');
      document.body.append(container);
      const elements = ['plenary-join', 'plenary-agenda', 'plenary-card'].map((tag) => {
        const el = document.createElement(tag) as PlenaryElement;
        el.event = descriptor;
        return el;
      });
      const fetched = document.createElement('plenary-schedule') as PlenaryElement;
      fetched.setAttribute('src', `/__fault/descriptor/${key()}?delay=200`);
      for (let i = 0; i < 1000; i++) {
        for (const el of [...elements, fetched]) container.append(el);
        if (i % 100 === 0) await Promise.all(elements.map((e) => e.updateComplete));
        for (const el of [...elements, fetched]) el.remove();
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(pendingWakeUps()).to.equal(0);
      expect(clockTimerSet()).to.equal(false);
      expect(cachedRequests()).to.equal(0);
      expect(watchedElements()).to.equal(0);
      expect([...listeners.values()].filter((n) => n !== 0)).to.deep.equal([]);
      container.remove();
    } finally {
      window.addEventListener = add;
      window.removeEventListener = remove;
    }
  });

  it('a 5 MB descriptor: a clear size error, quickly', async () => {
    const el = document.createElement('plenary-event') as PlenaryElement;
    el.setAttribute('src', '/__fault/huge');
    const failed = oneEvent(el, 'plenary-error');
    const t0 = performance.now();
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.errors[0].message).to.match(/too large \(5(\.\d)? MB\); Plenary reads descriptors up to 2 MB/);
    expect(performance.now() - t0).to.be.lessThan(5000);
    el.remove();
  });
});

describe('the last good copy', () => {
  afterEach(() => clearCache());

  it('shows the copy from an earlier visit, with a quiet note, when the descriptor cannot be loaded now', async () => {
    const src = `/__fault/flaky/${key()}`;
    const first = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
    await ready(first);
    expect(first.shadowRoot!.querySelector('[part=stale]')).to.equal(null);
    first.remove();
    clearCache(); // as after a reload: the server now answers 503
    const again = await fixture<PlenaryElement>(html`<plenary-join src=${src} now="2020-10-13T10:45Z"></plenary-join>`);
    await ready(again);
    expect(again.status).to.equal('ready');
    expect(text(again.shadowRoot!.querySelector('[part=stale]')!)).to.equal('This information may be out of date.');
    expect(again.shadowRoot!.querySelector('a.button')).to.exist;
    await expect(again).to.be.accessible();
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
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const src = `/__fault/flaky/${key()}`;
      const ok = await fixture<PlenaryElement>(html`<plenary-join src=${src}></plenary-join>`);
      await ready(ok);
      expect(ok.status).to.equal('ready');
      clearCache();
      const failing = await fixture<PlenaryElement>(html`<plenary-join src=${src}></plenary-join>`);
      await waitUntil(() => failing.status === 'error', 'the failure was not shown');
    } finally {
      Storage.prototype.getItem = get;
      Storage.prototype.setItem = set;
    }
  });
});
