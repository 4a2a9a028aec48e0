// End-to-end: the seed page printed (print media emulated in Chromium, on the
// built dist/plenary.js). On paper: no buttons, countdowns, "your time" marks or
// calendar links; every folded text unfolded; each link followed by its address;
// black on white. Screenshots of the printed page go to test-results/.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { withBrowsers, waitForPlenary } from './harness.js';

const env = withBrowsers();

/** What a reader sees of the page's Plenary elements, looked up through their shadow roots. */
function seen() {
  const all = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? all(el.shadowRoot) : [])]);
  const els = all(document);
  const one = (test) => els.find(test);
  const shown = (el) => Boolean(el) && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const join = one((e) => e.localName === 'plenary-join');
  const link = join.shadowRoot.querySelector('a[part=button]');
  const card = one((e) => e.localName === 'plenary-card');
  const agenda = one((e) => e.localName === 'plenary-agenda');
  const folded = [...agenda.shadowRoot.querySelectorAll('details')];
  return {
    calendar: shown(one((e) => e.localName === 'plenary-calendar')),
    yourTime: els.filter((e) => e.getAttribute?.('part') === 'badge').some(shown),
    countdown: [...join.shadowRoot.querySelectorAll('.detail')].some(shown),
    buttons: els.filter((e) => e.localName === 'button' || e.localName === 'summary').some(shown),
    joinLink: shown(link),
    joinAddress: getComputedStyle(link, '::after').content,
    // Unfolded: a <details> taller than its summary by more than a line (its text is laid out).
    foldedShown: folded.length > 0 && folded.every((d) => d.getBoundingClientRect().height > (d.querySelector('summary')?.getBoundingClientRect().height ?? 0) + 40),
    titleColour: getComputedStyle(card.shadowRoot.querySelector('[part=title]')).color,
    background: getComputedStyle(card).backgroundColor,
  };
}

for (const lang of ['en', 'ar']) {
  test(`the seed page printed: nothing to press, nothing folded, links with their addresses, black on white (${lang})`, async () => {
    const page = await env.newPage('chromium', { timezoneId: 'America/New_York', locale: 'en-US' });
    await page.raw.setViewportSize({ width: 900, height: 1200 });
    await page.goto(`${env.server.origin}/test/pages/print.html`);
    await page.evaluate((l) => {
      document.documentElement.lang = l;
      if (l === 'ar') document.documentElement.dir = 'rtl';
    }, lang);
    await waitForPlenary(page);
    await page.waitForFunction(() => document.querySelector('plenary-event').shadowRoot.querySelector('plenary-card').shadowRoot.querySelector('[part=title]'));

    const screen = await page.evaluate(seen);
    assert.equal(screen.calendar, true, 'on screen: the calendar links');
    assert.equal(screen.yourTime, true, 'on screen: "your time"');
    assert.equal(screen.countdown, true, 'on screen: the countdown');
    assert.equal(screen.foldedShown, false, 'on screen: long texts folded');

    await page.raw.emulateMedia({ media: 'print' });
    const paper = await page.evaluate(seen);
    assert.deepEqual(
      { ...paper, joinAddress: undefined },
      { calendar: false, yourTime: false, countdown: false, buttons: false, joinLink: true, joinAddress: undefined, foldedShown: true, titleColour: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' },
    );
    assert.equal(paper.joinAddress, '"(https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13)"');
    mkdirSync('test-results', { recursive: true });
    await page.raw.screenshot({ path: `test-results/print-${lang}.png`, fullPage: true });
    await page.close();
  });
}
