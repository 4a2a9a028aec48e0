import { expect } from '@open-wc/testing';
import { Settings } from 'luxon';
import { DescriptorError } from './resolve.js';
import { read, resolve } from './read.js';
import { offsetAt } from '../time/zones.js';
import { toDateTime } from '../luxon.js';
import { LangText } from './text.js';
import { seedDescriptor as seed } from '../../test/helpers.js';

const minimal = (patch: Record<string, unknown> = {}) => ({
  plenary: 1,
  title: 'Webinar',
  timeZone: 'America/New_York',
  start: '2020-10-13T07:00',
  end: '2020-10-13T10:20',
  ...patch,
});

describe('resolve: the seed event', () => {
  it('reads 7:00–10:20 New York time as the instants 11:00–14:20 UTC', async () => {
    const event = resolve(await seed());
    // EDT is UTC−4 on 13 October 2020.
    expect(event.start).to.equal(Date.UTC(2020, 9, 13, 11, 0));
    expect(event.end).to.equal(Date.UTC(2020, 9, 13, 14, 20));
    expect(event.timeZone).to.equal('America/New_York');
    expect(toDateTime(event.start, event.timeZone).hour).to.equal(7);
  });

  it('keeps everything the seed page says', async () => {
    const event = resolve(await seed(), { baseUrl: 'https://events.example.org/x.json' });
    expect(event.id).to.equal('unpog-webinar-2020-10-13');
    expect(event.series!.in('en')).to.equal('Capacity Development Webinar Series');
    expect(event.displayZones.map((z) => z.label.in('en'))).to.deep.equal(['New York', 'Rome', 'Nairobi', 'Seoul', 'Fiji']);
    expect(event.sessions.map((s) => s.id)).to.deep.equal(['session-1', 'session-2', 'session-3']);
    expect(event.sessions.map((s) => s.documents.map((d) => d.kind))).to.deep.equal([['talking-points'], ['talking-points'], ['talking-points']]);
    expect(event.sessions[2]!.description!.in('en')).to.contain('North-South, South-South and triangular digital cooperation');
    expect(event.description!.in('en').split('\n\n').length).to.be.greaterThan(6);
    expect(event.organizers.map((o) => o.abbreviation!.in('en'))).to.deep.equal(['UN DESA / DPIDG', 'MOIS']);
    expect(event.partners.map((o) => o.abbreviation!.in('en'))).to.deep.equal(['NIA']);
    expect(event.contacts).to.have.length(8);
    expect(event.contacts[0]!.emailUrl).to.equal('mailto:zhu@un.org');
    expect(event.links.map((l) => l.kind)).to.deep.equal(['discussion', 'facebook', 'x', 'youtube', 'blog', 'rss']);
    expect(event.links[0]!.description!.in('en')).to.contain('online discussion board will be created');
    expect(event.join!.platform).to.equal('WebEx');
    expect(event.join!.opensMinutesBefore).to.equal(30);
    expect(event.attendance).to.equal('online');
    expect(event.status).to.equal('scheduled');
  });
});

describe('resolve: values', () => {
  it('reads relative addresses against the descriptor address', () => {
    const event = resolve(minimal({ documents: [{ title: 'Agenda', url: 'docs/agenda.pdf' }] }), {
      baseUrl: 'https://events.example.org/2020/webinar.json',
    });
    expect(event.documents[0]!.url).to.equal('https://events.example.org/2020/docs/agenda.pdf');
  });

  it('links an address written without https: that begins with a host name to that host, not beside the descriptor; "./" keeps it beside', () => {
    const event = resolve(minimal({ join: { url: 'indico.example.int/ic-x-3/join/1a' }, documents: [{ title: 'A', url: './un.org/a.pdf' }, { title: 'B', url: 'www.un.org/b.pdf' }] }), {
      baseUrl: 'https://events.example.org/2027/meeting.json',
    });
    expect(event.join!.url).to.equal('https://indico.example.int/ic-x-3/join/1a');
    expect(event.documents.map((d) => d.url)).to.deep.equal(['https://events.example.org/2027/un.org/a.pdf', 'https://www.un.org/b.pdf']);
  });

  it('links an e-mail address written as a link without mailto: to that mailbox, not to a file beside the descriptor', () => {
    const event = resolve(minimal({ links: [{ kind: 'other', url: 'secretariat@un.org', label: 'Write to us' }], documents: [{ title: 'A', url: './press@un.org' }] }), {
      baseUrl: 'https://events.example.org/2027/meeting.json',
    });
    expect(event.links[0]!.url).to.equal('mailto:secretariat@un.org');
    expect(event.documents[0]!.url).to.equal('https://events.example.org/2027/press@un.org');
  });

  it('builds tel: addresses from phone numbers', () => {
    const event = resolve(minimal({ contacts: [{ name: 'A', phone: '+1 (212) 963-1234' }] }));
    expect(event.contacts[0]!.phoneUrl).to.equal('tel:+12129631234');
  });

  it('uses the offset of the start as the zone of an event that names none', () => {
    const event = resolve(minimal({ timeZone: undefined, start: '2020-10-13T20:00+09:00', end: '2020-10-13T23:20+09:00' }));
    expect(event.start).to.equal(Date.UTC(2020, 9, 13, 11, 0));
    expect(event.timeZone).to.equal('UTC+9');
    expect(offsetAt(event.timeZone, event.start)).to.equal(540);
    expect(toDateTime(event.start, event.timeZone).hour).to.equal(20);
  });

  it('reads session times in the organisers\' zone', () => {
    const event = resolve(minimal({ sessions: [{ title: 'One', start: '2020-10-13T07:10', end: '2020-10-13T08:00' }] }));
    expect(event.sessions[0]!.start).to.equal(Date.UTC(2020, 9, 13, 11, 10));
  });

  it('names display zones without labels after their city', () => {
    const event = resolve(minimal({ displayZones: ['Pacific/Pago_Pago', 'America/Argentina/Buenos_Aires'] }));
    expect(event.displayZones.map((z) => z.label.in('en'))).to.deep.equal(['Pago Pago', 'Buenos Aires']);
  });

  it('takes a zone written in the wrong case as the list of zones writes it: its label, and the zone a calendar reads', () => {
    const event = resolve(minimal({ timeZone: 'america/new_york', displayZones: ['europe/rome', { zone: 'ASIA/SEOUL', label: 'Seoul' }, 'asia/kolkata', 'europe/kyiv'] }));
    expect(event.timeZone).to.equal('America/New_York');
    // Kolkata and Kyiv too, which the browser may name by their older names (Asia/Calcutta, Europe/Kiev).
    expect(event.displayZones.map((z) => z.label.in('en'))).to.deep.equal(['Rome', 'Seoul', 'Kolkata', 'Kyiv']);
    expect(event.displayZones.map((z) => z.zone)).to.satisfy(
      (zones: string[]) => zones[0] === 'Europe/Rome' && zones[1] === 'Asia/Seoul' && /^Asia\/(Kolkata|Calcutta)$/.test(zones[2]!) && /^Europe\/(Kyiv|Kiev)$/.test(zones[3]!),
    );
  });

  it("shows the organisers' zone alone when there are no display zones", () => {
    expect(resolve(minimal()).displayZones.map((z) => z.zone)).to.deep.equal(['America/New_York']);
  });

  it('derives a stable id when the descriptor has none', () => {
    const a = resolve(minimal()).id;
    expect(a).to.match(/^event-[0-9a-z]+$/);
    expect(resolve(minimal()).id).to.equal(a);
    expect(resolve(minimal({ title: 'Other' })).id).not.to.equal(a);
  });

  it('throws a DescriptorError that lists every error', () => {
    try {
      resolve(minimal({ timeZone: 'Mars/Olympus', end: 'never' }));
      expect.fail('resolve should have thrown');
    } catch (error) {
      expect(error).to.be.instanceOf(DescriptorError);
      expect((error as DescriptorError).errors.map((e) => e.path)).to.deep.equal(['timeZone', 'end']);
    }
  });

  it('returns errors and warnings from read() without throwing', () => {
    const result = read(minimal({ tittle: 'x', timeZone: 'Mars/Olympus' }));
    expect(result.ok).to.equal(false);
    expect(result.warnings.map((w) => w.path)).to.deep.equal(['tittle', 'id']);
  });

  it("does not depend on, or change, the page's luxon Settings", () => {
    const saved = { zone: Settings.defaultZone, locale: Settings.defaultLocale };
    Settings.defaultZone = 'Asia/Tokyo';
    Settings.defaultLocale = 'ar';
    try {
      const event = resolve(minimal());
      expect(event.start).to.equal(Date.UTC(2020, 9, 13, 11, 0));
      expect(toDateTime(event.start, event.timeZone).hour).to.equal(7);
      expect(event.timeZone).to.equal('America/New_York');
    } finally {
      Settings.defaultZone = saved.zone;
      Settings.defaultLocale = saved.locale;
    }
    expect(Settings.defaultZone.name).to.equal(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('never lets __proto__ from a descriptor reach a prototype', () => {
    const json = JSON.parse(
      JSON.stringify(minimal()).replace('{', '{"__proto__":{"polluted":1},"contacts":[{"name":"A","__proto__":{"polluted":1}}],'),
    );
    const event = resolve(json);
    expect(Object.getPrototypeOf(event)).to.equal(Object.prototype);
    expect((event as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect((event.contacts[0] as unknown as Record<string, unknown>).polluted).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('LangText.pick', () => {
  const text = new LangText(
    [
      ['en', 'Webinar'],
      ['fr-CA', 'Webinaire (Canada)'],
      ['zh-Hans', '网络研讨会'],
    ],
    'en',
  );

  it('takes the exact tag first', () => {
    expect(text.pick('fr-CA')).to.deep.equal({ text: 'Webinaire (Canada)', lang: 'fr-CA' });
  });

  it('then the same base language', () => {
    expect(text.pick('fr')).to.deep.equal({ text: 'Webinaire (Canada)', lang: 'fr-CA' });
    expect(text.pick('zh-Hans-CN').lang).to.equal('zh-Hans');
  });

  it("then the descriptor's language", () => {
    expect(text.pick('ko')).to.deep.equal({ text: 'Webinar', lang: 'en' });
  });

  it('then whatever there is', () => {
    const only = new LangText([['ko', '웨비나']], 'en');
    expect(only.pick('ar')).to.deep.equal({ text: '웨비나', lang: 'ko' });
  });
});

describe('resolve: ways in', () => {
  const s = (patch: Record<string, unknown>) => ({ title: 'Day 1', start: '2020-10-13T07:00', end: '2020-10-13T08:00', ...patch });

  it("gives a session's join the event's fields it does not set, but the meeting ID and passcode only with the event's link", () => {
    const event = resolve(
      minimal({
        join: { url: 'https://example.org/all', platform: 'Zoom', opensMinutesBefore: 15, meetingId: '1', passcode: 'p', interpretation: [{ lang: 'fr', channel: '2' }] },
        sessions: [s({ join: { url: 'https://example.org/day1' } }), s({ title: 'Day 1 again', join: { label: 'Enter' } }), s({ title: 'No own join' })],
      }),
    );
    const [own, relabelled, none] = event.sessions;
    expect(own!.join).to.deep.include({ url: 'https://example.org/day1', platform: 'Zoom', opensMinutesBefore: 15, access: 'public' });
    expect(own!.join!.meetingId).to.equal(undefined);
    expect(own!.join!.passcode).to.equal(undefined);
    expect(own!.join!.interpretation).to.deep.equal([{ lang: 'fr', channel: '2' }]);
    expect(relabelled!.join).to.deep.include({ url: 'https://example.org/all', meetingId: '1', passcode: 'p' });
    expect(relabelled!.join!.label!.in('en')).to.equal('Enter');
    expect(none!.join).to.equal(undefined);
  });

  it('keeps no address or code of a join for registered participants, and takes the registration link as where to register', () => {
    const event = resolve(
      minimal({
        join: { access: 'registered', url: 'https://example.org/secret', meetingId: '1', passcode: 'p', interpretation: [{ lang: 'ar', url: 'https://webtv.example.org/ar' }] },
        links: [{ kind: 'registration', url: 'https://example.org/register' }],
        sessions: [s({ join: { url: 'https://example.org/day1-secret' } }), s({ join: { access: 'public', url: 'https://example.org/open-day' } })],
      }),
    );
    expect(JSON.stringify(event)).not.to.contain('secret');
    expect(event.join).to.deep.include({ access: 'registered', registration: 'https://example.org/register' });
    expect(event.join!.interpretation).to.deep.equal([{ lang: 'ar' }]);
    expect(event.sessions[0]!.join).to.deep.include({ access: 'registered', registration: 'https://example.org/register' });
    expect(event.sessions[1]!.join).to.deep.include({ access: 'public', url: 'https://example.org/open-day' });
  });

  it('makes no join link of an e-mail address, which would open the visitor\'s e-mail application, not the meeting', () => {
    const event = resolve(
      minimal({
        join: { url: 'mailto:events@un.org', platform: 'WebEx' },
        links: [{ kind: 'other', url: 'mailto:events@un.org' }],
        sessions: [s({ join: { url: 'chair@un.org' } })],
      }),
    );
    expect(event.join!.url).to.equal(undefined);
    expect(event.sessions[0]!.join!.url).to.equal(undefined);
    // A link of another kind may be written to.
    expect(event.links[0]!.url).to.equal('mailto:events@un.org');
  });
});
