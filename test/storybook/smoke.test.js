// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium and fails on what story-page.js checks (a console or page error, a
// failed request, a second copy of Lit, an empty render) or an axe-core
// violation (WCAG 2.0–2.2, A and AA). Run after `npm run build-storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startServer } from '../server.js';
import { storyByStory, TITLES } from './story-page.js';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
if (!existsSync(`${STATIC}index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let server;
let browser;
let context;
/** Shows a story, as a designer goes through the sidebar (story-page.js). */
let show;
before(async () => {
  server = await startServer({ root: STATIC.replace(/\/$/, '') });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  show = storyByStory(context, server.origin);
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

test('the Storybook has a story for every element, and the playground', () => {
  const titles = new Set(stories.map((s) => s.title));
  for (const t of TITLES) assert.ok(titles.has(t), `${t} has stories`);
});

for (const story of stories) {
  test(`story ${story.title} / ${story.name}: renders, no console or page error, no axe violation`, () =>
    show(story, async (page) => {
      // Ours, once a page (the accessibility addon's own axe is on the page too, as `window.axe`).
      if (!(await page.evaluate(() => 'plenaryAxe' in window))) {
        await page.addScriptTag({ path: AXE });
        await page.evaluate(() => (window.plenaryAxe = window.axe));
      }
      // The accessibility addon runs axe on each story too: wait for its run to finish.
      let result;
      for (let attempt = 0; !result; attempt++) {
        try {
          result = await page.evaluate((tags) => window.plenaryAxe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } }), TAGS);
        } catch (error) {
          if (!/already running/.test(error.message) || attempt > 50) throw error;
          await page.waitForTimeout(100);
        }
      }
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      assert.deepEqual(violations, []);
    }),
  );
}
