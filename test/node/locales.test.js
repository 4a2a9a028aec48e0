// A new English string cannot ship untranslated, and the generated locale modules
// cannot drift from the XLIFF files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('every locale translates every UI string, and src/i18n/generated is current', () => {
  const { status, stdout, stderr } = spawnSync(process.execPath, ['scripts/check-locales.js'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(status, 0, stderr);
  assert.match(stdout, /All 6 locales translate every string/);
});
