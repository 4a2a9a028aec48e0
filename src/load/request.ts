/**
 * Fetching descriptors, once per address for the whole page.
 *
 * Every element that names one URL shares one request and one resolved Event.
 * A request nobody waits for any more is aborted. A failed request is forgotten
 * at once, so "Retry" asks the server again; a good one is kept for elements
 * that arrive later.
 */
import { readDescriptor, type Reading } from './reading.js';

export interface LoadOptions {
  /** Give up after this many milliseconds (default 15 s). */
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
  /** Settles once, with the result; never rejects. Not settled for a released subscription. */
  readonly result: Promise<LoadResult>;
  /** The caller no longer wants the answer; the last one out aborts the request. */
  release(): void;
}

interface Entry {
  promise: Promise<LoadResult>;
  readonly controller: AbortController;
  users: number;
  settled: boolean;
}

const entries = new Map<string, Entry>();

/** How many requests are in flight or cached (for tests). */
export function cachedRequests(): number {
  return entries.size;
}

/** Forget every cached descriptor (for tests, and for pages that re-publish while open). */
export function clearCache(): void {
  for (const entry of entries.values()) if (!entry.settled) entry.controller.abort();
  entries.clear();
}

export function requestDescriptor(url: string): Subscription {
  let entry = entries.get(url);
  if (!entry) {
    const controller = new AbortController();
    const created = { controller, users: 0, settled: false } as Entry;
    created.promise = fetchAndRead(url, controller).then(withLastGoodCopy).then((result) => {
      created.settled = true;
      if (!result.ok && entries.get(url) === created) entries.delete(url);
      return result;
    });
    entries.set(url, created);
    entry = created;
  }
  const mine = entry;
  mine.users++;
  let released = false;
  return {
    result: new Promise<LoadResult>((settle) => {
      mine.promise.then((result) => {
        if (!released) settle(result);
      });
    }),
    release() {
      if (released) return;
      released = true;
      mine.users--;
      if (mine.users === 0 && !mine.settled) {
        mine.controller.abort();
        if (entries.get(url) === mine) entries.delete(url);
      }
    },
  };
}

const fail = (url: string, message: string): LoadResult => ({
  ok: false,
  url,
  errors: [{ path: '', message }],
});

async function fetchAndRead(url: string, controller: AbortController): Promise<LoadResult> {
  const seconds = Math.round(loadOptions.timeout / 100) / 10;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, loadOptions.timeout);
  try {
    const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
    if (!response.ok) {
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      return fail(
        url,
        response.status === 404
          ? `There is no file at this address (HTTP ${status}). Check the src attribute and that the descriptor is published.`
          : `The server answered HTTP ${status} instead of the descriptor. Try again later; if it persists, tell the site's editors.`,
      );
    }
    const length = Number(response.headers.get('Content-Length') ?? 0);
    if (length > loadOptions.maxBytes) return tooLarge(url, length);
    const body = await readLimited(response, loadOptions.maxBytes);
    if (body === null) return tooLarge(url);
    const type = response.headers.get('Content-Type') ?? '';
    const trimmed = body.trimStart();
    if (/html/i.test(type) || trimmed.startsWith('<')) {
      return fail(url, 'The address returned a web page (HTML), not an event descriptor (JSON). Check the src attribute: it must point at the .json file.');
    }
    if (trimmed === '') return fail(url, 'The descriptor file is empty.');
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      return fail(url, `The descriptor is not valid JSON (${(error as Error).message}). Check it with "npx plenary validate".`);
    }
    const result: LoadResult = { ...(await readDescriptor(json, { baseUrl: response.url || url })), url };
    if (result.ok) keepCopy(url, body);
    return result;
  } catch {
    if (timedOut) return fail(url, `The server did not answer within ${seconds} seconds.`);
    if (controller.signal.aborted) return fail(url, 'The request was cancelled.');
    return fail(
      url,
      'The descriptor could not be fetched: the network failed, or the server does not allow this page to read it (a descriptor on another site must be sent with Access-Control-Allow-Origin).',
    );
  } finally {
    clearTimeout(timer);
  }
}

function tooLarge(url: string, bytes?: number): LoadResult {
  const size = bytes ? ` (${sizeText(bytes)})` : '';
  return fail(url, `The descriptor is too large${size}; Plenary reads descriptors up to ${sizeText(loadOptions.maxBytes)}.`);
}

function sizeText(bytes: number): string {
  return bytes >= 1e6 ? `${Math.round(bytes / 1e5) / 10} MB` : `${Math.ceil(bytes / 1e3)} kB`;
}

/** The body as text, or null as soon as it grows past `max` bytes. */
async function readLimited(response: Response, max: number): Promise<string | null> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
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

function keepCopy(url: string, body: string): void {
  if (body.length > COPY_LIMIT) return;
  try {
    localStorage.setItem(COPY_PREFIX + url, body);
  } catch {
    // No storage (private mode, full, or denied): the copy is simply not kept.
  }
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
    copy = localStorage.getItem(COPY_PREFIX + result.url);
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
