// dist/embed.html, the page for sites that take only an iframe (SharePoint,
// Google Sites): a host page under the strict CSP holds one frame per element,
// and sizes each from its plenary:height messages, as the README shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { withBrowser, waitForPlenary } from './harness.js';

const env = withBrowser();

const SHOWN = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'];
const REFUSED = ['refused-src', 'refused-show', 'refused-missing'];
const JOIN_URL = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13';

/** Opens the host page at `width`; records violations in every frame, the requests and errors; answers every other host with a stub page. */
async function openHost(width) {
  const context = await env.browser.newContext({ viewport: { width, height: 900 }, timezoneId: 'America/New_York', locale: 'en-US', acceptDownloads: true });
  const origin = env.server.origin;
  await context.route((url) => url.origin !== origin, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>elsewhere</title>' }));
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const seen = { thrown: [], requests: [] };
  page.on('pageerror', (e) => seen.thrown.push(e.message));
  page.on('request', (r) => seen.requests.push(r.url()));
  await page.goto(`${origin}/test/pages/iframe-host.csp.html`, { timeout: 60000 });
  const frames = {};
  for (const id of [...SHOWN, ...REFUSED]) frames[id] = await (await page.$(`#frame-${id}`)).contentFrame();
  for (const show of SHOWN) await waitForPlenary(frames[show], `plenary-${show}`, 60000);
  await settled(page);
  return { context, page, frames, seen };
}

/** The host page at 1280 px, opened once and shared by the tests below, in their order (the last one narrows it); closed with the browser. */
let opened;
const host = () => (opened ??= openHost(1280));

/** Waits until every frame is as tall as the last height it reported, and that height is its content's. */
function settled(page) {
  return page.waitForFunction(
    () =>
      [...document.querySelectorAll('iframe')].every((frame) => {
        const last = window.heights.filter((h) => h.frame === frame.id).at(-1);
        return last && frame.clientHeight === last.data.height && frame.contentDocument.documentElement.scrollHeight === last.data.height;
      }),
    null,
    { polling: 'raf', timeout: 60000 },
  );
}

/**
 * Makes the window as tall as the host page, so that every frame, and all that is
 * in it, is on screen: laid out and painted for a screenshot. Waits for the frames to
 * follow, until the page's height holds.
 */
async function showWhole(page, width) {
  for (let height = 0, tries = 0; tries < 10; tries++) {
    const next = await page.evaluate(() => document.documentElement.scrollHeight);
    if (next === height) return;
    height = next;
    await page.setViewportSize({ width, height });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await settled(page);
  }
  throw new Error('the host page never stopped growing');
}

/** What a frame shows, read inside it. */
function inside(frame, tag) {
  return frame.evaluate((tag) => {
    const el = document.querySelector(tag);
    const box = el?.getBoundingClientRect();
    const html = document.documentElement;
    return {
      status: el?.status,
      attributes: el ? Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])) : null,
      box: box && { x: box.x, y: box.y, width: box.width },
      viewportWidth: html.clientWidth,
      innerWidth: window.innerWidth,
      scrollHeight: html.scrollHeight,
      innerHeight: window.innerHeight,
      margins: [getComputedStyle(html).margin, getComputedStyle(document.body).margin],
      backgrounds: [getComputedStyle(html).backgroundColor, getComputedStyle(document.body).backgroundColor],
      htmlLang: html.lang,
      title: document.title,
      violations: window.violations,
    };
  }, tag);
}

const heightsOf = (page) => page.evaluate(() => window.heights);

test('embed.html shows each of the eight elements ready, edge to edge, with no CSP violation under the policy sent as a header', async () => {
  const { page, frames, seen } = await host();
  const response = await page.request.get(`${env.server.origin}/dist/embed.html?src=/examples/unpog-webinar-2020-10-13.json`);
  assert.match(response.headers()['content-security-policy'], /^default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'/);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'the host page');
  for (const show of SHOWN) {
    const got = await inside(frames[show], `plenary-${show}`);
    assert.equal(got.status, 'ready', show);
    assert.deepEqual(got.violations, [], `no violation in the ${show} frame`);
    assert.deepEqual(got.margins, ['0px', '0px'], show);
    assert.deepEqual(got.backgrounds, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)'], show);
    assert.deepEqual(got.box, { x: 0, y: 0, width: got.viewportWidth }, `the ${show} element fills the frame's width`);
    assert.equal(got.attributes.src, `${env.server.origin}/examples/unpog-webinar-2020-10-13.json`, show);
    assert.equal(got.attributes.now, '2020-10-13T10:45Z', show);
    assert.equal(got.attributes.zone, 'Asia/Seoul', show);
  }
  // The card's frame names its descriptor relative to embed.html: ../examples/…
  assert.ok(seen.requests.every((url) => !url.includes('/test/examples/')), 'src is not read against the host page');
  assert.equal((await inside(frames.schedule, 'plenary-schedule')).attributes.zones, 'Europe/Rome Pacific/Fiji');
  assert.equal((await inside(frames.documents, 'plenary-documents')).attributes.refresh, 'off');
  const places = await frames.schedule.evaluate(() => [...document.querySelector('plenary-schedule').shadowRoot.querySelectorAll('.place')].map((p) => p.textContent.trim()));
  assert.deepEqual(places.slice(0, 2), ['Rome', 'Fiji']);
  const agenda = await inside(frames.agenda, 'plenary-agenda');
  assert.equal(agenda.attributes.lang, 'fr');
  assert.equal(agenda.htmlLang, 'fr');
  const join = await inside(frames.join, 'plenary-join');
  assert.equal(join.htmlLang, 'en', "without lang=, the document takes the descriptor's language");
  // A screen reader names each frame by its document's title: the event's, in the frame's language.
  assert.equal(agenda.title, 'Accélérer la transformation numérique pour une reprise durable et résiliente après la COVID-19');
  assert.equal(join.title, 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19');
  const button = await frames.join.evaluate(() => document.querySelector('plenary-join').shadowRoot.querySelector('a.button').textContent.trim());
  assert.match(button, /^Join the meeting/);
  assert.deepEqual(seen.thrown, []);
});

test('the host page sizes each frame from its plenary:height messages: the content fits, with no scrollbar inside', async () => {
  const { page, frames } = await host();
  const messages = await heightsOf(page);
  for (const m of messages) {
    assert.equal(m.origin, env.server.origin);
    assert.deepEqual(Object.keys(m.data).sort(), ['height', 'type'], 'the message carries nothing but the height');
    assert.ok(Number.isInteger(m.data.height), `${m.frame}: ${m.data.height}`);
  }
  const final = {};
  for (const id of [...SHOWN, ...REFUSED]) {
    const last = messages.filter((m) => m.frame === `frame-${id}`).at(-1);
    assert.ok(last, `${id} reported its height`);
    final[id] = last.data.height;
    const got = await inside(frames[id], 'body');
    assert.equal(got.scrollHeight, final[id], `${id}: the reported height is the content's`);
    assert.equal(got.innerHeight, final[id], `${id}: the frame took that height`);
    assert.equal(got.innerWidth, got.viewportWidth, `${id}: no vertical scrollbar inside the frame`);
  }
  for (const show of SHOWN) assert.ok(final[show] >= 40 && final[show] <= 5000, `${show}: ${final[show]} px`);
  for (const show of SHOWN.slice(1)) assert.ok(final.event > final[show], `the whole event (${final.event} px) is taller than ${show} (${final[show]} px)`);
});

test('a frame from another site, below the fold, takes its height before the visitor scrolls to it, so nothing jumps as they reach it', async () => {
  const context = await env.browser.newContext({ viewport: { width: 800, height: 600 }, timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/test/pages/iframe-below.html`);
  const frameElement = await page.waitForSelector('#frame-card');
  const frame = await frameElement.contentFrame();
  assert.notEqual(new URL(frame.url()).origin, env.server.origin, 'the frame is from another origin');
  await waitForPlenary(frame, 'plenary-card');
  const content = await frame.evaluate(() => document.querySelector('plenary-card').getBoundingClientRect().height);
  assert.ok(content > 300, `the card is ${content} px tall`);
  // Without scrolling: the frame takes the height it reports, that of the card it shows (its join and calendar parts included).
  await page.waitForFunction(
    (content) => {
      const last = window.heights.filter((h) => h.frame === 'frame-card').at(-1);
      const height = document.getElementById('frame-card').clientHeight;
      return last?.data.height === height && Math.abs(height - content) <= 1;
    },
    content,
    { timeout: 10000 },
  );
  const top = await page.evaluate(() => document.getElementById('frame-card').getBoundingClientRect().top);
  assert.ok(top > 600, `the frame is still below the window (its top at ${top} px)`);
  await context.close();
});

test('links never open inside the frame: the join link and a document open a new tab, the .ics file still downloads', async () => {
  const { context, page, frames } = await host();
  const frameUrl = frames.join.url();
  const [popup] = await Promise.all([page.waitForEvent('popup', { timeout: 15000 }), frames.join.locator('plenary-join a.button').click()]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), JOIN_URL);
  assert.equal(await popup.evaluate(() => window.opener), null, 'the meeting page cannot reach back');
  assert.equal(frames.join.url(), frameUrl, 'the frame stayed where it was');
  assert.equal(await frames.join.evaluate(() => document.querySelector('plenary-join').status), 'ready');

  const documentLink = frames.documents.locator('plenary-documents a').first();
  const href = await documentLink.getAttribute('href');
  const [second] = await Promise.all([page.waitForEvent('popup', { timeout: 15000 }), documentLink.click()]);
  await second.waitForLoadState();
  assert.equal(second.url(), href);

  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 15000 }), frames.calendar.locator('plenary-calendar a[part=ics]').click()]);
  assert.equal(download.suggestedFilename(), 'unpog-webinar-2020-10-13.ics');
  assert.equal(context.pages().length, 3, 'the host page and the two tabs: the download opened none');
  await popup.close();
  await second.close();
});

test('src=javascript:…, show=nope and a missing src are refused with a visible message and no element', async () => {
  const { page, frames, seen } = await host();
  const expected = {
    'refused-src': 'Plenary does not read “javascript:alert(1)”: src= must be an http:, https: or relative address.',
    'refused-show': 'Plenary cannot show “nope”: show= must be one of event, card, schedule, agenda, documents, contacts, join, calendar.',
    'refused-missing': 'Plenary has no event to show: add src= with the address of the event descriptor to this frame’s address.',
  };
  for (const id of REFUSED) {
    const got = await frames[id].evaluate(() => {
      const box = document.querySelector('.refusal');
      return {
        text: box?.innerText,
        height: box?.getBoundingClientRect().height,
        elements: [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-')).length,
        violations: window.violations,
      };
    });
    assert.equal(got.text, expected[id]);
    assert.ok(got.height > 20, `${id}: the message is visible`);
    assert.equal(got.elements, 0, `${id}: no element`);
    assert.deepEqual(got.violations, []);
  }
  assert.deepEqual(seen.thrown, []);
});

test('at 1280 and 320 px wide, the whole page on screen: screenshots; each frame follows its content, also at 320 px', async (t) => {
  mkdirSync('test-results', { recursive: true });
  const { page, frames } = await host();
  const lastHeights = async () => {
    const last = {};
    for (const m of await heightsOf(page)) last[m.frame.slice('frame-'.length)] = m.data.height;
    return last;
  };
  await showWhole(page, 1280);
  const wide = await lastHeights();
  await page.screenshot({ path: 'test-results/embed-1280.png' });
  await showWhole(page, 320);
  const narrow = await lastHeights();
  for (const show of ['event', 'card', 'agenda', 'documents', 'contacts']) {
    assert.ok(narrow[show] > wide[show], `${show}: ${wide[show]} px at 1280, ${narrow[show]} px at 320`);
  }
  for (const id of [...SHOWN, ...REFUSED]) {
    const got = await inside(frames[id], 'body');
    assert.equal(got.scrollHeight, narrow[id], `${id}: the last height reported at 320 px is the content's`);
    assert.equal(got.innerHeight, narrow[id], `${id}: the frame took it`);
    assert.equal(got.innerWidth, got.viewportWidth, `${id}: no vertical scrollbar inside the frame`);
  }
  await page.screenshot({ path: 'test-results/embed-320.png' });
  t.diagnostic(`heights at 1280 px: ${JSON.stringify(wide)}`);
  t.diagnostic(`heights at 320 px: ${JSON.stringify(narrow)}`);
});
