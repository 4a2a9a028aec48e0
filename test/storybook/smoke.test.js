// Opens every story of the built Storybook (storybook-static/) in headless
// Chromium and fails on a console error, a page error, an empty render, or an
// axe-core violation (WCAG 2.0–2.2, A and AA). Run after `npm run build-storybook`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startServer } from '../server.js';

const STATIC = fileURLToPath(new URL('../../storybook-static/', import.meta.url));
if (!existsSync(`${STATIC}index.json`)) throw new Error('storybook-static/ is missing: run `npm run build-storybook` first.');
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const index = JSON.parse(readFileSync(`${STATIC}index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

let server;
let browser;
before(async () => {
  server = await startServer({ root: STATIC.replace(/\/$/, '') });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the Storybook has a story for every element, and the playground', () => {
  const titles = new Set(stories.map((s) => s.title));
  for (const t of ['Elements/Event page', 'Elements/Card', 'Elements/Schedule', 'Elements/Agenda', 'Elements/Documents', 'Elements/Contacts', 'Elements/Join', 'Elements/Calendar', 'Descriptor playground']) {
    assert.ok(titles.has(t), `${t} has stories`);
  }
});

for (const story of stories) {
  test(`story ${story.title} / ${story.name}: renders, no console or page error, no axe violation`, async () => {
    const page = await browser.newPage({ timezoneId: 'America/New_York', locale: 'en-US' });
    const problems = [];
    const expect404 = story.tags?.includes('expect-404');
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    // Failed requests are judged by their address below (the console only says "Failed to load resource").
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console error: ${m.text()}`);
    });
    page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (r.status() < 400 || path === '/favicon.ico') return; // the browser's own guess, not the story's
      if (expect404 && r.status() === 404 && path.startsWith('/examples/no-such-')) return;
      problems.push(`HTTP ${r.status()} for ${path}`);
    });
    try {
      await page.goto(`${server.origin}/iframe.html?id=${story.id}&viewMode=story`);
      await page.waitForFunction(
        (loading) => {
          const root = document.getElementById('storybook-root');
          if (!root || root.children.length === 0) return false;
          const elements = [...root.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-') && 'status' in e);
          const settled = (el) => el.status !== 'loading' && [...(el.shadowRoot?.querySelectorAll('*') ?? [])].every((c) => !c.localName.startsWith('plenary-') || !('status' in c) || settled(c));
          return loading ? elements.length > 0 : elements.every(settled);
        },
        story.tags?.includes('loading'),
        { timeout: 15000 },
      );
      // Something a person can see: text, or (while loading) the placeholder box.
      const rendered = await page.evaluate(() => {
        const root = document.getElementById('storybook-root');
        const elements = [...root.querySelectorAll('*')];
        const text = root.innerText.trim().length + elements.reduce((n, e) => n + (e.shadowRoot?.textContent?.trim().length ?? 0), 0);
        const placeholder = elements.some((e) => (e.shadowRoot?.querySelector('[part=placeholder]')?.getBoundingClientRect().height ?? 0) > 40);
        return { height: root.getBoundingClientRect().height, text, placeholder };
      });
      assert.ok(rendered.height > 10 && (rendered.text > 0 || rendered.placeholder), `the story rendered something (${JSON.stringify(rendered)})`);
      await page.addScriptTag({ path: AXE });
      // The accessibility addon runs axe on each story too: wait for its run to finish.
      let result;
      for (let attempt = 0; !result; attempt++) {
        try {
          result = await page.evaluate((tags) => window.axe.run('#storybook-root', { runOnly: { type: 'tag', values: tags } }), TAGS);
        } catch (error) {
          if (!/already running/.test(error.message) || attempt > 50) throw error;
          await page.waitForTimeout(100);
        }
      }
      const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`);
      assert.deepEqual(violations, []);
      assert.deepEqual(problems, []);
    } finally {
      await page.close();
    }
  });
}
