// End-to-end: the Copy buttons of the built dist/plenary.js, in Chromium with
// the clipboard permissions granted, the text read back from the clipboard and
// compared with the lines written by hand in test/fixtures/copied.json (the
// seed event in all seven languages, a meeting of three days in English); and,
// with writing to the clipboard denied, the text selected in a read-only box;
// with the connection dropped as the text's code is asked for, nothing copied
// and the status saying so; with the connection slow, "Copying…" until it is.
// Run after `npm run build`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { withBrowser, waitForPlenary } from './harness.js';

const env = withBrowser();
const expected = JSON.parse(readFileSync(new URL('../fixtures/copied.json', import.meta.url), 'utf8'));
const LANGS = ['en', 'fr', 'es', 'ru', 'zh', 'ko', 'ar'];

async function open(permissions) {
  const context = await env.browser.newContext({ permissions, timezoneId: 'America/New_York', locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${env.server.origin}/test/pages/copy.html`);
  await waitForPlenary(page);
  return { context, page };
}

/** What the status line of `host`'s Copy button says once the press is done: not "Copying…", said while a slow text is on its way. */
async function confirmation(page, host) {
  const status = page.locator(`${host} [part=copy-status]`).first();
  await status.filter({ hasText: /\S/ }).filter({ hasNotText: 'Copying…' }).waitFor({ timeout: 10000 });
  return (await status.textContent()).trim();
}

const CONFIRMED = { en: 'Copied', fr: 'Copié', es: 'Copiado', ru: 'Скопировано', zh: '已复制', ko: '복사됨', ar: 'تم النسخ' };

test('the seed schedule copied in each of the seven languages: the clipboard holds the hand-written text', async () => {
  const { context, page } = await open(['clipboard-read', 'clipboard-write']);
  try {
    for (const lang of LANGS) {
      await page.evaluate((l) => document.querySelector('#seed').setAttribute('lang', l), lang);
      const button = page.locator('#seed [part=copy-button]');
      await button.waitFor();
      await page.waitForFunction((l) => document.querySelector('#seed').shadowRoot.querySelector('[part=root]')?.getAttribute('lang') === l && document.querySelector('#seed').status === 'ready', lang);
      await page.evaluate(() => navigator.clipboard.writeText('-'));
      await button.click();
      assert.equal(await confirmation(page, '#seed'), CONFIRMED[lang], `${lang}: the confirmation`);
      const text = await page.evaluate(() => navigator.clipboard.readText());
      assert.equal(text, `${expected.seed[lang].join('\n')}\n`, `${lang}: the text on the clipboard`);
      const html = await page.evaluate(async () => {
        const [item] = await navigator.clipboard.read();
        return (await item.getType('text/html')).text();
      });
      const cells = await page.evaluate((h) => [...new DOMParser().parseFromString(h, 'text/html').querySelectorAll('tbody tr')].map((tr) => tr.textContent), html);
      assert.equal(cells.length, 5, `${lang}: a table row per zone`);
      // The status clears itself later; a new click says it again.
      await page.evaluate(() => new Promise((r) => setTimeout(r, 100)));
    }
  } finally {
    await context.close();
  }
});

test('the event page of a meeting of three days copied in English: times with dates per zone, then the programme by day', async () => {
  const { context, page } = await open(['clipboard-read', 'clipboard-write']);
  try {
    await page.locator('#geneva [part=copy-button]').click();
    assert.equal(await confirmation(page, '#geneva'), 'Copied');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(text, `${expected['geneva-meeting-2027'].en.join('\n')}\n`);
  } finally {
    await context.close();
  }
});

test('with writing to the clipboard denied, the text is selected in a read-only box, and the status says so', async () => {
  const { context, page } = await open([]);
  try {
    const cdp = await context.newCDPSession(page);
    for (const name of ['clipboard-write', 'clipboard-sanitized-write']) {
      await cdp.send('Browser.setPermission', { permission: { name }, setting: 'denied', origin: env.server.origin }).catch(() => undefined);
    }
    assert.equal(await page.evaluate(async () => (await navigator.permissions.query({ name: 'clipboard-write' })).state), 'denied');
    await page.locator('#seed [part=copy-button]').click();
    assert.equal(await confirmation(page, '#seed'), 'Copying is not allowed here: the text is selected below, copy it from there.');
    const box = await page.evaluate(() => {
      const root = document.querySelector('#seed').shadowRoot;
      const area = root.querySelector('textarea');
      return { value: area.value, readOnly: area.readOnly, focused: root.activeElement === area, selected: [area.selectionStart, area.selectionEnd], length: area.value.length };
    });
    assert.equal(box.value, `${expected.seed.en.join('\n')}\n`);
    assert.equal(box.readOnly, true);
    assert.equal(box.focused, true);
    assert.deepEqual(box.selected, [0, box.length]);
  } finally {
    await context.close();
  }
});

test('when the connection fails as the text is made, nothing is copied and the status says so; reloaded, the page copies', async () => {
  const { context, page } = await open(['clipboard-read', 'clipboard-write']);
  try {
    await page.evaluate(() => navigator.clipboard.writeText('-'));
    await fetch(`${env.server.origin}/__cut/on`);
    try {
      await page.locator('#seed [part=copy-button]').click();
      assert.equal(await confirmation(page, '#seed'), 'Not copied: check your connection, then reload the page and try again.');
    } finally {
      await fetch(`${env.server.origin}/__cut/off`);
    }
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '-', 'the clipboard was written');
    assert.equal(await page.locator('#seed textarea').count(), 0, 'a box with no text to copy');
    await page.reload();
    await waitForPlenary(page);
    await page.locator('#seed [part=copy-button]').click();
    assert.equal(await confirmation(page, '#seed'), 'Copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${expected.seed.en.join('\n')}\n`);
  } finally {
    await context.close();
  }
});

test('on a slow connection, the status says "Copying…" until the text is made, then "Copied", and the clipboard holds it', async () => {
  const { context, page } = await open(['clipboard-read', 'clipboard-write']);
  try {
    await page.evaluate(() => navigator.clipboard.writeText('-'));
    await fetch(`${env.server.origin}/__slow/on?ms=2000`);
    try {
      await page.locator('#seed [part=copy-button]').click();
      await page.locator('#seed [part=copy-status]').filter({ hasText: /\S/ }).waitFor({ timeout: 10000 });
      assert.equal((await page.locator('#seed [part=copy-status]').textContent()).trim(), 'Copying…');
      assert.equal(await page.evaluate(() => navigator.clipboard.readText()), '-', 'copied before the text was made');
    } finally {
      await fetch(`${env.server.origin}/__slow/off`);
    }
    await page.locator('#seed [part=copy-status]').filter({ hasText: 'Copied' }).waitFor({ timeout: 10000 });
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), `${expected.seed.en.join('\n')}\n`);
  } finally {
    await context.close();
  }
});

test('a quick copy says "Copied" and nothing else, however long the line is watched', async () => {
  const { context, page } = await open(['clipboard-read', 'clipboard-write']);
  try {
    // The text's code is loaded by a first press; the second, watched, needs no network.
    await page.locator('#seed [part=copy-button]').click();
    assert.equal(await confirmation(page, '#seed'), 'Copied');
    await page.evaluate(() => {
      const status = document.querySelector('#seed').shadowRoot.querySelector('[part=copy-status]');
      window.said = [];
      new MutationObserver(() => window.said.push(status.textContent.trim())).observe(status, { childList: true, subtree: true, characterData: true });
    });
    await page.locator('#seed [part=copy-button]').click();
    await page.locator('#seed [part=copy-status]').filter({ hasText: 'Copied' }).waitFor({ timeout: 10000 });
    await page.evaluate(() => new Promise((r) => setTimeout(r, 800)));
    assert.deepEqual(await page.evaluate(() => window.said.filter((t) => t !== '')), ['Copied'], 'what the line said after the second press');
  } finally {
    await context.close();
  }
});
