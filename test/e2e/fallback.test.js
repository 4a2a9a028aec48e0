// The pre-rendered fallback (`plenary render`) as pages meet it: every example in
// every language through DOMPurify's default configuration and WordPress's
// wp_kses_post, with nothing lost; read in a page with no script; covered by the
// element once the script has shown the event, and still there while it loads
// and when the descriptor cannot be shown. The command runs from the sources
// (through Vite's module loader), so these tests need only dist/plenary.js built;
// test/node/cli.test.js runs the built command.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { withBrowser, waitForPlenary } from './harness.js';

const env = withBrowser();
const ROOT = new URL('../../', import.meta.url);
const KSES = new URL('../../integrations/wordpress/tests/kses-post.php', import.meta.url);
const PURIFY = readFileSync(createRequire(import.meta.url).resolve('dompurify/dist/purify.min.js'), 'utf8');

const vite = await createServer({
  root: fileURLToPath(ROOT),
  configFile: false,
  logLevel: 'error',
  appType: 'custom',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  optimizeDeps: { noDiscovery: true, include: [] },
});
after(() => vite.close());
const { main } = await vite.ssrLoadModule('/src/cli/main.ts');

const SEED = 'unpog-webinar-2020-10-13';
const SEED_TITLE = 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19';
const EXAMPLES = readdirSync(new URL('examples/', ROOT))
  .filter((f) => f.endsWith('.json'))
  .map((f) => f.replace(/\.json$/, ''));
const LANGS = ['en', 'ar', 'zh', 'fr', 'ru', 'es', 'ko'];

const havePhp = spawnSync('php', ['-r', 'echo 1;']).status === 0 && existsSync('/usr/share/wordpress/wp-includes/kses.php');
// On CI WordPress is installed (.ci/run): its absence is a failure there, not a skip.
const phpSkip = !havePhp && !process.env.CI ? 'php-cli and Debian’s wordpress package are not installed' : false;

/** `plenary render …` run in this process, as the command runs it; its output. */
async function render(...args) {
  let out = '';
  let err = '';
  const sink = (add) =>
    new Writable({
      write(chunk, _encoding, done) {
        add(String(chunk));
        done();
      },
    });
  const status = await main(['render', ...args], { out: sink((s) => (out += s)), err: sink((s) => (err += s)) });
  assert.equal(status, 0, `plenary render ${args.join(' ')}: ${err}`);
  return out;
}

const example = (name) => fileURLToPath(new URL(`examples/${name}.json`, ROOT));

let rendered;

/** Every example in every language (the whole event page), and the seed as each element alone (made once). */
function renderings() {
  rendered ??= renderAll();
  return rendered;
}

async function renderAll() {
  const all = [];
  for (const name of EXAMPLES) for (const lang of LANGS) all.push({ name: `${name} (${lang})`, html: await render(example(name), '--lang', lang) });
  for (const show of ['card', 'schedule', 'agenda', 'documents', 'contacts']) all.push({ name: `${SEED} --show ${show}`, html: await render(example(SEED), '--show', show) });
  return all;
}

/**
 * In the page: the HTML as a list of what it holds, in order: each element with its
 * attributes (sorted), each run of text. `unwrap`: elements counted by their
 * content only; `drop`: attributes left out.
 */
function shapeScript() {
  window.shapeOf = (html, { unwrap = [], drop = [] } = {}) => {
    const template = document.createElement('template');
    template.innerHTML = html;
    const out = [];
    let text = '';
    const flush = () => {
      if (text !== '') out.push(`text ${JSON.stringify(text)}`);
      text = '';
    };
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          text += child.data;
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          const name = child.localName;
          if (unwrap.includes(name)) {
            walk(child);
            continue;
          }
          flush();
          const attrs = [...child.attributes].filter((a) => !drop.includes(a.name)).map((a) => `${a.name}=${JSON.stringify(a.value)}`);
          out.push(`<${name}${attrs.sort().map((a) => ` ${a}`).join('')}>`);
          walk(child.content ?? child);
          flush();
          out.push(`</${name}>`);
        } else {
          flush();
          out.push(`node ${child.nodeType}`);
        }
      }
    };
    walk(template.content);
    flush();
    return out;
  };
}

/** A page with DOMPurify and the shape function (no Plenary script). */
async function toolPage() {
  const page = await env.browser.newPage();
  await page.goto(`${env.server.origin}/test/pages/no-script.html`);
  await page.addScriptTag({ content: PURIFY });
  await page.evaluate(shapeScript);
  return page;
}

/** The first place two lists differ, for a readable failure. */
function firstDifference(a, b) {
  const i = a.findIndex((x, k) => x !== b[k]);
  const at = i === -1 ? Math.min(a.length, b.length) : i;
  return `at item ${at}: ${JSON.stringify(a.slice(Math.max(0, at - 2), at + 3))} became ${JSON.stringify(b.slice(Math.max(0, at - 2), at + 3))}`;
}

test('DOMPurify (default configuration) keeps every element, attribute and text of every rendering', async () => {
  const all = await renderings();
  assert.equal(all.length, EXAMPLES.length * LANGS.length + 5);
  const page = await toolPage();
  try {
    for (const { name, html } of all) {
      const seen = await page.evaluate((input) => {
        const kept = window.DOMPurify.sanitize(input);
        return {
          removed: window.DOMPurify.removed.map((r) => (r.attribute ? `${r.from?.localName} ${r.attribute.name}` : r.element?.localName ?? String(r.element))),
          before: window.shapeOf(input),
          after: window.shapeOf(kept),
        };
      }, html);
      assert.deepEqual(seen.removed, [], `${name}: DOMPurify removed something`);
      assert.ok(seen.before.length > 20, name);
      assert.ok(seen.before.join('\n') === seen.after.join('\n'), `${name}: ${firstDifference(seen.before, seen.after)}`);
    }
  } finally {
    await page.close();
  }
});

test('WordPress wp_kses_post keeps every element, attribute and text but <time> (its text stays) and hreflang', { skip: phpSkip }, async () => {
  const all = await renderings();
  // One run of PHP for all of them: plain text between them, which wp_kses_post leaves as it is.
  const SPLIT = '\n@@ next rendering @@\n';
  const run = spawnSync('php', [fileURLToPath(KSES)], { input: all.map((r) => r.html).join(SPLIT), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, run.stderr);
  const outputs = run.stdout.split(SPLIT);
  assert.equal(outputs.length, all.length);
  const page = await toolPage();
  try {
    for (const [i, { name, html }] of all.entries()) {
      const seen = await page.evaluate(
        ([input, kept]) => ({
          expected: window.shapeOf(input, { unwrap: ['time'], drop: ['hreflang'] }),
          after: window.shapeOf(kept),
          text: [input, kept].map((h) => {
            const t = document.createElement('template');
            t.innerHTML = h;
            return t.content.textContent;
          }),
        }),
        [html, outputs[i]],
      );
      assert.equal(seen.text[1], seen.text[0], `${name}: the text changed`);
      assert.ok(seen.expected.join('\n') === seen.after.join('\n'), `${name}: ${firstDifference(seen.expected, seen.after)}`);
    }
  } finally {
    await page.close();
  }
});

/** A page holding `<plenary-event>` with `fallback` inside, and the module build when `script`. */
function pageHtml(fallback, { lang = 'en', script = false, src = `/examples/${SEED}.json`, css = '' } = {}) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Fallback</title>${
    script ? '<script type="module" src="/dist/plenary.js"></script>' : ''
  }${css ? `<style>${css}</style>` : ''}</head><body>
<plenary-event src="${src}" now="2020-10-13T10:45Z" zone="Asia/Seoul">
${fallback}</plenary-event>
</body></html>`;
}

/** Opens `html` as a page of the test server (served from memory); `hold`: a request to keep waiting until released. */
async function open(html, { width = 1280, hold } = {}) {
  const context = await env.browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US', viewport: { width, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  await page.route(`${env.server.origin}/__page.html`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
  let release;
  if (hold) {
    const held = new Promise((resolve) => (release = resolve));
    await page.route(`${env.server.origin}${hold}`, async (route) => {
      await held;
      await route.continue();
    });
  }
  await page.goto(`${env.server.origin}/__page.html`);
  return { page, problems, release: () => release?.(), close: () => context.close() };
}

/** What the page shows of the fallback: is it on screen, its text, the schedule table's cells. */
function fallbackSeen() {
  const fallback = document.querySelector('.plenary-fallback');
  const tidy = (s) => s.replace(/[\u202f\u2009\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();
  return {
    visible: fallback?.checkVisibility() ?? false,
    height: fallback?.getBoundingClientRect().height ?? 0,
    dir: fallback ? getComputedStyle(fallback).direction : '',
    title: tidy(fallback?.querySelector('h2')?.innerText ?? ''),
    when: tidy(fallback?.querySelector('dd')?.innerText ?? ''),
    sessions: [...(fallback?.querySelectorAll('ol > li > h4') ?? [])].filter((h) => h.checkVisibility()).map((h) => tidy(h.innerText)),
    rows: [...(fallback?.querySelectorAll('tbody tr') ?? [])].map((tr) => [...tr.cells].map((c) => tidy(c.innerText))),
  };
}

test('with no script, the fallback shows the event: title, organizers’ time, sessions, the time in each zone', async () => {
  const html = await render(example(SEED));
  const { page, problems, close } = await open(pageHtml(html));
  try {
    const seen = await page.evaluate(fallbackSeen);
    assert.equal(seen.visible, true);
    assert.equal(seen.title, SEED_TITLE);
    assert.equal(seen.when, 'Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT');
    assert.deepEqual(seen.sessions, [
      'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
      'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
      'Session 3: Promoting Global Digital Cooperation for Solidarity',
    ]);
    // From a time-zone table: 7:00–10:20 EDT (UTC−4) is 13:00 in Rome (UTC+2), 14:00 in Nairobi (UTC+3), 20:00 in Seoul (UTC+9), 23:00 in Fiji (UTC+12, no summer time until December 2020).
    assert.deepEqual(seen.rows, [
      ['New York', 'Tue, Oct 13', '7:00 AM – 10:20 AM', 'EDT'],
      ['Rome', 'Tue, Oct 13', '1:00 PM – 4:20 PM', 'UTC+2'],
      ['Nairobi', 'Tue, Oct 13', '2:00 PM – 5:20 PM', 'UTC+3'],
      ['Seoul', 'Tue, Oct 13', '8:00 PM – 11:20 PM', 'UTC+9'],
      ['Fiji', 'Tue, Oct 13', '11:00 PM – 2:20 AM+1', 'UTC+12'],
    ]);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('with no script, the Arabic fallback reads right to left, in Arabic', async () => {
  const html = await render(example(SEED), '--lang', 'ar');
  const { page, close } = await open(pageHtml(html, { lang: 'ar' }), { width: 320 });
  try {
    const seen = await page.evaluate(fallbackSeen);
    assert.equal(seen.visible, true);
    assert.equal(seen.dir, 'rtl');
    assert.equal(seen.title, 'تسريع التحول الرقمي من أجل تعافٍ مستدام وقادر على الصمود من كوفيد-19');
    // 11:00 م (evening) to 2:20 ص (morning) the next day in Fiji.
    assert.deepEqual(seen.rows.at(-1), ['فيجي', 'الثلاثاء، 13 أكتوبر', '11:00 م – 2:20 ص+1', 'UTC+12']);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 320, `the page is ${wide} px wide at 320 px`);
  } finally {
    await close();
  }
});

/** The README's optional rules for the fallback, word for word. */
function readmeCss() {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  const rules = [...readme.matchAll(/```css\n([\s\S]*?)```/g)].map((m) => m[1]).find((block) => block.includes('.plenary-fallback-card'));
  assert.ok(rules, 'the README gives rules for the fallback');
  return rules;
}

test('the README’s rules lay the fallback out on its own text size, at any heading level: a theme’s 62.5% root font changes nothing', async () => {
  const layouts = [];
  for (const level of ['2', '3']) {
    const html = await render(example(SEED), '--heading-level', level);
    for (const root of ['', 'html { font-size: 62.5% }']) {
      const { page, close } = await open(pageHtml(html, { css: readmeCss() + root }));
      try {
        const seen = await page.evaluate(() => {
          const box = (el) => el.getBoundingClientRect();
          const style = (el) => getComputedStyle(el);
          const card = document.querySelector('.plenary-fallback-card');
          const main = box(document.querySelector('.plenary-fallback-main'));
          const aside = box(document.querySelector('.plenary-fallback-aside'));
          const titles = [...document.querySelectorAll('.plenary-fallback-aside > section > :first-child')];
          return {
            padding: style(card).paddingLeft,
            title: `${card.querySelector('h2, h3').localName} ${style(card.querySelector('h2, h3')).fontSize}`,
            sections: titles.map((t) => `${t.localName} ${style(t).fontSize} ${style(t).borderBottomWidth}`),
            columns: { main: [Math.round(main.left), Math.round(main.top)], aside: [Math.round(aside.left), Math.round(aside.top)] },
            cell: style(document.querySelector('.plenary-fallback td')).paddingTop,
          };
        });
        layouts.push({ level, root, ...seen });
      } finally {
        await close();
      }
    }
  }
  // By hand, on the visitor's default text size of 16 px: the card padded 1.25 × 16 = 20 px, its title
  // 1.5 × 16 = 24 px, the sections' titles 1.25 × 16 = 20 px with their 2 px rule, the table cells 8 px.
  for (const { level, root, padding, title, sections, columns, cell } of layouts) {
    const where = `heading level ${level}${root ? `, ${root}` : ''}`;
    const [titleTag, sectionTag] = level === '2' ? ['h2', 'h3'] : ['h3', 'h4'];
    assert.equal(padding, '20px', where);
    assert.equal(title, `${titleTag} 24px`, where);
    assert.deepEqual(sections, [`${sectionTag} 20px 2px`, `${sectionTag} 20px 2px`, `${sectionTag} 20px 2px`], where);
    assert.equal(cell, '8px', where);
    // At 1280 px, two columns side by side.
    assert.equal(columns.aside[1], columns.main[1], `${where}: the columns start at one height`);
    assert.ok(columns.aside[0] > columns.main[0] + 400, `${where}: the side column is beside the main one`);
  }
  assert.deepEqual(layouts[1].columns, layouts[0].columns, 'the 62.5% page lays the columns out as the plain one');
});

/** In the page: `timesShown(words)`, how many pieces of text on screen (document and shadow roots) are `words`. */
function defineTimesShown() {
  window.timesShown = (words) => {
    let count = 0;
    const visit = (root) => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.data.trim() !== words) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        if ([...range.getClientRects()].some((r) => r.width > 0 && r.height > 0)) count++;
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return count;
  };
}

const ARABIC_TITLE = 'تسريع التحول الرقمي من أجل تعافٍ مستدام وقادر على الصمود من كوفيد-19';

test('with the script, the element covers the fallback: ready, the fallback off screen, the title shown once', async () => {
  for (const lang of ['en', 'ar']) {
    const html = await render(example(SEED), '--lang', lang);
    const title = lang === 'en' ? SEED_TITLE : ARABIC_TITLE;
    const fiji = lang === 'en' ? 'Fiji' : 'فيجي';
    for (const width of [1280, 320]) {
      const { page, problems, close } = await open(pageHtml(html, { lang, script: true }), { width });
      const where = `${lang}, ${width} px`;
      try {
        await waitForPlenary(page);
        await page.evaluate(defineTimesShown);
        const seen = await page.evaluate(
          ([words, place]) => {
            const el = document.querySelector('plenary-event');
            const shownTitle = el.shadowRoot.querySelector('plenary-card').shadowRoot.querySelector('h2');
            return {
              status: el.status,
              fallback: document.querySelector('.plenary-fallback').checkVisibility(),
              title: shownTitle.textContent.trim(),
              titleVisible: shownTitle.checkVisibility(),
              titles: window.timesShown(words),
              places: window.timesShown(place),
            };
          },
          [title, fiji],
        );
        assert.equal(seen.status, 'ready', where);
        assert.equal(seen.fallback, false, `${where}: the fallback is still on screen`);
        assert.equal(seen.title, title, where);
        assert.equal(seen.titleVisible, true, where);
        assert.equal(seen.titles, 1, `${where}: the title is on screen ${seen.titles} times`);
        assert.equal(seen.places, 1, `${where}: the Fiji row is on screen ${seen.places} times`);
        assert.deepEqual(problems, [], where);
      } finally {
        await close();
      }
    }
  }
});

test('while the descriptor loads, the fallback stays on screen; then the element takes its place', async () => {
  const html = await render(example(SEED));
  const { page, release, close } = await open(pageHtml(html, { script: true }), { hold: `/examples/${SEED}.json` });
  try {
    await page.waitForFunction(() => customElements.get('plenary-event') !== undefined && document.querySelector('plenary-event').shadowRoot !== null);
    const now = await page.evaluate(fallbackSeen);
    const status = await page.evaluate(() => document.querySelector('plenary-event').status);
    assert.equal(status, 'loading');
    assert.equal(now.visible, true, 'the fallback is on screen while the event loads');
    assert.equal(now.title, SEED_TITLE);
    assert.ok(now.height > 1000, `the fallback is ${now.height} px tall while loading`);
    release();
    await waitForPlenary(page);
    assert.equal((await page.evaluate(fallbackSeen)).visible, false);
  } finally {
    await close();
  }
});

test('when the descriptor cannot be shown, the fallback stays, under the error', async () => {
  const html = await render(example(SEED));
  const { page, problems, close } = await open(pageHtml(html, { script: true, src: '/__fault/status/404' }));
  try {
    await page.waitForFunction(() => document.querySelector('plenary-event')?.status === 'error');
    const seen = await page.evaluate(fallbackSeen);
    const lead = await page.evaluate(() => document.querySelector('plenary-event').shadowRoot.querySelector('.lead')?.textContent.trim());
    assert.equal(lead, 'The event information could not be shown.');
    assert.equal(seen.visible, true);
    assert.equal(seen.title, SEED_TITLE);
    assert.equal(seen.rows.length, 5);
    assert.deepEqual(problems, []);
  } finally {
    await close();
  }
});

test('the div form with the fallback inside, through both sanitizers, renders the event and covers the fallback', async (t) => {
  const html = await render(example(SEED));
  const div = `<div data-plenary="event" data-src="/examples/${SEED}.json">\n${html}</div>`;
  const tools = await toolPage();
  const purified = await tools.evaluate((input) => window.DOMPurify.sanitize(input), div);
  await tools.close();
  const kept = [['DOMPurify', purified]];
  if (phpSkip) t.diagnostic(`wp_kses_post left out: ${phpSkip}`);
  else kept.push(['wp_kses_post', spawnSync('php', [fileURLToPath(KSES)], { input: div, encoding: 'utf8' }).stdout]);
  for (const [name, body] of kept) {
    assert.match(body, /<div data-plenary="event" data-src="\/examples\/unpog-webinar-2020-10-13\.json">/, name);
    const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Post</title><script type="module" src="/dist/plenary.js"></script></head><body>${body}</body></html>`;
    const { page: p, problems, close } = await open(page);
    try {
      await waitForPlenary(p);
      await p.evaluate(defineTimesShown);
      const seen = await p.evaluate((title) => ({ fallback: document.querySelector('.plenary-fallback').checkVisibility(), titles: window.timesShown(title) }), SEED_TITLE);
      assert.equal(seen.fallback, false, name);
      assert.equal(seen.titles, 1, `${name}: the title is on screen ${seen.titles} times`);
      assert.deepEqual(problems, [], name);
    } finally {
      await close();
    }
  }
});
