// plenary/<name>-element.js gives an element's class and defines nothing, so an
// app can register it under a tag of its own (or in a scoped registry). Each
// entry is bundled from the built package as an app's bundler (Vite) would, then
// imported in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadedCode } from './chunks.js';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startServer } from '../server.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NAMES = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'];
const TAGS = NAMES.map((name) => `plenary-${name}`);
const className = (name) => `Plenary${name[0].toUpperCase()}${name.slice(1)}Element`;
const DESCRIPTOR = JSON.parse(readFileSync(join(ROOT, 'examples', 'unpog-webinar-2020-10-13.json'), 'utf8'));

let dir;
let chunks;
let server;
let browser;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-element-classes-'));
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      target: 'es2022',
      lib: { entry: Object.fromEntries(NAMES.map((name) => [`${name}-element`, join(ROOT, 'dist', 'npm', 'entries', `${name}-element.js`)])), formats: ['es'] },
    },
  });
  chunks = new Map((Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>An app</title></head><body></body></html>');
  server = await startServer({ root: dir });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the bundle of each *-element.js entry never calls customElements.define', () => {
  for (const name of NAMES) {
    const code = loadedCode(chunks, `${name}-element`);
    assert.match(code, new RegExp(`export \\{[^}]*\\b${className(name)}\\b`), `${name}-element.js exports its class`);
    assert.doesNotMatch(code, /customElements\.define|\.define\(/, `${name}-element.js defines nothing`);
  }
});

test('importing each *-element.js in a page defines no tag and gives the class', async () => {
  const page = await browser.newPage();
  try {
    for (const name of NAMES) {
      await page.goto(`${server.origin}/index.html`);
      const seen = await page.evaluate(
        async ({ file, cls, tags }) => {
          const module = await import(file);
          const Element = module[cls];
          return { exports: Object.keys(module), isElement: typeof Element === 'function' && Element.prototype instanceof HTMLElement, defined: tags.filter((tag) => customElements.get(tag) !== undefined) };
        },
        { file: `/${name}-element.js`, cls: className(name), tags: TAGS },
      );
      assert.deepEqual(seen, { exports: [className(name)], isElement: true, defined: [] }, `plenary/${name}-element.js`);
    }
  } finally {
    await page.close();
  }
});

test('a class registered under a tag of its own shows the event', async () => {
  const page = await browser.newPage();
  try {
    await page.goto(`${server.origin}/index.html`);
    const shown = await page.evaluate(
      async ({ descriptor, tags }) => {
        const { PlenaryCardElement } = await import('/card-element.js');
        customElements.define('site-card', PlenaryCardElement);
        const card = document.createElement('site-card');
        card.zone = 'Asia/Kathmandu';
        card.event = descriptor;
        document.body.append(card);
        for (let i = 0; i < 400 && card.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 25));
        return {
          status: card.status,
          title: card.shadowRoot.querySelector('h2[part="title"]')?.textContent.trim(),
          definedByPlenary: tags.filter((tag) => customElements.get(tag) !== undefined),
        };
      },
      { descriptor: DESCRIPTOR, tags: TAGS },
    );
    assert.deepEqual(shown, {
      status: 'ready',
      title: 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19',
      definedByPlenary: [],
    });
  } finally {
    await page.close();
  }
});
