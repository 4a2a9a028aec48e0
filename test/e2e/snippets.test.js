// Every HTML snippet of the README, as a webmaster pastes it, with both builds
// (the ES module and the classic script) and the script where webmasters put it:
// in the <head>, at the end of the <body>, with `defer` and with `async`, in every
// browser of BROWSERS. The snippets are read from the README itself, so what it
// says is what is tested.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { BROWSERS, withBrowsers, waitForPlenary } from './harness.js';
import { readmeSnippets } from './readme-snippets.js';

const env = withBrowsers();
const ROOT = new URL('../../', import.meta.url);
const OUT = new URL('test/pages/.snippets/', ROOT);

const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';

const BUILDS = {
  module: (extra) => `<script type="module" src="/dist/plenary.js"${extra}></script>`,
  classic: (extra) => `<script src="/dist/plenary.iife.js"${extra}></script>`,
};
const PLACES = ['head', 'body-end', 'defer', 'async'];

function page(snippet, build, place) {
  const script = BUILDS[build](place === 'defer' ? ' defer' : place === 'async' ? ' async' : '');
  const inHead = place !== 'body-end';
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Snippet</title>${inHead ? `\n${script}` : ''}</head>
<body>
<p>Text of the host page before the event.</p>
${snippet}
<p>Text of the host page after the event.</p>${inHead ? '' : `\n${script}`}
</body>
</html>
`;
}

const snippets = readmeSnippets();

before(() => {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
});

test('the README has the snippets webmasters need', () => {
  const all = snippets.join('\n');
  assert.ok(snippets.length >= 4, `found ${snippets.length} snippets`);
  assert.match(all, /<plenary-event src=[^>]*>\s*<!--/, 'an element with fallback content');
  assert.match(all, /<plenary-event src=[^>]*>\s*<plenary-card>[\s\S]*<h2>/, 'a provider with children, headings between them');
  assert.match(all, /<script type="application\/json">/, 'an inline descriptor');
  assert.match(all, /<div data-plenary=/, 'the div form');
});

for (const browser of BROWSERS)
for (const [index, snippet] of snippets.entries()) {
  for (const build of Object.keys(BUILDS)) {
    for (const place of PLACES) {
      const name = `snippet-${index + 1}-${build}-${place}`;
      test(`README snippet ${index + 1} (${snippet.match(/<(plenary-\w+|div data-plenary="\w+")/)[1]}…), ${build} script, ${place}: the right content, children kept (${browser})`, async () => {
        writeFileSync(new URL(`${name}.html`, OUT), page(snippet, build, place));
        const tab = await env.newPage(browser, { timezoneId: 'America/New_York', locale: 'en-US' });
        const problems = [];
        tab.on('pageerror', (e) => problems.push(`thrown: ${e.message}`));
        tab.on('console', (m) => m.type === 'error' && !m.text.startsWith('Failed to load resource') && problems.push(`console: ${m.text}`));
        // Every address the page asks for answers.
        tab.on('response', (r) => r.status >= 400 && problems.push(`HTTP ${r.status}: ${r.url}`));
        try {
          await tab.goto(`${env.server.origin}/test/pages/.snippets/${name}.html`);
          await waitForPlenary(tab, null, 20000);
          const seen = await tab.evaluate(() => {
            // What is laid out: shadow roots followed, slots by what is assigned to them.
            const read = (n) => {
              if (n.nodeType === 3) return n.textContent;
              if (n.nodeType !== 1 || n.classList.contains('visually-hidden') || n.localName === 'script' || n.localName === 'style') return '';
              if (n.localName === 'slot') return n.assignedNodes().map(read).join(' ');
              return [...(n.shadowRoot ?? n).childNodes].map(read).join(' ');
            };
            const text = read;
            const plenary = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-'));
            const provider = document.querySelector('body plenary-event');
            return {
              tags: plenary.map((e) => `${e.parentElement.localName === 'body' ? '' : `${e.parentElement.localName}>`}${e.localName}`),
              statuses: plenary.map((e) => e.status),
              wholePage: provider ? Boolean(provider.shadowRoot.querySelector('.page')) : null,
              headings: [...document.querySelectorAll('plenary-event > h2')].map((h) => h.getBoundingClientRect().height),
              fallbackHeights: [...document.querySelectorAll('plenary-event > a, [data-plenary] a')].map((a) => a.getBoundingClientRect().height),
              text: text(document.body).replace(/\s+/g, ' '),
            };
          });
          assert.deepEqual(problems, []);
          assert.ok(seen.statuses.every((s) => s === 'ready'), `every element ready: ${seen.statuses}`);
          assert.match(seen.text, /^ ?Text of the host page before the event\./);
          assert.match(seen.text, /Text of the host page after the event\. ?$/);
          assert.deepEqual(seen.fallbackHeights.filter((h) => h > 0), [], 'the fallback is hidden once the event is shown');
          if (snippet.includes('<h2>')) {
            // The provider: its children stay, each shown, and the page is not drawn over them.
            assert.deepEqual(seen.tags, ['plenary-event', 'plenary-event>plenary-card', 'plenary-event>plenary-schedule', 'plenary-event>plenary-agenda']);
            // The card has the join and calendar actions inside: said once, not once more by a plenary-join beside it.
            assert.equal(seen.text.split('This event has ended.').length - 1, 1, 'the join notice, once');
            assert.equal(seen.wholePage, false);
            assert.ok(seen.headings.length === 2 && seen.headings.every((h) => h > 0), `the headings inside are shown: ${seen.headings}`);
            // Each heading above its element: the schedule's "Copy times" and the programme's "Copy times and programme" read apart.
            assert.match(seen.text, /Time zones Tuesday, October 13, 2020 New York .* Copy times Programme Copy times and programme Session 1/);
            assert.match(seen.text, new RegExp(SEED_TITLE));
            assert.match(seen.text, /Fiji 11:00 PM – 2:20 AM ?\+1/);
          } else if (snippet.includes('application/json')) {
            assert.deepEqual(seen.tags, ['plenary-schedule']);
            assert.match(seen.text, /Seoul 8:00 PM – 11:20 PM/);
          } else if (snippet.includes('data-plenary')) {
            assert.deepEqual(seen.tags, ['div>plenary-event']);
            assert.equal(seen.wholePage, true);
            assert.match(seen.text, new RegExp(SEED_TITLE));
          } else {
            assert.deepEqual(seen.tags, ['plenary-event']);
            assert.equal(seen.wholePage, true);
            assert.match(seen.text, new RegExp(SEED_TITLE));
          }
        } finally {
          await tab.close();
        }
      });
    }
  }
}
