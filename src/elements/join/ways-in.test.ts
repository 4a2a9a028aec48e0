import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryJoinElement } from './join.js';
import type { PlenaryEventElement } from '../event/event.js';
import type { PlenaryAgendaElement } from '../agenda/agenda.js';
import { ready, visibleText } from '../../../test/helpers.js';
import { LOCALES, type Locale } from '../../i18n/lang.js';

/** The three-day meeting (see sessions.test.ts for its table): interpretation into floor + the six official languages. */
let descriptor: Promise<Record<string, unknown>> | undefined;
const meeting = async () => structuredClone(await (descriptor ??= fetch('/examples/intergovernmental-meeting-2027.json').then((r) => r.json())));

async function joinAt(now: string, lang: string, json?: Record<string, unknown>) {
  const el = await fixture<PlenaryJoinElement>(html`<plenary-join lang=${lang} zone="America/New_York" now=${now} .event=${json ?? (await meeting())}></plenary-join>`);
  await ready(el);
  return el;
}

/** Each language of interpretation as shown: its name, its lang and dir, its channel. */
function interpretation(el: PlenaryJoinElement) {
  return [...el.shadowRoot!.querySelectorAll('[part=interpretation] li')].map((li) => {
    const name = li.querySelector('span')!;
    return [name.textContent, name.getAttribute('lang'), name.getAttribute('dir'), li.querySelector('.channel bdi')?.textContent ?? null];
  });
}

/** The languages and directions the channels' names are marked with, each once. */
function channelLanguages(el: PlenaryJoinElement): string[] {
  const marks = (e: Element) => `${e.getAttribute('lang')} ${e.getAttribute('dir')}`;
  return [...new Set([...el.shadowRoot!.querySelectorAll('[part=interpretation] .channel bdi')].map(marks))];
}

// Written by hand: each language named in itself; the floor by its label in the UI's language.
const NAMED = {
  ar: ['العربية', 'ar', 'rtl', 'Arabic'],
  zh: ['中文', 'zh', 'ltr', 'Chinese'],
  en: ['English', 'en', 'ltr', null], // its channel, "English", is its name again: not said twice
  fr: ['français', 'fr', 'ltr', 'French'],
  ru: ['русский', 'ru', 'ltr', 'Russian'],
  es: ['español', 'es', 'ltr', 'Spanish'],
};
const FLOOR: Record<Locale, string> = { en: 'Floor (original)', fr: 'Langue originale', es: 'Idioma original', ar: 'لغة المتكلم', zh: '原声', ru: 'Язык оригинала', ko: '원어' };
const LABEL: Record<Locale, string> = { en: 'Interpretation', fr: 'Interprétation', es: 'Interpretación', ar: 'الترجمة الشفوية', zh: '口译', ru: 'Устный перевод', ko: '통역' };

describe('plenary-join: a session with a link of its own and no end', () => {
  it('offers its link until the session ends as the programme says (here the hour the meeting ends, 5:00 PM in New York), not never', async () => {
    const json = await meeting();
    const sessions = json.sessions as Array<Record<string, unknown>>;
    const services = sessions.find((s) => s.id === 'd1-services')!;
    delete services.end;
    // 10 May, 20:00 UTC: 4:00 PM in New York, an hour into the afternoon session (3:00 PM, its own link d1-pm).
    const el = await joinAt('2027-05-10T20:00Z', 'en', json);
    expect(el.shadowRoot!.querySelector('a[part=button]')?.getAttribute('href')).to.equal('https://meetings.example.org/j/egm-2027-d1-pm');
    // The morning session ends at 1:00 PM, before it: the afternoon lasts until the hour the meeting ends each day, 5:00 PM
    // (EDT, UTC−4: 21:00 UTC). At 4:59 PM it is under way; at 5:00 PM it is over, and the link with it.
    expect((await joinAt('2027-05-10T20:59Z', 'en', json)).shadowRoot!.querySelector('a[part=button]')?.getAttribute('href')).to.equal('https://meetings.example.org/j/egm-2027-d1-pm');
    expect((await joinAt('2027-05-10T21:00Z', 'en', json)).shadowRoot!.querySelector('a[part=button]')).to.equal(null);
  });
});

describe('plenary-join: interpretation', () => {
  for (const locale of LOCALES) {
    it(`lists the languages under the link, the visitor's first, each in its own name and direction (${locale})`, async () => {
      // 10 May, 13:30 UTC: the first session's window is open.
      const el = await joinAt('2027-05-10T13:30Z', locale);
      // The floor's label is in the UI's language: it takes the element's lang and dir.
      const floor = [FLOOR[locale], null, null, 'Floor'];
      const rest = Object.entries(NAMED).filter(([l]) => l !== locale).map(([, v]) => v);
      const own = Object.entries(NAMED).find(([l]) => l === locale)?.[1];
      expect(interpretation(el)).to.deep.equal(own ? [own, floor, ...rest] : [floor, ...rest]);
      const list = el.shadowRoot!.querySelector('[part=interpretation] ul')!;
      expect(el.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)!.textContent).to.equal(LABEL[locale]);
      // The channels ("Arabic", "Floor") are the descriptor's words, in English: marked so in any other language, for a
      // screen reader to read them with an English voice, and left to right inside an Arabic page.
      expect(channelLanguages(el)).to.deep.equal([locale === 'en' ? 'null null' : locale === 'ar' ? 'en ltr' : 'en null']);
      await expect(el).to.be.accessible();
    });
  }

  it("channels of a descriptor written in French carry French on an English page; in French, nothing of their own", async () => {
    const json = await meeting();
    json.lang = 'fr';
    (json.join as Record<string, unknown>).interpretation = [{ lang: 'mul', channel: 'Parquet' }, { lang: 'ar', channel: 'Arabe' }];
    const english = await joinAt('2027-05-12T18:45Z', 'en', json); // the closing session uses the event's join
    expect(interpretation(english).map((i) => i[3])).to.deep.equal(['Parquet', 'Arabe']);
    expect(channelLanguages(english)).to.deep.equal(['fr null']);
    const french = await joinAt('2027-05-12T18:45Z', 'fr', structuredClone(json));
    expect(channelLanguages(french)).to.deep.equal(['null null']);
  });

  it('names a floor given without a label ("mul") in the UI\'s language, not by its tag', async () => {
    for (const locale of LOCALES) {
      const json = await meeting();
      (json.join as Record<string, unknown>).interpretation = [{ lang: 'mul', channel: 'Floor' }, { lang: 'fr' }];
      const el = await joinAt('2027-05-12T18:45Z', locale, json); // the closing session uses the event's join
      const items = interpretation(el).filter(([name]) => name !== 'français');
      expect(items, locale).to.deep.equal([[FLOOR[locale], null, null, 'Floor']]);
    }
  });

  it('a language with a stream of its own is a link to it; one with neither stream nor channel is named alone', async () => {
    const json = await meeting();
    (json.join as Record<string, unknown>).interpretation = [{ lang: 'fr', url: 'https://webtv.example.org/fr' }, { lang: 'ru' }];
    const el = await joinAt('2027-05-12T18:45Z', 'en', json); // the closing session uses the event's join
    const items = [...el.shadowRoot!.querySelectorAll('[part=interpretation] li')];
    expect(items.map((li) => visibleText(li))).to.deep.equal(['français', 'русский']);
    expect(items[0]!.querySelector('a')!.getAttribute('href')).to.equal('https://webtv.example.org/fr');
    expect(items[1]!.querySelector('a')).to.equal(null);
  });
});

describe('plenary-join: registered participants only', () => {
  /** The meeting with every session for registered participants, a meeting address, number, passcode and a stream written in anyway. */
  async function closedMeeting() {
    const json = await meeting();
    json.join = {
      access: 'registered',
      url: 'https://meetings.example.org/j/secret-room',
      meetingId: '999 111 222',
      passcode: 'hush-hush',
      platform: 'Zoom',
      interpretation: [{ lang: 'fr', url: 'https://webtv.example.org/secret-fr' }, { lang: 'es', channel: 'Spanish' }],
    };
    json.sessions = (json.sessions as Record<string, unknown>[]).map(({ join, ...session }) => ({ ...session, join: { url: 'https://meetings.example.org/j/secret-session', meetingId: '999 333' } }));
    return json;
  }
  const SECRETS = ['secret-room', 'secret-session', 'secret-fr', '999 111 222', '999 333', 'hush-hush'];

  for (const [when, now, words] of [
    // The sessions' own joins here open 30 minutes before: 9:30 AM in New York for the first. The stream of the French interpretation is left out too.
    ['two days before', '2027-05-08T12:00Z', 'The link is sent to registered participants. Opens on Mon, May 10 at 9:30 AM your time · Starts in 2 days Register Interpretation français español · Spanish'],
    ['in the window', '2027-05-10T13:30Z', 'Starts in 30 minutes The link is sent to registered participants. Check your e-mail for the link. Interpretation français español · Spanish'],
    ['under way', '2027-05-10T15:00Z', 'Live now The link is sent to registered participants. Check your e-mail for the link. Interpretation français español · Spanish Ends at 1:00 PM'],
  ] as const) {
    it(`${when}: no meeting address, number or passcode anywhere on the event page, though the descriptor has them`, async () => {
      const el = await fixture<PlenaryEventElement>(html`<plenary-event lang="en" zone="America/New_York" now=${now} .event=${await closedMeeting()}></plenary-event>`);
      await ready(el);
      const pages = [el.shadowRoot!.innerHTML, ...[...el.shadowRoot!.querySelectorAll('*')].filter((e) => e.shadowRoot).map((e) => e.shadowRoot!.innerHTML)].join('\n');
      for (const secret of SECRETS) expect(pages.includes(secret), secret).to.equal(false);
      const join = await joinAt(now, 'en', await closedMeeting());
      const text = visibleText(join.shadowRoot!.querySelector('.join')!);
      expect(text.startsWith(`${now < '2027-05-10T14:00Z' ? 'Next' : 'Now'}: Opening and adoption of the agenda `), text).to.equal(true);
      expect(text).to.contain(words);
      expect(join.shadowRoot!.querySelector('[part=button]')).to.equal(null);
      expect(join.shadowRoot!.querySelector('[part=register]')?.getAttribute('href') ?? null).to.equal(
        now < '2027-05-10T13:30Z' ? 'https://indico.example.org/event/egm-2027/registrations/' : null,
      );
    });
  }
});

describe('plenary-join: every new state is accessible in every language', () => {
  const STATES = {
    'next session counting down': '2027-05-08T12:00Z',
    'session open': '2027-05-10T13:30Z',
    'between sessions': '2027-05-10T17:30Z',
    'registered, before': '2027-05-10T22:00Z',
    'registered, during': '2027-05-11T15:00Z',
  };
  for (const locale of LOCALES) {
    it(`${Object.keys(STATES).join(', ')}; the agenda's Join and its note for registered participants (${locale})`, async () => {
      for (const now of Object.values(STATES)) {
        const el = await joinAt(now, locale);
        await expect(el, now).to.be.accessible();
      }
      for (const now of [STATES['session open'], STATES['registered, during']]) {
        const agenda = await fixture<PlenaryAgendaElement>(html`<plenary-agenda lang=${locale} zone="America/New_York" now=${now} .event=${await meeting()}></plenary-agenda>`);
        await ready(agenda);
        expect(agenda.shadowRoot!.querySelectorAll('[part=session-join]').length, now).to.equal(1);
        await expect(agenda, now).to.be.accessible();
      }
    });
  }
});
