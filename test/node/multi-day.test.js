// The one line `plenary embed` puts inside the element for a meeting of several days:
// a range of dates, and the hours once when every day keeps them. Expected text by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BIN = new URL('../../bin/plenary.js', import.meta.url).pathname;

/** What `plenary <command> <descriptor file> …args` prints for `descriptor`. */
function printed(descriptor, command, ...args) {
  const dir = mkdtempSync(join(tmpdir(), 'plenary-multi-day-'));
  try {
    const file = join(dir, 'meeting.json');
    writeFileSync(file, JSON.stringify(descriptor));
    return execFileSync('node', [BIN, command, file, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Intl writes narrow and thin spaces around times and dashes: read them as spaces.
const spaced = (text) => text.replace(/[\u202f\u2009\u00a0]/g, ' ');

/** The text of the line `plenary embed` puts inside the element, without its tags. */
function embedText(descriptor) {
  return spaced(printed(descriptor, 'embed').match(/<p[^>]*>(.*)<\/p>/)[1].replace(/<[^>]+>/g, ''));
}

const session = (id, day, start, end) => ({ id, title: `Session ${id}`, start: `2027-03-${day}T${start}`, end: `2027-03-${day}T${end}` });

test('a two-day meeting in Geneva: both dates and the hours kept each day', () => {
  const text = embedText({
    plenary: 1,
    title: 'Two days in Geneva',
    timeZone: 'Europe/Zurich',
    start: '2027-03-15T09:30',
    end: '2027-03-16T17:00',
    sessions: [session('1', 15, '09:30', '12:30'), session('2', 15, '14:00', '17:00'), session('3', 16, '09:30', '12:30'), session('4', 16, '14:00', '17:00')],
  });
  // Zurich keeps UTC+1 until 28 March 2027.
  assert.equal(text, 'Two days in Geneva, Monday, March 15 – Tuesday, March 16, 2027, 9:30 AM – 5:00 PM each day UTC+1');
});

test('a meeting with a weekend without sessions: the runs of its days, not a range that takes the weekend in', () => {
  const day = (d) => [
    { id: `am${d}`, title: `Morning of the ${d}th`, start: `2027-10-${d}T10:00`, end: `2027-10-${d}T13:00` },
    { id: `pm${d}`, title: `Afternoon of the ${d}th`, start: `2027-10-${d}T15:00`, end: `2027-10-${d}T18:00` },
  ];
  const text = embedText({
    plenary: 1,
    title: 'A weekend between',
    timeZone: 'Europe/Zurich',
    start: '2027-10-15T10:00',
    end: '2027-10-19T18:00',
    sessions: [...day('15'), ...day('18'), ...day('19')],
  });
  // Zurich keeps UTC+2 until 31 October 2027.
  assert.equal(text, 'A weekend between, Friday, October 15, 2027 and Monday, October 18 – Tuesday, October 19, 2027, 10:00 AM – 6:00 PM each day UTC+2');
});

/** Geneva, 15 March 2027 9:30–17:00 and 16 March 10:00–13:00: other hours each day. */
const unevenDays = () => ({
  plenary: 1,
  title: 'Uneven days',
  timeZone: 'Europe/Zurich',
  start: '2027-03-15T09:30',
  end: '2027-03-16T13:00',
  sessions: [session('1', 15, '09:30', '17:00'), session('2', 16, '10:00', '13:00')],
});

test('a meeting whose days have different hours: start and end with their dates', () => {
  assert.match(embedText(unevenDays()), /^Uneven days, Monday, March 15, 2027(,| at) 9:30 AM – Tuesday, March 16, 2027(,| at) 1:00 PM UTC\+1$/);
});

test("render: a meeting whose hours differ from day to day gives each day's hours, a line each, as the card does", () => {
  const card = printed(unevenDays(), 'render', '--show', 'card');
  const lines = card
    .match(/<dd>(.*)<\/dd>/)[1]
    .split('<br>')
    .map((l) => spaced(l.replace(/<[^>]+>/g, '')));
  // Zurich keeps UTC+1 until 28 March 2027.
  assert.deepEqual(lines, ['Monday, March 15, 2027, 9:30 AM – 5:00 PM', 'Tuesday, March 16, 2027, 10:00 AM – 1:00 PM UTC+1']);
});

test('a one-day event keeps its one date, with its start and end', () => {
  const text = embedText({ plenary: 1, title: 'One day', timeZone: 'America/New_York', start: '2020-10-13T07:00', end: '2020-10-13T10:20' });
  // New York keeps EDT (UTC−4) in October 2020.
  assert.equal(text, 'One day, Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT');
});
