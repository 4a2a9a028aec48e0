// End-to-end: what the built dist/plenary.js loads, and when. An English page
// with a good descriptor makes three requests (the page, plenary.js, the
// descriptor) and shows the whole event; the validator comes only for a
// descriptor with a problem, the calendar file's code only when a visitor
// reaches for the file, the structured data's only with `structured-data`. The
// descriptors are asked for before the elements are defined, and the first
// date format is made while they are on their way. When the connection drops
// as the calendar file's code is asked for, the visitor is told so; when it is
// slow, the visitor is told the file is being made.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BROWSERS, withBrowsers } from './harness.js';

const env = withBrowsers();

/** The chunks beside plenary.js that are loaded only when needed, by their names. */
const VALIDATOR = /^\/dist\/checks-[\w-]+\.js$/;
const CALENDAR_FILE = /^\/dist\/ics-[\w-]+\.js$/;
const STRUCTURED_DATA = /^\/dist\/jsonld-[\w-]+\.js$/;

for (const browser of BROWSERS) {
  /** Opens a test page, waits for Plenary, and returns the page with the paths it has requested so far. */
  async function open(name) {
    const page = await env.newPage(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
    const requests = [];
    const thrown = [];
    page.on('request', ({ url }) => requests.push(new URL(url).pathname));
    page.on('pageerror', ({ message }) => thrown.push(message));
    await page.goto(`${env.server.origin}/test/pages/${name}.html`);
    // Settled: every element (and every one inside) ready or showing an error.
    await page.waitForFunction(() => {
      const settled = (el) => (el.status === 'ready' || el.status === 'error') && [...el.shadowRoot.querySelectorAll('*')].every((c) => !c.localName.startsWith('plenary-') || settled(c));
      const els = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-'));
      return els.length > 0 && els.every(settled);
    });
    return { page, requests, thrown };
  }

  test(`an English page with a good descriptor makes three requests, and loads no validator, calendar file or structured data code (${browser})`, async () => {
    const { page, requests, thrown } = await open('seed');
    const text = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.textContent);
    assert.match(text, /Accelerating Digital Transformation/);
    assert.deepEqual(requests, ['/test/pages/seed.html', '/dist/plenary.js', '/examples/unpog-webinar-2020-10-13.json']);
    assert.deepEqual(thrown, []);
    await page.close();
  });

  test(`plenary.js loaded with a query string says in the console how to load it, once; without one, nothing (${browser})`, async () => {
    for (const [name, expected] of [
      ['query', ['Plenary: plenary.js is loaded as "plenary.js?ver=1.0". The files it loads when needed (other languages, the descriptor checks, the calendar file) ask for plenary.js without that']],
      ['seed', []],
    ]) {
      const page = await env.newPage(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
      const warnings = [];
      page.on('console', ({ type, text }) => type === 'warning' && warnings.push(text));
      await page.goto(`${env.server.origin}/test/pages/${name}.html`);
      await page.waitForFunction(() => document.querySelector('plenary-event')?.status === 'ready');
      assert.deepEqual(warnings.filter((w) => w.includes('query string')).map((w) => w.split(' so the browser')[0].replace(/,$/, '')), expected, name);
      await page.close();
    }
  });

  test(`the descriptors are asked for before the elements are defined, once each (${browser})`, async () => {
    const { page, requests, thrown } = await open('early');
    const order = await page.evaluate(() => window.order);
    assert.deepEqual(order.slice(0, 3), ['fetch /examples/unpog-webinar-2020-10-13.json', 'fetch /examples/multi-day-symposium.json', 'define plenary-event']);
    assert.equal(order.filter((o) => o.startsWith('fetch /examples/')).length, 2, `asked for again: ${order.join(', ')}`);
    assert.deepEqual(
      requests.filter((p) => p.startsWith('/examples/')),
      ['/examples/unpog-webinar-2020-10-13.json', '/examples/multi-day-symposium.json'],
    );
    const shown = await page.evaluate(() => {
      // What is on screen: the text without the words said to screen readers only, its spaces as a reader sees them.
      const seen = (root) => {
        const copy = document.createElement('div');
        copy.append(...[...root.childNodes].map((n) => n.cloneNode(true)));
        copy.querySelectorAll('.visually-hidden, style').forEach((n) => n.remove());
        return copy.textContent.replace(/\s+/g, ' ');
      };
      return {
        card: seen(document.querySelector('plenary-card').shadowRoot),
        schedule: seen(document.querySelector('plenary-schedule').shadowRoot),
        join: document.querySelector('plenary-join').status,
      };
    });
    assert.match(shown.card, /Accelerating Digital Transformation/);
    assert.match(shown.schedule, /Tuesday, October 6 – Thursday, October 8, 2026/);
    assert.equal(shown.join, 'ready');
    assert.deepEqual(thrown, []);
    await page.close();
  });

  test(`the first date format, which costs the browser its time-zone data, is made while the descriptor is on its way (${browser})`, async () => {
    const page = await env.newPage(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
    const thrown = [];
    page.on('pageerror', ({ message }) => thrown.push(message));
    await page.goto(`${env.server.origin}/test/pages/early-intl.html`);
    // The server answers the descriptor 3 seconds after it is asked.
    await page.waitForFunction(() => window.order.length > 0, null, { timeout: 10000 });
    const order = await page.evaluate(() => [...window.order]);
    assert.equal(order[0], 'date format', `the descriptor came before any date format was made: ${order.join(', ')}`);
    await page.waitForFunction(() => document.querySelector('plenary-join').status === 'ready');
    assert.match(await page.evaluate(() => document.querySelector('plenary-join').shadowRoot.textContent), /This event has ended/);
    assert.deepEqual(thrown, []);
    await page.close();
  });

  test(`a descriptor with a problem loads the validator, which says what is wrong (${browser})`, async () => {
    const { page, requests } = await open('unknown-zone');
    assert.ok(requests.some((p) => VALIDATOR.test(p)), `the validator was not loaded: ${requests.join(', ')}`);
    const error = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.querySelector('[part=error]')?.textContent ?? '');
    // The validator's own words (did-you-mean and all), as `plenary validate` says them.
    assert.match(error.replace(/\s+/g, ' '), /timeZone/);
    assert.match(error.replace(/\s+/g, ' '), /is not a known time zone/);
    await page.close();
  });

  test(`the calendar file's code loads when a visitor reaches for the file, and the file is built (${browser})`, async () => {
    const { page, requests } = await open('calendar');
    assert.ok(!requests.some((p) => CALENDAR_FILE.test(p)), 'loaded before anyone asked');
    await page.evaluate(() => document.querySelector('plenary-calendar').shadowRoot.querySelector('a[part=ics]').focus());
    await page.waitForFunction(() => document.querySelector('plenary-calendar').shadowRoot.querySelector('a[part=ics]').href.startsWith('data:text/calendar'), null, {
      timeout: 10000,
    });
    assert.ok(requests.some((p) => CALENDAR_FILE.test(p)), `the calendar file's code was not loaded: ${requests.join(', ')}`);
    const file = await page.evaluate(() => decodeURIComponent(document.querySelector('plenary-calendar').shadowRoot.querySelector('a[part=ics]').href.split(',')[1]));
    assert.match(file, /\r\nDTSTART:20201013T110000Z\r\n/);
    await page.close();
  });

  test(`a visitor whose connection fails when the calendar file's code is needed is told so under the links; reloaded, the page makes the file (${browser})`, async () => {
    const { page, requests, thrown } = await open('calendar');
    const helpers = () => {
      const root = document.querySelector('plenary-calendar').shadowRoot;
      window.fileLink = () => root.querySelector('a[part=ics]');
      // The line under the links, with its part `failed` while it says a file could not be made.
      window.failedLine = () => root.querySelector('[part~=failed]')?.textContent.trim() ?? '';
    };
    await page.evaluate(helpers);
    assert.equal(await page.evaluate(() => window.failedLine()), '', 'a failure said before anything failed');
    await fetch(`${env.server.origin}/__cut/on`);
    try {
      // Followed at once (no pointer over it, no focus first): the code is asked for, and the connection drops.
      await page.evaluate(() => window.fileLink().click());
      await page.waitForFunction(() => window.failedLine() !== '', null, { timeout: 10000 });
    } finally {
      await fetch(`${env.server.origin}/__cut/off`);
    }
    assert.ok(requests.some((p) => CALENDAR_FILE.test(p)), `the calendar file's code was not asked for: ${requests.join(', ')}`);
    assert.equal(await page.evaluate(() => window.failedLine()), 'The calendar file could not be made: check your connection, then reload the page and try again.');
    assert.equal(await page.evaluate(() => window.fileLink().getAttribute('href')), '#', 'a file in the link');
    // The connection is back, and the visitor reloads as told: reaching for the link makes the file.
    await page.goto(`${env.server.origin}/test/pages/calendar.html`);
    await page.waitForFunction(() => document.querySelector('plenary-calendar').status === 'ready');
    await page.evaluate(helpers);
    await page.evaluate(() => window.fileLink().focus());
    await page.waitForFunction(() => window.fileLink().href.startsWith('data:text/calendar'), null, { timeout: 10000 });
    assert.equal(await page.evaluate(() => window.failedLine()), '');
    assert.deepEqual(thrown, []);
    await page.close();
  });

  test(`a visitor on a slow connection who follows the calendar link is told the file is being made, and the file comes; on a fast one nothing flashes (${browser})`, async () => {
    const { page, thrown } = await open('calendar');
    const helpers = () => {
      const root = document.querySelector('plenary-calendar').shadowRoot;
      window.fileLink = () => root.querySelector('a[part=ics]');
      window.statusLine = () => root.querySelector('[part~=status]').textContent.trim();
      // Every text the line has had, however briefly.
      window.said = [];
      new MutationObserver(() => window.said.push(window.statusLine())).observe(root.querySelector('[part~=status]'), { childList: true, subtree: true, characterData: true });
    };
    // A fast connection: the file is made well within half a second, and the line says nothing.
    await page.evaluate(helpers);
    await page.evaluate(() => window.fileLink().click());
    await page.waitForFunction(() => window.fileLink().href.startsWith('data:text/calendar'), null, { timeout: 10000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    assert.deepEqual(await page.evaluate(() => window.said.filter((t) => t !== '')), [], 'the line said something though the file came at once');
    // A slow one: two seconds for the file's code.
    await page.goto(`${env.server.origin}/test/pages/calendar.html`);
    await page.waitForFunction(() => document.querySelector('plenary-calendar').status === 'ready');
    await page.evaluate(helpers);
    await fetch(`${env.server.origin}/__slow/on?ms=2000`);
    try {
      await page.evaluate(() => window.fileLink().click());
      await page.waitForFunction(() => window.statusLine() !== '', null, { timeout: 10000 });
      assert.equal(await page.evaluate(() => window.statusLine()), 'Making the calendar file…');
      assert.equal(await page.evaluate(() => window.fileLink().getAttribute('href')), '#', 'the file was made before its code came');
      await page.waitForFunction(() => window.fileLink().href.startsWith('data:text/calendar'), null, { timeout: 10000 });
    } finally {
      await fetch(`${env.server.origin}/__slow/off`);
    }
    await page.waitForFunction(() => window.statusLine() === '', null, { timeout: 5000 });
    assert.deepEqual(thrown, []);
    await page.close();
  });

  test(`structured-data loads the structured data's code, and only then (${browser})`, async () => {
    const plain = await open('seed');
    assert.ok(!plain.requests.some((p) => STRUCTURED_DATA.test(p)));
    await plain.page.close();
    const { page, requests } = await open('structured-data');
    await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'), null, { timeout: 10000 });
    assert.ok(requests.some((p) => STRUCTURED_DATA.test(p)));
    await page.close();
  });
}
