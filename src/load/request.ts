/**
 * Fetching descriptors, once per address for the whole page.
 *
 * Every element that names one URL shares one request and one resolved Event.
 * A request nobody waits for any more is aborted. A failed request is forgotten
 * at once, so "Retry" asks the server again; a good one is kept for elements
 * that arrive later. While elements show it, a good one is asked for again at
 * the pace they want (refresh.ts): one conditional request per interval for the
 * address, whose changed answer each of them is given.
 */
import { readDescriptor, type Reading } from './reading.js';
import { MIN_INTERVAL, nextRefreshAt, worthRefreshing, type RefreshWish } from './refresh.js';
import { wakeAt } from '../time/clock.js';
import type { Problem } from '../descriptor/types.js';
import { descriptorFetch, FIRST_REQUEST, takeEarly } from './early.js';
import { syntaxProblem } from './syntax.js';

export interface LoadOptions {
  /**
   * Give up on a server silent for this many milliseconds (default 15 s): one
   * that has not begun to answer, or whose answer stopped arriving. A
   * descriptor still arriving is read on, up to 8 times this in all.
   */
  timeout: number;
  /** Refuse bodies larger than this many bytes (default 2 MB). */
  maxBytes: number;
}

/** Page-wide loading settings; `configure({ timeout })` changes them for requests started afterwards. */
export const loadOptions: LoadOptions = { timeout: 15_000, maxBytes: 2_000_000 };

export function configure(options: Partial<LoadOptions>): void {
  if (options.timeout !== undefined && options.timeout > 0) loadOptions.timeout = options.timeout;
  if (options.maxBytes !== undefined && options.maxBytes > 0) loadOptions.maxBytes = options.maxBytes;
}

export type LoadResult = Reading & {
  readonly url: string;
  /** The last good copy kept from an earlier visit, shown because the address cannot be loaded now. */
  readonly stale?: boolean;
};

export interface Subscription {
  /** Settles once, with the latest result; never rejects. Not settled for a released subscription. */
  readonly result: Promise<LoadResult>;
  /** How often this subscriber wants the descriptor asked for again (see refresh.ts). */
  want(wish: RefreshWish): void;
  /** The caller no longer wants the answer; the last one out aborts the request. */
  release(): void;
}

export interface SubscribeOptions {
  /** How often to ask again while the event is ahead or live (default: the automatic pace). */
  refresh?: RefreshWish;
  /** Called with each new good descriptor a refresh brings (never for an unchanged or failed one). */
  onUpdate?: (result: LoadResult & { ok: true }) => void;
}

interface Subscriber {
  wish: RefreshWish;
  readonly onUpdate?: (result: LoadResult & { ok: true }) => void;
}

interface Entry {
  readonly url: string;
  /** The first request's result. */
  promise: Promise<LoadResult>;
  /** The result shown now: the first, then each new good one a refresh brought. */
  current?: LoadResult;
  readonly controller: AbortController;
  readonly subscribers: Set<Subscriber>;
  settled: boolean;
  /** When the last request started (ms). */
  last: number;
  /** What the last 200 said, for conditional requests and to tell an unchanged body. */
  etag?: string;
  modified?: string;
  body?: string;
  /** The refresh in flight, if any. */
  refreshing?: AbortController;
  /** Cancels the wake-up of the next refresh, if one is set. */
  cancelWake?: () => void;
  /** A refresh came due while the browser was offline. */
  missed?: boolean;
}

const entries = new Map<string, Entry>();

/** How many requests are in flight or cached (for tests). */
export function cachedRequests(): number {
  return entries.size;
}

/** Forget every cached descriptor (for tests, and for pages that re-publish while open). */
export function clearCache(): void {
  for (const entry of entries.values()) {
    if (!entry.settled) entry.controller.abort();
    stopRefreshing(entry);
  }
  entries.clear();
}

/** Refreshes in flight, so a test can wait for them to be handled. */
const inFlight = new Set<Promise<void>>();

/** Settles once every refresh in flight has been handled (for tests). */
export async function refreshesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.all(inFlight);
}

export function requestDescriptor(url: string, options: SubscribeOptions = {}): Subscription {
  let entry = entries.get(url);
  if (!entry) {
    // The request the script started before the elements were defined (early.ts), if there is one.
    const early = takeEarly(url);
    const controller = early?.controller ?? new AbortController();
    const created = { url, controller, subscribers: new Set<Subscriber>(), settled: false, last: Date.now() } as Entry;
    created.promise = fetchAndRead(url, controller, FIRST_REQUEST, undefined, early?.response).then(async (fetched) => {
      // A first request has no validators and no earlier body: it always brings a result.
      const result = await withLastGoodCopy(fetched.unchanged ? fail(url, 'The server answered HTTP 304 to a first request.') : fetched.result);
      created.settled = true;
      if (!result.ok) {
        if (entries.get(url) === created) entries.delete(url);
      } else {
        created.current = result;
        if (!result.stale) remember(created, fetched);
        schedule(created);
        // Answered by the browser from its own copy, without asking the server (a <link rel="preload"> follows
        // the cache's rules): shown, and asked for again at once, so a changed descriptor follows in a moment.
        if (!result.stale && fromBrowserCopy(url)) refresh(created);
      }
      return result;
    });
    entries.set(url, created);
    entry = created;
  }
  const mine = entry;
  const me: Subscriber = { wish: options.refresh ?? 'auto', onUpdate: options.onUpdate };
  mine.subscribers.add(me);
  if (mine.settled) schedule(mine);
  let released = false;
  return {
    result: new Promise<LoadResult>((settle) => {
      mine.promise.then((first) => {
        if (!released) settle(mine.current ?? first);
      });
    }),
    want(wish) {
      if (released || wish === me.wish) return;
      me.wish = wish;
      schedule(mine);
    },
    release() {
      if (released) return;
      released = true;
      mine.subscribers.delete(me);
      if (mine.subscribers.size > 0) {
        schedule(mine);
      } else if (!mine.settled) {
        mine.controller.abort();
        if (entries.get(url) === mine) entries.delete(url);
      } else {
        stopRefreshing(mine);
      }
    },
  };
}

// ------------------------------------------------------------ refreshing

/** Sets the wake-up of the entry's next refresh: the earliest its subscribers want, or none. */
function schedule(entry: Entry): void {
  entry.cancelWake?.();
  entry.cancelWake = undefined;
  const event = entry.current?.ok ? entry.current.event : undefined;
  if (!event || entry.refreshing || entries.get(entry.url) !== entry) return;
  const now = Date.now();
  let at: number | undefined;
  for (const { wish } of entry.subscribers) {
    const mine = nextRefreshAt(event, entry.last, now, wish);
    if (mine !== undefined && (at === undefined || mine < at)) at = mine;
  }
  if (at === undefined) return;
  watchVisibility();
  entry.cancelWake = wakeAt(at, () => {
    entry.cancelWake = undefined;
    refresh(entry);
  });
}

function stopRefreshing(entry: Entry): void {
  entry.cancelWake?.();
  entry.cancelWake = undefined;
  const refreshing = entry.refreshing;
  entry.refreshing = undefined;
  refreshing?.abort();
}

/** Asks again: conditionally, and quietly (what is shown stays when anything goes wrong). */
function refresh(entry: Entry): void {
  if (entry.refreshing || entry.subscribers.size === 0) return;
  entry.cancelWake?.();
  entry.cancelWake = undefined;
  if (navigator.onLine === false) {
    // The browser knows it is offline: no request that can only fail; asked for as soon as it is back online.
    entry.last = Date.now();
    entry.missed = true;
    schedule(entry);
    return;
  }
  entry.missed = false;
  const controller = new AbortController();
  entry.refreshing = controller;
  entry.last = Date.now();
  const done = fetchAndRead(entry.url, controller, conditional(entry), entry.body).then((fetched) => {
    if (entry.refreshing !== controller) return; // the last element left, or the cache was cleared
    entry.refreshing = undefined;
    if (fetched.body !== undefined) remember(entry, fetched);
    if (!fetched.unchanged) {
      const { result } = fetched;
      if (result.ok) {
        entry.current = result;
        for (const subscriber of [...entry.subscribers]) subscriber.onUpdate?.(result);
      } else {
        warnOnce(entry.url, result.errors);
      }
    }
    schedule(entry);
  });
  inFlight.add(done);
  void done.finally(() => inFlight.delete(done));
}

/**
 * Whether the page's `<link rel="preload">` of `url` was answered from the
 * browser's cache, no request made (transferSize 0, a body). Plenary's own
 * requests always ask the server (FIRST_REQUEST).
 */
function fromBrowserCopy(url: string): boolean {
  return performance.getEntriesByName(url).some((t) => {
    const timing = t as PerformanceResourceTiming;
    return timing.initiatorType === 'link' && timing.transferSize === 0 && timing.decodedBodySize > 0;
  });
}

/**
 * The request's headers and cache mode. For the page's own origin, the
 * validators of the last 200 are sent (a 304 costs no body). Across origins
 * they are not (they are not CORS-safelisted, and would cost a preflight): the
 * browser revalidates its own cached copy instead (`cache: 'no-cache'`).
 */
function conditional(entry: Entry): RequestInit {
  const sameOrigin = new URL(entry.url).origin === location.origin;
  if (!sameOrigin || (entry.etag === undefined && entry.modified === undefined)) return { cache: 'no-cache' };
  const headers: Record<string, string> = {};
  if (entry.etag !== undefined) headers['If-None-Match'] = entry.etag;
  if (entry.modified !== undefined) headers['If-Modified-Since'] = entry.modified;
  return { headers };
}

function remember(entry: Entry, fetched: Fetched): void {
  entry.body = fetched.body;
  entry.etag = fetched.etag;
  entry.modified = fetched.modified;
}

/** Problems of refreshes already written to the console: each distinct one is said once per page. */
const warned = new Set<string>();

function warnOnce(url: string, errors: readonly Problem[]): void {
  const key = `${url}\u0000${errors.map((e) => `${e.path}:${e.message}`).join('\u0000')}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(
    `Plenary: the event at ${url} could not be refreshed; what is shown stays, and it is asked for again later.\n` +
      errors.map((e) => `  ${e.path ? `${e.path}: ` : ''}${e.message}`).join('\n'),
  );
}

let watching = false;

/**
 * A page that comes back into view asks at once for every descriptor still
 * worth refreshing whose last request is older than 15 seconds (the visitor may
 * have been away for an hour, with the tab's timers asleep). So does a page
 * whose browser is back online, and for every descriptor whose refresh came
 * due while it was offline, however recently.
 */
function watchVisibility(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  const catchUp = () => {
    if (document.visibilityState !== 'visible') return;
    const now = Date.now();
    for (const entry of entries.values()) {
      const event = entry.current?.ok ? entry.current.event : undefined;
      const wishes = [...entry.subscribers].map((s) => s.wish);
      if (event && (entry.missed || now - entry.last > MIN_INTERVAL) && worthRefreshing(event, now, wishes)) refresh(entry);
    }
  };
  document.addEventListener('visibilitychange', catchUp);
  addEventListener('online', catchUp);
}

// ------------------------------------------------------------ one request

const fail = (url: string, message: string): LoadResult => ({
  ok: false,
  url,
  errors: [{ path: '', message }],
});

/** However it trickles in, a descriptor is given up on after this many times the timeout (2 minutes by default). */
const LONGEST = 8;

/** What one request brought: a result, or nothing new (a 304, or a 200 with the body of the last one); with a 200's body and validators. */
type Fetched = ({ readonly result: LoadResult; readonly unchanged?: undefined } | { readonly unchanged: true }) & {
  readonly body?: string;
  readonly etag?: string;
  readonly modified?: string;
};

/**
 * One request for `url` (or the one already on its way, `pending`), read. The
 * timeout is a silence: the answer must begin within it, and no part of the body
 * may take longer than it. A large descriptor still arriving on a slow
 * connection is read to its end, never cut off at a fixed time from the start
 * (it would be cut off the same way at every "Try again").
 */
async function fetchAndRead(url: string, controller: AbortController, init: RequestInit, previous?: string, pending?: Promise<Response>): Promise<Fetched> {
  const seconds = Math.round(loadOptions.timeout / 100) / 10;
  let timedOut = false;
  let answered = false;
  let tooSlow = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, loadOptions.timeout);
  };
  wait();
  // A body that trickles in for ever is given up on all the same.
  const cap = setTimeout(() => {
    tooSlow = true;
    controller.abort();
  }, loadOptions.timeout * LONGEST);
  try {
    const response = await (pending ?? descriptorFetch(url, controller.signal, init));
    answered = true;
    wait();
    if (response.status === 304) return { unchanged: true };
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return {
        result: fail(
          url,
          response.status === 404
            ? `There is no file at this address (HTTP ${status}). Check the src attribute and that the descriptor is published.`
            : `The server answered HTTP ${status} instead of the descriptor. Try again later; if it persists, tell the site's editors.`,
        ),
      };
    }
    const length = Number(response.headers.get('Content-Length') ?? 0);
    if (length > loadOptions.maxBytes) return { result: tooLarge(url, length) };
    const body = await readLimited(response, loadOptions.maxBytes, wait);
    if (body === null) return { result: tooLarge(url) };
    const validators = { body, etag: response.headers.get('ETag') ?? undefined, modified: response.headers.get('Last-Modified') ?? undefined };
    if (body === previous) return { unchanged: true, ...validators };
    const read = (result: LoadResult): Fetched => ({ result, ...validators });
    const type = response.headers.get('Content-Type') ?? '';
    const trimmed = body.trimStart();
    if (/html/i.test(type) || trimmed.startsWith('<')) {
      return read(fail(url, webPageAnswer(response, 'the src attribute')));
    }
    if (trimmed === '') return read(fail(url, 'The descriptor file is empty.'));
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return read(fail(url, `The descriptor is not valid JSON (${await syntaxProblem(body, error)}). Check it with "npx plenary validate".`));
    }
    const result: LoadResult = { ...(await readDescriptor(json, { baseUrl: response.url || url }, loadOptions.timeout)), url };
    if (result.ok) keepCopy(url, body);
    return read(result);
  } catch {
    if (tooSlow) return { result: fail(url, `The descriptor was still arriving after ${Math.round((loadOptions.timeout * LONGEST) / 100) / 10} seconds; the connection is too slow for it.`) };
    if (timedOut) {
      return {
        result: fail(url, answered ? `The descriptor stopped arriving: nothing more came for ${seconds} seconds.` : `The server did not answer within ${seconds} seconds.`),
      };
    }
    if (controller.signal.aborted) return { result: fail(url, 'The request was cancelled.') };
    if (await leadsAway(url, init)) {
      return {
        result: fail(
          url,
          'The address led on to another site, which this page may not read: most often a sign-in page, the descriptor being on an intranet or a draft site. If so, the descriptor is not public: publish it where anyone can read it.',
        ),
      };
    }
    return {
      result: fail(
        url,
        'The descriptor could not be fetched: the network failed, or the server does not allow this page to read it (a descriptor on another site must be sent with Access-Control-Allow-Origin).',
      ),
    };
  } finally {
    clearTimeout(timer);
    clearTimeout(cap);
  }
}

/**
 * Whether `url` answers by sending the browser on elsewhere: asked again, once
 * a request for it has failed, without following. A sign-in page on a site of
 * its own (single sign-on, common on intranets) fails the request as a network
 * failure does, the browser not letting the page read another site's answer;
 * this tells the two apart. False when it cannot be told (the network is down,
 * or the address is on another site that does not let the page read it).
 */
async function leadsAway(url: string, init: RequestInit): Promise<boolean> {
  try {
    const answer = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(loadOptions.timeout) });
    return answer.type === 'opaqueredirect';
  } catch {
    return false;
  }
}

/**
 * What to say of a web page (HTML) answered instead of the descriptor. One the
 * address led on to is named: most often a sign-in page, the descriptor being
 * on an intranet or a draft site; then the address given is not what is wrong.
 * `given`: where the address was written ("the src attribute").
 */
export function webPageAnswer(response: Response, given: string): string {
  if (!response.redirected || !response.url) return `The address returned a web page (HTML), not an event descriptor (JSON). Check ${given}: it must point at the .json file.`;
  const to = new URL(response.url);
  return `The address led on to ${to.origin}${to.pathname}, a web page (HTML), not the event descriptor (JSON). If that page asks visitors to sign in, the descriptor is not public: publish it where anyone can read it.`;
}

function tooLarge(url: string, bytes?: number): LoadResult {
  const size = bytes ? ` (${sizeText(bytes)})` : '';
  return fail(url, `The descriptor is too large${size}; Plenary reads descriptors up to ${sizeText(loadOptions.maxBytes)}.`);
}

/** "2 MB", "2.1 MB", "640 kB": a size as the messages about it write it. */
export function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e5) / 10} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

/** The body as text, or null as soon as it grows past `max` bytes; `arrived` is called at each piece. */
async function readLimited(response: Response, max: number, arrived: () => void): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    arrived();
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

// ------------------------------------------------------------ the last good copy

const COPY_PREFIX = 'plenary:last-good:';
/** Copies larger than this are not kept (storage is small and shared with the page). */
const COPY_LIMIT = 512_000;

/**
 * Copies not yet written. The first use of `localStorage` on a page waits on
 * the browser (some milliseconds, more on a phone), so a copy is written once
 * the page is idle, after the elements are shown, or as the page is left.
 */
const unwritten = new Map<string, string>();

function keepCopy(url: string, body: string): void {
  if (body.length > COPY_LIMIT) return;
  if (unwritten.size === 0) {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(writeCopies, { timeout: 2000 });
    else setTimeout(writeCopies, 500);
    addEventListener('pagehide', writeCopies, { once: true });
  }
  unwritten.set(url, body);
}

function writeCopies(): void {
  for (const [url, body] of unwritten) {
    try {
      localStorage.setItem(COPY_PREFIX + url, body);
    } catch {
      // No storage (private mode, full, or denied): the copy is simply not kept.
    }
  }
  unwritten.clear();
  removeEventListener('pagehide', writeCopies);
}

/** The last good copy of `url`: one not yet written, or the one kept in storage. */
function lastCopy(url: string): string | null {
  return unwritten.get(url) ?? localStorage.getItem(COPY_PREFIX + url);
}

/**
 * When a descriptor that loaded before cannot be loaded now (network down,
 * server error, timeout), the last good copy is shown instead of an error, so a
 * visitor on a flaky connection still has the join link. Validation errors are
 * never papered over: they come from a descriptor that did arrive.
 */
async function withLastGoodCopy(result: LoadResult): Promise<LoadResult> {
  if (result.ok || result.errors.some((e) => e.path !== '') || result.errors[0]?.message.startsWith('The request was cancelled')) return result;
  let copy: string | null = null;
  try {
    copy = lastCopy(result.url);
  } catch {
    return result;
  }
  if (copy === null) return result;
  try {
    const stale = await readDescriptor(JSON.parse(copy), { baseUrl: result.url });
    return stale.ok ? { ...stale, url: result.url, stale: true } : result;
  } catch {
    return result;
  }
}
