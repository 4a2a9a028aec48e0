// Host pages that fight back, each a plain HTML page under test/pages/ loading
// the built files as a webmaster would, in headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser, waitForPlenary } from './harness.js';
import { CSP } from '../server.js';

const env = withBrowser();

/** Opens a page and waits for its plenary-event (and everything in it) to be shown; records what the page meets. */
async function visit(name, { wait = true, width = 1280 } = {}) {
  const page = await env.browser.newPage({ timezoneId: 'America/New_York', locale: 'en-US', viewport: { width, height: 720 } });
  const seen = { thrown: [], warnings: [], errors: [], violations: [], requests: [] };
  page.on('pageerror', (e) => seen.thrown.push(e.message));
  page.on('request', (r) => seen.requests.push(new URL(r.url()).pathname));
  page.on('console', (m) => {
    if (m.type() === 'warning') seen.warnings.push(m.text());
    // The test pages have no icon: the browser's request for one is the page's, not Plenary's.
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) seen.errors.push(m.text());
  });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await page.goto(`${env.server.origin}/test/pages/${name}`);
  if (wait) await waitForPlenary(page, 'plenary-event');
  seen.violations = await page.evaluate(() => window.violations);
  return { page, seen };
}

/** Computed styles of a few pieces of the page, across shadow roots. */
function looks(page) {
  return page.evaluate(() => {
    const root = document.querySelector('plenary-event').shadowRoot;
    const inner = (tag) => root.querySelector(tag).shadowRoot;
    const pieces = {
      title: inner('plenary-card').querySelector('h2'),
      joinButton: inner('plenary-card').querySelector('plenary-join').shadowRoot.querySelector('a.button'),
      sectionTitle: root.querySelector('section h3'),
      place: inner('plenary-schedule').querySelector('.place'),
      contactName: inner('plenary-contacts').querySelector('.name'),
      emailLink: inner('plenary-contacts').querySelector('.email a'),
    };
    const out = {};
    for (const [name, el] of Object.entries(pieces)) {
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      out[name] = {
        color: s.color,
        fontSize: s.fontSize,
        lineHeight: s.lineHeight,
        display: s.display,
        // Inherited from the page unless set inside.
        text: [s.fontStyle, s.letterSpacing, s.wordSpacing, s.textIndent, s.textTransform, s.whiteSpace].join(' '),
        visible: box.width > 0 && box.height > 0,
      };
    }
    return out;
  });
}

test('hostile host CSS: the elements look as designed (colours, sizes, leading, display)', async () => {
  const calm = await visit('calm-css.html');
  const hostile = await visit('hostile-css.html');
  const expected = await looks(calm.page);
  const got = await looks(hostile.page);
  assert.deepEqual(got, expected);
  assert.ok(Object.values(got).every((p) => p.visible));
  assert.notEqual(got.title.color, 'rgb(255, 0, 0)');
  await hostile.page.screenshot({ path: 'test-results/hostile-css.png', fullPage: false });
  assert.deepEqual(hostile.seen.thrown, []);
  await calm.page.close();
  await hostile.page.close();
});

/** The spaces and the layout of the event page: paddings, gaps and where the aside sits. */
function spacing(page) {
  return page.evaluate(() => {
    const root = document.querySelector('plenary-event').shadowRoot;
    const inner = (tag) => root.querySelector(tag).shadowRoot;
    const box = (el) => el.getBoundingClientRect();
    const style = (el, ...names) => names.map((n) => getComputedStyle(el)[n]).join(' ');
    const [main, aside] = [root.querySelector('.main'), root.querySelector('.aside')];
    return {
      card: style(inner('plenary-card').querySelector('.card'), 'padding'),
      joinButton: style(inner('plenary-card').querySelector('plenary-join').shadowRoot.querySelector('a.button'), 'padding', 'height'),
      row: style(inner('plenary-schedule').querySelector('.row'), 'padding', 'columnGap'),
      place: style(inner('plenary-schedule').querySelector('.place'), 'minWidth'),
      badge: style(inner('plenary-schedule').querySelector('.badge'), 'padding'),
      contact: style(inner('plenary-contacts').querySelector('.contact'), 'padding', 'width'),
      sections: style(root.querySelector('.columns'), 'columnGap'),
      asideBelowMain: box(aside).top >= box(main).bottom,
      height: Math.round(box(document.querySelector('plenary-event')).height),
    };
  });
}

test("a theme's html { font-size: 62.5% }: the same spaces inside the elements, and the event page in one column on a 640 px screen, as on a plain page", async () => {
  const calm = await visit('calm-css.html', { width: 640 });
  const small = await visit('root-font-size.html', { width: 640 });
  const expected = await spacing(calm.page);
  assert.equal(expected.asideBelowMain, true, 'one column on a plain page 640 px wide');
  // The "your time" badge's smaller text keeps the space of the element's text: half of 16 px on each side.
  assert.equal(expected.badge, '0px 8px');
  assert.deepEqual(await spacing(small.page), expected);
  assert.deepEqual(small.seen.thrown, []);
  await calm.page.close();
  await small.page.close();
});

test('strict CSP with Trusted Types (sent as a header): no violation, French strings and JSON-LD load', async () => {
  const { page, seen } = await visit('strict.csp.html');
  const response = await page.request.get(`${env.server.origin}/test/pages/strict.csp.html`);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.thrown, []);
  assert.ok(seen.requests.some((p) => /^\/dist\/fr-[\w-]+\.js$/.test(p)), 'the French strings were loaded');
  // The block's builder is a chunk of its own, loaded by the card: under the same policy.
  await page.waitForFunction(() => document.head.querySelector('script[type="application/ld+json"]'), null, { timeout: 10000 });
  assert.ok(seen.requests.some((p) => /^\/dist\/jsonld-[\w-]+\.js$/.test(p)), 'the structured data was built by its own chunk');
  const ld = await page.evaluate(() => [...document.head.querySelectorAll('script[type="application/ld+json"]')].map((s) => JSON.parse(s.textContent)));
  assert.equal(ld.length, 1);
  assert.equal(ld[0].startDate, '2020-10-13T07:00:00-04:00');
  const title = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.querySelector('plenary-card').shadowRoot.querySelector('h2').textContent.trim());
  assert.match(title, /^Accélérer la transformation numérique/);
  await page.close();
});

test("loaded twice under the README's strict CSP (sent as a header): nothing thrown into the page, no violation", async () => {
  const { page, seen } = await visit('twice.html?csp');
  // The policy the test pages are sent is the README's, word for word.
  assert.ok(readFileSync(new URL('../../README.md', import.meta.url), 'utf8').includes(`Content-Security-Policy: ${CSP}\n`), 'the README gives the policy the test pages are sent');
  assert.equal((await page.request.get(`${env.server.origin}/test/pages/twice.html?csp`)).headers()['content-security-policy'], CSP);
  // Each copy makes the rendering library's policy: the second one too.
  assert.deepEqual(seen.thrown, []);
  assert.deepEqual(seen.violations, []);
  assert.deepEqual(seen.errors, []);
  await page.close();
});

test('a <base href> elsewhere: src is read against the base URL, like a link', async () => {
  const { page, seen } = await visit('base-href.html');
  // Asked for there, and nowhere else (the address read against the page's own would be /test/pages/…).
  assert.deepEqual(
    seen.requests.filter((p) => p.endsWith('.json')),
    ['/examples/unpog-webinar-2020-10-13.json'],
  );
  assert.deepEqual(seen.thrown, []);
  await page.close();
});

test('the library loaded twice (module twice, classic script twice): no error, one working set, and only the word on the query string', async () => {
  const { page, seen } = await visit('twice.html');
  assert.deepEqual(seen.thrown, []);
  assert.deepEqual(seen.errors, []);
  // The second module copy is plenary.js?again: the one thing said is how to load it once.
  assert.deepEqual(
    seen.warnings.filter((w) => w.includes('Plenary')).map((w) => w.slice(0, 50)),
    ['Plenary: plenary.js is loaded as "plenary.js?again'],
  );
  await page.close();
});

test('two releases on one page: the first definitions stay, one warning names them', async () => {
  const { page, seen } = await visit('two-releases.html');
  assert.deepEqual(seen.thrown, []);
  const warnings = seen.warnings.filter((w) => w.includes('Plenary'));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^Plenary 0\.1\.0: <plenary-event>, <plenary-card>, .* are already defined by Plenary 0\.0\.9; those definitions stay\.$/);
  assert.equal(await page.evaluate(() => customElements.get('plenary-event').plenaryVersion), '0.0.9');
  await page.close();
});

test('another library already defined plenary-card: it is left alone, with one warning, and the rest works', async () => {
  const { page, seen } = await visit('foreign-tag.html', { wait: false });
  await waitForPlenary(page, 'plenary-schedule');
  assert.deepEqual(seen.thrown, []);
  assert.deepEqual(
    seen.warnings.filter((w) => w.includes('Plenary')),
    ['Plenary 0.1.0: <plenary-card> is already defined by another script; that definition stays.'],
  );
  const rows = await page.evaluate(() => document.querySelector('plenary-schedule').shadowRoot.querySelectorAll('li.row').length);
  assert.ok(rows >= 5);
  await page.close();
});

test('the classic script alone carries every language: a Korean page makes no other request', async () => {
  const { page, seen } = await visit('classic.html');
  assert.deepEqual(seen.thrown, []);
  assert.deepEqual(seen.requests, ['/test/pages/classic.html', '/dist/plenary.iife.js', '/examples/unpog-webinar-2020-10-13.json']);
  const title = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.querySelector('plenary-card').shadowRoot.querySelector('h2').textContent.trim());
  assert.equal(title, '코로나19로부터의 지속가능하고 회복력 있는 회복을 위한 디지털 전환 가속화');
  await page.close();
});

test('when the script fails to load, the fallback stays readable and styled by the :not(:defined) guidance', async () => {
  const { page, seen } = await visit('no-script.html', { wait: false });
  await page.waitForLoadState('load');
  const fallback = await page.evaluate(() => {
    const el = document.getElementById('fallback');
    const host = getComputedStyle(document.querySelector('plenary-event'));
    return { text: el.innerText, height: el.getBoundingClientRect().height, border: host.borderTopStyle, display: host.display };
  });
  assert.match(fallback.text, /Capacity Development Webinar, 13 October 2020/);
  assert.ok(fallback.height > 0);
  assert.deepEqual([fallback.border, fallback.display], ['solid', 'block']);
  assert.deepEqual(seen.thrown, []);
  await page.close();
});
