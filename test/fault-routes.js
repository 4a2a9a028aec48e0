// Routes the test server answers under /__fault/, so loader tests meet real
// HTTP behaviour (statuses, HTML bodies, slow and cut-off answers) and can ask
// the server how many requests it really received.
import { readFileSync } from 'node:fs';

const SEED = new URL('../examples/unpog-webinar-2020-10-13.json', import.meta.url);
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Koa middleware for @web/test-runner; also usable from a plain node:http server through `answer`. */
export async function faultRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__fault/')) return next();
  const reply = await answer(ctx.path, new URL(ctx.url, 'http://localhost').searchParams);
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
      return json(JSON.stringify({ count: counts.get(arg) ?? 0 }));
    case 'descriptor':
      // /__fault/descriptor/<key>: the seed descriptor, counted under <key>.
      counts.set(arg, (counts.get(arg) ?? 0) + 1);
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
