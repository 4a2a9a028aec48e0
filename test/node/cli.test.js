// The `plenary` command, run as a user runs it: a child process on real files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'plenary.js');
const SEED = join(ROOT, 'examples', 'unpog-webinar-2020-10-13.json');
const TEN = join(ROOT, 'test', 'fixtures', 'cli', 'ten-mistakes.json');
const SYNTAX = join(ROOT, 'test', 'fixtures', 'cli', 'syntax-error.json');
const run = (args, options = {}) => spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', ...options });
const scratch = () => mkdtempSync(join(tmpdir(), 'plenary-cli-'));

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
    { "title": "Session 1: Strategies", "start": "2020-10-13T07:00", "end": "2020-10-13T08:00" },
    { "title": "Session 2: Setting the scene", "start": "2020-10-13T08:00", "end": "2020-10-13T09:00" },
    { "title": "Session 2: Building capacities", "start": "2020-10-13T06:00", "end": "2020-10-13T10:00" }
  ]
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

test('embed: prints the HTML to paste, for a file and for an address', async () => {
  const file = run(['embed', 'examples/unpog-webinar-2020-10-13.json']);
  assert.equal(file.status, 0);
  assert.match(file.stdout, /<script type="module" src="https:\/\/unpkg\.com\/plenary@[\d.]+\/dist\/plenary\.js"><\/script>/);
  assert.match(file.stdout, /<plenary-event src="examples\/unpog-webinar-2020-10-13\.json">/);
  assert.match(file.stdout, /Accelerating Digital Transformation .*, Tuesday, October 13, 2020, 7:00\s–\s10:20\sAM \(America\/New_York time\)/);
  assert.match(file.stdout, /Publish examples\/unpog-webinar-2020-10-13\.json on your site/);

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

test('preview: serves the event on 127.0.0.1, lists the problems, and signals a change of the file', async () => {
  const dir = scratch();
  const file = join(dir, 'event.json');
  writeFileSync(file, readFileSync(SEED));
  const child = spawn(process.execPath, [BIN, 'preview', file, '--port', '0'], { cwd: ROOT });
  try {
    const url = await new Promise((ok, fail) => {
      let out = '';
      child.stdout.on('data', (d) => {
        out += d;
        const m = /at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
        if (m) ok(m[1]);
      });
      child.on('close', () => fail(new Error(`preview stopped: ${out}`)));
    });
    const page = await (await fetch(url)).text();
    assert.match(page, /<plenary-event src="\/__plenary\/event\.json">/);
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
    child.kill('SIGTERM');
  }
});

test('an unknown command, or none, explains the usage; exit 2', () => {
  const unknown = run(['frobnicate']);
  assert.equal(unknown.status, 2);
  assert.match(unknown.stderr, /unknown command "frobnicate"/);
  assert.equal(run([]).status, 2);
  assert.equal(run(['--help']).status, 0);
  assert.match(run(['--help']).stdout, /plenary validate <file\.json>/);
});
