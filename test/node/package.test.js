// What the package declares matches what it builds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
const NAMES = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'];

let packed;
/** The files `npm pack` puts in the tarball (found once). */
function packFiles() {
  packed ??= JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: new URL('../..', import.meta.url), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))[0]
    .files.map((f) => f.path)
    .sort();
  return packed;
}

test('src/version.ts carries the version of package.json', () => {
  const source = readFileSync(new URL('../../src/version.ts', import.meta.url), 'utf8');
  assert.match(source, new RegExp(`VERSION = '${pkg.version.replace(/\./g, '\\.')}'`));
});

test('every file the exports map names exists after the build', () => {
  const targets = Object.values(pkg.exports).flatMap((t) => (typeof t === 'string' ? [t] : Object.values(t)));
  const missing = targets.filter((t) => !existsSync(new URL(`../../${t}`, import.meta.url)));
  assert.deepEqual(missing, []);
});

test('npm pack ships exactly the built files, the schema, the manifest, the command and the docs', () => {
  const files = packFiles();
  const allowed = [
    /^README\.md$/,
    /^LICENSE$/,
    /^package\.json$/,
    /^bin\/plenary\.js$/,
    /^custom-elements\.json$/,
    /^schema\/event\.schema\.json$/,
    /^dist\/plenary(\.iife)?\.js$/,
    /^dist\/embed\.(html|js|css)$/,
    /^dist\/(ar|zh|fr|ru|es|ko)-[\w-]+\.js$/,
    // Loaded by plenary.js when needed: the validator, the calendar file's, the structured data's and the copied text's code.
    /^dist\/(checks|ics|jsonld|copy-text)-[\w-]+\.js$/,
    /^dist\/npm\/.+\.(js|d\.ts)$/,
  ];
  assert.deepEqual(files.filter((f) => !allowed.some((a) => a.test(f))), [], 'nothing unexpected ships');
  assert.deepEqual(files.filter((f) => /\.test\.|\/test\//.test(f)), [], 'no test ships');
  for (const chunk of ['checks', 'ics', 'jsonld', 'copy-text']) {
    assert.ok(files.some((f) => new RegExp(`^dist/${chunk}-[\\w-]+\\.js$`).test(f)), `the ${chunk} file ships beside plenary.js`);
  }
  for (const must of ['README.md', 'LICENSE', 'bin/plenary.js', 'custom-elements.json', 'schema/event.schema.json', 'dist/plenary.js', 'dist/plenary.iife.js', 'dist/embed.html', 'dist/embed.js', 'dist/embed.css', 'dist/npm/index.js', 'dist/npm/index.d.ts']) {
    assert.ok(files.includes(must), `${must} ships`);
  }
  for (const name of NAMES) {
    assert.ok(files.includes(`dist/npm/entries/${name}.js`) && files.includes(`dist/npm/entries/${name}.d.ts`), `plenary/${name}.js ships with types`);
    assert.ok(files.includes(`dist/npm/entries/${name}-element.js`) && files.includes(`dist/npm/entries/${name}-element.d.ts`), `plenary/${name}-element.js ships with types`);
  }
  assert.equal(files.filter((f) => /^dist\/(ar|zh|fr|ru|es|ko)-/.test(f)).length, 6, 'one file per language');
});

test('custom-elements.json names only modules that ship, and finds every element by its tag', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  const named = new Set();
  const visit = (value) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      // A reference with `package` points into another package (lit), not into Plenary.
      if ((key === 'path' || key === 'module') && typeof inner === 'string' && !('package' in value)) named.add(inner);
      else visit(inner);
    }
  };
  visit(manifest.modules);
  const files = packFiles();
  assert.deepEqual([...named].filter((path) => !files.includes(path) || !existsSync(new URL(`../../${path}`, import.meta.url))), [], 'every module the manifest names is in the tarball');
  assert.ok(named.has('dist/npm/elements/card/card.js'));

  // What Storybook and editors do: look an element up by its tag name.
  const byTag = Object.fromEntries(manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => [d.tagName, `${m.path}#${d.name}`])));
  assert.deepEqual(byTag, {
    'plenary-event': 'dist/npm/elements/event/event.js#PlenaryEventElement',
    'plenary-card': 'dist/npm/elements/card/card.js#PlenaryCardElement',
    'plenary-schedule': 'dist/npm/elements/schedule/schedule.js#PlenaryScheduleElement',
    'plenary-agenda': 'dist/npm/elements/agenda/agenda.js#PlenaryAgendaElement',
    'plenary-documents': 'dist/npm/elements/documents/documents.js#PlenaryDocumentsElement',
    'plenary-contacts': 'dist/npm/elements/contacts/contacts.js#PlenaryContactsElement',
    'plenary-join': 'dist/npm/elements/join/join.js#PlenaryJoinElement',
    'plenary-calendar': 'dist/npm/elements/calendar/calendar.js#PlenaryCalendarElement',
  });
  const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => `${m.path} defines ${e.name}`));
  assert.equal(definitions.length, 8);
  assert.ok(definitions.includes('dist/npm/define.js defines plenary-join'));
});

test('sideEffects names the entries that define elements, and not the *-element.js entries', () => {
  // package.json globs as bundlers read them: * within one folder.
  const globs = pkg.sideEffects.map((glob) => new RegExp(`^${glob.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`));
  const hasSideEffects = (file) => globs.some((glob) => glob.test(file));
  for (const name of NAMES) {
    assert.equal(hasSideEffects(`./dist/npm/entries/${name}.js`), true, `plenary/${name}.js defines`);
    assert.equal(hasSideEffects(`./dist/npm/entries/${name}-element.js`), false, `plenary/${name}-element.js defines nothing`);
    assert.equal(hasSideEffects(`./dist/npm/elements/${name}/${name}.js`), false, `the class module of <plenary-${name}>`);
    assert.deepEqual(pkg.exports[`./${name}-element.js`], { types: `./dist/npm/entries/${name}-element.d.ts`, default: `./dist/npm/entries/${name}-element.js` });
  }
  assert.equal(hasSideEffects('./dist/npm/index.js'), true);
  assert.equal(hasSideEffects('./dist/npm/define.js'), true);
  assert.equal(hasSideEffects('./dist/plenary.js'), true);
});

test("each element's class module declares its tag in HTMLElementTagNameMap", () => {
  for (const name of NAMES) {
    const types = readFileSync(new URL(`../../dist/npm/elements/${name}/${name}.d.ts`, import.meta.url), 'utf8');
    const className = `Plenary${name[0].toUpperCase()}${name.slice(1)}Element`;
    assert.match(types, new RegExp(`interface HTMLElementTagNameMap \\{\\s*'plenary-${name}': ${className};\\s*\\}`), `${name}.d.ts`);
  }
});
