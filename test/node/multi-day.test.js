// The one line `plenary embed` puts inside the element for a meeting of several days:
// a range of dates, and the hours once when every day keeps them. Expected text by hand.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/**
 * The rows of the table `plenary render --show schedule` prints: each row's cells as HTML, spaces made plain.
 * Zurich keeps CET (UTC+1) in March 2027; New York is on EST (UTC−5) until the 14th, then EDT (UTC−4); Seoul and
 * Tokyo keep UTC+9. 9:30–17:00 in Zurich is 08:30–16:00 UTC: 3:30–11:00 AM in New York on the 12th, 4:30 AM –
 * 12:00 PM from the 15th; 5:30 PM to 1:00 AM the next day in Seoul. The meetings are in test/fixtures/uneven-days/.
 */
function scheduleTable(descriptor) {
  const html = spaced(printed(descriptor, 'render', '--show', 'schedule'));
  return {
    date: html.match(/<p><strong>(.*)<\/strong><\/p>/)[1],
    head: [...html.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((m) => m[1]),
    rows: [...html.matchAll(/<tr>\n\s+<th scope="row">([\s\S]*?)\n\s+<\/tr>/g)].map((m) => m[1].split(/\n\s+/).map((cell) => cell.replace(/^<t[dh][^>]*>|<\/t[dh]>$/g, ''))),
  };
}

/** A meeting of test/fixtures/uneven-days/. */
const meeting = (name) => JSON.parse(readFileSync(new URL(`../fixtures/uneven-days/${name}.json`, import.meta.url), 'utf8'));

test("render: a meeting across New York's change of clocks: its row a line for each group of days, the others the hours of each day with their dates", () => {
  const table = scheduleTable(meeting('across-new-york-change'));
  assert.equal(table.date, '<time datetime="2027-03-12">Friday, March 12, 2027 and Monday, March 15 – Tuesday, March 16, 2027</time>');
  assert.deepEqual(table.head, ['Place', 'Time', 'Time zone']);
  assert.deepEqual(table.rows, [
    ['Zurich', '<time datetime="2027-03-12T09:30+01:00">Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16</time>, 9:30 AM – 5:00 PM each day', '<span dir="ltr">UTC+1</span>'],
    [
      'New York',
      '<time datetime="2027-03-12T03:30-05:00">Fri, Mar 12</time>, 3:30 – 11:00 AM<br><time datetime="2027-03-15T04:30-04:00">Mon, Mar 15 – Tue, Mar 16</time>, 4:30 AM – 12:00 PM each day',
      '<span dir="ltr">EST → EDT</span>',
    ],
    [
      'Seoul',
      '<time datetime="2027-03-12T17:30+09:00">Fri, Mar 12 and Mon, Mar 15 – Tue, Mar 16</time>, 5:30 PM – 1:00 AM<sup dir="ltr" title="(next day)">+1</sup> each day',
      '<span dir="ltr">UTC+9</span>',
    ],
  ]);
});

test("render: the organizers' hours differ from day to day: a line for each day; more than three groups: the start and the end with their dates", () => {
  // Monday 9:30–17:00, Tuesday 9:30–12:30 in Zurich: 08:30–16:00 and 08:30–11:30 UTC.
  const uneven = scheduleTable(meeting('shorter-second-day'));
  assert.equal(uneven.date, '<time datetime="2027-03-15">Monday, March 15 – Tuesday, March 16, 2027</time>');
  assert.deepEqual(uneven.rows, [
    [
      'Zurich',
      '<time datetime="2027-03-15T09:30+01:00">Mon, Mar 15</time>, 9:30 AM – 5:00 PM<br><time datetime="2027-03-16T09:30+01:00">Tue, Mar 16</time>, 9:30 AM – 12:30 PM',
      '<span dir="ltr">UTC+1</span>',
    ],
    [
      'Tokyo',
      '<time datetime="2027-03-15T17:30+09:00">Mon, Mar 15</time>, 5:30 PM – 1:00 AM<sup dir="ltr" title="(next day)">+1</sup><br><time datetime="2027-03-16T17:30+09:00">Tue, Mar 16</time>, 5:30 – 8:30 PM',
      '<span dir="ltr">UTC+9</span>',
    ],
  ]);
  // Four days, each opening an hour later in Zurich (9:00, 10:00, 11:00, 12:00 to 17:00; 08:00 to 16:00 UTC on the first): 4:00 AM to 12:00 PM in New York (EDT).
  const later = scheduleTable(meeting('four-openings'));
  assert.deepEqual(later.rows, [
    ['Zurich', '<time datetime="2027-03-15T09:00+01:00">Mon, Mar 15, 9:00 AM</time> – <time datetime="2027-03-18T17:00+01:00">Thu, Mar 18, 5:00 PM</time>', '<span dir="ltr">UTC+1</span>'],
    [
      'New York',
      '<time datetime="2027-03-15T04:00-04:00">Mon, Mar 15, 4:00 AM</time> – <time datetime="2027-03-18T12:00-04:00">Thu, Mar 18, 12:00 PM</time>',
      '<span dir="ltr">EDT</span>',
    ],
  ]);
});

test('a one-day event keeps its one date, with its start and end', () => {
  const text = embedText({ plenary: 1, title: 'One day', timeZone: 'America/New_York', start: '2020-10-13T07:00', end: '2020-10-13T10:20' });
  // New York keeps EDT (UTC−4) in October 2020.
  assert.equal(text, 'One day, Tuesday, October 13, 2020, 7:00 AM – 10:20 AM EDT');
});

/**
 * A webinar across New York's midnight: Thursday 10 June 2027, 11:30 PM (EDT, UTC−4), to Friday the 11th,
 * 1:00 AM, that is 03:30–05:00 UTC; its second session begins after midnight, a quarter of an hour after
 * the first ends. Kathmandu (+5:45): Friday 9:15–10:45 AM; Honolulu (HST, −10): Thursday 5:30–7:00 PM.
 */
const lateWebinar = () => ({
  plenary: 1,
  title: 'Late webinar',
  timeZone: 'America/New_York',
  start: '2027-06-10T23:30',
  end: '2027-06-11T01:00',
  displayZones: ['America/New_York', 'Asia/Kathmandu', 'Pacific/Honolulu'],
  sessions: [
    { id: 'before', title: 'Before midnight', start: '2027-06-10T23:30', end: '2027-06-11T00:15' },
    { id: 'after', title: 'After midnight', start: '2027-06-11T00:30', end: '2027-06-11T01:00' },
  ],
});

test("render: a webinar across the organizers' midnight: each row's date once where it falls on one date there", () => {
  assert.deepEqual(scheduleTable(lateWebinar()).rows, [
    ['New York', '<time datetime="2027-06-10T23:30-04:00">Thu, Jun 10, 11:30 PM</time> – <time datetime="2027-06-11T01:00-04:00">Fri, Jun 11, 1:00 AM</time>', '<span dir="ltr">EDT</span>'],
    ['Kathmandu', '<time datetime="2027-06-11T09:15+05:45">Fri, Jun 11, 9:15 AM</time> – <time datetime="2027-06-11T10:45+05:45">10:45 AM</time>', '<span dir="ltr">UTC+5:45</span>'],
    ['Honolulu', '<time datetime="2027-06-10T17:30-10:00">Thu, Jun 10, 5:30 PM</time> – <time datetime="2027-06-10T19:00-10:00">7:00 PM</time>', '<span dir="ltr">HST</span>'],
  ]);
});

test("render: a webinar across the organizers' midnight is one sitting: its programme numbers no days", () => {
  const agenda = spaced(printed(lateWebinar(), 'render', '--show', 'agenda'));
  assert.doesNotMatch(agenda, /Day \d/);
  assert.deepEqual(
    [...agenda.matchAll(/<h3>(.*)<\/h3>/g)].map((m) => m[1]),
    ['Before midnight', 'After midnight'],
  );
  assert.match(agenda, /<time datetime="2027-06-11">Fri, Jun 11<\/time>, <time datetime="2027-06-11T00:30-04:00">12:30 AM<\/time> – <time datetime="2027-06-11T01:00-04:00">1:00 AM<\/time>/);
});

test("render: a webinar whose one session runs on past the organizers' midnight numbers no days", () => {
  // New York (EDT), Thursday 10 June 2027, 11:00 PM – 1:00 AM on Friday the 11th: one sitting, not a "Day 1" of more.
  const agenda = spaced(
    printed(
      {
        plenary: 1,
        title: 'Late webinar',
        timeZone: 'America/New_York',
        start: '2027-06-10T23:00',
        end: '2027-06-11T01:00',
        sessions: [{ id: 'whole', title: 'Webinar', start: '2027-06-10T23:00', end: '2027-06-11T01:00' }],
      },
      'render',
      '--show',
      'agenda',
    ),
  );
  assert.doesNotMatch(agenda, /Day \d/);
  assert.deepEqual(
    [...agenda.matchAll(/<h3>(.*)<\/h3>/g)].map((m) => m[1]),
    ['Webinar'],
  );
  assert.match(agenda, /<time datetime="2027-06-10T23:00-04:00">11:00 PM<\/time> – <time datetime="2027-06-11T01:00-04:00">1:00 AM<\/time> ends next day/);
});
