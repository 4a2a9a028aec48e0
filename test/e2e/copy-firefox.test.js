// End-to-end: the Copy button of the built dist/plenary.js in Firefox (copy.test.js
// covers Chromium): pressed as a person presses it, in each of the seven
// languages, the clipboard holds the lines written by hand in
// test/fixtures/copied.json, as plain text, and as HTML with a table row per
// zone. Firefox formats dates and times with its own copy of the time-zone and
// language data: where its text differs from Chromium's (the hours of French,
// Russian and Chinese), the fixture's `firefox` part has its lines, by hand.
// With the text's code slow to come, "Copying…" first; with the connection
// dropped, nothing copied and the status saying so.
// Run after `npm run build`; skipped where Firefox is missing (never in CI).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { BROWSERS, withBrowsers } from './harness.js';

const env = withBrowsers();
const expected = JSON.parse(readFileSync(new URL('../fixtures/copied.json', import.meta.url), 'utf8'));
/** The seed's lines in `lang` as Firefox writes them. */
const firefoxLines = (lang) => expected.seed[lang].map((line) => expected.firefox.seed[lang]?.[line] ?? line);
/** In the page: `window.copyStatus()`, what the seed schedule's Copy status line says. */
const withStatus = () => {
  window.copyStatus = () => document.querySelector('#seed').shadowRoot.querySelector('[part=copy-status]').textContent.trim();
};
const CONFIRMED = { en: 'Copied', fr: 'Copié', es: 'Copiado', ru: 'Скопировано', zh: '已复制', ko: '복사됨', ar: 'تم النسخ' };

test('the seed schedule copied in Firefox in each of the seven languages: the clipboard holds the hand-written text', { skip: !BROWSERS.includes('firefox') && 'no Firefox here' }, async () => {
  const page = await env.newPage('firefox', { timezoneId: 'America/New_York', locale: 'en-US' });
  try {
    await page.goto(`${env.server.origin}/test/pages/copy.html`);
    await page.evaluate(withStatus);
    for (const lang of Object.keys(CONFIRMED)) {
      await page.evaluate((l) => document.querySelector('#seed').setAttribute('lang', l), lang);
      await page.waitForFunction((l) => {
        const seed = document.querySelector('#seed');
        return seed.status === 'ready' && seed.shadowRoot.querySelector('[part=root]')?.getAttribute('lang') === l;
      }, lang);
      await page.evaluate(() => navigator.clipboard.writeText('-'));
      await page.click('#seed', '[part=copy-button]');
      // The words once the press is done (a slow one says "Copying…" in the language first).
      await page.waitForFunction((words) => window.copyStatus() === words, CONFIRMED[lang], { timeout: 10000 }).catch(() => undefined);
      assert.equal(await page.evaluate(() => window.copyStatus()), CONFIRMED[lang], `${lang}: the confirmation`);
      const copied = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        const html = await (await item.getType('text/html')).text();
        return { text: await navigator.clipboard.readText(), rows: new DOMParser().parseFromString(html, 'text/html').querySelectorAll('tbody tr').length };
      });
      assert.equal(copied.text, `${firefoxLines(lang).join('\n')}\n`, `${lang}: the text on the clipboard`);
      assert.equal(copied.rows, 5, `${lang}: a table row per zone in the HTML`);
    }
  } finally {
    await page.close();
  }
});

test('in Firefox, on a slow connection the status says "Copying…" and then "Copied"; with the connection failed, "Not copied" and the clipboard untouched', { skip: !BROWSERS.includes('firefox') && 'no Firefox here' }, async () => {
  const status = (page) => page.evaluate(() => window.copyStatus());
  const saysSomething = (page) => page.waitForFunction(() => window.copyStatus() !== '', null, { timeout: 10000 });
  const open = async () => {
    const page = await env.newPage('firefox', { timezoneId: 'America/New_York', locale: 'en-US' });
    await page.goto(`${env.server.origin}/test/pages/copy.html`);
    await page.waitForFunction(() => document.querySelector('#seed').status === 'ready');
    await page.evaluate(withStatus);
    await page.evaluate(() => navigator.clipboard.writeText('-'));
    return page;
  };
  const slow = await open();
  try {
    await fetch(`${env.server.origin}/__slow/on?ms=2000`);
    try {
      await slow.click('#seed', '[part=copy-button]');
      await saysSomething(slow);
      assert.equal(await status(slow), 'Copying…');
      assert.equal(await slow.evaluate(() => navigator.clipboard.readText()), '-', 'copied before the text was made');
    } finally {
      await fetch(`${env.server.origin}/__slow/off`);
    }
    await slow.waitForFunction(() => window.copyStatus() === 'Copied', null, { timeout: 10000 });
    assert.equal(await slow.evaluate(() => navigator.clipboard.readText()), `${firefoxLines('en').join('\n')}\n`);
  } finally {
    await slow.close();
  }
  const cut = await open();
  try {
    await fetch(`${env.server.origin}/__cut/on`);
    try {
      await cut.click('#seed', '[part=copy-button]');
      await saysSomething(cut);
      // A failure that takes more than half a second is "Copying…" first.
      await cut.waitForFunction(() => !window.copyStatus().startsWith('Copying'), null, { timeout: 10000 });
      assert.equal(await status(cut), 'Not copied: check your connection, then reload the page and try again.');
    } finally {
      await fetch(`${env.server.origin}/__cut/off`);
    }
    assert.equal(await cut.evaluate(() => navigator.clipboard.readText()), '-', 'the clipboard was written');
  } finally {
    await cut.close();
  }
});
