// Hostile descriptors (test/fixtures/hostile/): markup and script in every text,
// unsafe addresses in every address field, e-mail values with quotes, objects
// shaped like Lit templates, prototype keys. Text is shown as text, unsafe links
// are not links (their text is kept, with a warning), no script runs, and no
// prototype is touched.
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { ELEMENTS } from '../src/define.js';
import { validate } from '../src/descriptor/validate.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';
import { deepQueryAll, ready, visibleText } from './helpers.js';

const CORPUS = [
  'markup-in-every-text',
  'url-1',
  'url-2',
  'url-3',
  'url-4',
  'url-5',
  'url-6',
  'url-7',
  'emails-and-phones',
  'template-shaped',
  'prototype-keys',
];
// (`#`: a calendar link whose file is built when the visitor reaches for it.)
const SAFE_LINK = /^(https?:|mailto:[^"'<>\s?&]+$|tel:\+?\d+$|data:text\/calendar;|#$)/;
/** The scheme each unsafe-address fixture puts in every address field (url-3 to url-5 hide it behind a control character, a tab, a space). */
const UNSAFE_SCHEME: Readonly<Record<string, string>> = {
  'url-1': 'javascript:',
  'url-2': 'javascript:',
  'url-3': 'javascript:',
  'url-4': 'javascript:',
  'url-5': 'javascript:',
  'url-6': 'data:',
  'url-7': 'vbscript:',
};
/**
 * What each element must still show of an unsafe-address fixture: the items
 * whose address was unsafe, as text (venue "Hall", organiser "Org", partner
 * "Partner", speakers, session "S" and its document, "Doc", the "Website" link).
 */
const SHOWN: Readonly<Record<string, readonly string[]>> = {
  'plenary-event': ['T', 'Hall', 'Org', 'Partner', 'S', 'Session speaker', 'Session doc', 'Speaker', 'Doc', 'Website', 'Contact'],
  'plenary-card': ['T', 'Hall', 'Org', 'Partner'],
  'plenary-schedule': ['New York'],
  'plenary-agenda': ['S', 'Session speaker', 'Session doc', 'Speaker'],
  'plenary-documents': ['Doc', 'Session doc', 'Website'],
  'plenary-contacts': ['Contact'],
  'plenary-join': ['In person: Hall'], // the join address is unsafe: where to go instead
  'plenary-calendar': ['Add to calendar'],
};
/** After the end: the join element says so (the recording's address is unsafe too, so no link), the documents name the recording, the calendar is empty. */
const SHOWN_AFTER: Readonly<Record<string, readonly string[]>> = {
  'plenary-join': ['This event has ended.'],
  'plenary-documents': ['Doc', 'Session doc', 'Website', 'Watch the recording'],
  'plenary-calendar': [],
};

/** The scheme of an address as the browser reads it (leading controls and spaces dropped, tabs removed, any case). */
function schemeOf(address: string): string {
  try {
    return new URL(address, document.baseURI).protocol;
  } catch {
    return '';
  }
}

/** Whether `text` holds `item` as a whole (not as part of a longer word). */
const holds = (text: string, item: string) => ` ${text} `.includes(` ${item} `);
const MOMENTS = ['2020-10-13T10:45Z', '2020-10-14T00:00Z']; // join window open; ended (recording links)

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const load = async (name: string) => (await fetch(`/test/fixtures/hostile/${name}.json`)).text();

describe('hostile descriptors', () => {
  let tried = 0;
  after(() => {
    // Every corpus file through every element, at two moments.
    expect(tried).to.equal(CORPUS.length * ELEMENTS.length * MOMENTS.length);
  });

  for (const name of CORPUS) {
    it(`${name}: no script runs, text stays text, only safe links, no prototype touched`, async () => {
      const text = await load(name);
      const { errors, warnings } = validate(JSON.parse(text));
      for (const now of MOMENTS) {
        for (const [tag] of ELEMENTS) {
          const el = document.createElement(tag) as PlenaryElement;
          el.setAttribute('now', now);
          el.setAttribute('zone', 'America/New_York');
          el.event = JSON.parse(text); // a fresh object each time, as a page would get it
          document.body.append(el);
          await ready(el);
          await new Promise((r) => setTimeout(r, 20)); // time for any onerror/onload to fire
          tried++;
          expect(window.__pwned, `${tag}: a script ran`).to.equal(undefined);
          // (Plenary's own new-tab icon, svg.new-tab, aside.)
          expect(deepQueryAll(el, 'img, svg:not(.new-tab), iframe, script, object, embed, b').length, `${tag}: markup from the descriptor became elements`).to.equal(0);
          const hrefs = deepQueryAll<HTMLAnchorElement>(el, 'a[href]').map((a) => a.getAttribute('href')!);
          expect(hrefs.filter((h) => !SAFE_LINK.test(h)), `${tag}: unsafe links`).to.deep.equal([]);
          expect(el.status, tag).to.be.oneOf(['ready', 'error']);
          if (name.startsWith('url-')) {
            // An unsafe address costs only its link: the event is shown, every item with its text.
            expect(el.status, `${tag}: ${name} is shown`).to.equal('ready');
            const shown = visibleText(el);
            const after = now === MOMENTS[1] ? SHOWN_AFTER[tag] : undefined;
            for (const item of after ?? SHOWN[tag]!) expect(holds(shown, item), `${tag} at ${now} shows "${item}": ${shown}`).to.equal(true);
            if (after?.length === 0) expect(shown, `${tag} after the end`).to.equal('');
            if (tag === 'plenary-event' || tag === 'plenary-card') {
              expect(deepQueryAll(el, '[part=title]').map((t) => visibleText(t)), `${tag}: the title`).to.deep.equal(['T']);
            }
            const addresses = deepQueryAll(el, '[href], [src]').map((e) => e.getAttribute('href') ?? e.getAttribute('src')!);
            const unsafe = addresses.filter((a) => schemeOf(a) === UNSAFE_SCHEME[name] && !a.startsWith('data:text/calendar;'));
            expect(unsafe, `${tag}: links with the ${UNSAFE_SCHEME[name]} scheme`).to.deep.equal([]);
          }
          if (name === 'markup-in-every-text' && tag !== 'plenary-calendar' && tag !== 'plenary-join') {
            expect(visibleText(el), `${tag}: the markup is shown as text`).to.match(/<(img|svg|iframe|script)|"><b/);
          }
          el.remove();
        }
      }
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
      if (name.startsWith('url-')) {
        // Each unsafe address is a warning with its path, and the event is still shown.
        expect(errors).to.deep.equal([]);
        expect(warnings.map((w) => w.path)).to.include.members([
          'venue.url',
          'join.url',
          'organizers[0].url',
          'organizers[0].logo',
          'partners[0].url',
          'speakers[0].url',
          'sessions[0].speakers[0].url',
          'sessions[0].documents[0].url',
          'documents[0].url',
          'links[0].url',
          'links[1].url',
        ]);
      }
      if (name === 'emails-and-phones') {
        expect(errors).to.deep.equal([]);
        expect(warnings.map((w) => w.path)).to.deep.equal(['contacts[0].email', 'contacts[1].email', 'contacts[2].email', 'contacts[3].email', 'contacts[4].phone']);
      }
      if (name === 'template-shaped') {
        expect(errors.map((e) => e.path)).to.include.members(['title._$litType$', 'contacts[0].name._$litType$']);
      }
    });
  }

  it('keeps the text of a document whose address is unsafe, without a link', async () => {
    const el = document.createElement('plenary-documents') as PlenaryElement;
    el.event = JSON.parse(await load('url-1'));
    document.body.append(el);
    await ready(el);
    const item = el.shadowRoot!.querySelector('section.reference li')!;
    expect(visibleText(item)).to.equal('Doc');
    expect(item.querySelector('a')?.getAttribute('href') ?? null, 'a link').to.equal(null);
    el.remove();
  });
});
