#!/usr/bin/env node
// The benchmark: what Plenary costs a page. Run after `npm run build`:
//   npm run bench            prints the table and writes bench/results.md
// (a) sizes (gzip and brotli) of the CDN files and of each per-element npm entry
//     with its dependencies, beside lit alone and luxon alone;
// (b) median time, over 9 loads, from navigation start to the whole seed page
//     rendered, beside the same content as static HTML (the floor);
// (c) a 500-session agenda, and 100 elements sharing one descriptor.
import { readFileSync, writeFileSync, readdirSync, mkdtempSync, rmSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { cpus, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { startServer } from '../test/server.js';
import { launchChromium, waitForPlenary } from '../test/e2e/harness.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LOADS = 9;

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

/** A static copy of the rendered seed page: every shadow root as declarative shadow DOM, its styles inline, no script. */
async function staticCopy(page, origin) {
  await page.goto(`${origin}/bench/pages/seed.html`);
  await waitForAll(page);
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

async function pageLoads(browser, origin) {
  // The time from navigation start to the frame in which everything is rendered.
  const plenary = [];
  const floor = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/seed.html`, { waitUntil: 'commit' });
    await waitForAll(page);
    plenary.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
    await page.close();
  }
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/static-seed.html`, { waitUntil: 'load' });
    floor.push(
      await page.evaluate(
        () =>
          new Promise((r) => {
            const fcp = performance.getEntriesByName('first-contentful-paint')[0];
            if (fcp) return r(fcp.startTime);
            new PerformanceObserver((list) => r(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
          }),
      ),
    );
    await page.close();
  }
  return { plenary: median(plenary), floor: median(floor), all: { plenary, floor } };
}

async function agenda500(browser, origin) {
  const times = [];
  for (let i = 0; i < LOADS; i++) {
    const page = await browser.newPage();
    await page.goto(`${origin}/bench/pages/agenda-500.html`);
    await page.waitForFunction(() => window.benchResult, null, { timeout: 30000 });
    const { ms, sessions } = await page.evaluate(() => window.benchResult);
    if (sessions !== 500) throw new Error(`the agenda showed ${sessions} sessions`);
    times.push(ms);
    await page.close();
  }
  return median(times);
}

async function hundred(browser, server) {
  const times = [];
  let requests = 0;
  for (let i = 0; i < LOADS; i++) {
    const before = server.requests.length;
    const page = await browser.newPage();
    await page.goto(`${server.origin}/bench/pages/hundred.html`, { waitUntil: 'commit' });
    await waitForAll(page);
    times.push(await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
    const count = await page.evaluate(() => document.querySelectorAll('body > *').length);
    if (count !== 100) throw new Error(`expected 100 elements, found ${count}`);
    requests = server.requests.slice(before).filter((p) => p.startsWith('/examples/')).length;
    await page.close();
  }
  return { ms: median(times), requests };
}

const server = await startServer();
const browser = await launchChromium();
try {
  const sizeRows = await sizes();
  const page = await browser.newPage();
  writeFileSync(join(ROOT, 'bench', 'static-seed.html'), await staticCopy(page, server.origin));
  await page.close();
  const loads = await pageLoads(browser, server.origin);
  const agenda = await agenda500(browser, server.origin);
  const many = await hundred(browser, server);
  const chromeVersion = browser.version();

  const lines = [];
  lines.push('# Plenary benchmark results', '');
  lines.push(`Measured ${new Date().toISOString().slice(0, 10)} on ${cpus().length} × ${cpus()[0].model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, Chromium ${chromeVersion} (headless). ${LOADS} loads each; medians.`, '');
  lines.push('## Sizes', '', '| file | minified | gzip | brotli |', '| --- | ---: | ---: | ---: |');
  for (const r of sizeRows) lines.push(`| ${r.what} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  lines.push('', 'Target: dist/plenary.js with what it loads for English at most 40 KB gzip.', '');
  lines.push('## Rendering', '', '| measure | median | target |', '| --- | ---: | --- |');
  lines.push(`| seed page, navigation start → everything rendered (dist/plenary.js) | ${loads.plenary.toFixed(0)} ms | |`);
  lines.push(`| the same content as static HTML, no script (floor: first contentful paint) | ${loads.floor.toFixed(0)} ms | |`);
  lines.push(`| ratio | ${(loads.plenary / loads.floor).toFixed(2)} × | ≤ 3 × |`);
  lines.push(`| 500-session agenda: descriptor handed over → painted | ${agenda.toFixed(0)} ms | ≤ 600 ms |`);
  lines.push(`| 100 elements sharing one descriptor: navigation → all rendered | ${many.ms.toFixed(0)} ms | |`);
  lines.push(`| 100 elements: requests for the descriptor | ${many.requests} | 1 |`);
  lines.push('', `Raw page loads (ms): plenary ${loads.all.plenary.map((x) => x.toFixed(0)).join(', ')}; static ${loads.all.floor.map((x) => x.toFixed(0)).join(', ')}.`, '');
  const text = lines.join('\n');
  writeFileSync(join(ROOT, 'bench', 'results.md'), text);
  console.log(text);
} finally {
  await browser.close();
  await server.close();
}
