// The build's short names for the ids of translated strings
// (scripts/short-ids.js): each id gets its own, the same in the msg() calls and
// in every language's strings, and nothing else changes. A French page from the
// built files finds its strings by them (test/e2e/pages.test.js).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { messageIds, shortenIds } from '../../scripts/short-ids.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('each id of a translated string has a short name of its own, with no dot', () => {
  const ids = messageIds();
  assert.ok(ids.size > 100, `only ${ids.size} ids`);
  assert.ok(ids.has('agenda.addToCalendar') && ids.has('state.loading'));
  const names = [...ids.values()];
  assert.equal(new Set(names).size, names.length);
  for (const name of names) assert.match(name, /^[0-9a-z]{1,2}$/);
});

test('msg() ids and string keys are shortened; other strings, and ids not translated, are not', () => {
  const ids = new Map([
    ['agenda.join', '5'],
    ['state.loading', '2z'],
  ]);
  const source = [
    "msg('Join', { id: 'agenda.join', desc: 'agenda.join' });",
    'msg(str`Loading`, {id:"state.loading"});',
    "export const templates = {",
    "      'agenda.join': `Rejoindre`,",
    "'state.loading': `Chargement`,",
    "};",
    "const other = { id: 'agenda.new', label: 'agenda.join' };",
  ].join('\n');
  assert.equal(
    shortenIds(source, ids),
    [
      "msg('Join', { id: '5', desc: 'agenda.join' });",
      'msg(str`Loading`, {id:"2z"});',
      "export const templates = {",
      "      '5': `Rejoindre`,",
      "'2z': `Chargement`,",
      "};",
      "const other = { id: 'agenda.new', label: 'agenda.join' };",
    ].join('\n'),
  );
});

test('the built files carry the short names only', () => {
  // Run after `npm run build`.
  const ids = messageIds();
  const files = [
    'dist/plenary.js',
    ...readdirSync(`${ROOT}/dist`).filter((f) => /^fr-[\w-]+\.js$/.test(f)).map((f) => `dist/${f}`),
    'dist/npm/elements/agenda/agenda.js',
    'dist/npm/i18n/generated/fr.js',
  ];
  assert.equal(files.length, 4);
  for (const file of files) {
    const code = readFileSync(`${ROOT}/${file}`, 'utf8');
    const long = [...ids.keys()].filter((id) => ['`', "'", '"'].some((q) => code.includes(`${q}${id}${q}`)));
    assert.deepEqual(long, [], `${file} still names strings by their long ids`);
  }
});
