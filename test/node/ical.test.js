// Every example's calendar files, checked by libical (the iCalendar library of
// Evolution, KDE and many servers): parsed as calendar software parses them and
// held against the iTIP rules of their METHOD (RFC 5546). The checker is a small
// C program compiled here against the system's libical; without libical or a C
// compiler the test is skipped with a message, except on CI, where it fails.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'plenary.js');
const CHECKER = join(ROOT, 'test', 'ical', 'check.c');
const EXAMPLES = readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.json'))
  .sort();

/** The compiled checker, or the reason it cannot be built. */
function buildChecker(dir) {
  const flags = spawnSync('pkg-config', ['--cflags', '--libs', 'libical'], { encoding: 'utf8' });
  if (flags.error || flags.status !== 0) return { missing: 'libical (pkg-config libical) is not installed; on Debian: apt-get install libical-dev pkg-config' };
  const out = join(dir, 'check');
  const cc = spawnSync('cc', [CHECKER, '-o', out, ...flags.stdout.trim().split(/\s+/)], { encoding: 'utf8' });
  if (cc.error) return { missing: 'no C compiler (cc) to build the libical checker' };
  assert.equal(cc.status, 0, `the libical checker does not compile:\n${cc.stderr}`);
  return { path: out };
}

const dir = mkdtempSync(join(tmpdir(), 'plenary-ical-'));
const checker = buildChecker(dir);
const skip = checker.missing && !process.env.CI ? `${checker.missing} (skipped; CI fails instead)` : false;

/** The file `plenary ics` writes for an example, with extra options. */
function ics(example, ...options) {
  const name = `${example.replace(/\.json$/, '')}${options.join('').replace(/[^a-z0-9]+/gi, '-')}.ics`;
  const target = join(dir, name);
  const run = spawnSync(process.execPath, [BIN, 'ics', join('examples', example), '-o', target, ...options], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `plenary ics ${example} ${options.join(' ')}: ${run.stderr}`);
  return target;
}

function check(files) {
  if (checker.missing) assert.fail(checker.missing);
  const run = spawnSync(checker.path, files, { encoding: 'utf8' });
  assert.equal(run.stdout, '', `libical reports errors:\n${run.stdout}${run.stderr}`);
  assert.equal(run.status, 0, run.stderr);
}

test('libical: every example, whole event, parses and passes the iTIP restrictions', { skip }, () => {
  check(EXAMPLES.map((e) => ics(e)));
});

test('libical: every example, each session (and without a reminder), parses and passes the iTIP restrictions', { skip }, () => {
  check(EXAMPLES.flatMap((e) => [ics(e, '--sessions'), ics(e, '--sessions', '--reminder', '0')]));
});

test('libical: the checker rejects a PUBLISH without ORGANIZER (RFC 5546 §3.2.1)', { skip }, () => {
  const bad = join(dir, 'no-organizer.ics');
  writeFileSync(
    bad,
    ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Plenary//test//EN', 'METHOD:PUBLISH', 'BEGIN:VEVENT', 'UID:x@plenary', 'DTSTAMP:20260101T000000Z', 'DTSTART:20260102T090000Z', 'SUMMARY:x', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n'),
  );
  const run = spawnSync(checker.path, [bad], { encoding: 'utf8' });
  assert.equal(run.status, 1);
  assert.match(run.stdout, /ORGANIZER/);
});

test('libical: the examples name their organizer with a mailto: address and say METHOD:PUBLISH', { skip }, () => {
  const text = readFileSync(ics('multi-day-symposium.json'), 'utf8').replace(/\r\n /g, '');
  assert.match(text, /\r\nMETHOD:PUBLISH\r\n/);
  assert.match(text, /\r\nORGANIZER;CN=UN Project Office on Governance:mailto:[^\r]+@[^\r]+\r\n/);
});

test("plenary ics: the file's words and punctuation are the descriptor's language (\"加入会议（Zoom）：…\", \"Rejoindre (Zoom) : …\")", () => {
  const description = (lang) => {
    const file = join(dir, `punctuation-${lang}.json`);
    const descriptor = {
      plenary: 1,
      id: `punctuation-${lang}`,
      lang,
      title: 'Board',
      timeZone: 'Europe/Rome',
      start: '2027-03-02T15:00',
      end: '2027-03-02T16:30',
      join: { url: 'https://meet.example.org/board', platform: 'Zoom', meetingId: '123 456', passcode: 'abc' },
    };
    writeFileSync(file, JSON.stringify(descriptor));
    const run = spawnSync(process.execPath, [BIN, 'ics', file, '-o', '-'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const line = run.stdout.replace(/\r\n /g, '').split('\r\n').find((l) => l.startsWith('DESCRIPTION:'));
    return line.slice('DESCRIPTION:'.length).replace(/\\n/g, '\n').replace(/\\([\\;,])/g, '$1');
  };
  assert.equal(description('zh'), '加入会议（Zoom）：https://meet.example.org/board\n会议号：123 456\n会议密码：abc');
  assert.equal(description('fr'), 'Rejoindre (Zoom)\u00a0: https://meet.example.org/board\nNuméro de réunion\u00a0: 123 456\nCode d’accès\u00a0: abc');
  assert.equal(description('en'), 'Join (Zoom): https://meet.example.org/board\nMeeting ID: 123 456\nPasscode: abc');
});
