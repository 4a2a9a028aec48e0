// End-to-end: live updates on the built dist/plenary.js. A page with three
// elements on one address follows the descriptor as the server changes it
// (a new join link, then a postponement), with one request per interval for
// all three, a 304 for an unchanged descriptor that renders nothing again, and
// no request once the event has ended. The page's clock is Playwright's, moved
// by hand, so twenty-second intervals pass at once. Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser } from './harness.js';
import { liveLog, setLive } from '../fault-routes.js';

const env = withBrowser();
const KEY = 'e2e-refresh';
const SEED = JSON.parse(readFileSync(new URL('../../examples/unpog-webinar-2020-10-13.json', import.meta.url), 'utf8'));
const FIRST_LINK = SEED.join.url;
const NEW_LINK = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=moved-2020-10-13';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const descriptor = (patch) => JSON.stringify({ ...SEED, ...patch }, null, 2);

/** Waits (on the real clock) until `check` returns something truthy, and returns it. */
async function until(check, what, timeout = 10_000) {
  const limit = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > limit) throw new Error(`Timed out waiting until ${what}`);
    await sleep(20);
  }
}

test('three elements on one address follow the server: one request per 20 seconds, 304 when nothing changed, a new join link, a postponement, nothing after the end', async () => {
  // The seed's meeting is live from 11:00 to 14:20 UTC; the page opens at 14:18.
  setLive(KEY, { body: descriptor({}), etag: true, store: false, fail: 0, delay: 0 });
  const page = await env.browser.newPage({ timezoneId: 'America/New_York', locale: 'en-US' });
  const thrown = [];
  page.on('pageerror', ({ message }) => thrown.push(message));
  await page.addInitScript(() => {
    window.loads = [];
    document.addEventListener('plenary-load', (e) => window.loads.push(`${e.target.localName} ${e.detail.status} ${e.detail.join?.url ?? ''}`));
  });
  await page.clock.install({ time: new Date('2020-10-13T14:17:00Z') });
  await page.clock.pauseAt(new Date('2020-10-13T14:18:00Z'));
  await page.goto(`${env.server.origin}/test/pages/refresh.html`);

  const requests = () => liveLog(KEY).count;
  const links = () =>
    page.evaluate(() => [...document.querySelectorAll('plenary-join')].map((el) => el.shadowRoot.querySelector('a[part=button]')?.getAttribute('href') ?? null));
  const joinText = () => page.evaluate(() => document.querySelector('plenary-join').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
  const loads = () => page.evaluate(() => window.loads.length);
  /** Moves the page's clock on by `ms`, and waits for the server to have seen `count` requests in all. */
  async function after(ms, count) {
    await page.clock.runFor(ms);
    await until(() => requests() >= count, `the server has seen ${count} requests`);
    assert.equal(requests(), count, 'one request per interval');
  }

  await until(() => page.evaluate(() => ['plenary-card', 'plenary-join', 'plenary-schedule'].every((n) => document.querySelector(n)?.status === 'ready')), 'the elements are shown');
  assert.deepEqual(await links(), [FIRST_LINK]);
  assert.equal(requests(), 1, 'one request for three elements');
  assert.equal(await loads(), 3);
  await page.evaluate(() => (window.shown = [...document.querySelectorAll('[src]')].map((el) => el.resolved)));

  // 14:18:20: nothing changed. Asked with the ETag, answered 304; nothing is rendered again.
  await after(19_999, 1);
  await after(1, 2);
  const { requests: seen } = liveLog(KEY);
  assert.equal(seen[0].ifNoneMatch, null);
  assert.match(seen[1].ifNoneMatch ?? '', /^"[0-9a-f]{16}"$/, 'the request carried If-None-Match');
  assert.equal(seen[1].status, 304);
  await sleep(300); // time for an answer that changed something to show
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('[src]')].every((el, i) => el.resolved === window.shown[i])), true, 'the same events');
  assert.equal(await loads(), 3, 'no plenary-load');

  // 14:18:40: the join link changed on the server.
  setLive(KEY, { body: descriptor({ join: { ...SEED.join, url: NEW_LINK } }) });
  await after(20_000, 3);
  await until(async () => (await links())[0] === NEW_LINK, 'the join link follows');
  const said = () => page.evaluate(() => document.querySelector('[data-plenary-announcer]')?.textContent ?? '');
  await until(async () => (await said()) === 'The link to join has changed.', 'the page says the link changed');
  await until(async () => (await loads()) === 6, 'each element announced the new descriptor');

  // 14:19:00: postponed.
  setLive(KEY, { body: descriptor({ join: { ...SEED.join, url: NEW_LINK }, status: 'postponed' }) });
  await after(20_000, 4);
  await until(async () => /postponed/i.test(await joinText()), 'the postponement is shown');
  assert.deepEqual(await links(), [null], 'no join link for a postponed event');
  assert.equal(await said(), 'This event has been postponed. A new date will be announced.');

  // 14:19:20: back on, as scheduled; 14:19:40: unchanged (304).
  setLive(KEY, { body: descriptor({ join: { ...SEED.join, url: NEW_LINK } }) });
  await after(20_000, 5);
  await until(async () => (await links())[0] === NEW_LINK, 'the link is back');
  await after(20_000, 6);
  assert.equal(liveLog(KEY).requests[5].status, 304);

  // 14:20 the event ends: no request from then on, for the rest of the hour.
  await page.clock.runFor(20_000);
  await page.clock.runFor(60 * 60_000);
  await sleep(500);
  assert.equal(requests(), 6, 'no request after the end');
  assert.match(await joinText(), /This event has ended/);
  assert.deepEqual(thrown, []);
  await page.close();
});

for (const [name, key, preloaded] of [
  ['reload.html', 'e2e-reload', false],
  ['reload-preload.html', 'e2e-reload-preload', true],
]) {
  test(`a reload shows the descriptor as it is now, from a server that lets the browser keep its copy (no Cache-Control, an old Last-Modified)${preloaded ? ', the descriptor preloaded as plenary embed writes it' : ''}`, async () => {
    setLive(key, { body: descriptor({}), etag: true, modified: true, heuristic: true });
    const page = await env.browser.newPage();
    try {
      const link = () => page.evaluate(() => document.querySelector('plenary-join')?.shadowRoot?.querySelector('a')?.getAttribute('href') ?? null);
      await page.goto(`${env.server.origin}/test/pages/${name}`);
      assert.equal(await until(link, 'the join link'), FIRST_LINK);
      // The organizers move the meeting to another link; the visitor reloads the page.
      setLive(key, { body: descriptor({ join: { ...SEED.join, url: NEW_LINK } }) });
      const before = liveLog(key).count;
      await page.reload();
      assert.equal(await until(async () => (await link()) === NEW_LINK && NEW_LINK, 'the new join link after the reload'), NEW_LINK);
      // The server was asked once: the element's request, or, when the preload took the browser's copy, the
      // request made at once after it (a 304 when nothing has changed).
      assert.equal(liveLog(key).count, before + 1);
    } finally {
      await page.close();
    }
  });
}
