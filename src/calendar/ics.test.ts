import { expect } from '@open-wc/testing';
import ICAL from 'ical.js';
import { resolve } from '../descriptor/read.js';
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { buildIcs, escapeText, foldLine, icsDate, icsFileName } from './ics.js';
import { romeMeeting, seedDescriptor as seedJson } from '../../test/helpers.js';
import { inLocale } from '../i18n/msg.js';
import { templates as fr } from '../i18n/generated/fr.js';
import { templates as zh } from '../i18n/generated/zh.js';

const seed = async () => resolve(await seedJson());

const SEED_JOIN = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13';
const NOW = Date.UTC(2021, 0, 5, 9, 30, 15);

/** A small event in Rome: 15:00–16:30 on 2 March 2021 is 14:00–15:30 UTC (CET, UTC+1). */
const small = (patch: Record<string, unknown> = {}) =>
  resolve({
    plenary: 1,
    id: 'board-2021',
    title: 'Board meeting',
    timeZone: 'Europe/Rome',
    start: '2021-03-02T15:00',
    end: '2021-03-02T16:30',
    ...patch,
  });

const ics = (event: PlenaryEvent, pageUrl?: string) => buildIcs(event, { now: NOW, lang: 'en', pageUrl, productVersion: '1.2.3' });

/** The content lines, folds undone. */
const logicalLines = (text: string) => text.replace(/\r\n /g, '').split('\r\n').slice(0, -1);

/** The raw value of the first property called `name` (no parameters), still escaped. */
const rawValue = (text: string, name: string) => logicalLines(text).find((l) => l.startsWith(`${name}:`))?.slice(name.length + 1);

/** The file as UTF-8, cut at every CRLF: each physical line's own octets. */
function physicalLineOctets(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let from = 0;
  for (let i = 0; i < bytes.length - 1; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      lines.push(bytes.slice(from, i));
      from = i + 2;
      i++;
    }
  }
  expect(from, 'the file ends with CRLF').to.equal(bytes.length);
  return lines;
}

function vevent(text: string) {
  const component = new ICAL.Component(ICAL.parse(text));
  expect(component.name).to.equal('vcalendar');
  const events = component.getAllSubcomponents('vevent');
  expect(events).to.have.length(1);
  return events[0]!;
}

describe('buildIcs: the whole file', () => {
  it('writes every property of a small online event', () => {
    const event = small({
      summary: 'Quarterly review',
      join: { url: 'https://meet.example.org/board', platform: 'Zoom', meetingId: '123 456', passcode: 'abc' },
      organizers: [{ name: 'Board of Trustees; Rome' }],
      contacts: [{ name: 'Ms. A' }, { name: 'Mr. B', email: 'secretariat@example.org' }],
    });
    const expected = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//Plenary//Plenary 1.2.3//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'BEGIN:VEVENT',
      'UID:board-2021@plenary',
      'DTSTAMP:20210105T093015Z',
      'DTSTART:20210302T140000Z',
      'DTEND:20210302T153000Z',
      'SUMMARY:Board meeting',
      'ORGANIZER;CN="Board of Trustees; Rome":mailto:secretariat@example.org',
      'DESCRIPTION:Quarterly review\\n\\nJoin (Zoom): https://meet.example.org/board\\nMeeting ID: 123 456\\nPasscode: abc\\n\\nhttps://example.org/board',
      'URL:https://example.org/board',
      'LOCATION:https://meet.example.org/board',
      'STATUS:CONFIRMED',
      'SEQUENCE:0',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'TRIGGER:-PT15M',
      'DESCRIPTION:Board meeting',
      'END:VALARM',
      'END:VEVENT',
      'END:VCALENDAR',
    ];
    expect(logicalLines(ics(event, 'https://example.org/board'))).to.deep.equal(expected);
  });

  it('writes the seed event at 11:00–14:20 UTC (7:00–10:20 EDT, UTC−4)', async () => {
    const text = ics(await seed());
    expect(rawValue(text, 'DTSTART')).to.equal('20201013T110000Z');
    expect(rawValue(text, 'DTEND')).to.equal('20201013T142000Z');
    expect(rawValue(text, 'DTSTAMP')).to.equal('20210105T093015Z');
  });

  it('ends every line, the last one too, with CRLF and never with a bare LF or CR', async () => {
    const text = ics(await seed(), 'https://events.example.org/unpog');
    expect(text.endsWith('END:VCALENDAR\r\n')).to.equal(true);
    expect(/(?<!\r)\n/.test(text), 'bare LF').to.equal(false);
    expect(/\r(?!\n)/.test(text), 'bare CR').to.equal(false);
  });

  it('names the product without a version when none is given', () => {
    const text = buildIcs(small(), { now: NOW, lang: 'en' });
    expect(rawValue(text, 'PRODID')).to.equal('-//Plenary//Plenary//EN');
  });

  it('picks the texts in the language asked for', () => {
    const event = small({ title: { en: 'Webinar', ko: '웨비나' }, summary: { en: 'About', ko: '소개' } });
    const text = buildIcs(event, { now: NOW, lang: 'ko' });
    expect(rawValue(text, 'SUMMARY')).to.equal('웨비나');
    expect(rawValue(text, 'DESCRIPTION')).to.equal('소개');
  });

  it('leaves out DESCRIPTION, URL and LOCATION when there is nothing to say', () => {
    const names = logicalLines(buildIcs(small(), { now: NOW, lang: 'en', reminderMinutes: 0 })).map((l) => l.split(':')[0]);
    expect(names).not.to.include('DESCRIPTION');
    expect(names).not.to.include('URL');
    expect(names).not.to.include('LOCATION');
    expect(names).not.to.include('ORGANIZER');
  });

  it('says METHOD:PUBLISH only with an ORGANIZER, who needs an e-mail (RFC 5546 §3.2.1)', () => {
    const without = logicalLines(ics(small({ organizers: [{ name: 'Board' }], contacts: [{ name: 'Ms. A' }] })));
    expect(without.filter((l) => /^(METHOD|ORGANIZER)/.test(l))).to.deep.equal([]);
    const withMail = logicalLines(ics(small({ contacts: [{ name: 'Ms. A', email: 'a@example.org' }] })));
    expect(withMail.filter((l) => /^(METHOD|ORGANIZER)/.test(l))).to.deep.equal(['METHOD:PUBLISH', 'ORGANIZER;CN=Ms. A:mailto:a@example.org']);
  });
});

describe("buildIcs: the language's punctuation", () => {
  // The words of the file are written in the language the element speaks (msg() in its
  // strings), and so are the colons and brackets around them: each line is one message.
  const event = () =>
    small({
      title: { en: 'Board meeting', fr: 'Conseil', zh: '理事会' },
      join: { url: 'https://meet.example.org/board', platform: 'Zoom', meetingId: '123 456', passcode: 'abc' },
      sessions: [{ id: 'open', title: { en: 'Opening', fr: 'Ouverture', zh: '开幕式' }, start: '2021-03-02T15:00', end: '2021-03-02T15:30' }],
    });
  const written = (lang: string, templates: typeof zh, entries: 'event' | 'sessions' = 'event') =>
    vevent(inLocale(templates, () => buildIcs(event(), { now: NOW, lang, entries })));

  it('Chinese: the full-width colon and brackets, no space after them', () => {
    expect(written('zh', zh).getFirstPropertyValue('description')).to.equal(
      '加入会议（Zoom）：https://meet.example.org/board\n会议号：123 456\n会议密码：abc',
    );
    expect(written('zh', zh, 'sessions').getFirstPropertyValue('summary')).to.equal('开幕式（理事会）');
  });

  it('French: a no-break space before the colon', () => {
    expect(written('fr', fr).getFirstPropertyValue('description')).to.equal(
      'Rejoindre (Zoom)\u00a0: https://meet.example.org/board\nNuméro de réunion\u00a0: 123 456\nCode d’accès\u00a0: abc',
    );
    expect(written('fr', fr, 'sessions').getFirstPropertyValue('summary')).to.equal('Ouverture (Conseil)');
  });

  it('Chinese: the place of a meeting held in person and online keeps the commas of an address, for the maps calendars hand it to', () => {
    const mixed = small({
      attendance: 'mixed',
      venue: { name: 'United Nations Conference Centre', address: 'Rajadamnern Nok Avenue, Bangkok' },
      join: { url: 'https://meet.example.org/board' },
    });
    const location = vevent(inLocale(zh, () => buildIcs(mixed, { now: NOW, lang: 'zh' }))).getFirstPropertyValue('location');
    expect(location).to.equal('United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok, https://meet.example.org/board');
  });

  it('Chinese and French: the registration address of a meeting for registered participants', () => {
    const registered = small({ join: { access: 'registered', registration: 'https://example.org/register' } });
    const description = (templates: typeof zh) => vevent(inLocale(templates, () => buildIcs(registered, { now: NOW, lang: 'en' }))).getFirstPropertyValue('description');
    expect(description(zh)).to.equal('链接将发送给已注册的与会者。\n注册：https://example.org/register');
    expect(description(fr)).to.equal('Le lien est envoyé aux participants inscrits.\nS’inscrire\u00a0: https://example.org/register');
  });
});

describe('buildIcs: folding', () => {
  it('keeps every physical line of the seed within 75 octets', async () => {
    const lines = physicalLineOctets(ics(await seed(), 'https://events.example.org/unpog'));
    expect(lines.length).to.be.greaterThan(20);
    for (const line of lines) expect(line.length).to.be.at.most(75);
  });

  it('folds a long Korean and emoji title between characters, and unfolding gives the title back', () => {
    const title = '디지털 전환 가속화 웨비나 🌏🚀 지속 가능하고 회복력 있는 회복 👩🏽‍💻 '.repeat(5).trim();
    const text = ics(small({ title }));
    const decoder = new TextDecoder('utf-8', { fatal: true });
    let continuations = 0;
    for (const octets of physicalLineOctets(text)) {
      expect(octets.length).to.be.at.most(75);
      const line = decoder.decode(octets); // throws if a line ends inside a character
      expect(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(line), line).to.equal(false);
      if (line.startsWith(' ')) continuations++;
    }
    expect(continuations).to.be.greaterThan(5);
    expect(rawValue(text, 'SUMMARY')).to.equal(title);
    expect(vevent(text).getFirstPropertyValue('summary')).to.equal(title);
  });

  it('leaves a line of 75 octets whole and folds the 76th onto a line starting with a space', () => {
    expect(foldLine('a'.repeat(75))).to.equal('a'.repeat(75));
    expect(foldLine('a'.repeat(76))).to.equal(`${'a'.repeat(75)}\r\n a`);
  });

  it('counts the leading space in the 75 octets of a continuation line', () => {
    expect(foldLine('x'.repeat(150))).to.equal(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('moves a character that would cross the 75th octet whole to the next line', () => {
    // 74 octets of "a", then 가 (3 octets) would end at octet 77.
    expect(foldLine(`${'a'.repeat(74)}가나`)).to.equal(`${'a'.repeat(74)}\r\n 가나`);
    // 73 + 4 octets of 🌏 = 77.
    expect(foldLine(`${'a'.repeat(73)}🌏`)).to.equal(`${'a'.repeat(73)}\r\n 🌏`);
    // 72 + 3 = 75 fits exactly.
    expect(foldLine(`${'a'.repeat(72)}가`)).to.equal(`${'a'.repeat(72)}가`);
  });
});

describe('buildIcs: escaping', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne')).to.equal('a\\\\b\\;c\\,d\\ne');
    expect(escapeText('C:\\new')).to.equal('C:\\\\new');
  });

  it('writes CRLF, CR and LF alike as \\n', () => {
    expect(escapeText('one\r\ntwo\rthree\nfour')).to.equal('one\\ntwo\\nthree\\nfour');
  });

  it('drops every other control character but keeps TAB', () => {
    expect(escapeText('a\u0000b\u0007c\u001bd\u007fe\tf\u000bg\u000ch')).to.equal('abcde\tfgh');
  });

  it('escapes the title in the file, and the parser reads it back', () => {
    const title = 'Budget; 2021, Q1 \\ review';
    const text = ics(small({ title }));
    expect(rawValue(text, 'SUMMARY')).to.equal('Budget\\; 2021\\, Q1 \\\\ review');
    expect(vevent(text).getFirstPropertyValue('summary')).to.equal(title);
  });

  it('never lets a hostile title start a property line of its own', () => {
    const text = ics(small({ title: 'Evil\r\nATTENDEE:mailto:evil@example.org' }));
    const physical = text.split('\r\n');
    expect(physical.filter((l) => /^attendee/i.test(l))).to.deep.equal([]);
    expect(logicalLines(text).filter((l) => /^attendee/i.test(l))).to.deep.equal([]);
    expect(rawValue(text, 'SUMMARY')).to.equal('Evil\\nATTENDEE:mailto:evil@example.org');
    const parsed = vevent(text);
    expect(parsed.getAllProperties('attendee')).to.have.length(0);
    expect(parsed.getFirstPropertyValue('summary')).to.equal('Evil\nATTENDEE:mailto:evil@example.org');
  });

  it('keeps bare CR and other controls in any text from breaking a line', () => {
    const text = ics(
      small({
        title: 'A\rATTENDEE:x\u000b\u0000B',
        summary: 'S\nORGANIZER:mailto:evil@example.org',
        join: { url: 'https://meet.example.org/x', meetingId: '1\r\nX-EVIL:1', passcode: 'p\rEND:VEVENT' },
      }),
    );
    const physical = text.split('\r\n');
    expect(physical.filter((l) => /^(ATTENDEE|ORGANIZER|X-EVIL)/i.test(l))).to.deep.equal([]);
    expect(physical.filter((l) => l.startsWith('END:'))).to.deep.equal(['END:VALARM', 'END:VEVENT', 'END:VCALENDAR']);
    expect(/\r(?!\n)/.test(text)).to.equal(false);
    const parsed = vevent(text);
    expect(parsed.getFirstPropertyValue('summary')).to.equal('A\nATTENDEE:xB');
    expect(parsed.getAllProperties('organizer')).to.have.length(0);
    expect(parsed.getAllProperties('x-evil')).to.have.length(0);
    expect(parsed.getFirstPropertyValue('description')).to.equal(
      'S\nORGANIZER:mailto:evil@example.org\n\nJoin: https://meet.example.org/x\nMeeting ID: 1\nX-EVIL:1\nPasscode: p\nEND:VEVENT',
    );
  });
});

describe('buildIcs: properties', () => {
  it('gives the seed the UID unpog-webinar-2020-10-13@plenary, the same on every build', async () => {
    const event = await seed();
    expect(rawValue(ics(event), 'UID')).to.equal('unpog-webinar-2020-10-13@plenary');
    const later = buildIcs(await seed(), { now: NOW + 86_400_000, lang: 'ko', pageUrl: 'https://x.example.org/' });
    expect(rawValue(later, 'UID')).to.equal('unpog-webinar-2020-10-13@plenary');
  });

  it('keeps the UID of an event without an id the same from one reading to the next', () => {
    const json = { plenary: 1, title: 'Untitled', timeZone: 'Europe/Rome', start: '2021-03-02T15:00', end: '2021-03-02T16:00' };
    const first = rawValue(ics(resolve(json)), 'UID');
    expect(first).to.match(/^event-[a-z0-9]+@plenary$/);
    expect(rawValue(ics(resolve(structuredClone(json))), 'UID')).to.equal(first);
  });

  for (const [status, expected] of [
    ['scheduled', 'CONFIRMED'],
    ['rescheduled', 'CONFIRMED'],
    ['cancelled', 'CANCELLED'],
    ['postponed', 'TENTATIVE'],
  ] as const) {
    it(`writes STATUS:${expected} for a ${status} event`, () => {
      expect(rawValue(ics(small({ status })), 'STATUS')).to.equal(expected);
    });
  }

  it('places an online event at its join address', async () => {
    expect(rawValue(ics(await seed()), 'LOCATION')).to.equal(SEED_JOIN);
  });

  it('places an in-person event at the venue name and address, commas escaped', () => {
    const event = small({ attendance: 'in-person', venue: { name: 'Room 4, UN House', address: 'Incheon; Korea' } });
    expect(rawValue(ics(event), 'LOCATION')).to.equal('Room 4\\, UN House\\, Incheon\\; Korea');
  });

  it('places a mixed event at the venue, then the join address', () => {
    const event = small({
      attendance: 'mixed',
      venue: { name: 'UN House', address: 'Incheon' },
      join: { url: 'https://meet.example.org/x' },
    });
    expect(rawValue(ics(event), 'LOCATION')).to.equal('UN House\\, Incheon\\, https://meet.example.org/x');
  });

  it('links to the website link first, then the page, then the join address', () => {
    const join = { url: 'https://meet.example.org/x' };
    const website = { kind: 'website', url: 'https://www.example.org/event' };
    expect(rawValue(ics(small({ join, links: [website] }), 'https://page.example.org/'), 'URL')).to.equal('https://www.example.org/event');
    expect(rawValue(ics(small({ join }), 'https://page.example.org/'), 'URL')).to.equal('https://page.example.org/');
    expect(rawValue(ics(small({ join })), 'URL')).to.equal('https://meet.example.org/x');
  });
});

describe('buildIcs: read back by an independent parser (ical.js)', () => {
  it('gives back the seed event', async () => {
    const json = await seedJson();
    const parsed = vevent(ics(resolve(json), 'https://events.example.org/unpog'));
    expect(parsed.getFirstPropertyValue('uid')).to.equal('unpog-webinar-2020-10-13@plenary');
    expect(parsed.getFirstPropertyValue('summary')).to.equal(
      'Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19',
    );
    expect(parsed.getFirstPropertyValue('description')).to.equal(
      `${json.summary as string}\n\nJoin (WebEx): ${SEED_JOIN}\n\nhttps://events.example.org/unpog`,
    );
    expect(parsed.getFirstPropertyValue('location')).to.equal(SEED_JOIN);
    expect(parsed.getFirstPropertyValue('url')).to.equal('https://events.example.org/unpog');
    expect(parsed.getFirstPropertyValue('status')).to.equal('CONFIRMED');
    const start = parsed.getFirstPropertyValue('dtstart') as ICAL.Time;
    const end = parsed.getFirstPropertyValue('dtend') as ICAL.Time;
    expect(start.zone?.tzid).to.equal('UTC');
    expect(start.toJSDate().getTime()).to.equal(Date.UTC(2020, 9, 13, 11, 0));
    expect(end.toJSDate().getTime()).to.equal(Date.UTC(2020, 9, 13, 14, 20));
    const stamp = parsed.getFirstPropertyValue('dtstamp') as ICAL.Time;
    expect(stamp.toJSDate().getTime()).to.equal(Date.UTC(2021, 0, 5, 9, 30, 15));
  });

  it('gives back a mixed event with text that needs escaping', () => {
    const parsed = vevent(
      ics(
        small({
          title: 'Budget; 2021, \\Q1\\',
          summary: 'Line one\nLine two, with a comma; and a semicolon',
          attendance: 'mixed',
          venue: { name: 'Room 4, UN House', address: '서울, 대한민국' },
          join: { url: 'https://meet.example.org/x?a=1&b=2,3' },
        }),
      ),
    );
    expect(parsed.getFirstPropertyValue('summary')).to.equal('Budget; 2021, \\Q1\\');
    expect(parsed.getFirstPropertyValue('description')).to.equal(
      'Line one\nLine two, with a comma; and a semicolon\n\nJoin: https://meet.example.org/x?a=1&b=2,3',
    );
    expect(parsed.getFirstPropertyValue('location')).to.equal('Room 4, UN House, 서울, 대한민국, https://meet.example.org/x?a=1&b=2,3');
  });
});

describe('icsDate and icsFileName', () => {
  it('writes instants in UTC with a Z', () => {
    expect(icsDate(Date.UTC(2020, 9, 13, 11, 0))).to.equal('20201013T110000Z');
    expect(icsDate(0)).to.equal('19700101T000000Z');
    expect(icsDate(Date.UTC(2021, 11, 31, 23, 59, 59, 999))).to.equal('20211231T235959Z');
  });

  it('names the seed file after its id', async () => {
    expect(icsFileName(await seed())).to.equal('unpog-webinar-2020-10-13.ics');
  });

  it('keeps only [a-z0-9._-] in the name, and never a path', async () => {
    const event = await seed();
    expect(icsFileName({ ...event, id: 'Café Board 2021' })).to.equal('cafe-board-2021.ics');
    expect(icsFileName({ ...event, id: '../../etc/passwd' })).to.equal('etc-passwd.ics');
    expect(icsFileName({ ...event, id: '웨비나' })).to.equal('event.ics');
  });
});

describe('buildIcs: entries, updates and reminders', () => {
  const symposiumJson = async (): Promise<Record<string, unknown>> => (await fetch('/examples/multi-day-symposium.json')).json();
  const symposium = async (patch: Record<string, unknown> = {}) => resolve({ ...(await symposiumJson()), ...patch });
  const parse = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
  const times = (text: string) =>
    parse(text).map((e) => [
      e.getFirstPropertyValue('uid'),
      e.getFirstProperty('dtstart')!.toJSON()[3],
      e.getFirstProperty('dtend')?.toJSON()[3],
    ]);

  it('writes each session of the symposium (Asia/Seoul, UTC+9) at its own UTC times, RELATED-TO the event', async () => {
    const text = buildIcs(await symposium(), { now: NOW, lang: 'en', entries: 'sessions' });
    expect(times(text)).to.deep.equal([
      ['regional-symposium-2026-10-06.d1-plenary@plenary', '2026-10-06T00:00:00Z', '2026-10-06T03:00:00Z'],
      ['regional-symposium-2026-10-06.d1-workshop-a@plenary', '2026-10-06T04:30:00Z', '2026-10-06T08:00:00Z'],
      ['regional-symposium-2026-10-06.d1-workshop-b@plenary', '2026-10-06T04:30:00Z', '2026-10-06T08:00:00Z'],
      ['regional-symposium-2026-10-06.d2-plenary@plenary', '2026-10-07T00:00:00Z', '2026-10-07T08:00:00Z'],
      ['regional-symposium-2026-10-06.d3-closing@plenary', '2026-10-08T00:00:00Z', '2026-10-08T08:00:00Z'],
    ]);
    for (const e of parse(text)) expect(e.getFirstPropertyValue('related-to')).to.equal('regional-symposium-2026-10-06@plenary');
    expect(parse(text)[0]!.getFirstPropertyValue('summary')).to.equal('Day 1 — Opening plenary (Regional Symposium on Effective Governance for the SDGs)');
  });

  /** The symposium's three days, 09:00–17:00 KST (UTC+9): 00:00–08:00 UTC, each titled with its number. */
  const expectSymposiumDays = (text: string) => {
    expect(times(text)).to.deep.equal([
      ['regional-symposium-2026-10-06.day-1@plenary', '2026-10-06T00:00:00Z', '2026-10-06T08:00:00Z'],
      ['regional-symposium-2026-10-06.day-2@plenary', '2026-10-07T00:00:00Z', '2026-10-07T08:00:00Z'],
      ['regional-symposium-2026-10-06.day-3@plenary', '2026-10-08T00:00:00Z', '2026-10-08T08:00:00Z'],
    ]);
    expect(parse(text).map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal([
      'Regional Symposium on Effective Governance for the SDGs (1/3)',
      'Regional Symposium on Effective Governance for the SDGs (2/3)',
      'Regional Symposium on Effective Governance for the SDGs (3/3)',
    ]);
  };

  it('writes the whole symposium as one entry per day, 09:00–17:00 KST (UTC+9), when its sessions have times: not one block over its nights', async () => {
    const text = buildIcs(await symposium(), { now: NOW, lang: 'en' });
    expectSymposiumDays(text);
  });

  it("writes each day of the Rome meeting from its first session to where its last one ends, across Rome's change to CEST", () => {
    // In UTC (test/helpers.ts): day 1 08:00 to the afternoon's end at 17:00 (the reception, without an end, ends
    // with it); day 2 from 07:00 to 15:00 (17:00 CEST, the hour the meeting ends); day 3 07:00–15:00.
    const text = buildIcs(resolve(romeMeeting()), { now: NOW, lang: 'en' });
    expect(times(text)).to.deep.equal([
      ['rome-2027.day-1@plenary', '2027-03-27T08:00:00Z', '2027-03-27T17:00:00Z'],
      ['rome-2027.day-2@plenary', '2027-03-28T07:00:00Z', '2027-03-28T15:00:00Z'],
      ['rome-2027.day-3@plenary', '2027-03-29T07:00:00Z', '2027-03-29T15:00:00Z'],
    ]);
  });

  it("leaves out a weekend without sessions, and keeps the event's own opening and closing on its first and last day", () => {
    // Rome: Friday 26 March 2021 is CET (UTC+1), Monday 29 March CEST (UTC+2). The event opens at 09:00 (08:00Z),
    // half an hour before its first session, and closes at 17:00 (15:00Z), an hour after its last.
    const text = ics(
      small({
        start: '2021-03-26T09:00',
        end: '2021-03-29T17:00',
        sessions: [
          { id: 'fri', title: 'Friday', start: '2021-03-26T09:30', end: '2021-03-26T17:00' },
          { id: 'mon', title: 'Monday', start: '2021-03-29T09:00', end: '2021-03-29T16:00' },
        ],
      }),
    );
    expect(times(text)).to.deep.equal([
      ['board-2021.day-1@plenary', '2021-03-26T08:00:00Z', '2021-03-26T16:00:00Z'],
      ['board-2021.day-2@plenary', '2021-03-29T07:00:00Z', '2021-03-29T15:00:00Z'],
    ]);
    expect(parse(text).map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(['Board meeting (1/2)', 'Board meeting (2/2)']);
  });

  it("keeps one entry for a webinar that runs on past the organizers' midnight, its second session after it: one sitting, not two days", () => {
    // New York (EDT, UTC−4), Thursday 10 June 2027: 11:00 PM – 12:00 AM, then, after a quarter of an hour,
    // 12:15 AM – 1:00 AM on Friday the 11th. The whole: 03:00–05:00 UTC on 11 June, not "(1/2)" and "(2/2)".
    const webinar = (second: string) =>
      small({
        id: 'late-2027',
        title: 'Late webinar',
        timeZone: 'America/New_York',
        start: '2027-06-10T23:00',
        end: '2027-06-11T01:00',
        sessions: [
          { id: 'first', title: 'First', start: '2027-06-10T23:00', end: '2027-06-11T00:00' },
          { id: 'second', title: 'Second', start: second, end: '2027-06-11T01:00' },
        ],
      });
    for (const second of ['2027-06-11T00:00', '2027-06-11T00:15']) {
      const text = ics(webinar(second));
      expect(times(text), second).to.deep.equal([['late-2027@plenary', '2027-06-11T03:00:00Z', '2027-06-11T05:00:00Z']]);
      expect(parse(text).map((e) => e.getFirstPropertyValue('summary'))).to.deep.equal(['Late webinar']);
    }
  });

  it('keeps one entry for a meeting whose sessions leave out its first or last day, whose hours are then not known', () => {
    // Rome, CET (UTC+1): Monday 1 March 09:00 (08:00Z) to Wednesday 3 March 17:00 (16:00Z), sessions on Tuesday and Wednesday only.
    const text = ics(
      small({
        start: '2021-03-01T09:00',
        end: '2021-03-03T17:00',
        sessions: [
          { id: 'tue', title: 'Tuesday', start: '2021-03-02T10:00', end: '2021-03-02T12:00' },
          { id: 'wed', title: 'Wednesday', start: '2021-03-03T10:00', end: '2021-03-03T12:00' },
        ],
      }),
    );
    expect(times(text)).to.deep.equal([['board-2021@plenary', '2021-03-01T08:00:00Z', '2021-03-03T16:00:00Z']]);
    // And its last day: sessions on Monday and Tuesday only.
    const early = ics(
      small({
        start: '2021-03-01T09:00',
        end: '2021-03-03T17:00',
        sessions: [
          { id: 'mon', title: 'Monday', start: '2021-03-01T10:00', end: '2021-03-01T12:00' },
          { id: 'tue', title: 'Tuesday', start: '2021-03-02T10:00', end: '2021-03-02T12:00' },
        ],
      }),
    );
    expect(times(early)).to.deep.equal([['board-2021@plenary', '2021-03-01T08:00:00Z', '2021-03-03T16:00:00Z']]);
  });

  it('writes an event of three days without session times as one entry per day in its daily hours', async () => {
    const text = buildIcs(await symposium({ sessions: [] }), { now: NOW, lang: 'en' });
    expectSymposiumDays(text);
  });

  it('keeps the daily hours across a change of offset: Rome 09:00–17:00 is 08:00Z before 28 March 2021 and 07:00Z after', () => {
    const text = ics(small({ start: '2021-03-27T09:00', end: '2021-03-29T17:00' }));
    expect(times(text)).to.deep.equal([
      ['board-2021.day-1@plenary', '2021-03-27T08:00:00Z', '2021-03-27T16:00:00Z'],
      ['board-2021.day-2@plenary', '2021-03-28T07:00:00Z', '2021-03-28T15:00:00Z'],
      ['board-2021.day-3@plenary', '2021-03-29T07:00:00Z', '2021-03-29T15:00:00Z'],
    ]);
  });

  it('falls back to the whole event when "each session" is asked of an event whose sessions have no times', () => {
    const text = buildIcs(small({ sessions: [{ title: 'Opening' }] }), { now: NOW, lang: 'en', entries: 'sessions' });
    expect(times(text)).to.deep.equal([['board-2021@plenary', '2021-03-02T14:00:00Z', '2021-03-02T15:30:00Z']]);
  });

  it('writes a session without an end at its start only, which calendars read as a moment: no end is made up for it', () => {
    // Rome, 27–29 March 2027: CET (UTC+1), then CEST (UTC+2) from the 28th. RFC 5545 (3.6.1): an entry with no
    // DTEND ends as it starts, so the reception at 17:00 neither fills the evening nor runs into the night.
    const text = buildIcs(resolve(romeMeeting()), { now: NOW, lang: 'en', entries: 'sessions' });
    expect(times(text)).to.deep.equal([
      ['rome-2027.d1-morning@plenary', '2027-03-27T08:00:00Z', '2027-03-27T11:30:00Z'],
      ['rome-2027.d1-afternoon@plenary', '2027-03-27T13:00:00Z', '2027-03-27T17:00:00Z'],
      ['rome-2027.d1-reception@plenary', '2027-03-27T16:00:00Z', undefined],
      ['rome-2027.d2-opening@plenary', '2027-03-28T07:00:00Z', undefined],
      ['rome-2027.d2-groups@plenary', '2027-03-28T12:00:00Z', undefined],
      ['rome-2027.d3-closing@plenary', '2027-03-29T07:00:00Z', undefined],
    ]);
  });

  it('writes revision as SEQUENCE and updated as DTSTAMP', () => {
    const text = ics(small({ revision: 3, updated: '2021-02-01T08:15Z' }));
    expect(rawValue(text, 'SEQUENCE')).to.equal('3');
    expect(rawValue(text, 'DTSTAMP')).to.equal('20210201T081500Z');
    expect(rawValue(ics(small()), 'SEQUENCE')).to.equal('0');
    expect(rawValue(ics(small()), 'DTSTAMP')).to.equal('20210105T093015Z');
  });

  it('cancels every entry under the same UIDs, with no reminder', async () => {
    const text = buildIcs(await symposium({ status: 'cancelled', revision: 2 }), { now: NOW, lang: 'en', entries: 'sessions' });
    const events = parse(text);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal([
      'regional-symposium-2026-10-06.d1-plenary@plenary',
      'regional-symposium-2026-10-06.d1-workshop-a@plenary',
      'regional-symposium-2026-10-06.d1-workshop-b@plenary',
      'regional-symposium-2026-10-06.d2-plenary@plenary',
      'regional-symposium-2026-10-06.d3-closing@plenary',
    ]);
    for (const e of events) {
      expect(e.getFirstPropertyValue('status')).to.equal('CANCELLED');
      expect(e.getFirstPropertyValue('sequence')).to.equal(2);
      expect(e.getAllSubcomponents('valarm')).to.have.length(0);
    }
  });

  it('writes a postponed event tentative under the same UIDs, with no reminder at the hour it no longer keeps', async () => {
    const text = buildIcs(await symposium({ status: 'postponed', revision: 1 }), { now: NOW, lang: 'en' });
    const events = parse(text);
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).to.deep.equal([
      'regional-symposium-2026-10-06.day-1@plenary',
      'regional-symposium-2026-10-06.day-2@plenary',
      'regional-symposium-2026-10-06.day-3@plenary',
    ]);
    for (const e of events) {
      expect(e.getFirstPropertyValue('status')).to.equal('TENTATIVE');
      expect(e.getFirstPropertyValue('sequence')).to.equal(1);
      expect(e.getAllSubcomponents('valarm')).to.have.length(0);
    }
    // A rescheduled event goes ahead: its entries still remind.
    for (const e of parse(buildIcs(await symposium({ status: 'rescheduled', revision: 1 }), { now: NOW, lang: 'en' }))) {
      expect(e.getAllSubcomponents('valarm')).to.have.length(1);
    }
  });

  it("writes a day whose only session has no end as a moment at that session's start, without a DTEND equal to its DTSTART", () => {
    // Rome, CEST (UTC+2), Monday 7 to Wednesday 9 June 2027: 09:00–17:00 (07:00–15:00Z) on Monday and Wednesday; on
    // Tuesday only a reception at 19:00 (17:00Z) that gives no end.
    const text = ics(
      small({
        start: '2027-06-07T09:00',
        end: '2027-06-09T17:00',
        sessions: [
          { id: 'mon', title: 'Monday', start: '2027-06-07T09:00', end: '2027-06-07T17:00' },
          { id: 'reception', title: 'Reception', start: '2027-06-08T19:00' },
          { id: 'wed', title: 'Wednesday', start: '2027-06-09T09:00', end: '2027-06-09T17:00' },
        ],
      }),
    );
    expect(times(text)).to.deep.equal([
      ['board-2021.day-1@plenary', '2027-06-07T07:00:00Z', '2027-06-07T15:00:00Z'],
      ['board-2021.day-2@plenary', '2027-06-08T17:00:00Z', undefined],
      ['board-2021.day-3@plenary', '2027-06-09T07:00:00Z', '2027-06-09T15:00:00Z'],
    ]);
    expect(logicalLines(text).filter((l) => l.startsWith('DTEND:'))).to.deep.equal(['DTEND:20270607T150000Z', 'DTEND:20270609T150000Z']);
  });

  it('reminds 15 minutes before by default, at the minutes asked for, and not at all for 0', () => {
    const alarm = (text: string) => vevent(text).getAllSubcomponents('valarm');
    const [byDefault] = alarm(ics(small()));
    expect(byDefault!.getFirstPropertyValue('action')).to.equal('DISPLAY');
    expect(byDefault!.getFirstPropertyValue('description')).to.equal('Board meeting');
    expect(logicalLines(ics(small()))).to.include('TRIGGER:-PT15M');
    expect(logicalLines(buildIcs(small(), { now: NOW, lang: 'en', reminderMinutes: 60 }))).to.include('TRIGGER:-PT60M');
    expect(alarm(buildIcs(small(), { now: NOW, lang: 'en', reminderMinutes: 0 }))).to.have.length(0);
  });
});

describe('buildIcs: a session with its own way in', () => {
  it('gives each session its own link and meeting ID; a session for registered participants no link at all, but where to register', async () => {
    const event = resolve(await (await fetch('/examples/intergovernmental-meeting-2027.json')).json());
    const text = buildIcs(event, { now: NOW, lang: 'en', entries: 'sessions' });
    const cal = new ICAL.Component(ICAL.parse(text));
    const byUid = new Map(cal.getAllSubcomponents('vevent').map((v) => [String(v.getFirstPropertyValue('uid')), v]));
    const prop = (uid: string, name: string) => byUid.get(`egm-digital-government-2027-05-10.${uid}@plenary`)!.getFirstPropertyValue(name);
    expect(prop('d1-opening', 'location')).to.equal('https://meetings.example.org/j/egm-2027-d1-am');
    expect(prop('d1-opening', 'description')).to.equal(
      'Intergovernmental Meeting on Digital Government\n\nJoin (Zoom): https://meetings.example.org/j/egm-2027-d1-am\nMeeting ID: 812 2027 1001',
    );
    expect(prop('d2-closed', 'location')).to.equal(null);
    expect(prop('d2-closed', 'description')).to.equal(
      'Intergovernmental Meeting on Digital Government\n\nThe link is sent to registered participants.\nRegister: https://indico.example.org/event/egm-2027/registrations/',
    );
    // The closing session has no join of its own: the event's.
    expect(prop('d3-closing', 'location')).to.equal('https://meetings.example.org/j/egm-2027');
    expect(prop('d3-closing', 'description')).to.contain('Meeting ID: 812 2027 0510');
  });
});

describe('buildIcs: the whole event when sessions have ways in of their own', () => {
  const PAGE = 'https://events.example.org/egm';
  const SUMMARY =
    'Three days of online sessions, with interpretation into the six official languages of the United Nations. Each session has its own link; the links of the second day, a closed session, are sent to registered participants only.';
  const egm = async () => (await fetch('/examples/intergovernmental-meeting-2027.json')).json();
  /** The whole event's entries, one per day of the meeting; each holds `name` the same. */
  const everyDay = (text: string, name: string) => {
    const values = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((e) => e.getFirstPropertyValue(name));
    expect(values).to.have.length(3);
    expect(new Set(values).size, `${name} differs from day to day`).to.equal(1);
    return values[0];
  };

  it("does not offer the event's link, which serves only the closing: the entries give the page, where each session's link is", async () => {
    // New York, 10–12 May 2027, EDT (UTC−4): each day from its first session at 10:00 (14:00Z) to its last one's end,
    // 18:00 (22:00Z) the first two days and 17:00 (21:00Z) the last.
    const text = buildIcs(resolve(await egm()), { now: NOW, lang: 'en', pageUrl: PAGE });
    const entries = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(entries.map((e) => [String(e.getFirstPropertyValue('dtstart')), String(e.getFirstPropertyValue('dtend'))])).to.deep.equal([
      ['2027-05-10T14:00:00Z', '2027-05-10T22:00:00Z'],
      ['2027-05-11T14:00:00Z', '2027-05-11T22:00:00Z'],
      ['2027-05-12T14:00:00Z', '2027-05-12T21:00:00Z'],
    ]);
    expect(everyDay(text, 'description')).to.equal(`${SUMMARY}\n\n${PAGE}`);
    expect(everyDay(text, 'location')).to.equal(PAGE);
    expect(everyDay(text, 'url')).to.equal('https://www.un.org/development/desa/');
    expect(text).not.to.contain('meetings.example.org');
    expect(text).not.to.contain('812 2027 0510');
  });

  it('has no location online without a page (plenary ics), and the venue in person or mixed', async () => {
    const online = buildIcs(resolve(await egm()), { now: NOW, lang: 'en' });
    expect(everyDay(online, 'description')).to.equal(SUMMARY);
    expect(everyDay(online, 'location')).to.equal(null);
    const venue = { name: 'Conference Room 4', address: 'United Nations Headquarters, New York' };
    const mixed = buildIcs(resolve({ ...(await egm()), attendance: 'mixed', venue }), { now: NOW, lang: 'en', pageUrl: PAGE });
    expect(everyDay(mixed, 'location')).to.equal('Conference Room 4, United Nations Headquarters, New York');
    expect(everyDay(mixed, 'description')).to.equal(`${SUMMARY}\n\n${PAGE}`);
  });

  it('still gives an event whose sessions have no join of their own its link', async () => {
    const json = await egm();
    const sessions = (json.sessions as Record<string, unknown>[]).map(({ join: _, ...s }) => s);
    const text = buildIcs(resolve({ ...json, sessions }), { now: NOW, lang: 'en', pageUrl: PAGE });
    expect(everyDay(text, 'location')).to.equal('https://meetings.example.org/j/egm-2027');
    expect(everyDay(text, 'description')).to.equal(`${SUMMARY}\n\nJoin (Zoom): https://meetings.example.org/j/egm-2027\nMeeting ID: 812 2027 0510\n\n${PAGE}`);
  });
});

describe('buildIcs: a cancelled or postponed event offers no way in', () => {
  const PAGE = 'https://events.example.org/board';
  const join = { url: 'https://webex.example.org/j/board', platform: 'WebEx', meetingId: '123 456', passcode: 'abc' };

  it('writes a cancelled online event without its link, meeting ID or passcode, located at the page', () => {
    const event = small({ status: 'cancelled', revision: 1, summary: 'This meeting is cancelled.', join });
    const text = ics(event, PAGE);
    const entry = vevent(text);
    expect(entry.getFirstPropertyValue('status')).to.equal('CANCELLED');
    expect(entry.getFirstPropertyValue('sequence')).to.equal(1);
    expect(entry.getFirstPropertyValue('description')).to.equal(`This meeting is cancelled.\n\n${PAGE}`);
    expect(entry.getFirstPropertyValue('location')).to.equal(PAGE);
    expect(entry.getFirstPropertyValue('url')).to.equal(PAGE);
    expect(text).not.to.contain('webex.example.org');
    expect(text).not.to.contain('123 456');
    expect(text).not.to.contain('abc');
    // Without a page (plenary ics), nothing stands in for the link: no URL either.
    const alone = ics(event);
    expect(alone).not.to.contain('webex.example.org');
    expect(logicalLines(alone).map((l) => l.split(':')[0])).not.to.include.members(['LOCATION', 'URL']);
  });

  it('keeps the venue of a postponed mixed event, without its link', () => {
    const event = small({ status: 'postponed', revision: 1, attendance: 'mixed', venue: { name: 'Room 4', address: 'UN House, Incheon' }, join });
    const entry = vevent(ics(event, PAGE));
    expect(entry.getFirstPropertyValue('status')).to.equal('TENTATIVE');
    expect(entry.getFirstPropertyValue('location')).to.equal('Room 4, UN House, Incheon');
    expect(entry.getFirstPropertyValue('description')).to.equal(PAGE);
  });

  it("writes each session of a cancelled meeting without the session's own link, at the session on the page", async () => {
    const json = await (await fetch('/examples/intergovernmental-meeting-2027.json')).json();
    const text = buildIcs(resolve({ ...json, status: 'cancelled', revision: 1 }), { now: NOW, lang: 'en', pageUrl: PAGE, entries: 'sessions' });
    expect(text).not.to.contain('meetings.example.org');
    expect(text).not.to.contain('Meeting ID');
    expect(text).not.to.contain('Register');
    const opening = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent')[0]!;
    expect(opening.getFirstPropertyValue('uid')).to.equal('egm-digital-government-2027-05-10.d1-opening@plenary');
    expect(opening.getFirstPropertyValue('description')).to.equal(`Intergovernmental Meeting on Digital Government\n\n${PAGE}#d1-opening`);
    expect(opening.getFirstPropertyValue('location')).to.equal(`${PAGE}#d1-opening`);
  });

  it('keeps the link of a rescheduled event, which goes ahead', () => {
    const entry = vevent(ics(small({ status: 'rescheduled', revision: 1, join }), PAGE));
    expect(entry.getFirstPropertyValue('location')).to.equal('https://webex.example.org/j/board');
  });
});
