// End-to-end: the built dist/plenary.js in plain HTML pages, as a webmaster
// would paste it, in every browser of BROWSERS (headless Chromium, and Firefox
// ESR where it is installed and always in CI). Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, withBrowsers, waitForPlenary } from './harness.js';

const env = withBrowsers();
const VISITOR = { timezoneId: 'America/New_York', locale: 'en-US' };

for (const browser of BROWSERS) {
  /** Opens a test page; records what it throws, logs, and the events Plenary fires. */
  async function open(name) {
    const page = await env.newPage(browser, VISITOR);
    const thrown = [];
    const consoleErrors = [];
    page.on('pageerror', (error) => thrown.push(error.message));
    page.on('console', (message) => {
      if (message.type === 'error' && !message.text.startsWith('Failed to load resource')) consoleErrors.push(message.text);
    });
    await page.addInitScript(() => {
      window.plenaryEvents = [];
      for (const type of ['plenary-load', 'plenary-error']) {
        document.addEventListener(type, (e) => window.plenaryEvents.push({ type, errors: e.detail?.errors, url: e.detail?.url }));
      }
    });
    await page.goto(`${env.server.origin}/test/pages/${name}.html`);
    await page.waitForFunction(() => window.plenaryEvents.length > 0, null, { timeout: 20000 });
    const events = await page.evaluate(() => window.plenaryEvents);
    // The text of the element and every element inside it, as it is laid out.
    const text = await page.evaluate(() => {
      const read = (root) =>
        [...root.childNodes]
          .map((n) => (n.shadowRoot ? read(n.shadowRoot) : n.nodeType === 3 ? n.textContent : n.classList?.contains('visually-hidden') ? '' : read(n)))
          .join('');
      return read(document.querySelector('plenary-event').shadowRoot).replace(/\s+/g, ' ').trim();
    });
    const fallbackVisible = await page.evaluate(() => document.getElementById('fallback').getBoundingClientRect().height > 0);
    await page.close();
    return { thrown, consoleErrors, events, text, fallbackVisible };
  }

  test(`the page sees the visitor's time zone and language that were asked (${browser})`, async () => {
    for (const [timezoneId, local] of [
      ['America/New_York', '7:00 AM'],
      ['Australia/Adelaide', '9:30 PM'],
    ]) {
      const page = await env.newPage(browser, { timezoneId, locale: 'en-US' });
      const seen = await page.evaluate(() => ({
        zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        locale: Intl.DateTimeFormat().resolvedOptions().locale,
        language: navigator.language,
        local: new Date(Date.UTC(2020, 9, 13, 11, 0)).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' }),
      }));
      await page.close();
      assert.deepEqual(seen, { zone: timezoneId, locale: 'en-US', language: 'en-US', local });
    }
  });

  test(`the seed page shows the event from its descriptor (${browser})`, async () => {
    const { thrown, consoleErrors, events, text, fallbackVisible } = await open('seed');
    assert.deepEqual(thrown, []);
    assert.deepEqual(consoleErrors, []);
    assert.deepEqual(events.map((e) => e.type), ['plenary-load']);
    assert.match(text, /Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19/);
    assert.match(text, /Capacity Development Webinar Series/);
    assert.match(text, /Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT/);
    assert.match(text, /Fiji 11:00 PM – 2:20 AM\+1/);
    assert.match(text, /Session 3: Promoting Global Digital Cooperation for Solidarity/);
    assert.match(text, /E-mail: wonszz@korea\.kr/);
    assert.equal(fallbackVisible, false);
  });

  const failures = [
    ['not-found', /HTTP 404/, '/events/missing.json'],
    ['server-error', /HTTP 500/, '/__fault/status/500'],
    ['html-body', /returned a web page \(HTML\)/, '/__fault/html'],
    ['dst-gap', /start: "2021-03-28T02:30" does not exist in Europe\/Rome \(clocks go forward from 02:00 to 03:00\)/, '/test/fixtures/gap-rome.json'],
    ['unknown-zone', /timeZone: "Mars\/Olympus" is not a known time zone/, '/test/fixtures/mars-zone.json'],
  ];

  for (const [name, problem, path] of failures) {
    test(`a page whose descriptor fails (${name}) shows the problem, fires plenary-error and throws nothing (${browser})`, async () => {
      const { thrown, events, text, fallbackVisible } = await open(name);
      assert.deepEqual(thrown, []);
      assert.deepEqual(events.map((e) => e.type), ['plenary-error']);
      assert.ok(events[0].errors.length > 0);
      assert.equal(events[0].url, `${env.server.origin}${path}`);
      assert.match(text, /The event information could not be shown\./);
      assert.match(text, problem);
      assert.ok(text.includes(`${env.server.origin}${path}`), 'the error names the descriptor address');
      assert.equal(fallbackVisible, true, "the webmaster's fallback stays visible");
    });
  }

  /** Every request a page makes until its event is shown. */
  async function requestsOf(name) {
    const page = await env.newPage(browser, VISITOR);
    const urls = [];
    page.on('request', (request) => urls.push(request.url));
    await page.goto(`${env.server.origin}/test/pages/${name}.html`);
    await waitForPlenary(page, 'plenary-event');
    const text = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.querySelector('plenary-card').shadowRoot.textContent);
    await page.close();
    return { paths: urls.map((u) => new URL(u)).map((u) => (u.origin === env.server.origin ? u.pathname : u.href)), text };
  }

  test(`an English page loads plenary.js and the descriptor, nothing else, from no other host (${browser})`, async () => {
    const { paths } = await requestsOf('seed');
    assert.deepEqual(paths, ['/test/pages/seed.html', '/dist/plenary.js', '/examples/unpog-webinar-2020-10-13.json']);
  });

  test(`a French page loads the French strings as one small file beside plenary.js (${browser})`, async () => {
    const { paths, text } = await requestsOf('seed-fr');
    assert.deepEqual(paths.filter((p) => !p.startsWith('/dist/fr-')), ['/test/pages/seed-fr.html', '/dist/plenary.js', '/examples/unpog-webinar-2020-10-13.json']);
    assert.equal(paths.filter((p) => /^\/dist\/fr-[\w-]+\.js$/.test(p)).length, 1);
    assert.match(text, /Accélérer la transformation numérique/);
    assert.match(text, /Heure des organisateurs/);
  });
}
