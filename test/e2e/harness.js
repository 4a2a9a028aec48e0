// What the end-to-end tests (and the benchmark) share: the built files, a local
// server, one headless Chromium, and a wait for Plenary elements to be shown;
// and, for the tests that run in every browser, the same page API over Chromium
// (playwright) and Firefox (puppeteer over WebDriver BiDi).
import { before, after } from 'node:test';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
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
 * `selector`) and every Plenary element inside them are ready. `page`: a
 * playwright page, or a page of withBrowsers().
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

const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

/** Firefox's executable: FIREFOX_PATH, else the system's; null when there is none. */
export function firefoxPath() {
  if (process.env.FIREFOX_PATH) return process.env.FIREFOX_PATH;
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/**
 * The browsers the cross-browser tests run in. Firefox is among them when it is
 * installed, when FIREFOX_PATH names it, and always in CI, where a missing
 * Firefox fails its tests instead of quietly leaving them out.
 */
export const BROWSERS = ['chromium', ...(firefoxPath() || process.env.CI ? ['firefox'] : [])];

function launchFirefox(locale) {
  const executablePath = firefoxPath();
  if (!executablePath || !existsSync(executablePath)) {
    throw new Error(
      `No Firefox found for the browser tests${process.env.FIREFOX_PATH ? ` (FIREFOX_PATH is set to ${process.env.FIREFOX_PATH}, but no file is there)` : ''}.\n` +
        '  On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
        '  Elsewhere: install Firefox and set FIREFOX_PATH to its executable.',
    );
  }
  // WebDriver BiDi has no language override, so the language is the browser's
  // own: javascript.use_us_english_locale makes en-US the default of Intl and
  // Date whatever the machine's locale; another language is taken from the
  // process's locale (LANG, LC_ALL) with intl.regional_prefs.use_os_locales.
  const english = locale === 'en-US';
  const posix = `${locale.replace('-', '_')}.UTF-8`;
  return puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath,
    headless: true,
    timeout: 120000,
    defaultViewport: { width: 1280, height: 720 },
    env: english ? process.env : { ...process.env, LANG: posix, LC_ALL: posix },
    extraPrefsFirefox: {
      'intl.accept_languages': locale,
      'intl.locale.requested': locale,
      'javascript.use_us_english_locale': english,
      'intl.regional_prefs.use_os_locales': !english,
    },
  });
}

/** A page of either browser, with what the cross-browser tests use of it. */
class Page {
  /** `raw`: the playwright page (Chromium) or the puppeteer page (Firefox). */
  constructor(browser, raw, close) {
    this.browser = browser;
    this.raw = raw;
    this.closeAll = close;
  }

  /** Resolves once the page's `load` event has fired (or `domcontentloaded`). */
  async goto(url, { waitUntil = 'load', timeout = 30000 } = {}) {
    await this.raw.goto(url, { waitUntil, timeout });
  }

  evaluate(fn, arg) {
    return this.raw.evaluate(fn, arg);
  }

  /** Runs `fn(arg)` in every document the page loads, before the page's own scripts. */
  addInitScript(fn, arg) {
    return this.browser === 'firefox' ? this.raw.evaluateOnNewDocument(fn, arg) : this.raw.addInitScript(fn, arg);
  }

  /** Clicks as a person does (a trusted click, with user activation) `inner` in the shadow root of the element `host` (CSS selectors). */
  async click(host, inner) {
    if (this.browser === 'firefox') {
      const handle = await this.raw.waitForSelector(`${host} >>> ${inner}`);
      await handle.click();
      await handle.dispose();
    } else {
      await this.raw.locator(`${host} ${inner}`).first().click();
    }
  }

  /** Resolves once fn(arg) is truthy, tried at every animation frame. */
  async waitForFunction(fn, arg, { timeout = 30000 } = {}) {
    const handle =
      this.browser === 'firefox'
        ? await this.raw.waitForFunction(fn, { polling: 'raf', timeout }, arg)
        : await this.raw.waitForFunction(fn, arg, { polling: 'raf', timeout });
    await handle.dispose();
  }

  /**
   * 'pageerror' → { message } of an uncaught exception; 'console' → { type, text }
   * ('error', 'warning', 'log'…); 'request' → { url } of each request the page
   * makes over the network; 'response' → { url, status } of each answer. Left out: data: addresses, which go nowhere (Firefox
   * reports one for a font of its own), and /favicon.ico, which Firefox asks of
   * every site by itself.
   */
  on(type, listener) {
    const adapt = {
      pageerror: (error) => listener({ message: String(error?.message ?? error).replace(/^Error: /, '') }),
      console: (message) => listener({ type: message.type() === 'warn' ? 'warning' : message.type(), text: message.text() }),
      request: (request) => {
        const url = request.url();
        if (!url.startsWith('data:') && new URL(url).pathname !== '/favicon.ico') listener({ url });
      },
      response: (response) => {
        const url = response.url();
        if (!url.startsWith('data:') && new URL(url).pathname !== '/favicon.ico') listener({ url, status: response.status() });
      },
    }[type];
    if (!adapt) throw new Error(`The cross-browser page does not report '${type}'.`);
    this.raw.on(type, adapt);
  }

  screenshot(options) {
    return this.raw.screenshot(options);
  }

  close() {
    return this.closeAll();
  }
}

/**
 * Starts the server before a test file and stops it, and the browsers, after.
 * `env.server`; `env.newPage(browser, { timezoneId, locale })` opens a page in a
 * fresh browser context (no storage shared with other pages) of `browser`, one
 * of BROWSERS, and checks that the page sees the zone and language asked. Each
 * browser is started when first used, so that a missing one fails only its tests.
 */
export function withBrowsers(options = {}) {
  if (!existsSync(new URL('../../dist/plenary.js', import.meta.url))) {
    throw new Error('dist/plenary.js is missing: run `npm run build` first.');
  }
  const launched = new Map();
  const launch = (key, start) => {
    if (!launched.has(key)) launched.set(key, start());
    return launched.get(key);
  };
  const env = {
    async newPage(browser, { timezoneId = 'UTC', locale = 'en-US' } = {}) {
      let page;
      if (browser === 'chromium') {
        const chromiumBrowser = await launch('chromium', launchChromium);
        const context = await chromiumBrowser.newContext({ timezoneId, locale });
        page = new Page(browser, await context.newPage(), () => context.close());
      } else if (browser === 'firefox') {
        const firefox = await launch(`firefox ${locale}`, () => launchFirefox(locale));
        const context = await firefox.createBrowserContext();
        const raw = await context.newPage();
        await raw.emulateTimezone(timezoneId);
        page = new Page(browser, raw, () => context.close());
      } else {
        throw new Error(`Unknown browser ${browser}: one of ${BROWSERS.join(', ')}.`);
      }
      await page.goto('about:blank');
      // The zone compared as the browser names it (Chromium says Asia/Katmandu for Asia/Kathmandu).
      const seen = await page.evaluate((asked) => {
        const { timeZone, locale } = Intl.DateTimeFormat().resolvedOptions();
        return { timeZone, locale, language: navigator.language, asked: new Intl.DateTimeFormat('en-US', { timeZone: asked }).resolvedOptions().timeZone };
      }, timezoneId);
      if (seen.timeZone !== seen.asked || seen.locale !== locale || seen.language !== locale) {
        await page.close();
        throw new Error(`${browser} was asked for ${timezoneId} and ${locale}, but its page has ${seen.timeZone}, ${seen.locale} (navigator.language ${seen.language}).`);
      }
      return page;
    },
  };
  before(async () => {
    env.server = await startServer(options);
  });
  after(async () => {
    for (const browser of launched.values()) await (await browser.catch(() => null))?.close();
    await env.server?.close();
  });
  return env;
}
