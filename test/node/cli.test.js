// The `plenary` command, run as a user runs it: a child process on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startPreviewProcess } from '../preview-process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'plenary.js');
const SEED = join(ROOT, 'examples', 'unpog-webinar-2020-10-13.json');
const TEN = join(ROOT, 'test', 'fixtures', 'cli', 'ten-mistakes.json');
const SYNTAX = join(ROOT, 'test', 'fixtures', 'cli', 'syntax-error.json');
const run = (args, options = {}) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...options });
const scratch = () => mkdtempSync(join(tmpdir(), 'plenary-cli-'));
/** No stack trace: what a person reads is a sentence, never "    at main (file.js:1:2)". */
const noStack = (stderr) => assert.doesNotMatch(stderr, /\n\s+at |Error:|node:internal/);

test('validate: the examples are valid; exit 0', () => {
  const { status, stdout } = run(['validate', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(status, 0);
  assert.match(stdout, /^examples\/unpog-webinar-2020-10-13\.json: valid \(0 errors, 0 warnings\)$/m);
  assert.match(stdout, /^1 file checked: 1 valid, 0 with errors \(0 errors, 0 warnings\)\.$/m);
});

test('validate: ten mistakes, each with its path, line and column; exit 1', () => {
  const { status, stdout } = run(['validate', 'test/fixtures/cli/ten-mistakes.json']);
  assert.equal(status, 1);
  const file = 'test/fixtures/cli/ten-mistakes.json';
  const expected = [
    `${file}:1:1  error    title: is missing.`,
    `${file}:2:3  error    plenary: says 2, but this build of Plenary reads format 1.`,
    `${file}:3:3  warning  tittle: is not a field of the event and is ignored. Did you mean "title"?`,
    `${file}:4:3  error    timeZone: "Europe/Rom" is not a known time zone; use an IANA name such as "Europe/Rome" or "America/New_York". Did you mean "Europe/Rome"?`,
    `${file}:7:3  error    status: is "canceled", which is not one of: scheduled, postponed, cancelled, rescheduled. Did you mean "cancelled"?`,
    `${file}:8:13  warning  join.url: "javascript:alert(1)" uses the "javascript:" scheme`,
    `${file}:8:43  error    join.opensMinutesBefore: must be between 0 and 10080; found -5.`,
    `${file}:11:7  error    sessions[1] ("Panel").id: "s1" is already the id of sessions[0] ("Opening"); ids must be unique.`,
    `${file}:14:69  error    documents[0] ("Concept note").kind: is "concept", which is not one of:`,
    `${file}:14:88  error    documents[0] ("Concept note").session: "s9" is not the id of any session. Session ids: s1.`,
    `${file}:17:24  warning  contacts[0] ("Ms. A").email: "mailto:a@un.org" starts with "mailto:"`,
  ];
  const lines = stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
  assert.equal(lines.length, expected.length);
  expected.forEach((start, i) => assert.ok(lines[i].startsWith(start), `line ${i + 1}:\n  ${lines[i]}\nshould start with\n  ${start}`));
  assert.match(stdout, /ten-mistakes\.json: invalid \(8 errors, 3 warnings\)/);
});

/** A webinar of three sessions, written as an editor would; the third starts before the event. */
const THREE_SESSIONS = `{
  "plenary": 1,
  "title": "Webinar",
  "timeZone": "America/New_York",
  "start": "2020-10-13T07:00",
  "end": "2020-10-13T10:20",
  "sessions": [
    { "title": "Session 1: Strategies", "start": "2020-10-13T07:00", "end": "2020-10-13T08:00", "id": "strategies" },
    { "title": "Session 2: Setting the scene", "start": "2020-10-13T08:00", "end": "2020-10-13T09:00", "id": "scene" },
    { "title": "Session 2: Building capacities", "start": "2020-10-13T06:00", "end": "2020-10-13T10:00", "id": "capacities" }
  ],
  "id": "webinar-2020-10-13"
}
`;

test('validate: a problem inside a session names the session by its title, at its line and column', () => {
  const dir = scratch();
  const file = join(dir, 'sessions.json');
  writeFileSync(file, THREE_SESSIONS);
  const { status, stdout } = run(['validate', file]);
  assert.equal(status, 1);
  const lines = stdout.split('\n').filter((l) => l.startsWith('  ')).map((l) => l.trim());
  assert.deepEqual(lines, [
    `${file}:10:50  error    sessions[2] ("Session 2: Building capacities").start: "2020-10-13T06:00" is outside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.`,
  ]);
});

test('validate --json: the path stays machine-readable; the label names the session', () => {
  const dir = scratch();
  const file = join(dir, 'sessions.json');
  writeFileSync(file, THREE_SESSIONS);
  const report = JSON.parse(run(['validate', '--json', file]).stdout);
  assert.deepEqual(report.files[0].errors, [
    {
      path: 'sessions[2].start',
      label: 'sessions[2] ("Session 2: Building capacities").start',
      message: '"2020-10-13T06:00" is outside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.',
      line: 10,
      column: 50,
    },
  ]);
});

test('validate: an event that ends before it starts is one error, not one for every session', () => {
  const dir = scratch();
  const file = join(dir, 'backwards.json');
  writeFileSync(file, THREE_SESSIONS.replace('"end": "2020-10-13T10:20"', '"end": "2020-10-13T06:00"'));
  const { status, stdout } = run(['validate', file]);
  assert.equal(status, 1);
  assert.match(stdout, /backwards\.json: invalid \(1 error, 0 warnings\)/);
  assert.match(stdout, /backwards\.json:6:3  error    end: "2020-10-13T06:00" is not after start "2020-10-13T07:00"; the event must end after it starts\.$/m);
});

test('validate: a city written as the time zone gets its zone suggested', () => {
  const dir = scratch();
  const file = join(dir, 'geneva.json');
  writeFileSync(file, THREE_SESSIONS.replace('"America/New_York"', '"Geneva"'));
  const { status, stdout } = run(['validate', file]);
  assert.equal(status, 1);
  assert.match(stdout, /geneva\.json:4:3  error    timeZone: "Geneva" names a city, not a time zone; use the IANA zone that keeps its time\. Did you mean "Europe\/Zurich"\?$/m);
  assert.match(stdout, /geneva\.json: invalid \(1 error, 0 warnings\)/);
});

test('validate: an event without an id is a warning that offers one, at the top of the file; exit 0', () => {
  const dir = scratch();
  const file = join(dir, 'no-id.json');
  writeFileSync(file, '{\n  "plenary": 1,\n  "title": "Digital Government Forum",\n  "timeZone": "Asia/Seoul",\n  "start": "2027-05-10T09:00",\n  "end": "2027-05-10T12:00"\n}\n');
  const { status, stdout } = run(['validate', file]);
  assert.equal(status, 0);
  assert.match(stdout, /no-id\.json: valid \(0 errors, 1 warning\)/);
  assert.match(stdout, /no-id\.json:1:1  warning  id: is missing, so calendars know the event by its title and start: .* Give it an id that never changes, such as "digital-government-forum-2027-05-10"\.$/m);
});

test('ics: the errors that stop it name the session by its title', () => {
  const dir = scratch();
  const file = join(dir, 'sessions.json');
  writeFileSync(file, THREE_SESSIONS);
  const { status, stderr } = run(['ics', file]);
  assert.equal(status, 1);
  assert.match(stderr, /sessions\.json:10:50  sessions\[2\] \("Session 2: Building capacities"\)\.start: "2020-10-13T06:00" is outside the event/);
});

test('validate: a JSON syntax error gives its line and column; exit 2', () => {
  const { status, stdout } = run(['validate', 'test/fixtures/cli/syntax-error.json']);
  assert.equal(status, 2);
  assert.match(stdout, /syntax-error\.json:5:3: cannot be read: not valid JSON: Expected "," or "}" after the value of "timeZone", found """; is a comma missing\?/);
});

test('validate: a missing file; exit 2, and the other files are still checked', () => {
  const { status, stdout } = run(['validate', 'nowhere.json', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(status, 2);
  assert.match(stdout, /^nowhere\.json: cannot be read: no such file$/m);
  assert.match(stdout, /2 files checked: 1 valid, 0 with errors, 1 unreadable/);
});

test('validate: a published address is asked for as a page asks, and what it answers instead of a descriptor is said', async () => {
  const seed = readFileSync(SEED);
  const server = createServer((req, res) => {
    const answers = {
      '/events/x.json': [200, { 'Content-Type': 'application/json' }, seed],
      '/events/home.json': [200, { 'Content-Type': 'text/html' }, '<!doctype html><title>Home</title><h1>Welcome</h1>'],
      '/intranet/x.json': [302, { Location: '/sso/login?return=%2Fintranet%2Fx.json&ticket=secret' }, ''],
      '/sso/login?return=%2Fintranet%2Fx.json&ticket=secret': [200, { 'Content-Type': 'text/html; charset=utf-8' }, '<!doctype html><title>Sign in</title><form></form>'],
      '/broken.json': [500, { 'Content-Type': 'text/plain' }, 'Internal Server Error'],
    };
    const [status, headers, body] = answers[req.url] ?? [404, { 'Content-Type': 'text/plain' }, 'Not found'];
    res.writeHead(status, headers);
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  const validate = async (...paths) => {
    const child = spawn(process.execPath, [BIN, 'validate', ...paths.map((p) => `${origin}${p}`)], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const status = await new Promise((ok) => child.on('close', ok));
    return { status, out };
  };
  try {
    const good = await validate('/events/x.json');
    assert.equal(good.status, 0, good.out);
    assert.match(good.out, new RegExp(`^${origin}/events/x\\.json: valid \\(0 errors, 0 warnings\\)$`, 'm'));
    const bad = await validate('/events/home.json', '/intranet/x.json', '/missing.json', '/broken.json');
    assert.equal(bad.status, 2);
    const lines = bad.out.split('\n');
    assert.deepEqual(lines.slice(0, 4), [
      `${origin}/events/home.json: cannot be read: the address returned a web page (HTML), not an event descriptor (JSON). Check the address: it must point at the .json file.`,
      `${origin}/intranet/x.json: cannot be read: the address led on to ${origin}/sso/login, a web page (HTML), not the event descriptor (JSON). If that page asks visitors to sign in, the descriptor is not public: publish it where anyone can read it.`,
      `${origin}/missing.json: cannot be read: there is no file at this address (HTTP 404)`,
      `${origin}/broken.json: cannot be read: the server answered HTTP 500`,
    ]);
    assert.doesNotMatch(bad.out, /ticket=secret/);
  } finally {
    server.close();
  }
});

test('validate: a file saved as UTF-16 or as Windows-1252 is named so, with the encoding to save it in', () => {
  const dir = scratch();
  const text = '{\n  "plenary": 1,\n  "title": "Réunion du Comité",\n  "timeZone": "Asia/Bangkok",\n  "start": "2027-03-03T09:30",\n  "end": "2027-03-03T12:30",\n  "id": "cdr-2027"\n}\n';
  // Notepad's "Unicode": UTF-16 with its byte-order mark; and the same without the mark.
  for (const [name, bytes] of [
    ['bom.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['plain.json', Buffer.from(text, 'utf16le')],
  ]) {
    writeFileSync(join(dir, name), bytes);
    const out = run(['validate', join(dir, name)]);
    assert.equal(out.status, 2, name);
    assert.match(out.stdout, new RegExp(`${name.replace('.', '\\.')}:1:1: cannot be read: not valid JSON: The file is saved as UTF-16 \\("Unicode"\\), not UTF-8; save it again with the encoding UTF-8`), name);
  }
  // Windows-1252 (Latin-1 for these letters): é is the one byte E9.
  writeFileSync(join(dir, 'latin.json'), Buffer.from(text, 'latin1'));
  const out = run(['validate', join(dir, 'latin.json')]);
  assert.equal(out.status, 0);
  assert.match(out.stdout, /latin\.json:3:14  warning  The file holds letters that are not UTF-8, as in "R\ufffdunion": it was saved in another encoding, such as Windows-1252, and visitors would read \ufffd in their place\. Save it again with the encoding UTF-8\./);
  writeFileSync(join(dir, 'utf8.json'), text);
  assert.match(run(['validate', join(dir, 'utf8.json')]).stdout, /valid \(0 errors, 0 warnings\)/);
});

test('validate: trailing commas, comments and duplicate keys are named', () => {
  const dir = scratch();
  const trailing = join(dir, 'trailing.json');
  writeFileSync(trailing, '{ "plenary": 1, "title": "T", }');
  assert.match(run(['validate', trailing]).stdout, /trailing\.json:1:31: cannot be read: not valid JSON: A comma too many before "}"/);
  const comment = join(dir, 'comment.json');
  writeFileSync(comment, '{\n  // the title\n  "plenary": 1 }');
  assert.match(run(['validate', comment]).stdout, /comment\.json:2:3: cannot be read: not valid JSON: Comments are not allowed in JSON/);
  const dup = join(dir, 'dup.json');
  writeFileSync(dup, JSON.stringify(JSON.parse(readFileSync(SEED, 'utf8'))).replace('"plenary":1,', '"plenary":1,"id":"a",'));
  const out = run(['validate', dup]);
  assert.equal(out.status, 0);
  assert.match(out.stdout, /dup\.json:1:\d+  warning  id: appears more than once in its object; only the last value counts/);
});

test('validate: curly quotes and no-break spaces pasted from a word processor are named, with what to type instead', () => {
  const dir = scratch();
  const text = '{\n  "plenary": 1,\n  "title": "Webinar",\n  "timeZone": "Asia/Seoul",\n  "start": "2027-03-03T09:30",\n  "end": "2027-03-03T12:30"\n}\n';
  const cases = [
    // Word's "smart quotes" around a text, around a field name, and its single ones.
    ['value.json', text.replace('"Webinar"', '\u201cWebinar\u201d'), '3:12', '\u201c is a curly quote, as a word processor writes it; JSON takes only straight double quotes'],
    ['name.json', text.replace('"title"', '\u201ctitle\u201d'), '3:3', '\u201c is a curly quote'],
    ['single.json', text.replace('"Webinar"', '\u2018Webinar\u2019'), '3:12', '\u2018 is a curly quote'],
    // A no-break space looks like any other: "found " "" would not say what to change.
    ['space.json', text.replace('"plenary": 1', '"plenary":\u00a01'), '2:13', 'There is a no-break space (U+00A0) here, as pasted from a word processor or a web page; JSON takes only ordinary spaces: delete it and type a space'],
  ];
  for (const [name, body, at, message] of cases) {
    writeFileSync(join(dir, name), body);
    const out = run(['validate', join(dir, name)]);
    assert.equal(out.status, 2, name);
    assert.ok(out.stdout.includes(`${name}:${at}: cannot be read: not valid JSON: ${message}`), out.stdout);
    const report = JSON.parse(run(['validate', '--json', join(dir, name)]).stdout);
    assert.ok(JSON.stringify(report).includes(message.replace(/"/g, '\\"')), JSON.stringify(report));
  }
  // Curly quotes inside a text are the text's own.
  writeFileSync(join(dir, 'inside.json'), text.replace('"Webinar"', '"The \u201cDigital\u201d Webinar"'));
  assert.equal(run(['validate', join(dir, 'inside.json')]).status, 0);
});

test('validate --json: machine-readable, with positions', () => {
  const { status, stdout } = run(['validate', '--json', 'test/fixtures/cli/ten-mistakes.json', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(status, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.valid, false);
  assert.equal(report.files.length, 2);
  assert.equal(report.files[0].errors.length, 8);
  const joinUrl = report.files[0].warnings.find((w) => w.path === 'join.url');
  assert.deepEqual([joinUrl.line, joinUrl.column], [8, 13]);
  assert.deepEqual(report.files[1].errors, []);
});

test('validate: no colour codes when the output is not a terminal', () => {
  assert.doesNotMatch(run(['validate', 'test/fixtures/cli/ten-mistakes.json']).stdout, /\u001b\[/);
});

test('ics: writes the calendar file the elements offer', () => {
  const dir = scratch();
  const { status, stdout } = run(['ics', SEED], { cwd: dir });
  assert.equal(status, 0);
  assert.equal(stdout.trim(), 'Wrote unpog-webinar-2020-10-13.ics.');
  const ics = readFileSync(join(dir, 'unpog-webinar-2020-10-13.ics'), 'utf8');
  assert.match(ics, /^BEGIN:VCALENDAR\r\n/);
  assert.match(ics, /\r\nDTSTART:20201013T110000Z\r\n/);
  assert.match(ics, /\r\nUID:unpog-webinar-2020-10-13@plenary\r\n/);
  const named = run(['ics', SEED, '-o', join(dir, 'x.ics')]);
  assert.equal(named.status, 0);
  assert.ok(existsSync(join(dir, 'x.ics')));
  assert.match(run(['ics', SEED, '-o', '-']).stdout, /END:VCALENDAR\r\n$/);
});

test('ics: offers no way in that would mislead: not the meeting\'s link when sessions have their own, none once cancelled', () => {
  const unfold = (text) => text.replace(/\r\n /g, '');
  const egm = unfold(run(['ics', 'examples/intergovernmental-meeting-2027.json', '-o', '-']).stdout);
  assert.match(egm, /\r\nDESCRIPTION:Three days of online sessions.* registered participants only\.\r\n/);
  assert.match(egm, /\r\nURL:https:\/\/www\.un\.org\/development\/desa\/\r\n/);
  assert.doesNotMatch(egm, /LOCATION|meetings\.example\.org|812 2027 0510/);
  // Each session keeps its own link.
  const sessions = unfold(run(['ics', 'examples/intergovernmental-meeting-2027.json', '--sessions', '-o', '-']).stdout);
  assert.match(sessions, /\r\nLOCATION:https:\/\/meetings\.example\.org\/j\/egm-2027-d1-am\r\n/);
  const cancelled = unfold(run(['ics', 'examples/cancelled-webinar.json', '-o', '-']).stdout);
  assert.match(cancelled, /\r\nSTATUS:CANCELLED\r\nSEQUENCE:1\r\n/);
  assert.match(cancelled, /\r\nDESCRIPTION:This webinar has been cancelled\. A new date will be announced on this page\.\r\n/);
  assert.doesNotMatch(cancelled, /LOCATION|URL:|webex|Join/);
});

test('ics: refuses a descriptor with errors (exit 1) and an unreadable one (exit 2)', () => {
  const bad = run(['ics', TEN]);
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /has errors; fix them first/);
  assert.equal(run(['ics', SYNTAX]).status, 2);
  assert.equal(run(['ics', 'nowhere.json']).status, 2);
});

test('new: writes a starting descriptor that passes validation, and never overwrites by accident', () => {
  const dir = scratch();
  const made = run(['new'], { cwd: dir });
  assert.equal(made.status, 0);
  const file = join(dir, 'event.json');
  const descriptor = JSON.parse(readFileSync(file, 'utf8'));
  for (const field of ['title', 'series', 'summary', 'description', 'timeZone', 'displayZones', 'venue', 'join', 'organizers', 'partners', 'sessions', 'speakers', 'moderators', 'documents', 'links', 'contacts']) {
    assert.ok(field in descriptor, `${field} is in the starting descriptor`);
  }
  const checked = run(['validate', file]);
  assert.equal(checked.status, 0, checked.stdout);
  assert.match(checked.stdout, /valid \(0 errors, 0 warnings\)/);
  const again = run(['new'], { cwd: dir });
  assert.equal(again.status, 2);
  assert.match(again.stderr, /already exists/);
  assert.equal(run(['new', '--force'], { cwd: dir }).status, 0);
  assert.equal(run(['new', 'other.json'], { cwd: dir }).status, 0);
});

test('new --multi-session: a meeting of three days that passes validation with no warning, its sessions with their own join, a closed day, seven languages of interpretation', () => {
  const dir = scratch();
  const made = run(['new', '--multi-session'], { cwd: dir });
  assert.equal(made.status, 0, made.stderr);
  assert.match(made.stdout, /^Wrote event\.json: a starting descriptor for a meeting of three days/);
  const file = join(dir, 'event.json');
  const checked = run(['validate', file]);
  assert.equal(checked.status, 0, checked.stdout);
  assert.match(checked.stdout, /valid \(0 errors, 0 warnings\)/);

  const descriptor = JSON.parse(readFileSync(file, 'utf8'));
  const { sessions } = descriptor;
  assert.ok(sessions.every((s) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s.start) && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s.end)), 'every session has its times');
  const days = [...new Set(sessions.map((s) => s.start.slice(0, 10)))];
  assert.equal(days.length, 3);
  assert.ok(days[0] > new Date().toISOString().slice(0, 10), `${days[0]} is in the future`);
  // A session with a meeting of its own: its own link, not the event's.
  const own = sessions.filter((s) => typeof s.join?.url === 'string');
  assert.ok(own.length >= 1);
  assert.ok(own.every((s) => s.join.url !== descriptor.join.url));
  // One whole day for registered participants, with nothing of its meeting written down, and somewhere to register.
  const registeredDays = days.filter((day) => sessions.filter((s) => s.start.startsWith(day)).every((s) => s.join?.access === 'registered'));
  assert.equal(registeredDays.length, 1);
  const closed = sessions.filter((s) => s.join?.access === 'registered');
  assert.ok(closed.every((s) => !('url' in s.join) && !('meetingId' in s.join) && !('passcode' in s.join)));
  assert.ok(descriptor.links.some((l) => l.kind === 'registration' && l.url.startsWith('https://')));
  assert.deepEqual(
    descriptor.join.interpretation.map((i) => i.lang),
    ['mul', 'ar', 'zh', 'en', 'fr', 'ru', 'es'],
  );
  assert.ok(descriptor.join.interpretation.every((i) => typeof i.channel === 'string'));
  assert.equal(typeof descriptor.join.interpretation[0].label.en, 'string', 'the floor is labelled');
  assert.ok(typeof descriptor.$comment === 'string' && typeof sessions[0].$comment === 'string' && typeof descriptor.join.$comment === 'string', 'notes say what to change');
});

test('new --multi-session with a file name and --force; an unknown flag is a usage error', () => {
  const dir = scratch();
  const file = join(dir, 'meeting.json');
  assert.equal(run(['new', 'meeting.json'], { cwd: dir }).status, 0);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).sessions.length, 3, 'the one-day starter');
  const refused = run(['new', 'meeting.json', '--multi-session'], { cwd: dir });
  assert.equal(refused.status, 2);
  assert.match(refused.stderr, /meeting\.json already exists; choose another name, or add --force to replace it/);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).sessions.length, 3, 'left as it was');
  const forced = run(['new', '--multi-session', '--force', 'meeting.json'], { cwd: dir });
  assert.equal(forced.status, 0, forced.stderr);
  assert.match(forced.stdout, /^Wrote meeting\.json: a starting descriptor for a meeting of three days/);
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).sessions.length, 6, 'replaced by the meeting of three days');
  assert.match(run(['validate', file]).stdout, /valid \(0 errors, 0 warnings\)/);
  for (const args of [['new', '--multisession'], ['new', '--multi-session=yes', 'other.json']]) {
    const wrong = run(args, { cwd: dir });
    assert.equal(wrong.status, 2, args.join(' '));
    assert.match(wrong.stderr, /^plenary new: .*'--multi/, args.join(' '));
    assert.match(wrong.stderr, /plenary new \[event\.json\] \[--force\] \[--multi-session\]/);
  }
  assert.ok(!existsSync(join(dir, 'other.json')));
  assert.match(run(['--help']).stdout, /--multi-session: a meeting of three days/);
});

test('new: the starters are dated ahead and pass cleanly on any day they are made, stepping over the weeks of clock changes', async () => {
  const { starterDescriptor, multiSessionDescriptor } = await import(pathToFileURL(join(ROOT, 'dist', 'npm', 'cli', 'starter.js')).href);
  const { validate } = await import(pathToFileURL(join(ROOT, 'dist', 'npm', 'descriptor', 'validate.js')).href);
  // Dates from the zone tables: in 2027 New York moves its clocks on 14 March and 7 November,
  // Geneva on 28 March and 31 October; between them the two are 5 hours apart, not 6.
  const at = (iso) => Date.parse(iso);
  assert.equal(starterDescriptor(at('2027-01-04T12:00Z')).start, '2027-02-15T14:00', 'six weeks ahead');
  assert.equal(multiSessionDescriptor(at('2027-01-04T12:00Z')).start, '2027-02-15T10:00', 'six weeks ahead, a Monday');
  assert.equal(multiSessionDescriptor(at('2027-01-06T12:00Z')).start, '2027-02-22T10:00', 'the Monday after six weeks');
  assert.equal(multiSessionDescriptor(at('2027-01-06T12:00Z')).end, '2027-02-24T17:00', 'to the Wednesday');
  assert.equal(starterDescriptor(at('2027-02-01T12:00Z')).start, '2027-03-28T14:00', 'past 15–27 March');
  assert.equal(multiSessionDescriptor(at('2027-02-01T12:00Z')).start, '2027-03-29T10:00', 'past the weeks of 15 and 22 March');
  assert.equal(starterDescriptor(at('2027-09-20T12:00Z')).start, '2027-11-07T14:00', 'past 1–6 November');
  assert.equal(multiSessionDescriptor(at('2027-09-20T12:00Z')).start, '2027-11-08T10:00', 'past the week of 1 November');
  for (let day = 0; day < 365; day++) {
    const now = at('2027-01-01T09:00Z') + day * 86_400_000;
    for (const made of [starterDescriptor(now), multiSessionDescriptor(now)]) {
      const { errors, warnings } = validate(made);
      const when = `made on ${new Date(now).toISOString().slice(0, 10)} for ${made.start}`;
      assert.deepEqual([...errors, ...warnings].map((p) => `${p.path}: ${p.message}`), [], when);
      assert.ok(Date.parse(`${made.start}Z`) - now > 40 * 86_400_000, when);
    }
  }
});

test('embed: prints the HTML to paste, for a file and for an address', async () => {
  const file = run(['embed', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(file.status, 0);
  assert.match(file.stdout, /<script type="module" src="https:\/\/unpkg\.com\/plenary@[\d.]+\/dist\/plenary\.js"><\/script>/);
  assert.match(file.stdout, /<plenary-event src="examples\/unpog-webinar-2020-10-13\.json">/);
  // Inside the element, one line: the title and when it is, as the fallback writes them.
  const line = (stdout) => stdout.split('\n').find((l) => l.startsWith('  <p'));
  const text = (html) => html.replace(/<[^>]+>/g, '').replace(/[\s\u202f]+/g, ' ').trim();
  assert.equal(text(line(file.stdout)), 'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19, Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT');
  assert.match(line(file.stdout), /^  <p lang="en" dir="ltr">.*<time datetime="2020-10-13T07:00-04:00">/);
  // In the language asked for: its title, words and dates, its direction.
  const korean = run(['embed', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'ko']);
  assert.equal(korean.status, 0, korean.stderr);
  assert.match(text(line(korean.stdout)), /^코로나19로부터의 지속가능하고 회복력 있는 회복을 위한 디지털 전환 가속화, 2020년 10월 13일 화요일/);
  const arabic = run(['embed', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'ar']);
  assert.match(line(arabic.stdout), /^  <p lang="ar" dir="rtl">/);
  assert.match(text(line(arabic.stdout)), /الثلاثاء، 13 أكتوبر 2020/);
  assert.match(file.stdout, /Publish examples\/unpog-webinar-2020-10-13\.json on your site/);
  // A cancelled event's line says so first, as the card's badge does (10 March 2026, 14:00–15:30 in Rome, CET).
  const cancelled = run(['embed', 'examples/cancelled-webinar.json']);
  assert.equal(cancelled.status, 0, cancelled.stderr);
  assert.equal(text(line(cancelled.stdout)), 'Cancelled: Webinar on Open Government Data, Tuesday, March 10, 2026, 2:00 PM – 3:30 PM UTC+1');
  assert.match(line(cancelled.stdout), /^  <p lang="en" dir="ltr"><strong>Cancelled<\/strong>: /);
  assert.match(text(line(run(['embed', 'examples/cancelled-webinar.json', '--lang', 'fr']).stdout)), /^Annulé : /);

  const server = createServer((req, res) => {
    res.writeHead(req.url === '/event.json' ? 200 : 404, { 'Content-Type': 'application/json' });
    res.end(req.url === '/event.json' ? readFileSync(SEED) : '{}');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}/event.json`;
  try {
    const child = spawn(process.execPath, [BIN, 'embed', url], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const status = await new Promise((ok) => child.on('close', ok));
    assert.equal(status, 0);
    assert.match(out, new RegExp(`<plenary-event src="${url.replace(/[.?]/g, '\\$&')}">`));
    assert.doesNotMatch(out, /Publish/);
  } finally {
    server.close();
  }
  assert.equal(run(['embed', TEN]).status, 1);
  assert.equal(run(['embed', 'nowhere.json']).status, 2);
});

test('embed: a title with markup, quotes or the end of a comment is pasted as text, in the comment and in the fallback', () => {
  const dir = scratch();
  const file = join(dir, 'hostile.json');
  const title = 'Budget --> <script>alert(1)</script> & "Q&A"';
  writeFileSync(
    file,
    JSON.stringify({
      plenary: 1,
      title,
      timeZone: 'Europe/Rome',
      start: '2026-05-04T10:00',
      end: '2026-05-04T12:00',
      links: [{ kind: 'website', url: 'https://example.org/budget?a=1&b=2' }],
    }),
  );
  const { status, stdout } = run(['embed', file]);
  assert.equal(status, 0);
  const escaped = 'Budget --&gt; &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Q&amp;A&quot;';
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // The comment says the title, and ends only where it should.
  assert.equal(stdout.split('\n')[0], `<!-- Plenary ${version}: "${escaped}". Paste the link and script lines into the <head>, and the element where the event should appear. -->`);
  assert.equal(stdout.match(/-->/g).length, 2, 'one end for each of the two comments');
  // In the fallback's text, quotes need no escaping.
  assert.ok(stdout.includes(`<p lang="en" dir="ltr"><a href="https://example.org/budget?a=1&amp;b=2">${escaped.replaceAll('&quot;', '"')}</a>, `), stdout);
  // The only script is Plenary's.
  assert.deepEqual(stdout.match(/<script\b[^>]*>/g), [`<script type="module" src="https://unpkg.com/plenary@${version}/dist/plenary.js">`]);
});

test('preview: serves the event on 127.0.0.1, lists the problems, and signals a change of the file', async () => {
  const dir = scratch();
  const file = join(dir, 'event.json');
  writeFileSync(file, readFileSync(SEED));
  const { url, stop } = await startPreviewProcess(file);
  try {
    const page = await (await fetch(url)).text();
    assert.match(page, /<plenary-event src="\/__plenary\/event\.json" lang="en">/);
    assert.equal((await fetch(`${url}__plenary/plenary.js`)).status, 200);
    assert.deepEqual(JSON.parse(await (await fetch(`${url}__plenary/event.json`)).text()).id, 'unpog-webinar-2020-10-13');
    let problems = await (await fetch(`${url}__plenary/problems`)).json();
    assert.deepEqual([problems.readable, problems.errors.length], [true, 0]);

    // Listen for changes, then break the file.
    const controller = new AbortController();
    const stream = await fetch(`${url}__plenary/changes`, { signal: controller.signal });
    const reader = stream.body.getReader();
    const changed = (async () => {
      let text = '';
      while (!text.includes('event: change')) text += new TextDecoder().decode((await reader.read()).value);
      return true;
    })();
    await new Promise((ok) => setTimeout(ok, 200));
    writeFileSync(file, readFileSync(SEED, 'utf8').replace('"America/New_York"', '"Mars/Olympus"'));
    assert.equal(await Promise.race([changed, new Promise((ok) => setTimeout(() => ok(false), 5000))]), true);
    controller.abort();
    problems = await (await fetch(`${url}__plenary/problems`)).json();
    const zoneLine = readFileSync(SEED, 'utf8').split('\n').findIndex((l) => l.includes('"timeZone"')) + 1;
    assert.deepEqual(problems.errors.map((e) => [e.path, e.line, e.column]), [['timeZone', zoneLine, 3]]);
  } finally {
    stop();
  }
});

test("preview: the event in the descriptor's language, or the one asked for, for a visitor's zone and moment", async () => {
  const dir = scratch();
  const file = join(dir, 'event.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(SEED, 'utf8')), lang: 'fr' }));
  const element = async (address) => /<plenary-event [^>]*>/.exec(await (await fetch(address)).text())[0];
  let preview = await startPreviewProcess(file);
  try {
    assert.equal(await element(preview.url), '<plenary-event src="/__plenary/event.json" lang="fr">');
    assert.equal(await element(`${preview.url}?lang=ar&zone=Asia/Dubai&now=2020-10-13T10:45Z`), '<plenary-event src="/__plenary/event.json" lang="ar" zone="Asia/Dubai" now="2020-10-13T10:45Z">');
    assert.equal(await element(`${preview.url}?lang=%22%3E%3Cscript%3E`), '<plenary-event src="/__plenary/event.json" lang="&quot;&gt;&lt;script&gt;">');
  } finally {
    preview.stop();
  }
  preview = await startPreviewProcess(file, ['--lang', 'es', '--zone', 'Pacific/Fiji', '--now', '2020-10-13T10:45Z']);
  try {
    assert.equal(await element(preview.url), '<plenary-event src="/__plenary/event.json" lang="es" zone="Pacific/Fiji" now="2020-10-13T10:45Z">');
  } finally {
    preview.stop();
  }
  for (const [option, value, says] of [['--lang', 'x y', /--lang takes a language tag/], ['--zone', 'Europe/Genva', /--zone takes an IANA time zone/], ['--now', 'tomorrow', /--now takes a date and time/]]) {
    const result = run(['preview', file, option, value]);
    assert.equal(result.status, 2);
    assert.match(result.stderr, says);
    noStack(result.stderr);
  }
});

test('an unknown command, or none, explains the usage; exit 2', () => {
  const unknown = run(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  assert.equal(run([]).status, 2);
  assert.equal(run(['--help']).status, 0);
  assert.match(run(['--help']).stdout, /plenary validate <file\.json or https:\/\/…\/event\.json>/);
  // After a command too: the help, not "Unknown option '--help'".
  for (const args of [['validate', '--help'], ['ics', '-h'], ['render', 'examples/unpog-webinar-2020-10-13.json', '--help']]) {
    const help = run(args);
    assert.equal(help.status, 0, args.join(' '));
    assert.match(help.stdout, /plenary validate <file\.json or https:\/\/…\/event\.json>/, args.join(' '));
    assert.equal(help.stderr, '', args.join(' '));
  }
});

test('an option the command does not read is refused, not ignored (embed -o would write no file); exit 2', () => {
  const dir = scratch();
  const cases = [
    [['embed', 'examples/unpog-webinar-2020-10-13.json', '-o', join(dir, 'snippet.html')], /^plenary embed: -o \(--output\) is not an option of embed \(ics and render take it\)\.$/m],
    [['embed', 'examples/unpog-webinar-2020-10-13.json', '--show', 'card'], /^plenary embed: --show is not an option of embed \(render takes it\)\.$/m],
    [['validate', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'fr'], /^plenary validate: --lang is not an option of validate \(preview, embed and render take it\)\.$/m],
    [['ics', 'examples/unpog-webinar-2020-10-13.json', '--fallback'], /^plenary ics: --fallback is not an option of ics \(embed takes it\)\.$/m],
    [['new', join(dir, 'event.json'), '--json'], /^plenary new: --json is not an option of new \(validate takes it\)\.$/m],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
    noStack(result.stderr);
  }
  assert.deepEqual(readdirSync(dir), [], 'no file written');
});

test('ics --reminder: a value that is not a number of minutes is a usage error that says which; exit 2', () => {
  const cases = [
    ['-5', /^plenary ics: --reminder is followed by "-5", which begins with a dash; no value of --reminder does\.$/m],
    ['100000', /^plenary ics: --reminder takes a whole number of minutes from 0 \(none\) to 99999, not "100000"\.$/m],
    ['soon', /^plenary ics: --reminder takes a whole number of minutes from 0 \(none\) to 99999, not "soon"\.$/m],
  ];
  for (const [value, message] of cases) {
    const result = run(['ics', 'examples/unpog-webinar-2020-10-13.json', '--reminder', value]);
    assert.equal(result.status, 2, value);
    assert.equal(result.stdout, '', value);
    assert.match(result.stderr, message, value);
    assert.doesNotMatch(result.stderr, /ambiguous|XYZ/, value);
    noStack(result.stderr);
  }
});

test('preview: a port that is not a port number is a usage error, not a stack trace; exit 2', () => {
  for (const port of ['abc', '99999', '80.5', '']) {
    const result = run(['preview', 'examples/unpog-webinar-2020-10-13.json', '--port', port]);
    assert.equal(result.status, 2, port);
    assert.match(result.stderr, new RegExp(`^plenary preview: --port takes a port number from 1 to 65535 \\(0: any free port\\), not "${port.replace('.', '\\.')}"\\.$`, 'm'), port);
    noStack(result.stderr);
  }
});

// ------------------------------------------------------------------ render

const EXAMPLES = readdirSync(join(ROOT, 'examples')).filter((f) => f.endsWith('.json'));

test('render: every example prints its fallback, plain HTML with nothing that runs; exit 0', () => {
  assert.ok(EXAMPLES.length >= 7);
  for (const example of EXAMPLES) {
    const { status, stdout, stderr } = run(['render', `examples/${example}`]);
    assert.equal(status, 0, `${example}: ${stderr}`);
    // Nothing on stderr but a pointer to the validator's warnings, for an example that has some
    // (two fall in the March weeks when New York and Europe are 5 hours apart, not 6).
    const warned = JSON.parse(run(['validate', '--json', `examples/${example}`]).stdout).files[0].warnings.length > 0;
    assert.equal(stderr, warned ? `plenary render: examples/${example} has a warning (plenary validate examples/${example} lists them).\n` : '', example);
    const title = JSON.parse(readFileSync(join(ROOT, 'examples', example), 'utf8')).title;
    const english = (typeof title === 'string' ? title : title.en).replace(/&/g, '&amp;').replace(/</g, '&lt;');
    assert.ok(stdout.startsWith('<div class="plenary-fallback" lang="en" dir="ltr">\n  <div class="plenary-fallback-card">\n'), example);
    assert.ok(stdout.endsWith('</div>\n'), example);
    assert.match(stdout, new RegExp(`<h2>${english.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h2>`), example);
    assert.doesNotMatch(stdout, /<script|<style|\sstyle=|\son[a-z]+=|<plenary-|data-plenary|\sid=|javascript:|file:/i, example);
    // Only the documented classes.
    const classes = new Set([...stdout.matchAll(/class="([^"]*)"/g)].map((m) => m[1]));
    assert.deepEqual([...classes].sort(), ['plenary-fallback', 'plenary-fallback-aside', 'plenary-fallback-card', 'plenary-fallback-main'], example);
  }
});

test('render: the seed event, with its times in each display zone as the schedule writes them', () => {
  const { status, stdout } = run(['render', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(status, 0);
  const html = stdout.replace(/\u202f/g, ' ');
  assert.match(html, /<p>Capacity Development Webinar Series<\/p>\n\s+<h2>Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19<\/h2>/);
  assert.match(html, /<dt>Organizers' time<\/dt>\n\s+<dd><time datetime="2020-10-13T07:00-04:00">Tuesday, October 13, 2020<\/time>, <time datetime="2020-10-13T07:00-04:00">7:00 AM<\/time> – <time datetime="2020-10-13T10:20-04:00">10:20 AM<\/time> <span dir="ltr">EDT<\/span><\/dd>/);
  assert.match(html, /<p>Online\u00a0· WebEx<\/p>/);
  // The section headings of the event page, in its order.
  assert.deepEqual([...html.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]), ['About the event', 'Programme', 'Time zones', 'Documents and links', 'Contacts']);
  assert.deepEqual([...html.matchAll(/<h4>(Session [^<]*)<\/h4>/g)].map((m) => m[1]), [
    'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
    'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
    'Session 3: Promoting Global Digital Cooperation for Solidarity',
  ]);
  // The table: place, local date, times, zone; Fiji ends at 2:20 AM the next day (+1), UTC+12 (Fiji kept no summer time in October 2020).
  const rows = [...html.matchAll(/<tr>\n([\s\S]*?)\n\s+<\/tr>/g)].map((m) => m[1].trim().split(/\n\s+/));
  assert.deepEqual(rows, [
    ['<th scope="col">Place</th>', '<th scope="col">Date</th>', '<th scope="col">Time</th>', '<th scope="col">Time zone</th>'],
    ['<th scope="row">New York</th>', '<td><time datetime="2020-10-13">Tue, Oct 13</time></td>', '<td><time datetime="2020-10-13T07:00-04:00">7:00 AM</time> – <time datetime="2020-10-13T10:20-04:00">10:20 AM</time></td>', '<td><span dir="ltr">EDT</span></td>'],
    ['<th scope="row">Rome</th>', '<td><time datetime="2020-10-13">Tue, Oct 13</time></td>', '<td><time datetime="2020-10-13T13:00+02:00">1:00 PM</time> – <time datetime="2020-10-13T16:20+02:00">4:20 PM</time></td>', '<td><span dir="ltr">UTC+2</span></td>'],
    ['<th scope="row">Nairobi</th>', '<td><time datetime="2020-10-13">Tue, Oct 13</time></td>', '<td><time datetime="2020-10-13T14:00+03:00">2:00 PM</time> – <time datetime="2020-10-13T17:20+03:00">5:20 PM</time></td>', '<td><span dir="ltr">UTC+3</span></td>'],
    ['<th scope="row">Seoul</th>', '<td><time datetime="2020-10-13">Tue, Oct 13</time></td>', '<td><time datetime="2020-10-13T20:00+09:00">8:00 PM</time> – <time datetime="2020-10-13T23:20+09:00">11:20 PM</time></td>', '<td><span dir="ltr">UTC+9</span></td>'],
    ['<th scope="row">Fiji</th>', '<td><time datetime="2020-10-13">Tue, Oct 13</time></td>', '<td><time datetime="2020-10-13T23:00+12:00">11:00 PM</time> – <time datetime="2020-10-14T02:20+12:00">2:20 AM</time><sup dir="ltr" title="(next day)">+1</sup></td>', '<td><span dir="ltr">UTC+12</span></td>'],
  ]);
  assert.match(html, /<li><a href="https:\/\/www\.unpog\.org\/events\/2020-10-13-digital-transformation-webinar\/concept-note\.pdf" hreflang="en">Concept Note<\/a> \(PDF, English\)<\/li>/);
  assert.match(html, /<li>Mr\. Juwang Zhu<br>Director<br>DPIDG\/UN DESA<br>E-mail: <a href="mailto:zhu@un\.org" dir="ltr">zhu@un\.org<\/a><\/li>/);
  // Nothing that depends on the moment or the visitor: no join link, no "your time", no calendar.
  assert.doesNotMatch(html, /webex\.com|Your time|your time|\.ics|calendar\.google/i);
});

test('render: no recording, which the element offers only after the end; the registration, for the weeks before', () => {
  // Written once, before the forum: no "Watch the recording" a week before it; "Register" while people register.
  const documents = run(['render', 'examples/hybrid-forum.json', '--show', 'documents']);
  assert.equal(documents.status, 0);
  assert.deepEqual([...documents.stdout.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]), ['Agenda', 'Registration', 'Website']);
  assert.match(documents.stdout, /<a href="https:\/\/example\.org\/forum-2026" rel="noopener">Event website<\/a>/);
  const page = run(['render', 'examples/hybrid-forum.json']).stdout;
  assert.doesNotMatch(page, /forum-2026\/recording|Watch the recording|Recording/);
  assert.match(page, /Register/);
  // With nothing else to list, the event page has no documents section.
  const dir = scratch();
  const file = join(dir, 'recording-only.json');
  writeFileSync(file, JSON.stringify({ plenary: 1, id: 'briefing', title: 'Briefing', start: '2030-01-01T10:00Z', end: '2030-01-01T11:00Z', links: [{ kind: 'recording', url: 'https://example.org/video' }] }));
  const briefing = run(['render', file]);
  assert.equal(briefing.status, 0);
  assert.doesNotMatch(briefing.stdout, /Documents and links|example\.org\/video/);
});

test("render: a document's format and language in the brackets of the language written: full-width and closed up in Chinese", () => {
  const item = (lang) => {
    const { status, stdout } = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', lang, '--show', 'documents']);
    assert.equal(status, 0);
    return /<li><a href="[^"]*concept-note\.pdf" hreflang="en">(.*)<\/li>/.exec(stdout)?.[1];
  };
  assert.equal(item('zh'), '<span lang="en">Concept Note</span></a>（PDF，英语）');
  assert.equal(item('fr'), '<span lang="en">Concept Note</span></a> (PDF, anglais)');
});

test("render: a row on another date than the organizers' gives that date, and marks only an end past midnight there", () => {
  // Seoul (+9), Wednesday 18 November 2026, 11:00–19:00 = 02:00–10:00 UTC; Honolulu (−10): Tuesday the 17th,
  // 16:00 to midnight (00:00 on the 18th). Not "4:00 PM −1 – 12:00 AM": the date says the day before.
  const file = join(scratch(), 'seoul.json');
  writeFileSync(file, JSON.stringify({ plenary: 1, id: 'seoul-forum', title: 'Seoul forum', timeZone: 'Asia/Seoul', start: '2026-11-18T11:00', end: '2026-11-18T19:00', displayZones: ['Asia/Seoul', 'Pacific/Honolulu'] }));
  const { stdout, status } = run(['render', file, '--show', 'schedule']);
  assert.equal(status, 0);
  const honolulu = stdout.match(/<th scope="row">Honolulu<\/th>\n([\s\S]*?)\n\s+<\/tr>/)[1].trim().split(/\n\s+/);
  assert.deepEqual(honolulu, [
    '<td><time datetime="2026-11-17">Tue, Nov 17</time></td>',
    '<td><time datetime="2026-11-17T16:00-10:00">4:00 PM</time> – <time datetime="2026-11-18T00:00-10:00">12:00 AM</time><sup dir="ltr" title="(next day)">+1</sup></td>',
    '<td><span dir="ltr">HST</span></td>',
  ]);
});

test('render --lang: the words, dates and texts of the language; Arabic right to left', () => {
  const fr = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'fr']).stdout.replace(/\u202f/g, ' ');
  assert.ok(fr.startsWith('<div class="plenary-fallback" lang="fr" dir="ltr">'));
  assert.match(fr, /<h2>Accélérer la transformation numérique pour une reprise durable et résiliente après la COVID-19<\/h2>/);
  assert.match(fr, /<dt>Heure des organisateurs<\/dt>\n\s+<dd><time datetime="2020-10-13T07:00-04:00">mardi 13 octobre 2020<\/time>/);
  assert.match(fr, /<th scope="col">Lieu<\/th>/);
  assert.match(fr, /<th scope="row">Fidji<\/th>/);
  assert.match(fr, /<time datetime="2020-10-13T23:00\+12:00">23:00<\/time> – <time datetime="2020-10-14T02:20\+12:00">2:20<\/time><sup dir="ltr" title="\(le lendemain\)">\+1<\/sup>/);
  assert.match(fr, /<h3>Fuseaux horaires<\/h3>/);
  assert.match(fr, /<p>Série de webinaires sur le renforcement des capacités<\/p>/);
  // A text the descriptor has only in English carries its language.
  assert.match(fr, /<p lang="en">A platform to discuss/);

  const ar = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'ar']).stdout;
  assert.ok(ar.startsWith('<div class="plenary-fallback" lang="ar" dir="rtl">'));
  assert.match(ar, /<dt>توقيت المنظِّمين<\/dt>/);
  assert.match(ar, /<th scope="col">المكان<\/th>/);
  assert.match(ar, /<th scope="row">فيجي<\/th>/);
  assert.match(ar, /<p lang="en" dir="ltr">A platform to discuss/);
  // Egyptian Arabic writes its times in Arabic-Indic digits: the day mark beside them too (Fiji, UTC+12, ends on the 14th); "UTC+12" is a Latin abbreviation.
  const arEG = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'ar-EG', '--show', 'schedule']).stdout;
  assert.match(arEG, /<time datetime="2020-10-13T23:00\+12:00">١١:٠٠ م<\/time> – <time datetime="2020-10-14T02:20\+12:00">٢:٢٠ ص<\/time><sup dir="ltr" title="\(اليوم التالي\)">\+١<\/sup><\/td>\n\s+<td><span dir="ltr">UTC\+12<\/span>/);
  // Its days of a meeting numbered in them too (Geneva, Monday 15 – Wednesday 17 March 2027).
  const arEGDays = run(['render', 'examples/geneva-meeting-2027.json', '--lang', 'ar-EG', '--show', 'agenda']).stdout;
  assert.deepEqual([...arEGDays.matchAll(/<h3>(اليوم \S+) ·/g)].map((m) => m[1]), ['اليوم ١', 'اليوم ٢', 'اليوم ٣']);
  // A series only in English: one line like the title, starting on the right, left to right inside.
  const arGeneva = run(['render', 'examples/geneva-meeting-2027.json', '--lang', 'ar']).stdout;
  assert.match(arGeneva, /<p><span lang="en" dir="ltr">Expert Group Meetings<\/span><\/p>\n\s+<h2><span lang="en" dir="ltr">Expert Group Meeting on Public Institutions/);

  for (const lang of ['zh', 'ru', 'es', 'ko']) {
    const { status, stdout } = run(['render', 'examples/multilingual-consultation.json', '--lang', lang]);
    assert.equal(status, 0, lang);
    assert.ok(stdout.startsWith(`<div class="plenary-fallback" lang="${lang}" dir="ltr">`), lang);
  }
  // No space after Chinese full-width punctuation, which carries its own.
  assert.match(run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'zh', '--show', 'contacts']).stdout, /电子邮件：<a href="mailto:zhu@un\.org" dir="ltr">zhu@un\.org<\/a>/);
  const zh = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'zh', '--show', 'schedule']).stdout;
  assert.match(zh, /<th scope="col">地点<\/th>\n\s+<th scope="col">日期<\/th>\n\s+<th scope="col">时间<\/th>\n\s+<th scope="col">时区<\/th>/);

  // A language Plenary's words are not translated into: English words, the descriptor's texts where it has them, and a note.
  const de = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'de', '--show', 'card']);
  assert.equal(de.status, 0);
  assert.match(de.stderr, /not translated into "de"/);
  assert.match(de.stdout, /<dt>Organizers' time<\/dt>/);
});

test('render --show: each element on its own, at its heading level', () => {
  const show = (...args) => run(['render', 'examples/unpog-webinar-2020-10-13.json', '--show', ...args]);
  const card = show('card');
  assert.equal(card.status, 0);
  assert.match(card.stdout, /<h2>Accelerating/);
  assert.doesNotMatch(card.stdout, /<table|<h3>/);
  const schedule = show('schedule').stdout;
  assert.match(schedule, /^<div class="plenary-fallback" lang="en" dir="ltr">\n  <p><strong><time datetime="2020-10-13">Tuesday, October 13, 2020<\/time><\/strong><\/p>\n  <table aria-label="Times in other time zones">/);
  assert.doesNotMatch(schedule, /<h[2-6]>/);
  assert.match(show('agenda').stdout, /<h3>Session 1: /);
  assert.match(show('agenda', '--heading-level', '4').stdout, /<h4>Session 1: /);
  assert.deepEqual([...show('documents').stdout.matchAll(/<h3>([^<]*)<\/h3>/g)].map((m) => m[1]), ['Concept note', 'Talking points', 'Reference material', 'Discussion', 'Follow']);
  assert.match(show('contacts', '--heading-level', '2').stdout, /<h2>Ministry of the Interior and Safety, Republic of Korea<\/h2>/);
  // The event page under a page's own h2: its title an h3, its sections h4, what they hold h5.
  const page = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--heading-level', '3']).stdout;
  assert.match(page, /<h3>Accelerating Digital Transformation/);
  assert.deepEqual([...page.matchAll(/<h4>([^<]*)<\/h4>/g)].map((m) => m[1]), ['About the event', 'Programme', 'Time zones', 'Documents and links', 'Contacts']);
  assert.match(page, /<h5>Session 1: /);
  assert.match(page, /<h5>Ministry of the Interior and Safety, Republic of Korea<\/h5>/);
  assert.doesNotMatch(page, /<h2>/);
  // An event of several days that keeps 9:00–17:00 in Seoul (UTC+9) each day: the schedule's rows give
  // the dates and one day's hours, 5:45 AM–1:45 PM in Kathmandu (UTC+5:45).
  const days = run(['render', 'examples/multi-day-symposium.json', '--show', 'schedule']).stdout.replace(/[\u202f\u2009]/g, ' ');
  assert.match(days, /<time datetime="2026-10-06">Tuesday, October 6 – Thursday, October 8, 2026<\/time>, each day/);
  assert.match(days, /<th scope="row">Kathmandu<\/th>\n\s+<td><time datetime="2026-10-06">Tue, Oct 6 – Thu, Oct 8<\/time><\/td>\n\s+<td><time datetime="2026-10-06T05:45\+05:45">5:45 AM<\/time> – <time datetime="2026-10-06T13:45\+05:45">1:45 PM<\/time><\/td>\n\s+<td><span dir="ltr">UTC\+5:45<\/span><\/td>/);
});

test('render: times given with an offset of half or three quarters of an hour, in an engine that takes no such offset as a zone', () => {
  // 22:00 at +05:30 is 16:30 UTC: 22:15 in Kathmandu (+05:45), 17:30 in Zurich (CET, +01:00).
  // Node's Intl refuses "+05:30" as a zone: the times are written all the same.
  const dir = scratch();
  const file = join(dir, 'offsets.json');
  writeFileSync(file, JSON.stringify({ plenary: 1, id: 'offsets', title: 'Offsets only', start: '2026-03-28T22:00+05:30', end: '2026-03-29T01:00+05:30', displayZones: ['Asia/Kathmandu', 'Europe/Zurich'] }));
  for (const args of [['render', file], ['render', file, '--show', 'schedule'], ['embed', file, '--fallback']]) {
    const { status, stdout, stderr } = run(args);
    noStack(stderr);
    assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
    if (args[0] === 'render') {
      const html = stdout.replace(/[\u202f\u2009]/g, ' ');
      assert.match(html, />Sat, Mar 28, 10:15 PM<\/time> – <time datetime="2026-03-29T01:15\+05:45">Sun, Mar 29, 1:15 AM<\/time><\/td>\s*<td><span dir="ltr">UTC\+5:45<\/span>/);
      // In Zurich both on the Saturday: the date once.
      assert.match(html, />Sat, Mar 28, 5:30 PM<\/time> – <time datetime="2026-03-28T20:30\+01:00">8:30 PM<\/time>/);
    }
  }
  const card = run(['render', file, '--show', 'card']).stdout.replace(/[\u202f\u2009]/g, ' ');
  assert.match(card, />Saturday, March 28, 2026 at 10:00 PM<\/time> – <time datetime="2026-03-29T01:00\+05:30">Sunday, March 29, 2026 at 1:00 AM<\/time> <span dir="ltr">UTC\+5:30<\/span>/);
});

test('render: a time across a change of the clocks names the zone at each end', () => {
  // Zurich: CET (+1) until 29 March 2026 01:00 UTC, then CEST (+2). 01:30 CET is 00:30 UTC, 03:30 CEST 01:30 UTC.
  const dir = scratch();
  const file = join(dir, 'night.json');
  writeFileSync(file, JSON.stringify({ plenary: 1, id: 'night', title: 'Night', start: '2026-03-29T01:30', end: '2026-03-29T03:30', timeZone: 'Europe/Zurich', sessions: [{ id: 's', title: 'Drafting', start: '2026-03-29T01:30', end: '2026-03-29T03:30' }] }));
  const html = run(['render', file]).stdout.replace(/[\u202f\u2009]/g, ' ');
  assert.match(html, />1:30 AM<\/time> <span dir="ltr">UTC\+1<\/span> – <time datetime="2026-03-29T03:30\+02:00">3:30 AM<\/time> <span dir="ltr">UTC\+2<\/span><\/dd>/);
  assert.match(html, /<p><time datetime="2026-03-29T01:30\+01:00">1:30 AM<\/time> <span dir="ltr">UTC\+1<\/span> – <time datetime="2026-03-29T03:30\+02:00">3:30 AM<\/time> <span dir="ltr">UTC\+2<\/span><\/p>/);
});

test('render: descriptor text is escaped, unsafe addresses are text, relative ones linked only against --base', () => {
  const dir = scratch();
  const file = join(dir, 'event.json');
  writeFileSync(
    file,
    JSON.stringify({
      plenary: 1,
      id: 'budget-2026-05-04',
      title: 'Budget <script>alert(1)</script> & "Q&A"',
      timeZone: 'Europe/Rome',
      start: '2026-05-04T10:00',
      end: '2026-05-04T12:00',
      documents: [
        { title: 'Agenda <b>draft</b>', url: 'javascript:alert(1)', kind: 'agenda' },
        { title: 'Report', url: '/docs/report.pdf', kind: 'report' },
      ],
      contacts: [{ name: 'Ana "<img src=x onerror=alert(1)>"', email: 'ana@example.org' }],
    }),
  );
  const plain = run(['render', file]);
  assert.equal(plain.status, 0);
  assert.match(plain.stdout, /<h2>Budget &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; "Q&amp;A"<\/h2>/);
  assert.match(plain.stdout, /<li>Agenda &lt;b&gt;draft&lt;\/b&gt;<\/li>/);
  assert.match(plain.stdout, /<li>Report<\/li>/);
  assert.match(plain.stdout, /<li>Ana "&lt;img src=x onerror=alert\(1\)&gt;"<br>/);
  assert.doesNotMatch(plain.stdout, /<script|<b>|<img|javascript:|file:/);
  assert.match(plain.stderr, /gives an address relative to where it is published; they are shown as text, not links\. Add --base/);
  // The javascript: address, and the HTML in the title, the document's title and the contact's name.
  assert.match(plain.stderr, /has 4 warnings \(plenary validate .* lists them\)/);
  noStack(plain.stderr);

  const based = run(['render', file, '--base', 'https://example.org/events/budget.json']);
  assert.equal(based.status, 0);
  assert.match(based.stdout, /<li><a href="https:\/\/example\.org\/docs\/report\.pdf">Report<\/a><\/li>/);
  assert.doesNotMatch(based.stderr, /relative/);
});

test('render: bad input gets one clear sentence, never a stack trace', () => {
  const cases = [
    [['render'], 2, /plenary render: name one descriptor file or address\./],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--show', 'timeline'], 2, /--show takes event, card, schedule, agenda, documents, contacts, not "timeline"/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--show', 'join'], 2, /--show join: what <plenary-join> shows depends on the moment it is seen, so it has no pre-rendered fallback/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'english!'], 2, /--lang takes a language tag such as "fr" or "es-MX", not "english!"/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--show', 'agenda', '--heading-level', '9'], 2, /--heading-level takes a level from 2 to 6/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--show', 'schedule', '--heading-level', '3'], 2, /--heading-level is for the event page, card, agenda, documents or contacts: the schedule has no heading/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--base', 'ftp://example.org/x.json'], 2, /--base takes the descriptor's http or https address on the site, not "ftp:\/\/example\.org\/x\.json"/],
    [['render', 'examples/unpog-webinar-2020-10-13.json', '--colour'], 2, /plenary render: Unknown option '--colour'/],
    [['render', 'nowhere.json'], 2, /^plenary render: nowhere\.json cannot be read: no such file$/m],
    [['render', 'examples'], 2, /^plenary render: examples cannot be read: is a directory, not a file$/m],
    [['render', 'test/fixtures/cli/syntax-error.json'], 2, /^plenary render: test\/fixtures\/cli\/syntax-error\.json:\d+:\d+: not valid JSON: /m],
    [['render', 'test/fixtures/cli/ten-mistakes.json'], 1, /^plenary render: test\/fixtures\/cli\/ten-mistakes\.json has errors; fix them first \(plenary validate test\/fixtures\/cli\/ten-mistakes\.json\):\n(  test\/fixtures\/cli\/ten-mistakes\.json:\d+:\d+  .*\n){8}$/],
  ];
  for (const [args, status, message] of cases) {
    const result = run(args);
    assert.equal(result.status, status, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
    noStack(result.stderr);
  }
});

test('render: the venue with its address beside the way online, for those who come in person', () => {
  const { status, stdout } = run(['render', 'examples/hybrid-forum.json', '--show', 'card']);
  assert.equal(status, 0);
  assert.match(stdout, /<p>In person and online\u00a0· Microsoft Teams\u00a0· United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok 10200, Thailand<\/p>/);
});

test('validate: a descriptor larger than the elements read is an error that says so; one nested thousands deep cannot be read; never a stack trace', () => {
  const dir = scratch();
  const big = join(dir, 'big.json');
  const descriptor = JSON.parse(readFileSync(SEED, 'utf8'));
  writeFileSync(big, JSON.stringify({ ...descriptor, description: 'x'.repeat(2_100_000) }));
  const large = run(['validate', big]);
  assert.equal(large.status, 1);
  assert.match(large.stdout, /big\.json:1:1 {2}error {4}The file is 2\.1 MB; the elements read descriptors up to 2 MB, and every visitor downloads all of it\./);
  const deep = join(dir, 'deep.json');
  writeFileSync(deep, `${'['.repeat(20_000)}${']'.repeat(20_000)}`);
  const nested = run(['validate', deep]);
  assert.equal(nested.status, 2);
  assert.match(nested.stdout, /deep\.json: cannot be read: has objects or lists nested thousands deep/);
  noStack(nested.stdout + nested.stderr);
  const rendered = run(['render', deep]);
  assert.equal(rendered.status, 2);
  assert.match(rendered.stderr, /nested thousands deep/);
  noStack(rendered.stderr);
});

test('a file that cannot be written: one sentence that says why, exit 2, never a stack trace', () => {
  const dir = scratch();
  const missing = join(dir, 'no-such-folder');
  const cases = [
    [['new', join(missing, 'event.json')], /^plenary new: cannot write .*no-such-folder\/event\.json: the folder .*no-such-folder does not exist; create it first/],
    [['new', dir, '--force'], /^plenary new: cannot write .*: it is a folder; name a file/],
    [['ics', SEED, '-o', join(missing, 'event.ics')], /^plenary ics: cannot write .*event\.ics: the folder .*no-such-folder does not exist/],
    [['render', SEED, '-o', join(missing, 'fallback.html')], /^plenary render: cannot write .*fallback\.html: the folder .*no-such-folder does not exist/],
    [['render', SEED, '-o', dir], /^plenary render: cannot write .*: it is a folder; name a file/],
  ];
  for (const [args, message] of cases) {
    const result = run(args);
    assert.equal(result.status, 2, args.join(' '));
    assert.match(result.stderr, message, args.join(' '));
    assert.equal(result.stdout, '', args.join(' '));
    noStack(result.stderr);
  }
  assert.equal(existsSync(missing), false, 'no folder is made');
});

test('render -o writes the file; embed --fallback puts the rendering inside the element', () => {
  const dir = scratch();
  const out = join(dir, 'fallback.html');
  const written = run(['render', 'examples/cancelled-webinar.json', '--show', 'card', '-o', out]);
  assert.equal(written.status, 0);
  assert.equal(written.stdout, `Wrote ${out}.\n`);
  assert.equal(readFileSync(out, 'utf8'), run(['render', 'examples/cancelled-webinar.json', '--show', 'card']).stdout);
  assert.match(readFileSync(out, 'utf8'), /<p><strong>Cancelled<\/strong><\/p>/);

  const embed = run(['embed', 'examples/unpog-webinar-2020-10-13.json', '--fallback', '--lang', 'fr']);
  assert.equal(embed.status, 0, embed.stderr);
  const rendered = run(['render', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'fr']).stdout;
  const inside = rendered.trimEnd().split('\n').map((l) => `  ${l}`).join('\n');
  assert.ok(embed.stdout.includes(`<plenary-event src="examples/unpog-webinar-2020-10-13.json" lang="fr">\n${inside}\n</plenary-event>\n`));
  assert.equal(run(['embed', 'examples/unpog-webinar-2020-10-13.json', '--lang', 'x y']).status, 2);
});

test('the benchmark page with a pre-rendered fallback holds what plenary render prints today', () => {
  const page = readFileSync(join(ROOT, 'bench', 'pages', 'seed-prerendered.html'), 'utf8');
  const inside = /<plenary-event [^>]*>\n([\s\S]*?)\n\s*<\/plenary-event>/.exec(page)?.[1];
  assert.ok(inside, 'the page has a <plenary-event> with a fallback inside');
  // Compared as text between tags, whatever the indentation (and the spaces Intl puts in times).
  const tidy = (html) => html.replace(/[\s\u202f\u2009\u00a0]+/g, ' ').replace(/> </g, '><').trim();
  const printed = run(['render', 'examples/unpog-webinar-2020-10-13.json']).stdout;
  assert.ok(tidy(inside) === tidy(printed), 'bench/pages/seed-prerendered.html is out of date: put the output of `plenary render examples/unpog-webinar-2020-10-13.json` inside its <plenary-event>');
});
