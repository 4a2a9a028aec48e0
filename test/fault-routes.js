// Routes the test server answers under /__fault/, so loader tests meet real
// HTTP behaviour (statuses, HTML bodies, slow and cut-off answers) and can ask
// the server how many requests it really received.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';

const SEED = new URL('../examples/unpog-webinar-2020-10-13.json', import.meta.url);
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner; also usable from a plain node:http server through `answer`. */
export async function faultRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__fault/')) return next();
  const [, , route = '', arg = ''] = ctx.path.split('/');
  const params = new URL(ctx.url, 'http://localhost').searchParams;
  if (route === 'hold') return hold(ctx, arg, params);
  if (route === 'endless') return endless(ctx, arg);
  if (route === 'trickle') return trickle(ctx, params);
  if (route === 'live' || route === 'live-log') {
    const reply = await live(ctx.method, ctx.path, params, ctx.headers, () => readBody(ctx.req));
    ctx.status = reply.status;
    for (const [name, value] of Object.entries(reply.headers)) ctx.set(name, value);
    ctx.body = reply.body;
    return;
  }
  const reply = await answer(ctx.path, params);
  ctx.status = reply.status;
  ctx.set('Content-Type', reply.type);
  ctx.set('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(reply.headers ?? {})) ctx.set(name, value);
  ctx.body = reply.body;
}

export async function answer(path, params) {
  const [, , route = '', arg = ''] = path.split('/');
  const delay = Number(params.get('delay') ?? 0);
  if (delay > 0) await sleep(delay);
  const json = (body) => ({ status: 200, type: 'application/json', body });
  switch (route) {
    case 'count':
      // How many requests <key> received, how many of them the client gave up on
      // (closed before the answer), how many were answered.
      return json(JSON.stringify(report(arg)));
    case 'release':
      // /__fault/release/<key>: the requests held under <key> are answered now.
      for (const release of held.get(arg) ?? []) release();
      held.delete(arg);
      return json(JSON.stringify(report(arg)));
    case 'wait':
      // /__fault/wait/<key>?count=2&closed=1: answers once <key> has reached those
      // numbers (or after 5 s, with the numbers as they are), so a test waits on
      // what the server saw, never on a guessed delay.
      return json(JSON.stringify(await reached(arg, params)));
    case 'descriptor':
      // /__fault/descriptor/<key>: the seed descriptor, counted under <key>.
      bump(counts, arg);
      return json(readFileSync(SEED, 'utf8'));
    case 'status':
      return { status: Number(arg), type: 'text/plain', body: `Status ${arg}` };
    case 'html':
      return { status: 200, type: 'text/html', body: '<!doctype html><title>Home</title><h1>Welcome to our site</h1>' };
    case 'truncated':
      return json(readFileSync(SEED, 'utf8').slice(0, 300));
    case 'utf16':
      // The seed saved as Notepad's "Unicode": UTF-16 with its byte-order mark.
      return { status: 200, type: 'application/json', body: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SEED, 'utf8'), 'utf16le')]) };
    default:
      return (await moreAnswers(route, arg)) ?? { status: 404, type: 'text/plain', body: 'No such fault route' };
  }
}

const closed = new Map();
const answered = new Map();
/** Requests waiting under a key, each a function that answers it. */
const held = new Map();
/** Callbacks run whenever a number changes, for `/__fault/wait/`. */
const watchers = new Set();

const bump = (map, key) => {
  map.set(key, (map.get(key) ?? 0) + 1);
  for (const watcher of watchers) watcher();
};

function report(key) {
  return { count: counts.get(key) ?? 0, closed: closed.get(key) ?? 0, answered: answered.get(key) ?? 0 };
}

async function reached(key, params) {
  const wanted = ['count', 'closed', 'answered'].filter((name) => params.has(name)).map((name) => [name, Number(params.get(name))]);
  const done = () => {
    const now = report(key);
    return wanted.every(([name, n]) => now[name] >= n);
  };
  if (!done()) {
    await new Promise((resolve) => {
      const watcher = () => done() && finish();
      const cap = setTimeout(() => finish(), 5000);
      function finish() {
        clearTimeout(cap);
        watchers.delete(watcher);
        resolve();
      }
      watchers.add(watcher);
    });
  }
  return report(key);
}

/**
 * /__fault/hold/<key>?answer=seed|500|html: counted under <key>, then held until
 * /__fault/release/<key> (at most 30 s). A client that gives up first is
 * counted as closed, so a test can see that a request was really aborted.
 */
async function hold(ctx, key, params) {
  let gaveUp = false;
  ctx.res.on('close', () => {
    if (!ctx.res.writableEnded) {
      gaveUp = true;
      bump(closed, key);
    }
  });
  bump(counts, key);
  await new Promise((resolve) => {
    const cap = setTimeout(resolve, 30_000);
    const release = () => {
      clearTimeout(cap);
      resolve();
    };
    held.set(key, [...(held.get(key) ?? []), release]);
  });
  const kind = params.get('answer') ?? 'seed';
  ctx.set('Cache-Control', 'no-store');
  if (kind === '500') {
    ctx.status = 500;
    ctx.type = 'text/plain';
    ctx.body = 'Status 500';
  } else if (kind === 'html') {
    ctx.status = 200;
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Home</title><h1>Welcome to our site</h1>';
  } else {
    ctx.status = 200;
    ctx.type = 'application/json';
    ctx.body = readFileSync(SEED, 'utf8');
  }
  if (!gaveUp) bump(answered, key);
}

/**
 * /__fault/endless/<key>: JSON that never ends, sent without a Content-Length, in
 * 64 kB pieces as fast as the client reads them. `count` is the requests,
 * `closed` those the client stopped reading (as it must, past its size limit).
 */
function endless(ctx, key) {
  bump(counts, key);
  const piece = 'x'.repeat(65_536);
  let first = true;
  const body = new Readable({
    read() {
      this.push(first ? '{"plenary": 1, "title": "' : piece);
      first = false;
    },
  });
  ctx.res.on('close', () => {
    body.destroy();
    bump(closed, key);
  });
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

/**
 * /__fault/trickle/<key>?pieces=10&every=200&stall=1: the seed in `pieces`
 * pieces, one every `every` ms, as on a slow connection; with `stall`, the
 * pieces stop halfway and the connection stays open, silent.
 */
function trickle(ctx, params) {
  const seed = readFileSync(SEED, 'utf8');
  const pieces = Number(params.get('pieces') ?? 10);
  const every = Number(params.get('every') ?? 200);
  const stall = params.has('stall');
  const size = Math.ceil(seed.length / pieces);
  let sent = 0;
  let timer;
  const body = new Readable({
    read() {
      if (timer !== undefined) return;
      if (stall && sent >= pieces / 2) return;
      timer = setTimeout(() => {
        timer = undefined;
        const piece = seed.slice(sent * size, (sent + 1) * size);
        sent++;
        this.push(piece);
        if (sent >= pieces) this.push(null);
      }, every);
    },
  });
  ctx.res.on('close', () => {
    clearTimeout(timer);
    body.destroy();
  });
  ctx.status = 200;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = body;
}

const served = new Map();

/** Extra routes: a huge body, and an address that works once and then fails. */
export async function moreAnswers(route, arg) {
  if (route === 'huge') {
    // About 5 MB of valid JSON: a descriptor with an enormous description.
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.description = 'x'.repeat(5_000_000);
    return { status: 200, type: 'application/json', body: JSON.stringify(seed) };
  }
  if (route === 'to-sign-in') {
    // A descriptor on an intranet: the server sends the browser on to its sign-in page.
    return { status: 302, type: 'text/plain', body: 'Found', headers: { Location: '/__fault/sign-in?return=%2Fevents%2Fx.json&SAMLRequest=fZJNT8MwDIbvSPyHKPc' } };
  }
  if (route === 'to-other-site') {
    // A descriptor on an intranet whose sign-in is on a site of its own (single sign-on): the browser may not follow it there.
    return { status: 302, type: 'text/plain', body: 'Found', headers: { Location: 'https://login.example.invalid/sso?return=%2Fevents%2Fx.json&SAMLRequest=fZJNT8MwDIbvSPyHKPc' } };
  }
  if (route === 'sign-in') {
    return { status: 200, type: 'text/html', body: '<!doctype html><title>Sign in</title><form><input name="user"><input type="password"></form>' };
  }
  if (route === 'flaky') {
    // /__fault/flaky/<key>: the seed the first time, HTTP 503 afterwards.
    const n = (served.get(arg) ?? 0) + 1;
    served.set(arg, n);
    return n === 1 ? { status: 200, type: 'application/json', body: readFileSync(SEED, 'utf8') } : { status: 503, type: 'text/plain', body: 'Service Unavailable' };
  }
  return undefined;
}

// ------------------------------------------------------------ a descriptor that changes

/** The descriptor served under each key of /__fault/live/, and what its requests carried. */
const lives = new Map();

function liveState(key) {
  let state = lives.get(key);
  if (!state) {
    state = { body: readFileSync(SEED, 'utf8'), etag: true, modified: false, store: true, heuristic: false, fail: 0, delay: 0, changed: new Date(Math.floor(Date.now() / 1000) * 1000), requests: [] };
    lives.set(key, state);
  }
  return state;
}

/**
 * Sets what /__fault/live/<key> answers: `body` (text; kept when undefined);
 * `etag` (send an ETag, default true); `modified` (send Last-Modified, default
 * false); `store` (true: `Cache-Control: no-cache`, the browser keeps a copy and
 * revalidates it; false: `no-store`, so the only validators the server sees are
 * the page's own); `heuristic` (no Cache-Control at all and a Last-Modified ten
 * days old, as many static servers answer a file: the browser may then take its
 * copy as fresh for a day without asking); `fail` (answer this HTTP status instead, 0 for none); `delay`
 * (ms to wait before answering). Last-Modified counts whole seconds: a new body
 * is dated a second after the one before, so If-Modified-Since tells them apart.
 */
export function setLive(key, { body, etag, modified, store, heuristic, fail, delay } = {}) {
  const state = liveState(key);
  if (body !== undefined && body !== state.body) {
    state.body = body;
    state.changed = new Date(Math.max(Math.ceil((Date.now() + 1) / 1000) * 1000, state.changed.getTime() + 1000));
  }
  if (etag !== undefined) state.etag = etag;
  if (modified !== undefined) state.modified = modified;
  if (store !== undefined) state.store = store;
  if (heuristic !== undefined) state.heuristic = heuristic;
  if (fail !== undefined) state.fail = fail;
  if (delay !== undefined) state.delay = delay;
}

/** What /__fault/live/<key> received: each request's method and conditional headers; how many were answered 304. */
export function liveLog(key) {
  const { requests } = liveState(key);
  const gets = requests.filter((r) => r.method === 'GET');
  return { count: gets.length, notModified: gets.filter((r) => r.status === 304).length, requests };
}

const etagOf = (body) => `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`;

/**
 * /__fault/live/<key>: GET answers the key's descriptor as setLive() says, with
 * CORS headers, or 304 when the request's If-None-Match or If-Modified-Since
 * still holds; every request is logged. PUT sets it: the request's body (when
 * not empty) is the descriptor; `?etag=0`, `?modified=1`, `?store=0`,
 * `?fail=503` and `?delay=500` set the rest. /__fault/live-log/<key> answers
 * liveLog(key).
 */
export async function live(method, path, params, headers, body) {
  const [, , route = '', key = ''] = path.split('/');
  const json = (value) => ({ status: 200, headers: { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }, body: JSON.stringify(value) });
  if (route === 'live-log') return json(liveLog(key));
  if (method === 'PUT') {
    const text = await body();
    const flag = (name) => (params.has(name) ? params.get(name) === '1' : undefined);
    const number = (name) => (params.has(name) ? Number(params.get(name)) : undefined);
    setLive(key, { body: text === '' ? undefined : text, etag: flag('etag'), modified: flag('modified'), store: flag('store'), fail: number('fail'), delay: number('delay') });
    return json(liveLog(key));
  }
  const state = liveState(key);
  const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag, Last-Modified' };
  const logged = { method, ifNoneMatch: headers['if-none-match'] ?? null, ifModifiedSince: headers['if-modified-since'] ?? null, status: 0 };
  state.requests.push(logged);
  for (const watcher of watchers) watcher();
  const reply = (status, extra, text = '') => {
    logged.status = status;
    return { status, headers: { ...cors, ...extra }, body: text };
  };
  if (state.delay > 0) await sleep(state.delay);
  if (method === 'OPTIONS') return reply(204, { 'Access-Control-Allow-Headers': '*', 'Access-Control-Allow-Methods': 'GET' });
  if (state.fail) return reply(state.fail, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' }, `Status ${state.fail}`);
  const validators = state.heuristic ? {} : { 'Cache-Control': state.store ? 'no-cache' : 'no-store' };
  const modified = state.changed.getTime() - (state.heuristic ? 10 * 86_400_000 : 0);
  if (state.etag) validators.ETag = etagOf(state.body);
  if (state.modified) validators['Last-Modified'] = new Date(modified).toUTCString();
  const since = Date.parse(headers['if-modified-since'] ?? '');
  const fresh = headers['if-none-match'] !== undefined
    ? state.etag && headers['if-none-match'] === validators.ETag
    : state.modified && since >= modified;
  if (fresh) return reply(304, validators);
  return reply(200, { ...validators, 'Content-Type': 'application/json' }, state.body);
}

/** A request's body as text. */
export async function readBody(stream) {
  let text = '';
  for await (const chunk of stream) text += chunk;
  return text;
}
