// A TypeScript project that installs Plenary from its packed tarball, as a
// consumer gets it from the registry, type-checks against Plenary's public
// types: strict, with Plenary's own declarations checked too (skipLibCheck off),
// in "bundler" and in "node16" module resolution. A type the declarations need
// from a package Plenary does not depend on shows up here as an error.
//
// The tarball is installed offline with npm ci, from a lock file made of the
// repository's own lock entries for the dependencies the tarball declares: npm
// takes them from its cache, where `npm ci` of the repository put them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** Every element: its name in `plenary/<name>-element.js`, its tag and its class. */
const ELEMENTS = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'].map((name) => ({
  name,
  tag: `plenary-${name}`,
  className: `Plenary${name[0].toUpperCase()}${name.slice(1)}Element`,
}));

// What a consumer writes. It is only type-checked, never run.
const CONSUMER = `
import { resolve, validate, PlenaryLoadEvent, type PlenaryEvent, type Session, type Problem, type PlenaryErrorDetail } from 'plenary';
import * as descriptor from 'plenary/descriptor.js';
import { resolveWithDateTimes, toDateTime, type DateTimeEvent } from 'plenary/luxon.js';
${ELEMENTS.map((e) => `import { ${e.className} } from 'plenary/${e.name}-element.js';`).join('\n')}

/** false when T is any: a type that could not be found turns into any. */
type Known<T> = 0 extends 1 & T ? false : true;

const json: unknown = JSON.parse('{}');

// The descriptor functions, from the package and from plenary/descriptor.js.
const problems: readonly Problem[] = validate(json).errors;
const messages: string[] = [...problems, ...descriptor.validate(json).warnings].map((p) => p.path + ': ' + p.message);
const event: PlenaryEvent = resolve(json, { baseUrl: 'https://example.org/events/' });
const same: descriptor.PlenaryEvent = descriptor.resolve(json);
const read = descriptor.read(json);
const readTitle: string = read.ok ? read.event.title.in('en') : read.errors.map((e) => e.message).join();

// The resolved event's fields.
const title: string = event.title.in('fr');
const picked: { text: string; lang: string } = event.title.pick('ar');
const series: string | undefined = event.series?.in('en');
const startMs: number = event.start;
const endMs: number = same.end;
const zone: string = event.timeZone;
const first: Session | undefined = event.sessions[0];
const sessionTitle: string | undefined = first?.title.in('en');
const sessionStart: number | undefined = first?.start;
const speakers: string[] = event.speakers.map((p) => p.name.in('en'));
const joinUrl: string | undefined = event.join?.url;
const opens: number | undefined = event.join?.opensMinutesBefore;
const venue: string | undefined = event.venue?.name.in('en');
const zones: string[] = event.displayZones.map((z) => z.zone + ' ' + z.label.in('en'));
const documents: string[] = event.documents.map((d) => d.kind + ' ' + d.title.in('en') + ' ' + (d.url ?? ''));
const contacts: (string | undefined)[] = event.contacts.map((c) => c.emailUrl ?? c.phoneUrl);
const known: [Known<PlenaryEvent['start']>, Known<PlenaryEvent['end']>, Known<PlenaryEvent['timeZone']>, Known<Session['start']>, Known<Session['end']>] = [true, true, true, true, true];

// The times as luxon DateTimes, from plenary/luxon.js.
const withDates: DateTimeEvent = resolveWithDateTimes(json);
const seoulHour: number = withDates.start.setZone('Asia/Seoul').hour;
const sessionMs: number | undefined = withDates.sessions[0]?.end?.toMillis();
const opening: number = toDateTime(event.start, event.timeZone).toMillis();
const knownDates: [Known<DateTimeEvent['start']>, Known<ReturnType<typeof toDateTime>>] = [true, true];

// The element classes, their public properties, the tags they are known by.
const card: ${ELEMENTS[1].className} = document.createElement('plenary-card');
card.src = 'https://example.org/events/forum.json';
card.zone = 'Asia/Kathmandu';
card.now = '2030-06-01T09:00:00Z';
card.event = json;
card.headingLevel = '3';
card.structuredData = true;
const status: 'loading' | 'ready' | 'error' = card.status;
const shown: PlenaryEvent | undefined = card.resolved;
const provider: PlenaryEventElement = document.createElement('plenary-event');
provider.structuredData = false;
const schedule: PlenaryScheduleElement | null = document.querySelector('plenary-schedule');
if (schedule) schedule.zones = 'Europe/Rome Asia/Seoul';
const join: PlenaryJoinElement = document.createElement('plenary-join');
join.now = '2030-06-01T08:55:00Z';
document.querySelectorAll('plenary-agenda').forEach((agenda: PlenaryAgendaElement) => (agenda.headingLevel = '4'));
const docs: PlenaryDocumentsElement = document.createElement('plenary-documents');
docs.headingLevel = '2';
const people: PlenaryContactsElement | null = document.querySelector('plenary-contacts');
if (people) people.headingLevel = '2';
const calendar: PlenaryCalendarElement = document.createElement('plenary-calendar');
calendar.event = Promise.resolve(json);
const src: string | undefined = calendar.src;

// An app may register a class under its own tag.
class SiteCard extends PlenaryCardElement {}
customElements.define('site-card', SiteCard);

// The events, with their detail.
document.addEventListener('plenary-load', (e) => {
  const loaded: PlenaryEvent = e.detail;
  const start: number = e.detail.start;
  const isLoad: boolean = e instanceof PlenaryLoadEvent;
  console.log(loaded.title.in('en'), start, isLoad);
});
document.addEventListener('plenary-error', (e) => {
  const detail: PlenaryErrorDetail = e.detail;
  const firstError: string | undefined = e.detail.errors[0]?.message;
  const url: string | undefined = detail.url;
  console.log(firstError, url);
});
card.addEventListener('plenary-load', (e) => console.log(e.detail.sessions.length));

console.log(messages, readTitle, title, picked, series, startMs, endMs, zone, seoulHour, sessionMs, opening, knownDates, sessionTitle, sessionStart, speakers, joinUrl, opens, venue, zones, documents, contacts, known, status, shown, src);
`;

// One element's entry alone brings its tag's type.
const ONE_ELEMENT = `
import { PlenaryJoinElement } from 'plenary/join-element.js';

const join: PlenaryJoinElement = document.createElement('plenary-join');
const found: PlenaryJoinElement | null = document.querySelector('plenary-join');
join.zone = found?.zone ?? 'UTC';
`;

const compilerOptions = {
  strict: true,
  // Plenary's declarations (and lit's, and luxon's) are checked; TypeScript's own lib files are not: they take the time.
  skipLibCheck: false,
  skipDefaultLibCheck: true,
  noUncheckedIndexedAccess: true,
  target: 'ES2022',
  lib: ['ES2022', 'DOM'],
  types: [],
  noEmit: true,
};
const PROJECTS = {
  bundler: { compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' }, files: ['consumer.ts'] },
  node16: { compilerOptions: { ...compilerOptions, module: 'Node16', moduleResolution: 'node16' }, files: ['consumer.ts'] },
  'one-element': { compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'bundler' }, files: ['one-element.ts'] },
};

/** The repository's lock entries for `dependencies` and everything they need, found the way Node finds packages. */
function lockEntries(dependencies) {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const find = (from, name) => {
    for (let at = from; ; at = at.slice(0, Math.max(0, at.lastIndexOf('/node_modules/')))) {
      const key = `${at ? `${at}/` : ''}node_modules/${name}`;
      if (lock.packages[key]) return key;
      if (!at) return undefined;
    }
  };
  const entries = {};
  const queue = [['', dependencies]];
  while (queue.length > 0) {
    const [from, needs] = queue.pop();
    for (const name of Object.keys(needs ?? {})) {
      const key = find(from, name);
      if (!key) throw new Error(`${name} (needed by ${from || 'plenary'}) is not in package-lock.json: run npm install`);
      if (entries[key]) continue;
      const { dev, devOptional, peer, ...entry } = lock.packages[key];
      entries[key] = entry;
      queue.push([key, entry.dependencies]);
    }
  }
  return entries;
}

let dir;
const runs = {};

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'plenary-consumer-'));
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', dir], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tarball = `file:../${packed.filename}`;
  const shipped = JSON.parse(execFileSync('tar', ['-xOzf', join(dir, packed.filename), 'package/package.json'], { encoding: 'utf8' }));

  const app = join(dir, 'app');
  mkdirSync(app);
  const manifest = { name: 'consumer', version: '1.0.0', private: true, type: 'module', dependencies: { plenary: tarball } };
  writeFileSync(join(app, 'package.json'), JSON.stringify(manifest, null, 2));
  const packages = { '': { name: manifest.name, version: manifest.version, dependencies: manifest.dependencies }, 'node_modules/plenary': { version: shipped.version, resolved: tarball, dependencies: shipped.dependencies ?? {} } };
  Object.assign(packages, lockEntries(shipped.dependencies));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: manifest.name, version: manifest.version, lockfileVersion: 3, requires: true, packages }, null, 2));
  execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  writeFileSync(join(app, 'consumer.ts'), CONSUMER);
  writeFileSync(join(app, 'one-element.ts'), ONE_ELEMENT);
  for (const [name, project] of Object.entries(PROJECTS)) {
    writeFileSync(join(app, `tsconfig.${name}.json`), JSON.stringify(project, null, 2));
    runs[name] = new Promise((done) => {
      execFile(process.execPath, [TSC, '-p', `tsconfig.${name}.json`, '--pretty', 'false'], { cwd: app, encoding: 'utf8' }, (error, stdout, stderr) => done({ code: error ? (error.code ?? 1) : 0, output: stdout + stderr }));
    });
  }
});

after(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the packed tarball installs offline, with its types', () => {
  const installed = JSON.parse(readFileSync(join(dir, 'app', 'node_modules', 'plenary', 'package.json'), 'utf8'));
  const ours = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.equal(installed.version, ours.version);
  assert.ok(existsSync(join(dir, 'app', 'node_modules', 'plenary', 'dist', 'npm', 'index.d.ts')));
});

test('a strict consumer type-checks against the packed package (moduleResolution bundler)', async () => {
  const { code, output } = await runs.bundler;
  assert.equal(output.trim(), '', 'no type errors');
  assert.equal(code, 0);
});

test('a strict consumer type-checks against the packed package (moduleResolution node16)', async () => {
  const { code, output } = await runs.node16;
  assert.equal(output.trim(), '', 'no type errors');
  assert.equal(code, 0);
});

test("importing one element's class entry gives its tag in HTMLElementTagNameMap", async () => {
  const { code, output } = await runs['one-element'];
  assert.equal(output.trim(), '', 'no type errors');
  assert.equal(code, 0);
});
