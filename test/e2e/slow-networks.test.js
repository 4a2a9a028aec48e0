// End-to-end: a visitor on a slow, flaky connection, with the built
// dist/plenary.js. The files it loads only when needed (a language's strings,
// the validator) may stall or fail after the page has loaded; the visitor never
// meets a box that stays "Loading…" for good: English stands in for late or
// failed strings until they come, and a validator that does not come is said
// so, with a way to try again.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './harness.js';

const env = withBrowser();
const FRENCH = /\/dist\/fr-[\w-]+\.js$/;
const VALIDATOR = /\/dist\/checks-[\w-]+\.js$/;

async function open() {
  const context = await env.browser.newContext({ timezoneId: 'America/New_York', locale: 'fr-FR' });
  const page = await context.newPage();
  const thrown = [];
  page.on('pageerror', ({ message }) => thrown.push(message));
  return { page, thrown };
}

/** What the plenary-event shows: its status and its text. */
const shown = (page) =>
  page.evaluate(() => {
    const el = document.querySelector('plenary-event');
    return { status: el.status, text: el.shadowRoot.textContent.replace(/\s+/g, ' ') };
  });

test('the French strings stall: the event is shown in English after a few seconds, then in French once they come', async () => {
  const { page, thrown } = await open();
  const stalled = [];
  await page.route(FRENCH, (route) => stalled.push(route));
  await page.goto(`${env.server.origin}/test/pages/seed-fr.html`);
  await page.waitForFunction(() => document.querySelector('plenary-event')?.status === 'ready', null, { timeout: 10000 });
  let now = await shown(page);
  assert.match(now.text, /Time zones/, 'English stands in for the French strings');
  assert.equal(stalled.length, 1);
  await stalled[0].continue();
  await page.waitForFunction(() => /Fuseaux horaires/.test(document.querySelector('plenary-event').shadowRoot.textContent), null, { timeout: 10000 });
  now = await shown(page);
  assert.doesNotMatch(now.text, /Time zones/);
  assert.deepEqual(thrown, []);
  await page.context().close();
});

test('the French strings fail once: the event is shown in English, and in French once they are asked for again and come', async () => {
  const { page, thrown } = await open();
  await page.clock.install();
  let asked = 0;
  await page.route(FRENCH, (route) => (++asked === 1 ? route.abort() : route.continue()));
  await page.goto(`${env.server.origin}/test/pages/seed-fr.html`);
  await page.waitForFunction(() => document.querySelector('plenary-event')?.status === 'ready', null, { timeout: 10000 });
  assert.match((await shown(page)).text, /Time zones/, 'English stands in for the French strings');
  assert.equal(asked, 1);
  // Not asked again at once (no storm of requests), but within a minute.
  await page.clock.runFor(20_000);
  assert.equal(asked, 1);
  await page.clock.runFor(40_000);
  await page.waitForFunction(() => /Fuseaux horaires/.test(document.querySelector('plenary-event').shadowRoot.textContent), null, { timeout: 10000 });
  assert.equal(asked, 2);
  assert.deepEqual(thrown, []);
  await page.context().close();
});

test('a descriptor with a problem whose validator stalls: the visitor is told the checks did not come, and Try again says what is wrong once they do', async () => {
  const { page, thrown } = await open();
  const stalled = [];
  await page.route(VALIDATOR, (route) => stalled.push(route));
  await page.goto(`${env.server.origin}/test/pages/short-timeout.html`);
  await page.waitForFunction(() => document.querySelector('plenary-event')?.status === 'error', null, { timeout: 10000 });
  const { text } = await shown(page);
  assert.match(text, /could not be shown/);
  assert.match(text, /Plenary's checks could not be loaded to say which \(they did not arrive within 2 seconds\)/);
  assert.match(text, /Try again/);
  for (const route of stalled) await route.continue();
  await page.locator('plenary-event button').click();
  await page.waitForFunction(() => /Mars\/Olympus/.test(document.querySelector('plenary-event').shadowRoot.textContent), null, { timeout: 10000 });
  assert.equal((await shown(page)).status, 'error');
  assert.deepEqual(thrown, []);
  await page.context().close();
});
