// Seven languages: every element in each, no English left in the UI, Arabic
// right-to-left, plural forms, per-element languages, and content picked per language.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import { ELEMENTS } from '../src/define.js';
import { LOCALES } from '../src/i18n/lang.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { deepQueryAll, genevaMeeting, ready, seedDescriptor, spokenText, visibleText } from './helpers.js';

/** English UI strings (the catalogue's sources), and each locale's translations, read from the XLIFF files. */
async function catalogue(locale: string): Promise<Array<{ id: string; source: string; target: string }>> {
  const xml = new DOMParser().parseFromString(await (await fetch(`/locales/${locale}.xlf`)).text(), 'application/xml');
  const text = (el: Element | null) => [...(el?.childNodes ?? [])].map((n) => (n.nodeType === Node.TEXT_NODE ? n.textContent : ' ')).join('');
  return [...xml.querySelectorAll('trans-unit')].map((unit) => ({
    id: unit.getAttribute('id')!,
    source: text(unit.querySelector('source')),
    target: text(unit.querySelector('target')),
  }));
}

/** A descriptor whose content exists in every language, so that what is left in English can only be UI. */
const content = (lang: string) => `${lang.toUpperCase()}-text`;
const everywhere = (what: string) => Object.fromEntries(LOCALES.map((l) => [l, `${content(l)} ${what}`]));
const multilingual = {
  plenary: 1,
  id: 'i18n-check',
  title: everywhere('title'),
  series: everywhere('series'),
  summary: everywhere('summary'),
  description: everywhere('description'),
  timeZone: 'America/New_York',
  start: '2020-10-13T07:00',
  end: '2020-10-13T10:20',
  displayZones: [{ zone: 'America/New_York', label: everywhere('place') }],
  join: { url: 'https://example.org/join', platform: 'WebEx', meetingId: '170 123', passcode: 'x1' },
  organizers: [{ name: everywhere('organiser') }],
  sessions: [
    { id: 's1', title: everywhere('session'), start: '2020-10-13T07:00', end: '2020-10-13T08:00', speakers: [{ name: everywhere('speaker') }] },
  ],
  documents: [{ title: everywhere('document'), url: 'https://example.org/d.pdf', kind: 'concept-note', session: 's1' }],
  links: [{ kind: 'discussion', url: 'https://example.org/forum' }],
  contacts: [{ name: everywhere('contact'), organization: everywhere('organisation'), email: 'a@un.org', phone: '+1 212 963 1234' }],
};

const SCRIPTS: Record<string, RegExp> = {
  ar: /[\u0600-\u06ff]/,
  zh: /[\u4e00-\u9fff]/,
  ru: /[\u0400-\u04ff]/,
  ko: /[\uac00-\ud7af]/,
};

// Phases that show each element's words: before the window, the window open, live.
const MOMENTS = ['2020-10-11T11:00Z', '2020-10-13T10:45Z', '2020-10-13T12:00Z'];

describe('languages: every element in each of the seven', () => {
  for (const locale of LOCALES.filter((l) => l !== 'en')) {
    it(`${locale}: UI text in ${locale} and no English left, in every element and phase`, async () => {
      const units = await catalogue(locale);
      expect(units.filter((u) => u.target.trim() === '').map((u) => u.id), `untranslated in ${locale}`).to.deep.equal([]);
      // English strings that would betray an untranslated UI (not those a locale keeps as they are).
      const english = units
        .filter((u) => u.source.trim() !== u.target.trim())
        .flatMap((u) => u.source.split(/\s{2,}|\s(?=\s)/))
        .map((s) => s.trim())
        .filter((s) => s.length >= 4);
      // A name the locale writes as its owner does may hold an English UI word ("Google Agenda" holds "Agenda"): that name is not English left.
      const ownNames = units.filter((u) => u.id === 'calendar.google' && u.source.trim() !== u.target.trim()).map((u) => u.target.trim());
      for (const now of MOMENTS) {
        for (const [tag] of ELEMENTS) {
          const el = document.createElement(tag) as PlenaryElement;
          el.lang = locale;
          el.setAttribute('now', now);
          el.setAttribute('zone', 'America/New_York');
          el.event = multilingual;
          document.body.append(el);
          await ready(el);
          const text = visibleText(el);
          const words = ownNames.reduce((t, name) => t.split(name).join(' '), text);
          const left = english.filter((s) => words.includes(s));
          expect(left, `${tag} at ${now} in ${locale}: ${text}`).to.deep.equal([]);
          if (tag === 'plenary-calendar') for (const name of ownNames) expect(text, `${tag} names Google's calendar as Google does in ${locale}`).to.contain(name);
          if (tag !== 'plenary-join' && tag !== 'plenary-calendar') expect(text, `${tag} shows content in ${locale}`).to.contain(content(locale));
          if (SCRIPTS[locale] && tag !== 'plenary-calendar') expect(text).to.match(SCRIPTS[locale]!);
          expect(deepQueryAll(el, '[lang="en"]'), `${tag}: nothing marked English`).to.deep.equal([]);
          el.remove();
        }
      }
    });
  }

  it('ar: every element computes direction rtl, with addresses and numbers kept left-to-right', async () => {
    for (const [tag] of ELEMENTS) {
      const el = await fixture<PlenaryElement>(html`<div lang="ar"></div>`).then((div) => {
        const child = document.createElement(tag) as PlenaryElement;
        child.setAttribute('now', '2020-10-13T10:45Z');
        child.event = multilingual;
        div.append(child);
        return child;
      });
      await ready(el);
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getAttribute('dir'), tag).to.equal('rtl');
      expect(getComputedStyle(root.firstElementChild ?? root).direction, tag).to.equal('rtl');
    }
    const contacts = await fixture<PlenaryElement>(html`<plenary-contacts lang="ar" .event=${multilingual}></plenary-contacts>`);
    await ready(contacts);
    for (const a of contacts.shadowRoot!.querySelectorAll('.email a, .phone a')) expect(getComputedStyle(a).direction).to.equal('ltr');
  });

  it('ar: the calendar file reads "(.ics)", its dot before "ics", not "(ics.)"', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-calendar lang="ar" .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const link = el.shadowRoot!.querySelector('[part=ics]')!;
    const text = [...link.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.includes('ics')) as Text;
    const at = (i: number) => {
      const range = document.createRange();
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      return range.getBoundingClientRect();
    };
    const dot = text.data.indexOf('.ics');
    // Left to right on screen: the dot, then i, c, s.
    const [x, i, c, sLetter] = [dot, dot + 1, dot + 2, dot + 3].map((k) => at(k).left);
    expect(x! < i! && i! < c! && c! < sLetter!, `dot at ${x}, then ${i}, ${c}, ${sLetter}`).to.equal(true);
  });

  it('ar: the whole event page passes axe', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-event lang="ar" .event=${await seedDescriptor()} now="2020-10-13T10:45Z"></plenary-event>`);
    await ready(el);
    await expect(el).to.be.accessible();
  });
});

describe('languages: plural forms', () => {
  // 13 Oct 2020 11:00 UTC is the seed's start; "now" is that many minutes or days before.
  const startsIn = async (lang: string, now: string) => {
    const el = await fixture<PlenaryElement>(html`<plenary-join lang=${lang} .event=${multilingual} now=${now}></plenary-join>`);
    await ready(el);
    return visibleText(el);
  };
  const minutesBefore = (n: number) => new Date(Date.UTC(2020, 9, 13, 11, 0) - n * 60_000).toISOString();
  const daysBefore = (n: number) => new Date(Date.UTC(2020, 9, 13, 11, 0) - n * 86_400_000).toISOString();

  it('ru: 1, 2, 5, 21 minutes and 2, 5, 21 days', async () => {
    expect(await startsIn('ru', minutesBefore(1))).to.contain('через 1 минуту');
    expect(await startsIn('ru', minutesBefore(2))).to.contain('через 2 минуты');
    expect(await startsIn('ru', minutesBefore(5))).to.contain('через 5 минут');
    expect(await startsIn('ru', minutesBefore(21))).to.contain('через 21 минуту');
    expect(await startsIn('ru', daysBefore(2))).to.contain('через 2 дня');
    expect(await startsIn('ru', daysBefore(5))).to.contain('через 5 дней');
    expect(await startsIn('ru', daysBefore(21))).to.contain('через 21 день');
  });

  // Chromium writes Arabic with Western digits by default (CLDR's "latn" for ar).
  it('ar: 1, 2, 5, 21 minutes and 2, 5, 21 days', async () => {
    expect(await startsIn('ar', minutesBefore(1))).to.contain('خلال دقيقة واحدة');
    expect(await startsIn('ar', minutesBefore(2))).to.contain('خلال دقيقتين');
    expect(await startsIn('ar', minutesBefore(5))).to.contain('خلال 5 دقائق');
    expect(await startsIn('ar', minutesBefore(21))).to.contain('خلال 21 دقيقة');
    expect(await startsIn('ar', daysBefore(2))).to.contain('خلال يومين');
    expect(await startsIn('ar', daysBefore(5))).to.contain('خلال 5 أيام');
    expect(await startsIn('ar', daysBefore(21))).to.contain('خلال 21 يومًا');
  });

  it('fr and es: dans 2 jours, dentro de 2 días', async () => {
    expect(await startsIn('fr', daysBefore(2))).to.contain('dans 2 jours');
    expect(await startsIn('es', daysBefore(2))).to.contain('dentro de 2 días');
  });
});

describe('languages: which language an element speaks', () => {
  const joinLabel = async (el: PlenaryElement) => {
    await ready(el);
    return el.shadowRoot!.querySelector('a.button')?.textContent?.replace(/\s+/g, ' ').trim() ?? visibleText(el);
  };

  it('two elements with different lang on one page each render their own language', async () => {
    const page = await fixture<HTMLDivElement>(html`<div>
      <plenary-join lang="fr" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>
      <plenary-join lang="ko" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>
    </div>`);
    const [fr, ko] = [...page.querySelectorAll('plenary-join')] as PlenaryElement[];
    const french = await joinLabel(fr!);
    const korean = await joinLabel(ko!);
    expect(french).not.to.match(SCRIPTS.ko!);
    expect(korean).to.match(SCRIPTS.ko!);
    expect(french).not.to.equal(korean);
  });

  it("follows its own lang, then the closest ancestor's, then the document's, then the descriptor's", async () => {
    const html0 = document.documentElement.lang;
    try {
      document.documentElement.lang = 'ko';
      const outer = await fixture<HTMLDivElement>(html`<div lang="ru"><plenary-join .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join></div>`);
      const inAncestor = outer.querySelector('plenary-join') as PlenaryElement;
      expect(await joinLabel(inAncestor)).to.match(SCRIPTS.ru!);
      inAncestor.lang = 'ar';
      await inAncestor.updateComplete;
      expect(await joinLabel(inAncestor)).to.match(SCRIPTS.ar!);
      const bare = await fixture<PlenaryElement>(html`<plenary-join .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>`);
      expect(await joinLabel(bare)).to.match(SCRIPTS.ko!);
      document.documentElement.removeAttribute('lang');
      const fromDescriptor = await fixture<PlenaryElement>(html`<plenary-join .event=${{ ...multilingual, lang: 'zh' }} now="2020-10-13T10:45Z"></plenary-join>`);
      expect(await joinLabel(fromDescriptor)).to.match(SCRIPTS.zh!);
    } finally {
      document.documentElement.lang = html0;
    }
  });

  it('falls back from region tags to the base language, and from unknown languages to English', async () => {
    const frCA = await fixture<PlenaryElement>(html`<plenary-join lang="fr-CA" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>`);
    const fr = await fixture<PlenaryElement>(html`<plenary-join lang="fr" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>`);
    expect(await joinLabel(frCA)).to.equal(await joinLabel(fr));
    const zh = await fixture<PlenaryElement>(html`<plenary-join lang="zh-Hans-CN" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>`);
    expect(await joinLabel(zh)).to.match(SCRIPTS.zh!);
    const pt = await fixture<PlenaryElement>(html`<plenary-join lang="pt-BR" .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join>`);
    expect(await joinLabel(pt)).to.equal('Join the meeting · WebEx');
    expect(pt.shadowRoot!.querySelector('.root')!.getAttribute('lang')).to.equal('en');
  });

  it('re-renders when its lang, or an ancestor\'s, changes at run time', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en"><plenary-join .event=${multilingual} now="2020-10-13T10:45Z"></plenary-join></div>`);
    const el = wrapper.firstElementChild as PlenaryElement;
    expect(await joinLabel(el)).to.equal('Join the meeting · WebEx');
    wrapper.lang = 'es';
    await waitUntil(async () => (await joinLabel(el)) !== 'Join the meeting · WebEx', 'did not follow the ancestor');
    el.setAttribute('lang', 'zh');
    await waitUntil(async () => SCRIPTS.zh!.test(await joinLabel(el)), 'did not follow its own lang');
  });
});

describe('languages: dates with times', () => {
  // A date, then the time, joined as each language joins them, the date's own ending written once:
  // Russian writes the year "2020 г.", Korean the short weekday "(화)".
  const lines = async (lang: string) => {
    const el = await fixture<PlenaryElement>(html`<plenary-card lang=${lang} zone="Asia/Seoul" .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-card>`);
    await ready(el);
    return [...el.shadowRoot!.querySelectorAll('.when dd')].map((d) => visibleText(d));
  };

  it('Russian: "13 октября 2020 г., 7:00", not "г. г."', async () => {
    const [organizers] = await lines('ru');
    expect(organizers).to.contain('вторник, 13 октября 2020 г., 7:00');
    expect(organizers).not.to.contain('г. г.');
  });

  it('Korean: "10월 13일 (화) 오후 8:00", not "(화))"', async () => {
    const [, visitor] = await lines('ko');
    expect(visitor).to.contain('10월 13일 (화) 오후 8:00');
    expect(visitor).not.to.contain('))');
  });

  // Taiwan's and Hong Kong's Chinese bracket the weekday inside a range ("1/15（週三） 上午10:00",
  // "15/3（星期一） 至 17/3（星期三）") but not in a date alone ("10月13日週二"): the page writes the
  // date alone, so no "）" may follow it. The words around are the one Chinese translation's.
  for (const lang of ['zh-TW', 'zh-HK', 'zh-Hant']) {
    it(`${lang}: "10月13日週二 下午8:00", no "）" after a weekday that has no "（"`, async () => {
      const [, visitor] = await lines(lang);
      expect(visitor).to.equal('10月13日週二 下午8:00 – 下午11:20 UTC+9');
    });
  }

  it('zh-HK: the days of a meeting "2027年3月15日星期一 至 2027年3月17日星期三", no "）" between them', async () => {
    // 09:30–17:00 in Zurich (CET, UTC+1) each day from Monday 15 to Wednesday 17 March 2027.
    const el = await fixture<PlenaryElement>(html`<plenary-card lang="zh-HK" zone="Europe/Zurich" .event=${genevaMeeting()} now="2027-03-01T00:00Z"></plenary-card>`);
    await ready(el);
    const dd = el.shadowRoot!.querySelector('.when dd')!;
    expect(visibleText(dd)).to.equal('2027年3月15日星期一 至 2027年3月17日星期三 每天 上午9:30至下午5:00 UTC+1');
    expect(spokenText(dd)).not.to.contain('）');
  });
});

describe('languages: where lines break', () => {
  /** One character of a run of text, where it is in the document. */
  type Char = { c: string; node: Text; i: number };

  /**
   * The text of `root` and its shadow roots as runs, one per block: a word may
   * run across elements ("<time>1:00</time>부터") inside one block. Text read
   * only by screen readers (taken out of the flow) is left out.
   */
  const runsOf = (root: Element): Char[][] => {
    const runs: Char[][] = [];
    const blockOf = (node: Node): Element | null => {
      for (let el = node.parentElement; el; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.position === 'absolute') return null;
        if (!style.display.startsWith('inline') && style.display !== 'contents') return el;
      }
      return null;
    };
    const visitTree = (tree: Node) => {
      const walker = document.createTreeWalker(tree, NodeFilter.SHOW_TEXT);
      let run: Char[] = [];
      let block: Element | null = null;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const its = blockOf(node);
        if (its !== block) {
          runs.push(run);
          run = [];
          block = its;
        }
        // UTF-16 units, as a Range counts them.
        if (its) run.push(...node.data.split('').map((c, i) => ({ c, node: node!, i })));
      }
      runs.push(run);
      for (const el of [tree, ...(tree as Element).querySelectorAll('*')]) if (el instanceof Element && el.shadowRoot) visitTree(el.shadowRoot);
    };
    visitTree(root);
    return runs.filter((run) => run.length > 0);
  };

  /** Whether the characters from `first` to `last` are shown on one line. */
  const onOneLine = (first: Char, last: Char): boolean => {
    const range = document.createRange();
    range.setStart(first.node, first.i);
    range.setEnd(last.node, last.i + 1);
    return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.bottom))).size === 1;
  };

  /** The words of Korean text in `root` (Korean spaces its words), and those a line break cuts in two. */
  const koreanWords = (root: Element): { all: string[]; cut: string[] } => {
    const all: string[] = [];
    const cut: string[] = [];
    for (const chars of runsOf(root)) {
      for (const word of chars.map((x) => x.c).join('').matchAll(/\S+/g)) {
        if (!SCRIPTS.ko!.test(word[0])) continue;
        all.push(word[0]);
        if (!onOneLine(chars[word.index]!, chars[word.index + word[0].length - 1]!)) cut.push(word[0]);
      }
    }
    return { all, cut };
  };

  /** Each separator " · " in `root`, and those that begin a line (the word before it at the end of the line above). */
  const separators = (root: Element): { all: number; leading: string[] } => {
    let all = 0;
    const leading: string[] = [];
    for (const chars of runsOf(root)) {
      const text = chars.map((x) => x.c).join('');
      for (const dot of text.matchAll(/\u00b7/g)) {
        const before = text.slice(0, dot.index).search(/\S\s*$/);
        if (before < 0) continue;
        all++;
        if (!onOneLine(chars[before]!, chars[dot.index]!)) leading.push(text.slice(Math.max(0, before - 12), dot.index + 8).replace(/\s+/g, ' '));
      }
    }
    return { all, leading };
  };

  it('Korean: a word is not cut across two lines on a phone ("회의는", not "회" then "의는"; "10:30부터")', async () => {
    // Korean spaces its words; the browser's default would break between any two syllables.
    const el = await fixture<PlenaryElement>(
      html`<plenary-event lang="ko" zone="Pacific/Fiji" .event=${await seedDescriptor()} now="2020-10-11T11:00Z"></plenary-event>`,
    );
    await ready(el);
    const cut = new Set<string>();
    // Each width puts the line ends elsewhere.
    for (let width = 240; width <= 420; width += 12) {
      el.style.width = `${width}px`;
      const { all, cut: here } = koreanWords(el);
      expect(all).to.include.members(['코로나19로부터의', '10:30부터', '나이로비']);
      here.forEach((word) => cut.add(`${word} (${width}px)`));
    }
    expect([...cut]).to.deep.equal([]);
  });

  it('no line begins with the separator " · " ("Подключиться к совещанию" above "· WebEx")', async () => {
    const found = new Set<string>();
    for (const [lang, now] of [['ru', '2020-10-13T11:00Z'], ['en', '2020-10-13T11:00Z'], ['fr', '2020-10-11T11:00Z']] as const) {
      const el = await fixture<PlenaryElement>(html`<plenary-event lang=${lang} zone="Pacific/Honolulu" .event=${await seedDescriptor()} now=${now}></plenary-event>`);
      await ready(el);
      // Every other pixel: where a line breaks before a separator depends on the fonts, and lasts a few pixels.
      for (let width = 240; width <= 420; width += 2) {
        el.style.width = `${width}px`;
        const { all, leading } = separators(el);
        expect(all, `${lang}: separators`).to.be.greaterThan(1);
        leading.forEach((where) => found.add(`${lang} ${width}px: ${where}`));
      }
    }
    expect([...found]).to.deep.equal([]);
  });
});

describe('languages: the parts of one line', () => {
  // "Name, Title, Organization" and "(PDF, English)", separated as each language writes a list:
  // the Arabic comma, the Chinese full-width comma, whether the words are the page's language or not.
  const lines = async (lang: string) => {
    const event = {
      plenary: 1,
      id: 'commas',
      title: 'Commas',
      timeZone: 'UTC',
      start: '2020-10-13T07:00',
      end: '2020-10-13T08:00',
      sessions: [
        {
          id: 's1',
          title: 'Session',
          start: '2020-10-13T07:00',
          end: '2020-10-13T08:00',
          speakers: [
            { name: { en: 'Ahmed', ar: 'أحمد', zh: '艾哈迈德' }, title: { en: 'Director', ar: 'مدير', zh: '主任' }, organization: { en: 'UN', ar: 'الأمم المتحدة', zh: '联合国' } },
            { name: 'Ana', title: 'Adviser', organization: 'UN DESA' },
          ],
        },
      ],
      documents: [{ title: 'Note', url: 'https://example.org/n.pdf', kind: 'concept-note', format: 'PDF', language: 'en', session: 's1' }],
    };
    const el = await fixture<PlenaryElement>(html`<plenary-agenda lang=${lang} .event=${event} now="2020-10-01T00:00Z"></plenary-agenda>`);
    await ready(el);
    const text = (selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((n) => visibleText(n));
    return { people: text('li.person'), meta: text('.doc .meta') };
  };

  it('English: "Ahmed, Director, UN" and "(PDF, English)"', async () => {
    expect(await lines('en')).to.deep.equal({ people: ['Ahmed, Director, UN', 'Ana, Adviser, UN DESA'], meta: ['(PDF, English)'] });
  });

  it('Arabic: the Arabic comma, "أحمد، مدير، الأمم المتحدة", also between English words', async () => {
    expect(await lines('ar')).to.deep.equal({ people: ['أحمد، مدير، الأمم المتحدة', 'Ana، Adviser، UN DESA'], meta: ['(PDF، الإنجليزية)'] });
  });

  it('Chinese: the full-width comma, "艾哈迈德，主任，联合国"', async () => {
    expect(await lines('zh')).to.deep.equal({ people: ['艾哈迈德，主任，联合国', 'Ana，Adviser，UN DESA'], meta: ['（PDF，英语）'] });
  });

  it('Chinese: the full-width brackets, closed up to the title, "Note（PDF，英语）"; French: "Note (PDF, anglais)"', async () => {
    const item = async (lang: string) => {
      const event = { plenary: 1, title: 'Docs', start: '2020-10-13T07:00Z', end: '2020-10-13T08:00Z', documents: [{ title: 'Note', url: 'https://example.org/n.pdf', kind: 'concept-note', format: 'PDF', language: 'en' }] };
      const el = await fixture<PlenaryElement>(html`<plenary-documents lang=${lang} .event=${event} now="2020-10-01T00:00Z"></plenary-documents>`);
      await ready(el);
      return el.shadowRoot!.querySelector('.doc')!.textContent!.replace(/\s+/g, ' ').trim();
    };
    expect(await item('zh')).to.equal('Note（PDF，英语）');
    expect(await item('fr')).to.equal('Note (PDF, anglais)');
    expect(await item('en')).to.equal('Note (PDF, English)');
  });
});

describe('languages: a label and what follows it', () => {
  // A label or a sentence, then what follows it: a space, but none after Chinese full-width
  // punctuation, which carries its own ("电子邮件：zhu@un.org", "…与会者。请查看…").
  const event = {
    plenary: 1,
    id: 'labels',
    title: 'Labels',
    timeZone: 'UTC',
    start: '2020-10-13T07:00',
    end: '2020-10-13T08:00',
    attendance: 'in-person',
    venue: { name: 'Palais des Nations', address: '1211 Geneva' },
    contacts: [{ name: 'Mr. Juwang Zhu', email: 'zhu@un.org', phone: '+1 212 963 1234' }],
  };
  const registered = { ...event, attendance: 'online', venue: undefined, join: { access: 'registered', opensMinutesBefore: 30 } };
  const shown = async (tag: string, lang: string, descriptor: unknown, now = '2020-10-01T00:00Z') => {
    const el = await fixture<PlenaryElement>(html`<div lang=${lang}></div>`).then((div) => {
      const child = document.createElement(tag) as PlenaryElement;
      child.setAttribute('now', now);
      child.event = descriptor;
      div.append(child);
      return child;
    });
    await ready(el);
    return el.shadowRoot!;
  };
  const lines = async (lang: string) => ({
    contact: [...(await shown('plenary-contacts', lang, event)).querySelectorAll('.email, .phone')].map((p) => visibleText(p)),
    venue: visibleText((await shown('plenary-join', lang, event)).querySelector('[part=notice]')!),
    registered: visibleText((await shown('plenary-join', lang, registered, '2020-10-13T07:10Z')).querySelector('[part=notice]')!),
  });

  it('Chinese: no space after "：" and "。"', async () => {
    expect(await lines('zh')).to.deep.equal({
      contact: ['电子邮件：zhu@un.org', '电话：+1 212 963 1234'],
      venue: '现场参加：Palais des Nations，1211 Geneva',
      registered: '链接将发送给已注册的与会者。请查看您的电子邮件以获取链接。',
    });
  });

  it('English and French: a space after the label and between the sentences', async () => {
    expect(await lines('en')).to.deep.equal({
      contact: ['E-mail: zhu@un.org', 'Telephone: +1 212 963 1234'],
      venue: 'In person: Palais des Nations, 1211 Geneva',
      registered: 'The link is sent to registered participants. Check your e-mail for the link.',
    });
    expect((await lines('fr')).contact).to.deep.equal(['Courriel : zhu@un.org', 'Téléphone : +1 212 963 1234']);
  });
});

describe('languages: what a screen reader reads after a label', () => {
  // A link's words, then the session's title said to screen readers only; two sentences the
  // page separates with a " · " they skip. The punctuation is the language's: "：" and "。" in
  // Chinese, a no-break space before the colon in French.
  const event = {
    plenary: 1,
    id: 'spoken',
    title: 'Spoken',
    timeZone: 'UTC',
    start: '2020-10-13T07:00',
    end: '2020-10-13T09:00',
    join: { url: 'https://example.org/join', opensMinutesBefore: 30 },
    sessions: [
      {
        id: 's1',
        title: { en: 'Opening', fr: 'Ouverture', zh: '开幕式' },
        start: '2020-10-13T07:00',
        end: '2020-10-13T08:00',
        description: 'First paragraph.\n\nSecond paragraph.',
        join: { url: 'https://example.org/s1', opensMinutesBefore: 30 },
      },
    ],
  };
  const spoken = async (lang: string) => {
    // 06:40 UTC: the session's window has opened (06:30), the event's join window too.
    const agenda = await fixture<PlenaryElement>(html`<plenary-agenda lang=${lang} zone="UTC" .event=${event} now="2020-10-13T06:40Z"></plenary-agenda>`);
    await ready(agenda);
    // Two days before: the join element says when it opens, then how long until the start.
    const join = await fixture<PlenaryElement>(html`<plenary-join lang=${lang} zone="UTC" .event=${event} now="2020-10-11T07:00Z"></plenary-join>`);
    await ready(join);
    const of = (root: ParentNode, selector: string) => spokenText(root.querySelector(selector)!);
    return {
      join: of(agenda.shadowRoot!, '.session-join a'),
      add: of(agenda.shadowRoot!, 'details.add summary'),
      more: of(agenda.shadowRoot!, '.description summary'),
      opens: of(join.shadowRoot!, '.pending .detail'),
    };
  };

  it('English: "Join: Opening", "… your time. Starts in 2 days"', async () => {
    expect(await spoken('en')).to.deep.equal({
      join: 'Join: Opening',
      add: 'Add to calendar: Opening',
      more: 'Read more: Opening',
      opens: 'Opens on Tue, Oct 13 at 6:30 AM your time. Starts in 2 days',
    });
  });

  it('Chinese: the full-width colon and full stop, no space after them ("加入：开幕式")', async () => {
    expect(await spoken('zh')).to.deep.equal({
      join: '加入：开幕式',
      add: '添加到日历：开幕式',
      more: '阅读更多：开幕式',
      opens: '将于您当地时间10月13日周二 6:30开放。2天后开始',
    });
  });

  it('French: a no-break space before the colon ("Rejoindre : Ouverture")', async () => {
    expect(await spoken('fr')).to.deep.equal({
      join: 'Rejoindre : Ouverture',
      add: 'Ajouter au calendrier : Ouverture',
      more: 'Lire la suite : Ouverture',
      opens: 'Ouverture des connexions le mar. 13 oct. à 6:30 (votre heure locale). Commence dans 2 jours',
    });
    // spokenText makes every space an ordinary one: the one before the colon is a no-break space, so that no line begins with ":".
    const agenda = await fixture<PlenaryElement>(html`<plenary-agenda lang="fr" zone="UTC" .event=${event} now="2020-10-13T06:40Z"></plenary-agenda>`);
    await ready(agenda);
    expect(agenda.shadowRoot!.querySelector('.session-join a .visually-hidden')!.textContent).to.equal('\u00a0: Ouverture');
  });
});

describe('languages: content', () => {
  it('picks each text for the language and marks text in another language with its own lang', async () => {
    const el = await fixture<PlenaryElement>(html`<plenary-card lang="ko" .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-card>`);
    await ready(el);
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent!.trim()).to.equal('코로나19로부터의 지속가능하고 회복력 있는 회복을 위한 디지털 전환 가속화');
    expect(root.querySelector('[part=series] span')!.getAttribute('lang')).to.equal(null);
    // The summary exists only in English: it says so.
    expect(root.querySelector('[part=summary]')!.getAttribute('lang')).to.equal('en');
    expect([...root.querySelectorAll('.organizers li span')].map((s) => s.getAttribute('lang'))).to.deep.equal(['en', null]);
  });

  it('Arabic UI, English series and title: both lines start on the right, as the page reads, each left to right inside', async () => {
    const descriptor = { ...(await seedDescriptor()), lang: 'en', series: 'Expert group meetings', title: 'Meeting on digital government' };
    const el = await fixture<PlenaryElement>(html`<plenary-card lang="ar" style="width: 600px" .event=${descriptor} now="2020-10-01T00:00Z"></plenary-card>`);
    await ready(el);
    const root = el.shadowRoot!;
    const series = root.querySelector('[part=series] span')!;
    const title = root.querySelector('[part=title] span')!;
    expect([series.getAttribute('lang'), series.getAttribute('dir'), title.getAttribute('dir')]).to.deep.equal(['en', 'ltr', 'ltr']);
    const right = (e: Element) => Math.round(e.getBoundingClientRect().right);
    expect(right(series), 'the series ends where the title ends, on the right').to.equal(right(title));
    expect(right(root.querySelector('[part=series]')!) - right(series)).to.be.lessThan(2);
  });

  it('gives Arabic content inside an English UI its own lang and dir', async () => {
    const descriptor = { ...(await seedDescriptor()), lang: 'en', title: { ar: 'ندوة شبكية' } };
    const el = await fixture<PlenaryElement>(html`<plenary-card lang="en" .event=${descriptor} now="2020-10-01T00:00Z"></plenary-card>`);
    await ready(el);
    const title = el.shadowRoot!.querySelector('h2 span')!;
    expect([title.getAttribute('lang'), title.getAttribute('dir')]).to.deep.equal(['ar', 'rtl']);
  });
});
