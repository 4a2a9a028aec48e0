// What CMS editors keep of the README's snippets, through the real sanitizers:
// DOMPurify with its default configuration (in the browser, where it runs) and
// WordPress's own wp_kses_post (Debian's WordPress, through PHP; what an author's
// or editor's post keeps without unfiltered_html). The tag form loses its
// elements; the div form survives whole and renders the event, with both builds.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withBrowser, waitForPlenary } from './harness.js';
import { readmeSnippets } from './readme-snippets.js';

const env = withBrowser();
const OUT = new URL('../pages/.sanitized/', import.meta.url);
const KSES = new URL('../../integrations/wordpress/tests/kses-post.php', import.meta.url);
const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';

const snippets = readmeSnippets();
const tagForm = snippets.find((s) => s.includes('<plenary-event src=') && s.includes('<!--'));
const divForm = snippets.find((s) => s.includes('<div data-plenary='));

const havePhp = spawnSync('php', ['-r', 'echo 1;']).status === 0 && existsSync('/usr/share/wordpress/wp-includes/kses.php');
// On CI WordPress is installed (.ci/run): its absence is a failure there, not a skip.
const phpSkip = !havePhp && !process.env.CI ? 'php-cli and Debian’s wordpress package are not installed' : false;

before(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

/** DOMPurify, default configuration, in the browser. */
async function dompurify(html) {
  const page = await env.browser.newPage();
  try {
    await page.goto(`${env.server.origin}/test/pages/no-script.html`);
    await page.addScriptTag({ content: readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js'), 'utf8') });
    return await page.evaluate((input) => window.DOMPurify.sanitize(input), html);
  } finally {
    await page.close();
  }
}

function wpKsesPost(html) {
  const run = spawnSync('php', [KSES.pathname], { input: html, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return run.stdout;
}

/** The sanitized HTML in a page with the script: what the visitor reads. */
async function render(name, html, build) {
  const script = build === 'module' ? '<script type="module" src="/dist/plenary.js"></script>' : '<script src="/dist/plenary.iife.js"></script>';
  writeFileSync(new URL(`${name}-${build}.html`, OUT), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title>${script}</head><body>${html}</body></html>`);
  const context = await env.browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  const thrown = [];
  page.on('pageerror', (e) => thrown.push(e.message));
  try {
    await page.goto(`${env.server.origin}/test/pages/.sanitized/${name}-${build}.html`);
    await waitForPlenary(page, null, 20000);
    const seen = await page.evaluate(() => {
      const el = document.querySelector('[data-plenary] > plenary-event');
      const card = el?.shadowRoot.querySelector('plenary-card');
      return { status: el?.status, title: card?.shadowRoot.querySelector('h2')?.textContent.trim(), fallback: document.querySelector('[data-plenary] a')?.getBoundingClientRect().height };
    });
    assert.deepEqual(thrown, []);
    return seen;
  } finally {
    await context.close();
  }
}

const SANITIZERS = [
  ['DOMPurify (default configuration)', dompurify, false],
  ['WordPress wp_kses_post', wpKsesPost, phpSkip],
];

for (const [name, sanitize, skip] of SANITIZERS) {
  test(`${name} strips the tag form down to its fallback link`, { skip }, async () => {
    const kept = await sanitize(tagForm);
    assert.doesNotMatch(kept, /<plenary-/);
    assert.match(kept, /<a href="\/events\/unpog-webinar-2020-10-13\.html">Capacity Development Webinar, 13 October 2020<\/a>/);
  });

  test(`${name} keeps the div form whole, and it renders the event with both builds`, { skip }, async () => {
    const kept = await sanitize(divForm);
    assert.match(kept, /<div data-plenary="event" data-src="\/examples\/unpog-webinar-2020-10-13\.json">/);
    for (const build of ['module', 'classic']) {
      const seen = await render(name.split(' ')[0].toLowerCase(), kept, build);
      assert.equal(seen.status, 'ready', build);
      assert.equal(seen.title, SEED_TITLE, build);
      assert.equal(seen.fallback, 0, `${build}: the fallback link is hidden once the event is shown`);
    }
  });
}
