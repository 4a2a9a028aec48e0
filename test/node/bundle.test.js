// luxon's DateTime (22 KB gzip, and it does not tree-shake) stays out of what a
// page loads to show an event: the CDN files, and every element entry of the npm
// package as an app's bundler (Vite) bundles it. Only plenary/luxon.js, the
// adapter for apps that want DateTimes, brings it in. Run after `npm run build`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { loadedCode } from './chunks.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = join(ROOT, 'dist');
const ENTRIES = join(DIST, 'npm', 'entries');

/** Text only luxon's DateTime carries: its name for an invalid date, and a getter of its own. */
const DATETIME = [/Invalid DateTime/, /\bweekNumber\b/];

/** The element entries of the package: plenary/join.js, plenary/join-element.js, … */
const entryNames = () => readdirSync(ENTRIES).filter((f) => f.endsWith('.js')).map((f) => f.slice(0, -3));

let dir;
let elementChunks;
let adapterChunks;

/** Bundles `input` (name → module) as an app's Vite build would: the chunks by file name. */
async function bundle(input) {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: { write: false, outDir: dir, minify: false, target: 'es2022', lib: { entry: input, formats: ['es'] } },
  });
  return new Map((Array.isArray(out) ? out : [out]).flatMap((o) => o.output).filter((c) => c.type === 'chunk').map((c) => [c.fileName, c]));
}

before(async () => {
  assert.ok(existsSync(join(DIST, 'plenary.js')) && existsSync(ENTRIES), 'dist/ is missing: run `npm run build` first.');
  dir = mkdtempSync(join(tmpdir(), 'plenary-bundle-'));
  elementChunks = await bundle(Object.fromEntries(entryNames().map((name) => [name, join(ENTRIES, `${name}.js`)])));
  // Apart: an app that imports the adapter has DateTime anyway, and a shared chunk would hide where it comes from.
  adapterChunks = await bundle({ luxon: join(DIST, 'npm', 'luxon.js') });
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function assertNoDateTime(code, what) {
  for (const marker of DATETIME) assert.doesNotMatch(code, marker, `${what} carries luxon's DateTime (${marker})`);
}

test("dist/plenary.js and dist/plenary.iife.js carry no luxon DateTime", () => {
  assertNoDateTime(readFileSync(join(DIST, 'plenary.js'), 'utf8'), 'dist/plenary.js');
  assertNoDateTime(readFileSync(join(DIST, 'plenary.iife.js'), 'utf8'), 'dist/plenary.iife.js');
});

test('no element entry of the npm package, bundled, carries luxon DateTime', () => {
  const names = entryNames();
  assert.ok(names.includes('join') && names.includes('agenda-element'), `entries found: ${names.join(', ')}`);
  for (const name of names) assertNoDateTime(loadedCode(elementChunks, name), `plenary/${name}.js`);
});

test('plenary/luxon.js, bundled, does bring DateTime (the markers find it where it is)', () => {
  const code = loadedCode(adapterChunks, 'luxon');
  for (const marker of DATETIME) assert.match(code, marker);
});

test('the built code carries no notes for translators (they are for the string extractor, read from the sources)', () => {
  const files = [join(DIST, 'plenary.js'), join(DIST, 'plenary.iife.js'), ...readdirSync(join(DIST, 'npm'), { recursive: true }).filter((f) => f.endsWith('.js')).map((f) => join(DIST, 'npm', f))];
  const noted = files.filter((f) => /\bdesc:\s*['"]/.test(readFileSync(f, 'utf8')));
  assert.deepEqual(noted, []);
  // The sources do carry them: the check above looks for what is there to strip.
  assert.match(readFileSync(join(ROOT, 'src', 'elements', 'join', 'join.ts'), 'utf8'), /desc: 'Text of the link that joins the online meeting'/);
});
