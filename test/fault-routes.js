// Routes the test server answers under /__fault/, so loader tests meet real
// HTTP behaviour (statuses, HTML bodies, slow and cut-off answers) and can ask
// the server how many requests it really received.
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
  const reply = await answer(ctx.path, params);
  ctx.status = reply.status;
  ctx.set('Content-Type', reply.type);
  ctx.set('Cache-Control', 'no-store');
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

const served = new Map();

/** Extra routes: a huge body, and an address that works once and then fails. */
export async function moreAnswers(route, arg) {
  if (route === 'huge') {
    // About 5 MB of valid JSON: a descriptor with an enormous description.
    const seed = JSON.parse(readFileSync(SEED, 'utf8'));
    seed.description = 'x'.repeat(5_000_000);
    return { status: 200, type: 'application/json', body: JSON.stringify(seed) };
  }
  if (route === 'flaky') {
    // /__fault/flaky/<key>: the seed the first time, HTTP 503 afterwards.
    const n = (served.get(arg) ?? 0) + 1;
    served.set(arg, n);
    return n === 1 ? { status: 200, type: 'application/json', body: readFileSync(SEED, 'utf8') } : { status: 503, type: 'text/plain', body: 'Service Unavailable' };
  }
  return undefined;
}
