// The `plenary` command, run as a user runs it: a child process on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = (...args) => spawnSync(process.execPath, ['bin/plenary.js', ...args], { cwd: ROOT, encoding: 'utf8' });

test('plenary validate accepts the examples and exits 0', () => {
  const { status, stdout } = run('validate', 'examples/unpog-webinar-2020-10-13.json');
  assert.equal(status, 0);
  assert.match(stdout, /unpog-webinar-2020-10-13\.json: valid \(0 errors, 0 warnings\)/);
});

test('plenary validate reports errors with their paths and exits 1', () => {
  const { status, stdout } = run('validate', 'test/fixtures/gap-rome.json', 'test/fixtures/mars-zone.json');
  assert.equal(status, 1);
  assert.match(stdout, /error {3}start: "2021-03-28T02:30" does not exist in Europe\/Rome/);
  assert.match(stdout, /error {3}timeZone: "Mars\/Olympus" is not a known time zone/);
});

test('plenary validate exits 2 for a missing file and for a file that is not JSON', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-'));
  const broken = join(dir, 'broken.json');
  writeFileSync(broken, '{ "plenary": 1, ');
  const missing = run('validate', join(dir, 'nothing.json'));
  assert.equal(missing.status, 2);
  assert.match(missing.stderr, /cannot be read: no such file/);
  const bad = run('validate', broken);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /broken\.json: cannot be read: .*JSON/);
});

test('plenary with an unknown command explains itself and exits 2', () => {
  const { status, stderr } = run('frobnicate');
  assert.equal(status, 2);
  assert.match(stderr, /unknown command "frobnicate"/);
});
