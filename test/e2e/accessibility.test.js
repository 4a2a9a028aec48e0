// axe-core (WCAG 2.0, 2.1 and 2.2, A and AA) on the seed page built from
// dist/plenary.js, in every phase of the event, wide and at 320 px, in English
// and in Arabic (right to left); and no horizontal scrolling. On a phone, every
// heading of the page in the accessibility tree, the programme's off screen too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { withBrowser, waitForPlenary } from './harness.js';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const PHASES = {
  upcoming: '2020-10-01T00:00Z',
  'join window open': '2020-10-13T10:45Z',
  live: '2020-10-13T12:00Z',
  ended: '2020-10-14T00:00Z',
};

const env = withBrowser();

const RUNS = [
  ...[1280, 320].flatMap((width) => Object.entries(PHASES).map(([phase, now]) => ({ width, phase, now, lang: 'en' }))),
  ...Object.entries(PHASES).map(([phase, now]) => ({ width: 1280, phase, now, lang: 'ar' })),
  { width: 320, phase: 'join window open', now: PHASES['join window open'], lang: 'ar' },
];

for (const { width, phase, now, lang } of RUNS) {
  test(`the seed page in ${lang} at ${width} px, ${phase}: no axe violation, no horizontal scroll`, async () => {
    const page = await env.browser.newPage({ viewport: { width, height: 900 }, timezoneId: 'Asia/Seoul', locale: 'en-US' });
    try {
      await page.goto(`${env.server.origin}/test/pages/seed.html`);
      await page.evaluate(
        ([at, language]) => {
          const event = document.querySelector('plenary-event');
          event.setAttribute('now', at);
          event.setAttribute('lang', language);
        },
        [now, lang],
      );
      await waitForPlenary(page, 'plenary-event');
      await page.addScriptTag({ path: AXE });
      const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      assert.deepEqual(violations, []);
      assert.ok(result.passes.length > 10, 'axe checked the page');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, 'no horizontal scrolling');
    } finally {
      await page.close();
    }
  });
}

test('the seed page on a phone: every heading in the accessibility tree, the sessions below the screen too', async () => {
  const page = await env.browser.newPage({ viewport: { width: 360, height: 740 }, timezoneId: 'Asia/Seoul', locale: 'en-US' });
  try {
    await page.goto(`${env.server.origin}/test/pages/seed.html`);
    await waitForPlenary(page, 'plenary-event');
    const cdp = await page.context().newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const headings = nodes.filter((n) => n.role?.value === 'heading' && !n.ignored).map((n) => n.name?.value);
    // What a screen reader lists by heading, the programme's sessions among them, although none is on screen.
    for (const title of [
      'Programme',
      'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
      'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
      'Session 3: Promoting Global Digital Cooperation for Solidarity',
      'Contacts',
    ]) {
      assert.ok(headings.includes(title), `"${title}" among the headings: ${JSON.stringify(headings)}`);
    }
  } finally {
    await page.close();
  }
});
