import { expect } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import '../define.js';
import { PlenaryElement } from '../elements/plenary-element.js';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import type { PlenaryJoinElement } from '../elements/join/join.js';
import { clearCache, configure, loadOptions, refreshesSettled } from './request.js';
import { nextRefreshAt } from './refresh.js';
import { resolve } from '../descriptor/read.js';
import { pendingWakeUps } from '../time/clock.js';
import { manualClock, SEED_URL, type ManualClock } from '../../test/helpers.js';

/**
 * A minimal element that counts its renders: shows the title and the join link.
 * Its clock is the page's (no `now`), so the manual clock moves it.
 */
class RefreshProbe extends PlenaryElement {
  renders = 0;
  protected renderReady(event: PlenaryEvent) {
    this.renders++;
    return litHtml`<p class="title">${event.title.in('en')}</p><a class="join" href=${event.join?.url ?? ''}>Join</a>`;
  }
}
customElements.define('plenary-refresh-probe', RefreshProbe);
declare global {
  interface HTMLElementTagNameMap {
    'plenary-refresh-probe': RefreshProbe;
  }
}

// The seed: the join window opens at 10:30 UTC, the event starts at 11:00 and ends at 14:20 (13 October 2020).
const at = (time: string) => Date.parse(`2020-10-13T${time}Z`);
const SECOND = 1000;
const MINUTE = 60 * SECOND;
const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
const SEED_JOIN = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13';

// Real timers, kept before any test replaces them with the manual clock.
const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
async function until(done: () => boolean | Promise<boolean>, what: string): Promise<void> {
  const limit = performance.now() + 8000;
  while (!(await done())) {
    if (performance.now() > limit) throw new Error(`Timed out waiting until ${what}`);
    await sleep(10);
  }
}

const unique = () => Math.random().toString(36).slice(2);
let seedText: string | undefined;
async function seedWith(patch: Record<string, unknown> = {}): Promise<string> {
  seedText ??= await (await fetch(SEED_URL)).text();
  return JSON.stringify({ ...JSON.parse(seedText), ...patch }, null, 2);
}

interface LoggedRequest {
  method: string;
  ifNoneMatch: string | null;
  ifModifiedSince: string | null;
  status: number;
}
interface Log {
  count: number;
  notModified: number;
  requests: LoggedRequest[];
}

/** Sets what /__fault/live/<key> answers (see test/fault-routes.js). */
async function serve(key: string, body = '', query = ''): Promise<void> {
  const response = await fetch(`/__fault/live/${key}?${query}`, { method: 'PUT', body });
  expect(response.status).to.equal(200);
}
const log = async (key: string): Promise<Log> => (await fetch(`/__fault/live-log/${key}`)).json() as Promise<Log>;
const requests = async (key: string) => (await log(key)).count;

const text = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector)?.textContent?.trim() ?? null;

let clock: ManualClock | undefined;
const placed: Element[] = [];

/** An element on the page for the live descriptor under `key`, once shown. */
async function show<T extends PlenaryElement = RefreshProbe>(key: string, attributes: Record<string, string> = {}, tag = 'plenary-refresh-probe', base = ''): Promise<T> {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', `${base}/__fault/live/${key}`);
  document.body.append(el);
  placed.push(el);
  await until(() => el.status !== 'loading', `<${tag}> is shown`);
  await el.updateComplete;
  expect(el.status).to.equal('ready');
  return el;
}

/** An element whose first request fails (503) at 09:00, on the manual clock, once it shows the error. */
async function failingFirst(): Promise<{ key: string; el: RefreshProbe }> {
  const key = unique();
  await serve(key, await seedWith(), 'fail=503');
  clock = manualClock(at('09:00:00'));
  const el = document.createElement('plenary-refresh-probe') as RefreshProbe;
  el.setAttribute('src', `/__fault/live/${key}`);
  document.body.append(el);
  placed.push(el);
  await until(() => el.status === 'error', 'the error is shown');
  return { key, el };
}

/** Moves the clock on, then waits for the refreshes it started to be handled and the elements to update. */
async function tick(ms: number): Promise<void> {
  await clock!.tick(ms);
  await refreshesSettled();
  for (const el of placed) await (el as PlenaryElement).updateComplete;
}

/** Console warnings while a test runs. */
let warnings: string[] = [];
const realWarn = console.warn;

/** Each test starts with no wake-up left and the console's warnings caught; it leaves no element, request, clock or catch behind. */
function setUp(): void {
  expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
  warnings = [];
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
}

function tearDown(): void {
  for (const el of placed.splice(0)) el.remove();
  clearCache();
  clock?.restore();
  clock = undefined;
  console.warn = realWarn;
}

describe('live updates: the pace', () => {
  beforeEach(setUp);
  afterEach(tearDown);

  it('automatic: every 10 minutes before the join window, at its opening, then every 2 minutes', async () => {
    const key = unique();
    clock = manualClock(at('10:05:00'));
    await show(key);
    expect(await requests(key)).to.equal(1);
    await tick(10 * MINUTE - 1); // 10:14:59.999
    expect(await requests(key), 'before 10 minutes').to.equal(1);
    await tick(1); // 10:15
    expect(await requests(key), '10:15').to.equal(2);
    await tick(10 * MINUTE); // 10:25
    expect(await requests(key), '10:25').to.equal(3);
    await tick(5 * MINUTE - 1);
    expect(await requests(key), 'just before the window opens').to.equal(3);
    await tick(1); // 10:30: the window opens
    expect(await requests(key), 'as the window opens').to.equal(4);
    await tick(2 * MINUTE - 1);
    expect(await requests(key), 'inside the window, before 2 minutes').to.equal(4);
    await tick(1); // 10:32
    expect(await requests(key), '10:32').to.equal(5);
    await tick(2 * MINUTE); // 10:34
    expect(await requests(key), '10:34').to.equal(6);
    expect(warnings).to.deep.equal([]);
  });

  it('automatic: none from the end on, and no timer left for it', async () => {
    const key = unique();
    clock = manualClock(at('14:15:00'));
    await show(key);
    await tick(2 * MINUTE); // 14:17
    await tick(2 * MINUTE); // 14:19
    expect(await requests(key)).to.equal(3);
    await tick(MINUTE); // 14:20: ended (14:21 would be after the end)
    await tick(60 * MINUTE);
    expect(await requests(key), 'after the end').to.equal(3);
    expect(pendingWakeUps(), 'nothing to wake for, the element still on the page').to.equal(0);
  });

  it('automatic: none for an event that has already ended when the page opens', async () => {
    const key = unique();
    clock = manualClock(at('15:00:00'));
    await show(key);
    await tick(3 * 60 * MINUTE);
    expect(await requests(key)).to.equal(1);
    expect(pendingWakeUps()).to.equal(0);
  });

  it('a cancelled event is not asked for again once its time is past; a postponed one every 10 minutes, even past its old times', async () => {
    const cancelled = unique();
    const postponed = unique();
    await serve(cancelled, await seedWith({ status: 'cancelled' }));
    await serve(postponed, await seedWith({ status: 'postponed' }));
    clock = manualClock(at('16:00:00'));
    await show(cancelled);
    await show(postponed);
    await tick(10 * MINUTE - 1);
    expect(await requests(postponed)).to.equal(1);
    await tick(1);
    expect(await requests(postponed)).to.equal(2);
    await tick(10 * MINUTE);
    expect(await requests(postponed)).to.equal(3);
    expect(await requests(cancelled), 'cancelled').to.equal(1);
  });

  it('a cancelled event is asked for every 10 minutes until its end: a cancellation withdrawn reaches a page left open', async () => {
    const key = unique();
    await serve(key, await seedWith({ status: 'cancelled' }));
    clock = manualClock(at('09:00:00'));
    const el = await show(key);
    expect(el.resolved!.status).to.equal('cancelled');
    // The organizers take the cancellation back; the join window (10:30) would bring no quicker pace.
    await serve(key, await seedWith({}));
    await tick(10 * MINUTE - 1);
    expect(await requests(key)).to.equal(1);
    await tick(1);
    expect(await requests(key)).to.equal(2);
    expect(el.resolved!.status).to.equal('scheduled');
  });

  it('a first request that fails is made again by itself, the error shown meanwhile: after 30 seconds, then twice as long each time', async () => {
    const { key, el } = await failingFirst();
    await tick(30 * SECOND - 1);
    expect(await requests(key)).to.equal(1);
    // The server is back, with a bad edit (the event ends before it starts): still an error, a new one.
    await serve(key, await seedWith({ end: '2020-10-13T06:00' }), 'fail=0');
    await tick(1);
    expect(await requests(key)).to.equal(2);
    await until(() => /\bend\b/.test(text(el, '.error') ?? ''), 'the new error is shown');
    expect(el.status).to.equal('error');
    // The edit is fixed: a minute later, the event.
    await serve(key, await seedWith());
    await tick(60 * SECOND - 1);
    expect(await requests(key)).to.equal(2);
    await tick(1);
    await until(() => el.status === 'ready', 'the event is shown');
    expect(await requests(key)).to.equal(3);
    expect(el.resolved!.title.in('en')).to.equal(SEED_TITLE);
  });

  it('a first request that failed is made again at once when the browser is back online, not at the next turn of the wait', async () => {
    const { key, el } = await failingFirst();
    await serve(key, await seedWith(), 'fail=0');
    await tick(10 * SECOND);
    expect(await requests(key), 'before the browser is back online').to.equal(1);
    dispatchEvent(new Event('online'));
    await until(() => el.status === 'ready', 'the event is shown');
    expect(await requests(key)).to.equal(2);
    // The wait that was set is gone: nothing more at 30 seconds.
    await tick(30 * SECOND);
    expect(await requests(key), 'at 30 seconds').to.equal(2);
  });

  it('no request while the browser knows it is offline; back online, the refresh that came due is made at once', async () => {
    const key = unique();
    clock = manualClock(at('09:00:00'));
    await show(key);
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    try {
      await tick(30 * MINUTE);
      expect(await requests(key), 'offline for 30 minutes').to.equal(1);
    } finally {
      delete (navigator as { onLine?: boolean }).onLine;
    }
    dispatchEvent(new Event('online'));
    await tick(0);
    expect(await requests(key), 'back online').to.equal(2);
  });

  it('a first request that fails for two elements, one of them refresh="off": when the other asks again and gets the event, both show it', async () => {
    const key = unique();
    await serve(key, await seedWith(), 'fail=503');
    clock = manualClock(at('09:00:00'));
    const place = (refresh: string) => {
      const el = document.createElement('plenary-refresh-probe') as RefreshProbe;
      el.setAttribute('src', `/__fault/live/${key}`);
      el.setAttribute('refresh', refresh);
      document.body.append(el);
      placed.push(el);
      return el;
    };
    const off = place('off');
    const auto = place('auto');
    await until(() => off.status === 'error' && auto.status === 'error', 'both show the error');
    expect(await requests(key), 'one request for both').to.equal(1);
    await serve(key, await seedWith(), 'fail=0');
    await tick(30 * SECOND);
    await until(() => auto.status === 'ready', 'the element that asks again shows the event');
    await until(() => off.status === 'ready', 'the refresh="off" element shows it too');
    expect(text(off, '.title')).to.equal(SEED_TITLE);
    expect(await requests(key), 'the answer shared: no request of its own').to.equal(2);
  });

  it('the pace follows new times: a descriptor that moves the event earlier brings the 2-minute pace', async () => {
    const key = unique();
    clock = manualClock(at('09:00:00'));
    const el = await show(key);
    // Moved to start at 09:30 UTC (05:30 in New York), so its window opens at 09:00, now.
    await serve(key, await seedWith({ start: '2020-10-13T05:30', end: '2020-10-13T08:00' }));
    await tick(10 * MINUTE); // 09:10: the slow pace brings the new times
    expect(await requests(key)).to.equal(2);
    expect(el.resolved!.start).to.equal(at('09:30:00'));
    await tick(2 * MINUTE); // 09:12: inside the new window
    expect(await requests(key)).to.equal(3);
  });

  it('refresh="off": never, until it is set to a number of seconds', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: 'off' });
    await tick(60 * MINUTE);
    expect(await requests(key), 'off').to.equal(1);
    el.refresh = '20';
    await el.updateComplete;
    await tick(0); // the last request is an hour old: asked for at once
    expect(await requests(key), 'at once').to.equal(2);
    await tick(20 * SECOND - 1);
    expect(await requests(key)).to.equal(2);
    await tick(1);
    expect(await requests(key)).to.equal(3);
  });

  it('refresh="20": every 20 seconds, before the window and inside it alike', async () => {
    const key = unique();
    clock = manualClock(at('10:29:30'));
    await show(key, { refresh: '20' });
    await tick(20 * SECOND - 1);
    expect(await requests(key)).to.equal(1);
    await tick(1); // 10:29:50
    expect(await requests(key)).to.equal(2);
    await tick(20 * SECOND); // 10:30:10, inside the window
    expect(await requests(key)).to.equal(3);
    await tick(20 * SECOND); // 10:30:30
    expect(await requests(key)).to.equal(4);
  });

  it('refresh="5" is read as 15 seconds, the least', async () => {
    const key = unique();
    clock = manualClock(at('10:05:00'));
    await show(key, { refresh: '5' });
    await tick(15 * SECOND - 1);
    expect(await requests(key)).to.equal(1);
    await tick(1);
    expect(await requests(key)).to.equal(2);
    expect(warnings).to.deep.equal([]);
  });

  it('a refresh value that means nothing: one warning naming it, and the automatic pace', async () => {
    const key = unique();
    clock = manualClock(at('10:05:00'));
    await show(key, { refresh: 'often' });
    await show(key, { refresh: 'often' });
    expect(warnings.filter((w) => w.includes('often'))).to.have.length(1);
    expect(warnings[0]).to.contain('refresh="often"');
    await tick(10 * MINUTE - 1);
    expect(await requests(key)).to.equal(1);
    await tick(1);
    expect(await requests(key)).to.equal(2);
  });

  it('one request per interval for three elements on one address, at the pace the most eager one wants; none once they leave', async () => {
    const key = unique();
    clock = manualClock(at('10:05:00'));
    const [, eager] = [await show(key), await show(key, { refresh: '20' }), await show(key, { refresh: 'off' })];
    expect(await requests(key), 'one request for three elements').to.equal(1);
    await tick(20 * SECOND);
    expect(await requests(key)).to.equal(2);
    await tick(20 * SECOND);
    expect(await requests(key)).to.equal(3);
    // The eager one leaves: back to the automatic pace, counted from the last request.
    eager!.remove();
    await tick(20 * SECOND);
    expect(await requests(key), 'the eager one gone').to.equal(3);
    await tick(10 * MINUTE - 20 * SECOND);
    expect(await requests(key), '10 minutes after the last').to.equal(4);
    for (const el of placed) el.remove();
    await tick(60 * MINUTE);
    expect(await requests(key), 'after every element left').to.equal(4);
    expect(pendingWakeUps(), 'wake-ups').to.equal(0);
    expect(clock.live(), 'timers').to.equal(0);
  });

  it('a page shown again asks at once if the last request is older than 15 seconds, and not after the end', async () => {
    const key = unique();
    clock = manualClock(at('14:19:30'));
    await show(key);
    const shownAgain = () => document.dispatchEvent(new Event('visibilitychange'));
    await tick(10 * SECOND);
    shownAgain();
    await tick(0);
    expect(await requests(key), 'after 10 seconds').to.equal(1);
    await tick(6 * SECOND); // 14:19:46
    shownAgain();
    await tick(0);
    expect(await requests(key), 'after 16 seconds').to.equal(2);
    await tick(20 * SECOND); // 14:20:06: ended
    shownAgain();
    await tick(0);
    expect(await requests(key), 'after the end').to.equal(2);
  });
});

describe('live updates: what a refresh brings', () => {
  beforeEach(setUp);
  afterEach(tearDown);

  it('an unchanged descriptor: asked with If-None-Match, answered 304, and nothing is rendered again', async () => {
    const key = unique();
    // Not kept in the browser's cache: the If-None-Match the server sees is Plenary's own.
    await serve(key, '', 'store=0');
    clock = manualClock(at('10:45:00'));
    const els = [await show(key, { refresh: '20' }), await show(key, { refresh: '20' }), await show(key, { refresh: '20' })];
    const events = els.map((el) => el.resolved);
    const renders = els.map((el) => el.renders);
    let loads = 0;
    document.addEventListener('plenary-load', () => loads++);
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    const { requests: seen } = await log(key);
    expect(seen.map((r) => r.status)).to.deep.equal([200, 304, 304]);
    expect(seen[1]!.ifNoneMatch).to.match(/^"[0-9a-f]{16}"$/);
    expect(els.map((el) => el.renders), 'renders').to.deep.equal(renders);
    expect(els.every((el, i) => el.resolved === events[i]), 'the same event object').to.equal(true);
    expect(loads, 'plenary-load').to.equal(0);
  });

  it('a server that sends only Last-Modified: asked with If-Modified-Since, answered 304', async () => {
    const key = unique();
    await serve(key, '', 'etag=0&modified=1&store=0');
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' });
    const renders = el.renders;
    await tick(20 * SECOND);
    const { requests: seen } = await log(key);
    expect(seen.map((r) => [r.status, r.ifNoneMatch, typeof r.ifModifiedSince])).to.deep.equal([
      [200, null, 'object'],
      [304, null, 'string'],
    ]);
    expect(el.renders).to.equal(renders);
  });

  it('a server with no validators: the same body again changes nothing', async () => {
    const key = unique();
    await serve(key, '', 'etag=0');
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' });
    const [event, renders] = [el.resolved, el.renders];
    await tick(20 * SECOND);
    expect((await log(key)).requests.map((r) => r.status)).to.deep.equal([200, 200]);
    expect(el.renders).to.equal(renders);
    expect(el.resolved).to.equal(event);
  });

  it('a changed descriptor is shown in place by every element on its address, kept for the next visit, and announced', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const els = [await show(key, { refresh: '20' }), await show(key)];
    const titles = els.map((el) => el.shadowRoot!.querySelector('.title'));
    const loaded: string[] = [];
    els.forEach((el) => el.addEventListener('plenary-load', (e) => loaded.push((e as CustomEvent<PlenaryEvent>).detail.title.in('en'))));
    await serve(key, await seedWith({ title: 'Digital Transformation: the Recovery' }));
    await tick(20 * SECOND);
    expect(els.map((el) => text(el, '.title'))).to.deep.equal(['Digital Transformation: the Recovery', 'Digital Transformation: the Recovery']);
    expect(
      els.every((el, i) => el.shadowRoot!.querySelector('.title') === titles[i]),
      'the same paragraph, its text changed',
    ).to.equal(true);
    expect(loaded).to.deep.equal(['Digital Transformation: the Recovery', 'Digital Transformation: the Recovery']);
    const url = new URL(`/__fault/live/${key}`, location.href).href;
    dispatchEvent(new PageTransitionEvent('pagehide')); // the visitor leaves: the next visit finds the new copy
    expect(JSON.parse(localStorage.getItem(`plenary:last-good:${url}`)!).title).to.equal('Digital Transformation: the Recovery');
    expect(warnings).to.deep.equal([]);
  });

  it('the elements inside a plenary-event follow its refreshes, with one request for all', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const provider = document.createElement('plenary-event');
    provider.setAttribute('src', `/__fault/live/${key}`);
    provider.setAttribute('refresh', '20');
    const eager = document.createElement('plenary-refresh-probe');
    eager.setAttribute('refresh', '15');
    provider.append(document.createElement('plenary-refresh-probe'), eager);
    document.body.append(provider);
    placed.push(provider);
    const probes = [...provider.querySelectorAll('plenary-refresh-probe')];
    placed.push(...probes);
    await until(() => probes.every((p) => (p as RefreshProbe).status === 'ready'), 'the probes are shown');
    await serve(key, await seedWith({ title: 'A new title' }));
    await tick(15 * SECOND);
    expect(await requests(key), 'the children ask for nothing themselves').to.equal(1);
    await tick(5 * SECOND);
    expect(await requests(key)).to.equal(2);
    expect(probes.map((p) => text(p, '.title'))).to.deep.equal(['A new title', 'A new title']);
  });

  it('a focused join link keeps the focus when the link changes', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const el = await show<PlenaryJoinElement>(key, { refresh: '20' }, 'plenary-join');
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>(`a[href="${SEED_JOIN}"]`)!;
    link.focus();
    expect(el.shadowRoot!.activeElement === link, 'focused').to.equal(true);
    const moved = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=moved';
    await serve(key, await seedWith({ join: { url: moved, platform: 'WebEx', opensMinutesBefore: 30 } }));
    await tick(20 * SECOND);
    expect(link.getAttribute('href'), 'the link followed').to.equal(moved);
    expect(el.shadowRoot!.activeElement === link, 'the same link, still focused').to.equal(true);
    expect(link.isConnected).to.equal(true);
  });

  it('a failed refresh keeps what is shown, says so once, and tries again at the next interval only', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' });
    let errors = 0;
    el.addEventListener('plenary-error', () => errors++);
    const renders = el.renders;
    await serve(key, '', 'fail=503');
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    expect(await requests(key), 'one per interval, no more').to.equal(4);
    expect(el.status).to.equal('ready');
    expect(text(el, '.title')).to.equal(SEED_TITLE);
    expect(el.shadowRoot!.querySelector('[part=error], [part=stale]'), 'no error, no stale note').to.equal(null);
    expect(el.renders).to.equal(renders);
    expect(errors, 'plenary-error').to.equal(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('could not be refreshed').and.to.contain('HTTP 503');
    // The server is back, with a change.
    await serve(key, await seedWith({ title: 'Back again' }), 'fail=0');
    await tick(20 * SECOND);
    expect(text(el, '.title')).to.equal('Back again');
  });

  it('refresh="off" beside an element that asks every 20 seconds: the refreshes that fail (HTTP 503, then bad JSON) leave it as it was', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const off = await show(key, { refresh: 'off' });
    const eager = await show(key, { refresh: '20' });
    let errors = 0;
    off.addEventListener('plenary-error', () => errors++);
    const renders = off.renders;
    await serve(key, '', 'fail=503');
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    await serve(key, '{ "plenary": 1, ', 'fail=0');
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    expect(await requests(key), 'asked for by the eager element').to.equal(5);
    for (const el of [off, eager]) {
      expect(el.status).to.equal('ready');
      expect(text(el, '.title')).to.equal(SEED_TITLE);
      expect(el.shadowRoot!.querySelector('[part=error], [part=stale]'), 'no error, no stale note').to.equal(null);
    }
    expect(off.renders, 'not rendered again').to.equal(renders);
    expect(errors, 'plenary-error').to.equal(0);
  });

  it('a refresh slower than the timeout is given up, quietly, and what is shown stays', async () => {
    const key = unique();
    const saved = loadOptions.timeout;
    clock = manualClock(at('10:45:00'));
    try {
      configure({ timeout: 2000 });
      const el = await show(key, { refresh: '20' });
      await serve(key, '', 'delay=3000');
      await clock.tick(20 * SECOND);
      await until(async () => (await requests(key)) === 2, 'the refresh reaches the server');
      await tick(2000);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('did not answer within 2 seconds');
      expect(text(el, '.title')).to.equal(SEED_TITLE);
    } finally {
      configure({ timeout: saved });
    }
  });

  it('a descriptor that no longer validates: the old one stays, and its errors are written once for the editor', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' });
    await serve(key, await seedWith({ title: 'Broken', timeZone: 'Mars/Olympus' }));
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    expect(text(el, '.title')).to.equal(SEED_TITLE);
    expect(el.status).to.equal('ready');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('could not be refreshed').and.to.match(/timeZone: "Mars\/Olympus" is not a known time zone/);
    // Not JSON at all: another problem, said once too.
    await serve(key, '{ "plenary": 1, ');
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    expect(warnings).to.have.length(2);
    expect(warnings[1]).to.contain('is not valid JSON');
    expect(text(el, '.title')).to.equal(SEED_TITLE);
  });

  it('a refresh in flight is aborted when the last element leaves', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' });
    const signals: AbortSignal[] = [];
    const realFetch = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes(key) && init?.signal) signals.push(init.signal);
      return realFetch(input, init);
    }) as typeof fetch;
    try {
      await serve(key, await seedWith({ title: 'Too late' }), 'delay=500');
      await clock.tick(20 * SECOND);
      await until(async () => (await requests(key)) === 2, 'the refresh reaches the server');
      el.remove();
      expect(signals.map((s) => s.aborted)).to.deep.equal([true]);
      await sleep(700);
      await refreshesSettled();
      expect(text(el, '.title')).to.equal(SEED_TITLE);
      expect(warnings, 'an abort is no problem').to.deep.equal([]);
    } finally {
      window.fetch = realFetch;
    }
  });

  it('a descriptor on another origin is asked for without conditional headers (no preflight): the browser revalidates its own copy', async () => {
    const key = unique();
    const other = new URL(location.href);
    other.hostname = other.hostname === '127.0.0.1' ? 'localhost' : '127.0.0.1';
    clock = manualClock(at('10:45:00'));
    const el = await show(key, { refresh: '20' }, 'plenary-refresh-probe', other.origin);
    const [event, renders] = [el.resolved, el.renders];
    await tick(20 * SECOND);
    const { requests: seen } = await log(key);
    expect(seen.map((r) => r.method), 'no OPTIONS').to.deep.equal(['GET', 'GET']);
    // The If-None-Match the server sees comes from the browser's cache, which turns the 304 into the cached 200.
    expect(seen.map((r) => r.status)).to.deep.equal([200, 304]);
    expect(el.renders).to.equal(renders);
    expect(el.resolved).to.equal(event);
    await serve(key, await seedWith({ title: 'From afar' }));
    await tick(20 * SECOND);
    expect(text(el, '.title')).to.equal('From afar');
  });
});

/** Everything the page's live region says from now on, in order (every paragraph put in it). */
function listen(): () => string[] {
  const region = document.querySelector('[data-plenary-announcer]')!;
  const said: string[] = [];
  const watcher = new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && said.push(n.textContent))));
  watcher.observe(region, { childList: true });
  return () => said;
}

describe('live updates: what the live region says', () => {
  beforeEach(setUp);
  afterEach(tearDown);

  // The seed moved a week on: 20 October 2020, 9:00–12:20 in New York (EDT, UTC−4), 13:00–16:20 UTC.
  // Rome (CEST, UTC+2): Tuesday 20 October, 15:00–18:20. Seoul (KST, UTC+9): Tuesday 20 October 22:00 – Wednesday 21 October 1:20.
  const moved = { start: '2020-10-20T09:00', end: '2020-10-20T12:20' };

  it('an event rescheduled while the page is open: its new date and time are said once, in the visitor\'s zone', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE); // the day before
    const el = await show<PlenaryJoinElement>(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-join');
    const said = listen();
    await tick(20 * SECOND);
    expect(said(), 'nothing on the first load, nor on an unchanged refresh').to.deep.equal([]);
    await serve(key, await seedWith({ ...moved, status: 'rescheduled', revision: 1, previousStart: '2020-10-13T07:00' }));
    await tick(20 * SECOND);
    expect(said()).to.deep.equal(['This event has been rescheduled: Tuesday, October 20, 2020, 3:00 – 6:20 PM your time.']);
    expect(el.shadowRoot!.querySelector('.pending .detail')!.textContent).to.contain('Opens on Tue, Oct 20 at 2:30 PM your time');
    // Refreshed again, unchanged, then with a new title only: nothing more to say.
    await tick(20 * SECOND);
    await serve(key, await seedWith({ ...moved, status: 'rescheduled', revision: 1, previousStart: '2020-10-13T07:00', title: 'A new title' }));
    await tick(20 * SECOND);
    await tick(20 * SECOND);
    expect(said(), 'said once').to.have.length(1);
    expect(warnings).to.deep.equal([]);
  });

  it('postponed, then rescheduled: each said once by a card and its join action, the new date in the visitor\'s language and zone', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE);
    const card = await show(key, { refresh: '20', zone: 'Asia/Seoul', lang: 'fr' }, 'plenary-card');
    const said = listen();
    await serve(key, await seedWith({ status: 'postponed', revision: 1 }));
    await tick(20 * SECOND);
    expect(said()).to.deep.equal(['Cet événement a été reporté. Une nouvelle date sera annoncée.']);
    await serve(key, await seedWith({ ...moved, status: 'rescheduled', revision: 2 }));
    await tick(20 * SECOND);
    expect(said()).to.deep.equal([
      'Cet événement a été reporté. Une nouvelle date sera annoncée.',
      'Cet événement a été reprogrammé\u00a0: mardi 20 octobre 2020 à 22:00 – mercredi 21 octobre 2020 à 1:20 (votre heure locale).',
    ]);
    expect(document.querySelector('[data-plenary-announcer] p')!.getAttribute('lang')).to.equal('fr');
    expect(text(card, '[part=status]')).to.equal('Reprogrammé');
  });

  it('a new time inside the join window: the link goes until the new window, and the new time is said', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00')); // the window is open
    const el = await show<PlenaryJoinElement>(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-join');
    const said = listen();
    // An hour later: 8:00–11:20 in New York, 14:00–17:20 in Rome.
    await serve(key, await seedWith({ start: '2020-10-13T08:00', end: '2020-10-13T11:20', revision: 1 }));
    await tick(20 * SECOND);
    expect(el.shadowRoot!.querySelector('a'), 'no link before the new window').to.equal(null);
    expect(said()).to.deep.equal(['This event now takes place on Tuesday, October 13, 2020, 2:00 – 5:20 PM your time.']);
  });
});

describe('live updates: what the live region says from a schedule or a calendar shown alone', () => {
  beforeEach(setUp);
  afterEach(tearDown);

  // The seed moved a week on: 20 October 2020, 9:00–12:20 in New York (EDT, UTC−4), 13:00–16:20 UTC; Rome (CEST, UTC+2): 15:00–18:20.
  const moved = { start: '2020-10-20T09:00', end: '2020-10-20T12:20' };
  /** Publishes `body`, then lets every element's refresh (each 20 seconds) find it. */
  const publish = async (key: string, body: string) => {
    await serve(key, body);
    await tick(20 * SECOND);
    await tick(20 * SECOND);
  };

  it('a page whose only element is the schedule hears the postponement and the new date it shows, not the join window it has no link for', async () => {
    const key = unique();
    clock = manualClock(at('10:29:00')); // the join window opens at 10:30 UTC, the event starts at 11:00
    await serve(key, await seedWith());
    const schedule = await show(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-schedule');
    const said = listen();
    for (let i = 0; i < 4; i++) await tick(20 * SECOND);
    expect(said(), 'nothing when the window opens: this page has no way to join').to.deep.equal([]);
    await publish(key, await seedWith({ status: 'postponed', revision: 1 }));
    expect(text(schedule, '[part=notice]')).to.equal('This event has been postponed. A new date will be announced.');
    expect(said()).to.deep.equal(['This event has been postponed. A new date will be announced.']);
    await publish(key, await seedWith({ ...moved, status: 'rescheduled', revision: 2 }));
    expect(said()).to.deep.equal([
      'This event has been postponed. A new date will be announced.',
      'This event has been rescheduled: Tuesday, October 20, 2020, 3:00 – 6:20 PM your time.',
    ]);
    expect(document.querySelector('[data-plenary-announcer] p')!.getAttribute('lang')).to.equal('en');
    expect(warnings).to.deep.equal([]);
  });

  it('a calendar shown alone, in Spanish: its cancellation is said, in Spanish, once', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE); // the day before
    await serve(key, await seedWith());
    const calendar = await show(key, { refresh: '20', zone: 'Europe/Rome', lang: 'es' }, 'plenary-calendar');
    const said = listen();
    await publish(key, await seedWith({ status: 'cancelled', revision: 1 }));
    await tick(20 * SECOND);
    expect(text(calendar, '#label')).to.equal('Actualice su calendario');
    expect(said()).to.deep.equal(['Este evento se ha cancelado.']);
    expect(document.querySelector('[data-plenary-announcer] p')!.getAttribute('lang')).to.equal('es');
  });

  it('a schedule before a join element: a new link and a new date each said once, as the join element says them', async () => {
    const key = unique();
    clock = manualClock(at('10:45:00')); // the window is open
    await serve(key, await seedWith());
    await show(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-schedule');
    await show(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-join');
    await show(key, { refresh: '20', zone: 'Europe/Rome' }, 'plenary-calendar');
    const said = listen();
    const seed = JSON.parse(await seedWith()) as { join: Record<string, unknown> };
    const join = { ...seed.join, url: 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=moved-2020-10-13' };
    await publish(key, await seedWith({ join }));
    expect(said()).to.deep.equal(['The link to join has changed.']);
    await publish(key, await seedWith({ join, ...moved, status: 'rescheduled', revision: 1 }));
    expect(said()).to.deep.equal(['The link to join has changed.', 'This event has been rescheduled: Tuesday, October 20, 2020, 3:00 – 6:20 PM your time.']);
  });
});

describe('live updates: what the live region says when only the programme changes', () => {
  beforeEach(setUp);
  afterEach(tearDown);

  // The seed's three sessions given times in New York (EDT, UTC−4): 7:00–8:00, 8:00–9:10, 9:10–10:20.
  // Seoul (KST, UTC+9) is 13 hours ahead: 20:00–21:00, 21:00–22:10, 22:10–23:20 on Tuesday 13 October.
  const timed = async (times: Array<[string, string | undefined] | undefined>, extra: Array<Record<string, unknown>> = []) => {
    const seed = JSON.parse(await seedWith()) as { sessions: Array<Record<string, unknown>> };
    const sessions = seed.sessions.flatMap((s, i) => {
      const t = times[i];
      return t ? [{ ...s, start: `2020-10-13T${t[0]}`, ...(t[1] ? { end: `2020-10-13T${t[1]}` } : {}) }] : [];
    });
    return seedWith({ sessions: [...sessions, ...extra] });
  };
  const planned: Array<[string, string]> = [['07:00', '08:00'], ['08:00', '09:10'], ['09:10', '10:20']];
  const SESSION_2 = 'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation';
  /** Publishes `body`, then lets every element's refresh (each 20 seconds) find it. */
  const publish = async (key: string, body: string) => {
    await serve(key, body);
    await tick(20 * SECOND);
    await tick(20 * SECOND);
  };

  it('a session moved, then one added, then several changes: each said once, in the visitor\'s zone', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE); // the day before
    await serve(key, await timed(planned));
    const agenda = await show(key, { refresh: '20', zone: 'Asia/Seoul' }, 'plenary-agenda');
    await show(key, { refresh: '20', zone: 'Asia/Seoul' }, 'plenary-join');
    const said = listen();
    await tick(20 * SECOND);
    expect(said(), 'nothing on the first load, nor on an unchanged refresh').to.deep.equal([]);
    // Session 2 half an hour later, 8:30–9:40 in New York: 21:30–22:40 in Seoul.
    await publish(key, await timed([planned[0], ['08:30', '09:40'], planned[2]]));
    expect(said()).to.deep.equal([`${SESSION_2} now takes place on Tuesday, October 13, 2020, 9:30 – 10:40 PM your time.`]);
    expect(agenda.shadowRoot!.textContent).to.contain('9:30');
    // A closing session added, 10:10–10:20 in New York: 23:10–23:20 in Seoul.
    await publish(key, await timed([planned[0], ['08:30', '09:40'], planned[2]], [{ id: 'closing', title: 'Closing', start: '2020-10-13T10:10', end: '2020-10-13T10:20' }]));
    expect(said().at(-1)).to.equal('Closing has been added to the programme: Tuesday, October 13, 2020, 11:10 – 11:20 PM your time.');
    // The closing session taken out, session 2 back at 8:00: the programme changed, with no one time to say.
    await publish(key, await timed(planned));
    expect(agenda.shadowRoot!.textContent, 'the closing session taken out').not.to.contain('Closing');
    expect(said().at(-1)).to.equal('The programme has changed.');
    // Sessions 1, 2 and 3 all later: the programme changed.
    await publish(key, await timed([['07:10', '08:00'], ['08:30', '09:40'], ['09:40', '10:20']]));
    expect(said().at(-1)).to.equal('The programme has changed.');
    // A new title only: nothing to say.
    await publish(key, await seedWith({ ...(JSON.parse(await timed([['07:10', '08:00'], ['08:30', '09:40'], ['09:40', '10:20']])) as object), title: 'A new title' }));
    expect(said(), 'each change said once by the agenda and the join element together').to.have.length(4);
    // Cancelled: that alone is said.
    await publish(key, await seedWith({ ...(JSON.parse(await timed([['07:10', '08:00'], ['08:30', '09:40'], ['09:40', '10:20']])) as object), status: 'cancelled' }));
    expect(said().slice(4)).to.deep.equal(['This event has been cancelled.']);
    expect(warnings).to.deep.equal([]);
  });

  it('a session without an end moved: said with the end every element gives it; in French', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE);
    await serve(key, await timed([planned[0], ['08:00', undefined], planned[2]]));
    await show(key, { refresh: '20', zone: 'Asia/Seoul', lang: 'fr' }, 'plenary-card');
    const said = listen();
    // Session 2 from 8:15, no end: it lasts until session 3 starts at 9:10. Seoul: 21:15–22:10.
    await publish(key, await timed([planned[0], ['08:15', undefined], planned[2]]));
    expect(said()).to.deep.equal([`La séance «\u00a0${SESSION_2}\u00a0» a désormais lieu le mardi 13 octobre 2020, 21:15 – 22:10 (votre heure locale).`]);
  });

  it('a session of a programme without times given one: its time is said', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE);
    await show(key, { refresh: '20', zone: 'Asia/Seoul' }, 'plenary-join');
    const said = listen();
    // Session 2 at 8:00–9:10 in New York, the others still without times: 21:00–22:10 in Seoul.
    const seed = JSON.parse(await seedWith()) as { sessions: Array<Record<string, unknown>> };
    await publish(key, await seedWith({ sessions: seed.sessions.map((s, i) => (i === 1 ? { ...s, start: '2020-10-13T08:00', end: '2020-10-13T09:10' } : s)) }));
    expect(said()).to.deep.equal([`${SESSION_2} now takes place on Tuesday, October 13, 2020, 9:00 – 10:10 PM your time.`]);
  });

  it('the event moved with its sessions: its new time is said, not each session\'s', async () => {
    const key = unique();
    clock = manualClock(at('10:00:00') - 24 * 60 * MINUTE);
    await serve(key, await timed(planned));
    await show(key, { refresh: '20', zone: 'Asia/Seoul' }, 'plenary-agenda');
    const said = listen();
    // The whole event an hour later, 8:00–11:20 in New York, 21:00–00:20 in Seoul, its sessions with it.
    const later = JSON.parse(await timed([['08:00', '09:00'], ['09:00', '10:10'], ['10:10', '11:20']])) as object;
    await publish(key, await seedWith({ ...later, start: '2020-10-13T08:00', end: '2020-10-13T11:20' }));
    expect(said()).to.deep.equal(['This event now takes place on Tuesday, October 13, 2020 at 9:00 PM – Wednesday, October 14, 2020 at 12:20 AM your time.']);
  });
});

describe('live updates: the pace of a meeting whose sessions have links of their own', () => {
  // examples/intergovernmental-meeting-2027.json (the table in src/elements/join/sessions.test.ts):
  // windows 10 May 13:00–17:00 and 18:30–22:00 UTC, 11 May 13:30–17:00 and 18:30–22:00, 12 May 13:30–17:00 and 18:30–21:00.
  const meeting = async () => resolve(await (await fetch('/examples/intergovernmental-meeting-2027.json')).json());
  const utc = (s: string) => Date.parse(`2027-05-${s}Z`);
  const next = async (last: string) => {
    const ms = nextRefreshAt(await meeting(), utc(last), utc(last), 'auto');
    return ms === undefined ? undefined : new Date(ms).toISOString().slice(8, 16);
  };

  it('every 2 minutes inside a session\'s window, at the opening of the next, every 10 minutes between them and through the nights', async () => {
    expect(await next('10T12:55')).to.equal('10T13:00'); // the first window opens
    expect(await next('10T14:00')).to.equal('10T14:02');
    expect(await next('10T16:59')).to.equal('10T17:01'); // once more just after the window
    expect(await next('10T17:01')).to.equal('10T17:11'); // between the sessions of the day
    expect(await next('10T18:25')).to.equal('10T18:30'); // the afternoon's window opens
    expect(await next('10T22:00')).to.equal('10T22:10'); // the night
    expect(await next('11T03:00')).to.equal('11T03:10');
    expect(await next('11T13:25')).to.equal('11T13:30');
    expect(await next('12T20:58')).to.equal(undefined); // 21:00 is the end
  });
});
