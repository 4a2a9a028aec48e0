#!/usr/bin/env node
// Takes a screenshot of a page in headless Chromium:
//   node scripts/screenshot.js <url> <out.png> [width=1280] [height=800] [--full] [--y=<scroll>]
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from './chromium.js';

const [url, out, width = '1280', height = '800', ...flags] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.js <url> <out.png> [width] [height] [--full]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  page.on('console', (m) => console.log(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => console.log(`[pageerror] ${e.message}`));
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(300);
  const y = Number(flags.find((f) => f.startsWith('--y='))?.slice(4) ?? 0);
  if (y) await page.evaluate((top) => window.scrollTo(0, top), y);
  await page.screenshot({ path: out, fullPage: flags.includes('--full') });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(`${out}: ${width}px wide, horizontal overflow ${overflow}px`);
} finally {
  await browser.close();
}
