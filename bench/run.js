#!/usr/bin/env node
// The benchmark: what Plenary costs a page. Run after `npm run build`:
//   npm run bench              prints the table and writes bench/results.md
//   npm run bench -- --check   the same, without writing; exits 1 when a target
//                              of bench/targets.json is missed or not measured
//   BENCH_LOADS=3 npm run bench   fewer loads per page (9 by default), for a quick look
// (a) sizes (gzip and brotli) of the CDN files and of each per-element npm entry
//     with its dependencies, beside lit alone and luxon alone;
// (b) the seed page against the same content as static HTML, loads interleaved
//     (Plenary, static, pre-rendered fallback, and the seed page as most pages
//     are pasted, with no preload and its descriptor 100 ms away, in a rotating
//     order, so that the machine's noise falls on all of them): navigation
//     start → everything rendered, and navigation start → first contentful
//     paint. The browser is driven over DevTools, which records where each
//     request comes from: there the first request plenary.js makes takes 10–20
//     ms of the main thread on this machine (V8 reads the whole script again
//     for that record), with no DevTools attached 2–5 ms. The static page makes
//     none: the seed page's times are a little high. Nothing else of the driver
//     runs in a page while it loads: the page says when it has been measured
//     (whenMeasured);
// (c) a 500-session agenda (navigation start → the first paint, on screen, of
//     the frame in which its sessions fill the screen, and → all 500 in place),
//     and 100 elements sharing one descriptor;
// (d) where the seed page's time goes: when plenary.js has arrived, what is left
//     of twice the static page's time for all it does then, and the browser's
//     first date format on an empty page (the same call as Plenary's first).
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../test/server.js';
import { chromium } from 'playwright-core';
import { waitForPlenary } from '../test/e2e/harness.js';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = Number(process.env.BENCH_LOADS) || 9;
const CHECK = process.argv.includes('--check');
const TARGETS = JSON.parse(readFileSync(join(ROOT, 'bench', 'targets.json'), 'utf8')).targets;

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * The minified ES code a page loads for `code` (a module's source) and everything
 * it imports statically, as Vite builds for production; chunks only imported
 * dynamically (other languages' strings) are left out, as a page never loads them
 * for English.
 */
async function bundle(name, code) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-bench-'));
  const entry = join(ROOT, `.bench-${name}.js`);
  writeFileSync(entry, code);
  try {
    const out = await build({
      configFile: false,
      logLevel: 'silent',
      root: ROOT,
      build: {
        write: false,
        outDir: dir,
        minify: 'oxc',
        target: 'es2022',
        lib: { entry, formats: ['es'], fileName: () => 'out.js' },
        rolldownOptions: { preserveEntrySignatures: 'allow-extension', output: { minify: true } },
      },
    });
    const chunks = new Map((Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
    const loaded = new Set();
    const visit = (fileName) => {
      if (loaded.has(fileName)) return;
      loaded.add(fileName);
      for (const next of chunks.get(fileName).imports) visit(next);
    };
    visit([...chunks.values()].find((c) => c.isEntry).fileName);
    return Buffer.from([...loaded].map((f) => chunks.get(f).code).join('\n'));
  } finally {
    rmSync(entry, { force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

async function sizes() {
  const rows = [];
  const dist = join(ROOT, 'dist');
  const main = readFileSync(join(dist, 'plenary.js'));
  // What an English page loads: plenary.js and any chunk it imports statically.
  const staticImports = [...main.toString().matchAll(/(?:^|[;}])\s*import\s*(?:[^'"`;]*?from\s*)?["'`]\.\/([\w.-]+\.js)["'`]/g)].map((m) => m[1]);
  const english = Buffer.concat([main, ...staticImports.map((f) => readFileSync(join(dist, f)))]);
  rows.push(['dist/plenary.js + what it loads for English', english]);
  for (const file of readdirSync(dist).filter((f) => /^(ar|zh|fr|ru|es|ko)-/.test(f)).sort()) {
    rows.push([`  + ${file.split('-')[0]} strings (${file})`, readFileSync(join(dist, file))]);
  }
  rows.push(['dist/plenary.iife.js (classic, every language)', readFileSync(join(dist, 'plenary.iife.js'))]);
  for (const name of ['join', 'calendar', 'schedule', 'contacts', 'documents', 'agenda', 'card', 'event']) {
    rows.push([`npm plenary/${name}.js with its dependencies`, await bundle(name, `import './dist/npm/entries/${name}.js';\n`)]);
  }
  rows.push(['lit alone', await bundle('lit', `export * from 'lit';\nexport * from 'lit/decorators.js';\n`)]);
  rows.push(['luxon alone', await bundle('luxon', `export * from 'luxon';\n`)]);
  return rows.map(([what, buf]) => ({ what, raw: buf.length, gzip: gzip(buf), brotli: brotli(buf) }));
}

/** A static copy of a rendered page (`path`, rendered once `rendered(page)` settles): every shadow root as declarative shadow DOM, its styles inline, no script. */
async function staticCopy(page, origin, path, rendered) {
  await page.goto(`${origin}${path}`);
  await rendered(page);
  const html = await page.evaluate(() => {
    const attrs = (el) => [...el.attributes].map((a) => ` ${a.name}="${a.value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`).join('');
    const text = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const serialize = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return text(node.textContent);
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const el = node;
      if (el.localName === 'script') return '';
      let inner = '';
      if (el.shadowRoot) {
        const css = el.shadowRoot.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
        inner += `<template shadowrootmode="open"><style>${css}</style>${[...el.shadowRoot.childNodes].map(serialize).join('')}</template>`;
      }
      inner += [...el.childNodes].map(serialize).join('');
      return `<${el.localName}${attrs(el)}>${inner}</${el.localName}>`;
    };
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Static copy</title></head><body>${[...document.body.childNodes].map(serialize).join('')}</body></html>`;
  });
  return html;
}

const waitForAll = (page) => waitForPlenary(page);

/**
 * Set up in every measured page before its own scripts run: records, from
 * navigation start (performance.now()), the first contentful paint (`fcp`) and
 * the end of the frame in which everything is rendered (`rendered`).
 *
 * Like with like: the milestone is the same for both pages, "the first frame in
 * which the whole page is in the document and laid out", taken the same way.
 * The frame is the first requestAnimationFrame after `load` (the static page has
 * nothing left to add by then) in which, for a Plenary page, every Plenary
 * element (and every one inside them) is also ready; the time is read by a
 * message posted from that callback, which is handled once the frame's style,
 * layout and paint are done. First contentful paint, the browser's own mark, is
 * not used for "everything rendered": for the static page it is everything, for
 * Plenary only the first thing.
 */
function recordMilestones(kind) {
  window.bench = {};
  // Said once both are known: the benchmark waits for this line rather than ask
  // the page (see whenMeasured).
  const measured = () => {
    if (window.bench.rendered === undefined || window.bench.fcp === undefined || window.bench.said) return;
    window.bench.said = true;
    console.debug('plenary-bench: measured');
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.bench.fcp = entry.startTime;
    measured();
  }).observe({ type: 'paint', buffered: true });
  const ready = (el) => el.status === 'ready' && [...el.shadowRoot.querySelectorAll('*')].every((c) => !c.localName.startsWith('plenary-') || ready(c));
  const complete = () => {
    if (document.readyState !== 'complete') return false;
    if (kind === 'static') return true;
    const elements = [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-'));
    return elements.length > 0 && elements.every(ready);
  };
  const frame = () => {
    if (!complete()) return requestAnimationFrame(frame);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      window.bench.rendered = performance.now();
      // When the script's last byte arrived (the static page has none).
      window.bench.script = performance.getEntriesByType('resource').find((r) => new URL(r.name).pathname.endsWith('/plenary.js'))?.responseEnd;
      measured();
    };
    channel.port2.postMessage(null);
  };
  requestAnimationFrame(frame);
}

/**
 * Settles when the page says `plenary-bench: measured` (in the console). Asking
 * the page instead (playwright's waitForFunction) would put the driver's own
 * script into it while it loads: on this machine that cost some 20 ms of the
 * page's main thread in the middle of the measured load.
 */
function whenMeasured(page) {
  return page.waitForEvent('console', { predicate: (message) => message.text() === 'plenary-bench: measured', timeout: 30000 });
}

/** Loads `path` in a new page; resolves to its { fcp, rendered } in ms from navigation start. */
async function load(browser, origin, path, kind) {
  const page = await browser.newPage();
  try {
    await page.addInitScript(recordMilestones, kind);
    const measured = whenMeasured(page);
    await page.goto(`${origin}${path}`, { waitUntil: 'commit' });
    await measured;
    const { fcp, rendered, script } = await page.evaluate(() => window.bench);
    return { fcp, rendered, script };
  } finally {
    await page.close();
  }
}

async function pageLoads(browser, origin) {
  const kinds = [
    ['plenary', '/bench/pages/seed.html', 'plenary'],
    ['static', '/bench/static-seed.html', 'static'],
    ['prerendered', '/bench/pages/seed-prerendered.html', 'plenary'],
    ['distant', '/bench/pages/seed-distant.html', 'plenary'],
  ];
  const runs = Object.fromEntries(kinds.map(([name]) => [name, []]));
  for (let i = 0; i < LOADS; i++) {
    // Interleaved, the order turning each round: each kind goes first as often.
    for (let k = 0; k < kinds.length; k++) {
      const [name, path, kind] = kinds[(i + k) % kinds.length];
      runs[name].push(await load(browser, origin, path, kind).catch((error) => (console.error(`${path}: ${error.message.split('\n')[0]}`), null)));
    }
  }
  // A page that failed to load once is not measured.
  const med = (name, key) => (runs[name].every((r) => typeof r?.[key] === 'number') ? median(runs[name].map((r) => r[key])) : null);
  return {
    runs,
    plenary: { rendered: med('plenary', 'rendered'), fcp: med('plenary', 'fcp') },
    floor: { rendered: med('static', 'rendered'), fcp: med('static', 'fcp') },
    prerendered: { rendered: med('prerendered', 'rendered'), fcp: med('prerendered', 'fcp') },
    distant: { rendered: med('distant', 'rendered'), fcp: med('distant', 'fcp') },
  };
}

/**
 * The browser's start-up of date formatting on this machine: on an empty page,
 * the first `Intl.DateTimeFormat` with a time zone, made and used, as the first
 * one Plenary makes (luxon's check that a zone exists); then a second one, for
 * scale. The first pays for the browser's date and time-zone data.
 */
async function intlStart(browser, origin) {
  const first = [];
  const second = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    try {
      const measured = whenMeasured(page);
      await page.goto(`${origin}/bench/pages/intl-start.html`, { waitUntil: 'commit' });
      await measured;
      const result = await page.evaluate(() => window.benchIntl);
      first.push(result.first);
      second.push(result.second);
    } finally {
      await page.close();
    }
  }
  return { first: median(first), second: median(second) };
}

async function agenda500(browser, origin) {
  const painted = [];
  const floorPaint = [];
  const frameEnd = [];
  const afterHandover = [];
  const whole = [];
  for (let i = 0; i < LOADS; i++) {
    // The same content as static HTML, interleaved (its first contentful paint: the floor).
    const floor = await load(browser, origin, '/bench/static-agenda-500.html', 'static');
    floorPaint.push(floor.fcp);
    const page = await browser.newPage();
    const measured = whenMeasured(page);
    await page.goto(`${origin}/bench/pages/agenda-500.html`, { waitUntil: 'commit' });
    await measured;
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 30000 });
    const result = await page.evaluate(() => ({ ...window.benchResult, painted: performance.getEntriesByName('first-contentful-paint')[0].startTime }));
    if (result.sessions !== 500) throw new Error(`the agenda showed ${result.sessions} sessions`);
    // The first paint must be the sessions: anything painted before them (a
    // placeholder, say) would make it the wrong moment.
    if (typeof result.painted !== 'number' || result.painted < result.visible) {
      throw new Error(`the page's first paint (${result.painted} ms) was not the frame with the sessions (its main-thread part ended at ${result.visible} ms)`);
    }
    painted.push(result.painted);
    frameEnd.push(result.visible);
    afterHandover.push(result.painted - result.handedOver);
    whole.push(result.ms);
    await page.close();
  }
  return { ms: median(painted), floor: median(floorPaint), frameEnd: median(frameEnd), afterHandover: median(afterHandover), whole: median(whole) };
}

async function hundred(browser, server) {
  const times = [];
  let requests = 0;
  for (let i = 0; i < LOADS; i++) {
    const before = server.requests.length;
    const { rendered } = await load(browser, server.origin, '/bench/pages/hundred.html', 'plenary');
    times.push(rendered);
    requests = server.requests.slice(before).filter((p) => p.startsWith('/examples/')).length;
  }
  return { ms: median(times), requests };
}

/**
 * Where the seed page's time goes, against the floor: when the script has
 * arrived, what is left of twice the static page's time for all it then does,
 * and how much of that the browser's first date format takes.
 */
function timeSpent(loads, intl) {
  const seed = loads.runs.plenary.filter((r) => typeof r?.script === 'number' && typeof r.rendered === 'number');
  const floor = loads.floor.rendered;
  if (seed.length === 0 || typeof floor !== 'number') return [];
  const arrived = median(seed.map((r) => r.script));
  const after = median(seed.map((r) => r.rendered - r.script));
  return [
    '',
    "Where the seed page's time goes (medians of the seed page's loads above):",
    '',
    '| | ms |',
    '| --- | ---: |',
    `| navigation start → the last byte of plenary.js (the descriptor preloaded beside it) | ${ms(arrived)} |`,
    `| that → everything rendered: the script evaluated, the elements defined, the first date format, rendering, style, layout | ${ms(after)} |`,
    `| of which, on an empty page, the browser's first date format with a time zone (as Plenary's first); a second one | ${ms(intl.first)}; ${typeof intl.second === 'number' ? `${intl.second.toFixed(1)} ms` : 'not measured'} |`,
    `| twice the static page's everything rendered | ${ms(2 * floor)} |`,
    `| so what is left for all the script does once it has arrived, at 2 × the floor | ${ms(2 * floor - arrived)} |`,
  ];
}

/** Each target of bench/targets.json with its measure (null: not measured) and whether it is met. */
function judge(measures) {
  return TARGETS.map((t) => {
    const value = measures[t.id];
    const measured = typeof value === 'number' && Number.isFinite(value);
    return { ...t, value: measured ? value : null, met: measured && value <= t.max };
  });
}

const ms = (value) => (typeof value === 'number' ? `${value.toFixed(0)} ms` : 'not measured');
const ratio = (a, b) => (typeof a === 'number' && typeof b === 'number' ? a / b : null);
const show = (value, unit) => (value === null ? 'not measured' : unit === 'KB' ? `${value.toFixed(1)} KB` : unit === 'ms' ? `${value.toFixed(0)} ms` : `${value.toFixed(2)} ×`);

// How busy the machine was when the run began: timings on a loaded machine are slower and noisier.
const loadAtStart = loadavg()[0];
const server = await startServer();
// Headless Chromium builds the address bar's suggestion popup (a web page of some
// 300 files, in a process of its own) for every window it opens, and each page
// measured here is a window of its own: on two cores that took one core for the
// first half second of every load, the page waiting on the other (the static
// copies took 40% longer for it). A visitor's browser does that when a window
// opens, not while a page loads. So it is turned off; bench/chromium.sh keeps
// playwright's own list of features turned off (Chromium reads one list only).
const browser = await chromium.launch({
  executablePath: join(ROOT, 'bench', 'chromium.sh'),
  args: [...CHROMIUM_ARGS, '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup'],
  env: { ...process.env, PLENARY_CHROMIUM: chromiumPath() },
});
try {
  const sizeRows = await sizes();
  const page = await browser.newPage();
  writeFileSync(join(ROOT, 'bench', 'static-seed.html'), await staticCopy(page, server.origin, '/bench/pages/seed.html', waitForAll));
  writeFileSync(
    join(ROOT, 'bench', 'static-agenda-500.html'),
    await staticCopy(page, server.origin, '/bench/pages/agenda-500.html', (p) => p.waitForFunction(() => window.benchResult, null, { timeout: 30000 })),
  );
  // A later Chromium may name the popup's features otherwise, and bring it back
  // (looked for while a window is open: the popup goes with its window).
  const { targetInfos } = await (await browser.newBrowserCDPSession()).send('Target.getTargets');
  const popup = targetInfos.some((t) => t.url.startsWith('chrome://omnibox-popup'));
  await page.close();
  const popupOn = "Chromium's address-bar popup was on in this run (this Chromium names its features otherwise): it takes a core from every page load, and the page times are high.";
  if (popup) console.error(popupOn);
  const failed = (what) => (error) => {
    console.error(`${what} could not be measured: ${error.message.split('\n')[0]}`);
    return { ms: null, floor: null, frameEnd: null, afterHandover: null, whole: null, requests: null };
  };
  const loads = await pageLoads(browser, server.origin);
  const agenda = await agenda500(browser, server.origin).catch(failed('the 500-session agenda'));
  const many = await hundred(browser, server).catch(failed('the 100 elements'));
  const intl = await intlStart(browser, server.origin).catch((error) => (console.error(`the first date format could not be measured: ${error.message.split('\n')[0]}`), { first: null, second: null }));
  const chromeVersion = browser.version();

  const gzipOf = (what) => sizeRows.find((r) => r.what === what)?.gzip / 1024;
  const results = judge({
    'english-gzip': gzipOf('dist/plenary.js + what it loads for English'),
    'element-gzip': gzipOf('npm plenary/join.js with its dependencies'),
    'agenda-500': agenda.ms,
    'seed-rendered-ratio': ratio(loads.plenary.rendered, loads.floor.rendered),
    'prerendered-fcp-ratio': ratio(loads.prerendered.fcp, loads.floor.fcp),
  });

  const lines = [];
  lines.push('# Plenary benchmark results', '');
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromeVersion} (headless), load average ${loadAtStart.toFixed(1)} at the start. ${LOADS} loads each, the page loads interleaved; medians.`, '');
  if (popup) lines.push(`**${popupOn}**`, '');
  lines.push('## Targets', '', 'From `bench/targets.json`; `npm run bench -- --check` fails when one is missed.', '', '| target | measure | limit | |', '| --- | ---: | ---: | :---: |');
  for (const r of results) lines.push(`| ${r.description} | ${show(r.value, r.unit)} | ≤ ${show(r.max, r.unit)} | ${r.met ? '✓' : '✗'} |`);
  lines.push('', '## Sizes', '', '| file | minified | gzip | brotli |', '| --- | ---: | ---: | ---: |');
  for (const r of sizeRows) lines.push(`| ${r.what} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  lines.push('', '## Rendering', '', 'Times from navigation start. "Everything rendered": the end of the first frame after `load` in which every Plenary element is ready (for the static page: the first frame after `load`).', '');
  lines.push('| page | first contentful paint | everything rendered |', '| --- | ---: | ---: |');
  lines.push(`| seed page (dist/plenary.js, descriptor preloaded) | ${ms(loads.plenary.fcp)} | ${ms(loads.plenary.rendered)} |`);
  lines.push(`| the same content as static HTML, no script (the floor) | ${ms(loads.floor.fcp)} | ${ms(loads.floor.rendered)} |`);
  lines.push(`| seed page with a pre-rendered fallback inside the element | ${ms(loads.prerendered.fcp)} | ${ms(loads.prerendered.rendered)} |`);
  lines.push(`| seed page as most are pasted, no preload, its descriptor answered 100 ms late (a distant server) | ${ms(loads.distant.fcp)} | ${ms(loads.distant.rendered)} |`);
  lines.push(...timeSpent(loads, intl));
  lines.push('', '| measure | median |', '| --- | ---: |');
  lines.push(`| 500-session agenda: navigation start → the screen filled with sessions, on screen (first contentful paint) | ${ms(agenda.ms)} |`);
  lines.push(`| of which descriptor handed over → that paint | ${ms(agenda.afterHandover)} |`);
  lines.push(`| the same agenda as static HTML, no script (the floor): navigation start → first contentful paint | ${ms(agenda.floor)} |`);
  lines.push(`| the same frame: navigation start → the end of the main thread's part (before raster and presentation) | ${ms(agenda.frameEnd)} |`);
  lines.push(`| 500-session agenda: navigation start → the main thread's part of the frame with all 500 sessions done | ${ms(agenda.whole)} |`);
  lines.push(`| 100 elements sharing one descriptor: navigation → all rendered | ${ms(many.ms)} |`);
  lines.push(`| 100 elements: requests for the descriptor | ${many.requests ?? 'not measured'} |`);
  const raw = (name, key) => loads.runs[name].map((r) => (typeof r?.[key] === 'number' ? r[key].toFixed(0) : 'failed')).join(', ');
  lines.push('', 'Raw page loads, in the order run (ms):', '');
  lines.push(`- seed page, everything rendered: ${raw('plenary', 'rendered')}`);
  lines.push(`- static HTML, everything rendered: ${raw('static', 'rendered')}; first contentful paint: ${raw('static', 'fcp')}`);
  lines.push(`- pre-rendered fallback, first contentful paint: ${raw('prerendered', 'fcp')}`);
  lines.push(`- no preload, descriptor 100 ms late, everything rendered: ${raw('distant', 'rendered')}`, '');
  const text = lines.join('\n');
  if (!CHECK) writeFileSync(join(ROOT, 'bench', 'results.md'), text);
  console.log(text);

  const missed = results.filter((r) => !r.met);
  if (CHECK && missed.length > 0) {
    console.error(`\n${missed.length} of ${results.length} benchmark targets missed:`);
    for (const r of missed) console.error(`  ✗ ${r.id}: ${r.description}: ${show(r.value, r.unit)}, the target is at most ${show(r.max, r.unit)}`);
    process.exitCode = 1;
  } else if (CHECK) {
    console.error(`\nAll ${results.length} benchmark targets met.`);
  }
} finally {
  await browser.close();
  await server.close();
}
