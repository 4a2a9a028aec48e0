// The WordPress plugin: its header and readme, its PHP tests run against WordPress's own
// code (Debian's `wordpress` package), and the zip the build writes for the admin's
// "Upload Plugin". Without PHP, WordPress or a zip reader these tests are skipped with
// the reason, except on CI (CI set), where they fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pluginDir = `${root}integrations/wordpress/plenary/`;
const zipFile = `${root}dist/plenary-wordpress.zip`;
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const php = readFileSync(`${pluginDir}plenary.php`, 'utf8');
const readme = readFileSync(`${pluginDir}readme.txt`, 'utf8');

const wordpress = process.env.WORDPRESS_DIR || '/usr/share/wordpress';
const runs = (command, args) => spawnSync(command, args, { stdio: 'ignore' }).status === 0;
const hasPhp = runs('php', ['-v']);
const hasWordPress = existsSync(`${wordpress}/wp-includes/kses.php`);
const hasUnzip = runs('unzip', ['-v']);
const hasPython = runs('python3', ['-c', 'import zipfile']);

/** Skips with the reason when something is missing, unless on CI, where the test runs and fails. */
function needs(missing) {
  const reasons = missing.filter(Boolean);
  return reasons.length > 0 && !process.env.CI ? `not installed: ${reasons.join(', ')} (on CI this fails)` : false;
}
const phpMissing = !hasPhp && 'php (apt-get install php-cli)';
const wordpressMissing = !hasWordPress && `WordPress in ${wordpress} (apt-get install wordpress, or set WORDPRESS_DIR)`;
const readerMissing = !hasUnzip && !hasPython && 'unzip or python3';

test('plenary.php and readme.txt carry the version of package.json', () => {
  assert.equal(php.match(/^ \* Version:\s+(\S+)$/m)?.[1], version, 'the Version header');
  assert.equal(php.match(/define\( 'PLENARY_VERSION', '([^']+)' \)/)?.[1], version, 'PLENARY_VERSION');
  assert.equal(readme.match(/^Stable tag: (\S+)$/m)?.[1], version, 'the Stable tag');
});

test('plenary.php has the header WordPress reads', () => {
  const header = Object.fromEntries([...php.matchAll(/^ \* ([A-Z][\w ]+):\s+(.+)$/gm)].map((m) => [m[1], m[2].trim()]));
  assert.equal(header['Plugin Name'], 'Plenary');
  assert.ok(header.Description?.length > 40, 'a description');
  assert.equal(header['Requires at least'], '6.0');
  assert.equal(header['Requires PHP'], '7.4');
  assert.equal(header.License, 'MIT');
  assert.equal(header['Text Domain'], 'plenary');
});

test("readme.txt is in WordPress's format", () => {
  assert.match(readme, /^=== Plenary ===\n/);
  for (const field of ['Contributors', 'Tags', 'Requires at least', 'Tested up to', 'Stable tag', 'License']) {
    assert.match(readme, new RegExp(`^${field}: \\S`, 'm'), field);
  }
  const sections = [...readme.matchAll(/^== (.+) ==$/gm)].map((m) => m[1]);
  assert.deepEqual(sections, ['Description', 'Installation', 'Frequently Asked Questions', 'Changelog']);
  assert.match(readme, new RegExp(`^= ${version.replace(/\./g, '\\.')} =$`, 'm'), 'the changelog has this release');
});

test('the PHP tests pass against WordPress', { skip: needs([phpMissing, wordpressMissing]) }, () => {
  assert.ok(hasPhp && hasWordPress, `${phpMissing || ''} ${wordpressMissing || ''}`);
  const run = spawnSync('php', ['integrations/wordpress/tests/run.php'], { cwd: root, encoding: 'utf8', env: { ...process.env, WORDPRESS_DIR: wordpress } });
  assert.equal(run.stderr, '');
  assert.equal(run.status, 0, run.stdout);
  const [, passed, failed] = run.stdout.match(/^(\d+) passed, (\d+) failed$/m) ?? [];
  assert.equal(failed, '0');
  assert.ok(Number(passed) >= 35, `${passed} checks ran`);
});

test('plenary.php does nothing when opened outside WordPress', { skip: needs([phpMissing]) }, () => {
  const run = spawnSync('php', [`${pluginDir}plenary.php`], { encoding: 'utf8' });
  assert.equal(run.status, 0);
  assert.equal(run.stdout + run.stderr, '');
});

/** Reads the zip with unzip, or else with Python's zipfile: names, an integrity test, one entry's bytes. */
const reader = hasUnzip
  ? {
      names: () => spawnSync('unzip', ['-Z1', zipFile], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean),
      test: () => spawnSync('unzip', ['-tq', zipFile], { encoding: 'utf8' }),
      read: (name) => spawnSync('unzip', ['-p', zipFile, name], { maxBuffer: 1 << 26 }).stdout,
    }
  : {
      names: () => spawnSync('python3', ['-c', 'import sys,zipfile;print("\\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))', zipFile], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean),
      test: () => spawnSync('python3', ['-m', 'zipfile', '-t', zipFile], { encoding: 'utf8' }),
      read: (name) => spawnSync('python3', ['-c', 'import sys,zipfile;sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))', zipFile, name], { maxBuffer: 1 << 26 }).stdout,
    };

test('the build writes dist/plenary-wordpress.zip with the plugin folder at its root', { skip: needs([readerMissing]) }, () => {
  assert.ok(existsSync(zipFile), 'npm run build wrote dist/plenary-wordpress.zip');
  assert.deepEqual(reader.names().sort(), [
    'plenary/',
    'plenary/LICENSE',
    'plenary/assets/',
    'plenary/assets/plenary.iife.js',
    'plenary/plenary.php',
    'plenary/readme.txt',
  ]);
  const check = reader.test();
  assert.equal(check.status, 0, `every entry reads back with its checksum: ${check.stdout}${check.stderr}`);
  assert.deepEqual(reader.read('plenary/plenary.php'), readFileSync(`${pluginDir}plenary.php`));
  assert.deepEqual(reader.read('plenary/readme.txt'), readFileSync(`${pluginDir}readme.txt`));
  assert.deepEqual(reader.read('plenary/LICENSE'), readFileSync(`${root}LICENSE`));
  const script = reader.read('plenary/assets/plenary.iife.js');
  assert.ok(script.length > 50_000, 'the script is the whole classic build');
  assert.deepEqual(script, readFileSync(`${root}dist/plenary.iife.js`));
});

test('each local header agrees with the central directory (readers that stream the zip use them)', () => {
  assert.ok(existsSync(zipFile), 'npm run build wrote dist/plenary-wordpress.zip');
  const bytes = readFileSync(zipFile);
  // APPNOTE 4.3.7 and 4.3.12: walk the local headers from the start, then the central directory.
  const local = [];
  let at = 0;
  while (bytes.readUInt32LE(at) === 0x04034b50) {
    const nameLength = bytes.readUInt16LE(at + 26);
    const size = bytes.readUInt32LE(at + 18);
    local.push({ name: bytes.toString('utf8', at + 30, at + 30 + nameLength), crc: bytes.readUInt32LE(at + 14), size, method: bytes.readUInt16LE(at + 8) });
    at += 30 + nameLength + bytes.readUInt16LE(at + 28) + size;
  }
  const central = [];
  while (bytes.readUInt32LE(at) === 0x02014b50) {
    const nameLength = bytes.readUInt16LE(at + 28);
    central.push({ name: bytes.toString('utf8', at + 46, at + 46 + nameLength), crc: bytes.readUInt32LE(at + 16), size: bytes.readUInt32LE(at + 20), method: bytes.readUInt16LE(at + 10) });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  assert.equal(bytes.readUInt32LE(at), 0x06054b50, 'the end of central directory record follows');
  assert.equal(at + 22, bytes.length, 'and ends the file');
  assert.equal(local.length, 6);
  assert.deepEqual(local, central);
});

test("WordPress's own unzip code (PclZip, used when PHP has no zip extension) extracts the plugin", { skip: needs([phpMissing, wordpressMissing]) }, () => {
  assert.ok(hasPhp && hasWordPress, `${phpMissing || ''} ${wordpressMissing || ''}`);
  const out = mkdtempSync(join(tmpdir(), 'plenary-wp-'));
  try {
    const extract = `require getenv('WORDPRESS_DIR') . '/wp-admin/includes/class-pclzip.php';
      $zip = new PclZip($argv[1]);
      $list = $zip->extract(PCLZIP_OPT_PATH, $argv[2]);
      if ($list === 0) { fwrite(STDERR, $zip->errorInfo(true)); exit(1); }
      foreach ($list as $file) echo $file['stored_filename'], ' ', $file['status'], "\n";`;
    const run = spawnSync('php', ['-r', extract, '--', zipFile, out], { encoding: 'utf8', env: { ...process.env, WORDPRESS_DIR: wordpress } });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(run.stdout.trim().split('\n').sort(), ['plenary/ ok', 'plenary/LICENSE ok', 'plenary/assets/ ok', 'plenary/assets/plenary.iife.js ok', 'plenary/plenary.php ok', 'plenary/readme.txt ok']);
    assert.deepEqual(readFileSync(join(out, 'plenary/plenary.php')), readFileSync(`${pluginDir}plenary.php`));
    assert.deepEqual(readFileSync(join(out, 'plenary/assets/plenary.iife.js')), readFileSync(`${root}dist/plenary.iife.js`));
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
