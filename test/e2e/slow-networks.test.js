// End-to-end: a visitor on a slow, flaky connection, with the built
// dist/plenary.js. The files it loads only when needed may stall or fail after
// the page has loaded; the visitor never meets a box that stays "Loading…" for
// good: a validator that does not come is said so, with a way to try again.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { withBrowser } from './harness.js';

const env = withBrowser();
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
