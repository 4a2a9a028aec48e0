// Starts the Storybook dev server (what designers run with `npm run storybook`)
// and opens every story in headless Chromium. Fails on what story-page.js checks:
// a page or console error, a story module that cannot be loaded ("Failed to
// fetch dynamically imported module"), a second copy of Lit ("Multiple versions
// of Lit loaded"), a failed request, an empty render. The static build has its
// own test (smoke.test.js); this one catches what only the dev server does, and
// that a change to an element's source reloads the story on screen (a hot
// update would leave the old element defined).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, utimesSync } from 'node:fs';
import { createServer } from 'node:net';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../e2e/harness.js';
import { openStory, storyByStory, TITLES } from './story-page.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
if (!existsSync(`${ROOT}custom-elements.json`)) throw new Error('custom-elements.json is missing: run `npx cem analyze` (or `npm run build-storybook`) first.');
const { bin } = JSON.parse(readFileSync(`${ROOT}node_modules/storybook/package.json`, 'utf8'));
const STORYBOOK = `${ROOT}node_modules/storybook/${typeof bin === 'string' ? bin : bin.storybook}`;
// Generous: after an install, the dev server pre-bundles the dependencies when it
// starts and when the first story is opened (on a busy two-core machine, seconds
// to a minute each).
const START_TIMEOUT = 240_000;
const STORY_TIMEOUT = 60_000;

/** A port nobody listens on now: the system picks it when we bind port 0. */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

let server;
let browser;
let origin;
let output = '';
let startSeconds;

/** Ends the dev server and everything it started (its whole process group). */
function stopServer(signal = 'SIGTERM') {
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  try {
    process.kill(-server.pid, signal);
  } catch {
    // already gone
  }
}
// Also when the run is cut short: no dev server is left behind.
process.on('exit', () => stopServer('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopServer('SIGKILL');
    process.exit(128 + constants.signals[signal]);
  });
}

async function waitForServer() {
  const deadline = Date.now() + START_TIMEOUT;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) break;
    try {
      const response = await fetch(`${origin}/index.json`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The Storybook dev server did not answer at ${origin}/index.json. Its output:\n${output.slice(-4000)}`);
}

before(async () => {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, [STORYBOOK, 'dev', '--ci', '--no-open', '--no-version-updates', '--exact-port', '--host', '127.0.0.1', '-p', String(port)], {
    cwd: ROOT,
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', NO_COLOR: '1' },
    detached: true, // its own process group, so that stopServer reaches its children too
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const started = Date.now();
  await waitForServer();
  startSeconds = (Date.now() - started) / 1000;
  browser = await launchChromium();
}, { timeout: START_TIMEOUT + 30_000 });

after(async () => {
  await browser?.close();
  if (!server || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise((resolve) => server.once('exit', resolve));
  stopServer('SIGTERM');
  const timer = setTimeout(() => stopServer('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
});

test('the dev server shows every story', { timeout: 10 * 60_000 }, async (t) => {
  t.diagnostic(`the dev server answered ${startSeconds.toFixed(1)} s after it was started`);
  const index = await (await fetch(`${origin}/index.json`)).json();
  const stories = Object.values(index.entries).filter((e) => e.type === 'story');
  const titles = new Set(stories.map((s) => s.title));
  for (const title of TITLES) assert.ok(titles.has(title), `${title} has stories`);

  // One browser context: its HTTP cache spares fetching the hundreds of modules
  // again for every file.
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  const show = storyByStory(context, origin, { timeout: STORY_TIMEOUT });
  for (const story of stories) {
    await t.test(`story ${story.title} / ${story.name}: renders in the dev server, no console or page error, one Lit`, () => show(story));
  }
  await context.close();
});

test("a change to an element's source reloads the story on screen", { timeout: 3 * 60_000 }, async () => {
  const context = await browser.newContext({ timezoneId: 'America/New_York', locale: 'en-US' });
  try {
    const page = await context.newPage();
    await openStory(page, origin, { id: 'elements-join--join-window-open' }, { timeout: STORY_TIMEOUT });
    // Storybook done with the story: a story still being checked (the accessibility
    // addon runs after it renders) is reloaded by Storybook itself when left.
    await page.waitForFunction(() => window.__STORYBOOK_PREVIEW__?.currentRender?.phase === 'finished', null, { timeout: STORY_TIMEOUT });
    await page.evaluate(() => (window.plenaryBeforeTheChange = true));
    // As an editor saving the file: its time changes, not its content.
    const now = new Date();
    utimesSync(`${ROOT}src/elements/join/join.styles.ts`, now, now);
    await page.waitForFunction(() => !('plenaryBeforeTheChange' in window), null, { timeout: 30_000 }).catch(() => {
      assert.fail('The story was not reloaded 30 s after src/elements/join/join.styles.ts changed: it still shows the element defined before the change.');
    });
    await page.waitForFunction(() => document.querySelector('plenary-join')?.status === 'ready', null, { timeout: STORY_TIMEOUT });
  } finally {
    await context.close();
  }
});
