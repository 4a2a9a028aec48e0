// `plenary preview`, as a content team opens it: the page it serves, in a browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './harness.js';
import { startPreviewProcess } from '../preview-process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('preview: the page counts the problems in words ("1 error, 1 warning") and lists each with its line', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'plenary-preview-')), 'event.json');
  const seed = readFileSync(join(ROOT, 'examples', 'unpog-webinar-2020-10-13.json'), 'utf8');
  // One error (a zone no browser knows), one warning (a misspelled field).
  writeFileSync(file, seed.replace('"America/New_York"', '"Mars/Olympus"').replace('"title":', '"tittle": "x",\n  "title":'));
  const { url, stop } = await startPreviewProcess(file);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(url);
    const head = page.locator('#problems > p');
    await head.filter({ hasText: 'invalid' }).waitFor();
    assert.equal(await head.textContent(), 'event.json: invalid (1 error, 1 warning)');
    const items = await page.locator('#problems li').allTextContents();
    assert.equal(items.length, 2);
    assert.match(items[0], /^error \d+:3 timeZone: "Mars\/Olympus" is not a known time zone/);
    assert.match(items[1], /^warning \d+:3 tittle: is not a field of the event/);
  } finally {
    await browser.close();
    stop();
  }
});
