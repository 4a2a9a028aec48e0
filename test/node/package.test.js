// What the package declares matches what it builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

test('src/version.ts carries the version of package.json', () => {
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('every file the exports map names exists after the build', () => {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const missing = targets.filter((t) => !existsSync(new URL(`../../${t}`, import.meta.url)));
  assert.deepEqual(missing, []);
});

test('npm pack ships exactly the built files, the schema, the manifest, the command and the docs', async () => {
  const { execFileSync } = await import('node:child_process');
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const files = JSON.parse(out)[0].files.map((f) => f.path).sort();
  const allowed = [
    /^README\.md$/,
    /^LICENSE$/,
    /^package\.json$/,
    /^bin\/plenary\.js$/,
    /^custom-elements\.json$/,
    /^schema\/event\.schema\.json$/,
    /^dist\/plenary(\.iife)?\.js$/,
    /^dist\/(ar|zh|fr|ru|es|ko)-[\w-]+\.js$/,
    /^dist\/npm\/.+\.(js|d\.ts)$/,
  ];
  assert.deepEqual(files.filter((f) => !allowed.some((a) => a.test(f))), [], 'nothing unexpected ships');
  assert.deepEqual(files.filter((f) => /\.test\.|\/test\//.test(f)), [], 'no test ships');
  for (const must of ['README.md', 'LICENSE', 'bin/plenary.js', 'custom-elements.json', 'schema/event.schema.json', 'dist/plenary.js', 'dist/plenary.iife.js', 'dist/npm/index.js', 'dist/npm/index.d.ts']) {
    assert.ok(files.includes(must), `${must} ships`);
  }
  for (const name of ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar']) {
    assert.ok(files.includes(`dist/npm/entries/${name}.js`) && files.includes(`dist/npm/entries/${name}.d.ts`), `plenary/${name}.js ships with types`);
  }
  assert.equal(files.filter((f) => /^dist\/(ar|zh|fr|ru|es|ko)-/.test(f)).length, 6, 'one file per language');
});
