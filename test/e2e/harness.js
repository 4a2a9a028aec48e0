// What the end-to-end tests (and the benchmark) share: the built files, a local
// server, one headless Chromium, and a wait for Plenary elements to be shown.
import { before, after } from 'node:test';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { startServer } from '../server.js';

export function launchChromium() {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

/** Starts the server and the browser before a test file, stops them after; `env.server`, `env.browser`. */
export function withBrowser(options = {}) {
  if (!existsSync(new URL('../../dist/plenary.js', import.meta.url))) {
    throw new Error('dist/plenary.js is missing: run `npm run build` first.');
  }
  const env = {};
  before(async () => {
    env.server = await startServer(options);
    env.browser = await launchChromium();
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * Waits until the page's Plenary elements (all of them, or those matching
 * `selector`) and every Plenary element inside them are ready.
 */
export function waitForPlenary(page, selector = null, timeout = 30000) {
  return page.waitForFunction(
    (only) => {
      const ready = (el) => el.status === 'ready' && [...el.shadowRoot.querySelectorAll('*')].every((c) => !c.localName.startsWith('plenary-') || ready(c));
      const els = only ? [...document.querySelectorAll(only)] : [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('plenary-'));
      return els.length > 0 && els.every(ready);
    },
    selector,
    { polling: 'raf', timeout },
  );
}
