// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium and fails on what story-page.js checks (a console or page error, a
// failed request, a second copy of Lit, an empty render) or an axe-core
// violation (WCAG 2.0–2.2, A and AA). Also: each element's controls are its
// attributes, each with a field of its type, and the playground follows the
// toolbar's visitor zone. Run after `npm run build-storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startServer } from '../server.js';
import { openStory, storyByStory, TITLES } from './story-page.js';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
if (!existsSync(`${STATIC}index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
const MANIFEST = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
const elements = MANIFEST.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);

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

// The controls come from custom-elements.json: an attribute typed `string | undefined`
// once got an object (JSON) control, and a part named like an attribute (`now`,
// `status`) took its row.
test('controls: each attribute of each element is a field of its type, beside its parts', async () => {
  const page = await context.newPage();
  try {
    for (const element of elements) {
      // Each element's stories are in stories/<name>.stories.ts (plenary-card: card.stories.ts).
      const story = stories.find((s) => s.importPath === `./stories/${element.tagName.replace(/^plenary-/, '')}.stories.ts`);
      assert.ok(story, `a story shows <${element.tagName}>`);
      await openStory(page, server.origin, story);
      const argTypes = await page.evaluate(() => window.__STORYBOOK_PREVIEW__.currentRender.story.argTypes);
      for (const attribute of element.attributes ?? []) {
        const control = argTypes[attribute.name]?.control;
        const wanted = attribute.type?.text === 'boolean' ? 'boolean' : 'text';
        assert.equal(argTypes[attribute.name]?.table?.category, 'attributes', `<${element.tagName}> ${attribute.name} is listed as an attribute`);
        assert.equal(typeof control === 'string' ? control : control?.type, wanted, `<${element.tagName}> ${attribute.name} has a ${wanted} control`);
      }
      const parts = Object.values(argTypes).filter((a) => a.table?.category === 'css shadow parts').map((a) => a.name);
      assert.deepEqual(parts.sort(), (element.cssParts ?? []).map((p) => p.name).sort(), `<${element.tagName}> lists each of its parts`);
    }
  } finally {
    await page.close();
  }
});

test("the playground's event page is in the toolbar's visitor zone", async () => {
  const page = await context.newPage();
  try {
    await openStory(page, server.origin, stories.find((s) => s.title === 'Descriptor playground'));
    const zone = () => page.evaluate(() => document.querySelector('plenary-playground').shadowRoot.querySelector('plenary-event').getAttribute('zone'));
    assert.equal(await zone(), 'America/New_York');
    // As the toolbar does.
    await page.evaluate(() => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { zone: 'Asia Seoul' } }));
    await page.waitForFunction(() => document.querySelector('plenary-playground').shadowRoot.querySelector('plenary-event').getAttribute('zone') === 'Asia/Seoul', null, { timeout: 10_000 });
  } finally {
    await page.close();
  }
});

test("a link to a story in a visitor zone shows it in that zone: the zone in the page's address is kept", async () => {
  const page = await context.newPage();
  try {
    const story = stories.find((s) => s.title === 'Elements/Card') ?? stories.find((s) => s.id.startsWith('elements-card'));
    assert.ok(story, 'a story of the card');
    // As Storybook writes the toolbar's choice into the address: the value as it is, Storybook's own syntax around it.
    await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story&globals=zone:Pacific+Fiji`);
    await page.waitForFunction(() => document.querySelector('plenary-card')?.getAttribute('zone') === 'Pacific/Fiji', null, { timeout: 15_000 });
  } finally {
    await page.close();
  }
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
