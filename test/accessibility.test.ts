// Accessibility across every state: axe on every element × the seven languages ×
// the phases; keyboard order and visible focus even when the page removes
// outlines; reflow at 320 px; text contrast measured from computed styles on
// light and dark host pages.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import { ELEMENTS } from '../src/define.js';
import { LOCALES } from '../src/i18n/lang.js';
import { PlenaryElement } from '../src/elements/plenary-element.js';
import { html as litHtml } from 'lit';
import { deepQueryAll, ready, seedDescriptor } from './helpers.js';

const PHASES: Record<string, (seed: Record<string, unknown>) => [unknown, string]> = {
  upcoming: (seed) => [seed, '2020-10-01T00:00Z'],
  'window open': (seed) => [seed, '2020-10-13T10:45Z'],
  live: (seed) => [seed, '2020-10-13T12:00Z'],
  ended: (seed) => [{ ...seed, links: [...(seed.links as unknown[]), { kind: 'recording', url: 'https://example.org/rec' }] }, '2020-10-14T00:00Z'],
  cancelled: (seed) => [{ ...seed, status: 'cancelled' }, '2020-10-13T10:45Z'],
  error: () => [{ plenary: 1, title: '', timeZone: 'Mars/Olympus', start: 'x', end: 'y' }, '2020-10-13T10:45Z'],
};

async function place(tag: string, event: unknown, now: string, lang: string, container: HTMLElement = document.body): Promise<PlenaryElement> {
  const el = document.createElement(tag) as PlenaryElement;
  el.lang = lang;
  el.setAttribute('now', now);
  el.setAttribute('zone', 'Asia/Seoul');
  el.event = event;
  container.append(el);
  await ready(el);
  return el;
}

describe('axe on every element, language and phase', function () {
  this.timeout(300_000);
  let runs = 0;
  after(() => expect(runs).to.equal(ELEMENTS.length * LOCALES.length * Object.keys(PHASES).length));

  for (const lang of LOCALES) {
    it(`${lang}: every element in every phase passes axe`, async () => {
      const seed = await seedDescriptor();
      for (const [phase, make] of Object.entries(PHASES)) {
        const [event, now] = make(seed);
        for (const [tag] of ELEMENTS) {
          const el = await place(tag, event, now, lang);
          try {
            await expect(el, `${tag}, ${phase}, ${lang}`).to.be.accessible();
          } finally {
            el.remove();
          }
          runs++;
        }
      }
    });
  }
});

/** The element that has focus, looking into shadow roots. */
function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Focusable elements in the order a reader meets them, through shadow roots and slots. */
function focusables(root: Node): Element[] {
  const out: Element[] = [];
  const walk = (node: Node) => {
    if (node instanceof HTMLSlotElement) {
      node.assignedNodes({ flatten: true }).forEach(walk);
      return;
    }
    if (node instanceof Element) {
      const visible = node.getClientRects().length > 0;
      if (visible && (node.matches('a[href], button:not([disabled]), summary, textarea, input'))) out.push(node);
      if (node.shadowRoot) {
        node.shadowRoot.childNodes.forEach(walk);
        return;
      }
    }
    node.childNodes.forEach(walk);
  };
  walk(root);
  return out;
}

describe('keyboard', () => {
  it('Tab reaches every link and button of the event page in reading order, always with a visible focus ring, even when the page removes outlines', async () => {
    const style = document.createElement('style');
    style.textContent = '*:focus { outline: none !important; }';
    document.head.append(style);
    try {
      const page = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <plenary-event .event=${await seedDescriptor()} now="2020-10-13T10:45Z" zone="Asia/Seoul"></plenary-event>
        <button id="after">After</button>
      </div>`);
      await ready(page.querySelector('plenary-event')!);
      const expected = focusables(page.querySelector('plenary-event')!);
      expect(expected.length).to.be.greaterThan(25);
      (page.querySelector('#before') as HTMLButtonElement).focus();
      const visited: Element[] = [];
      const invisible: string[] = [];
      for (let i = 0; i < 200; i++) {
        await sendKeys({ press: 'Tab' });
        const active = deepActive();
        if (!active || active.id === 'after') break;
        visited.push(active);
        const s = getComputedStyle(active);
        if (s.outlineStyle === 'none' || parseFloat(s.outlineWidth) < 2) invisible.push(`${active.localName}: ${active.textContent?.trim().slice(0, 40)}`);
      }
      expect(visited.length).to.equal(expected.length);
      expect(visited.every((el, i) => el === expected[i])).to.equal(true);
      expect(invisible).to.deep.equal([]);
    } finally {
      style.remove();
    }
  });
});

describe('reflow at 320 px', () => {
  for (const [tag] of ELEMENTS) {
    it(`${tag} needs no horizontal scrolling at 320 px, in English, Russian and Arabic, for one day and for several`, async () => {
      const seed = await seedDescriptor();
      // Three days in Geneva, the same hours each day; three days online with other hours each day: the
      // longest date lines (start and end with their dates, "понедельник, 10 мая 2027 г. в 10:00").
      const meeting = await (await fetch('/examples/geneva-meeting-2027.json')).json();
      const online = await (await fetch('/examples/intergovernmental-meeting-2027.json')).json();
      for (const [event, now] of [[seed, '2020-10-13T10:45Z'], [meeting, '2027-03-01T00:00Z'], [online, '2027-01-01T00:00Z']] as const) {
        for (const lang of ['en', 'ru', 'ar']) {
          const box = await fixture<HTMLDivElement>(html`<div style="width: 320px; overflow: auto"></div>`);
          const el = await place(tag, event, now, lang, box);
          expect(box.scrollWidth, `${tag} in ${lang} at ${now}`).to.be.at.most(320);
          expect(el.getBoundingClientRect().width).to.be.at.most(320);
        }
      }
    });
  }
});

describe('targets', () => {
  it('every link, button and disclosure of the event page is at least 24 px high, on a phone and wide, for one day and for several', async () => {
    const seed = await seedDescriptor();
    const meeting = await (await fetch('/examples/geneva-meeting-2027.json')).json();
    for (const width of [320, 1024]) {
      for (const [event, now] of [[seed, '2020-10-13T10:45Z'], [meeting, '2027-03-01T00:00Z']] as const) {
        const box = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"></div>`);
        const el = await place('plenary-event', event, now, 'en', box);
        const low = deepQueryAll(el, 'a[href], button, summary')
          .filter((t) => t.getClientRects().length > 0 && t.getBoundingClientRect().height < 24)
          .map((t) => `${(t.getRootNode() as ShadowRoot).host.localName}: "${t.textContent!.trim().slice(0, 40)}" ${t.getBoundingClientRect().height.toFixed(1)} px`);
        expect(low, `${width} px, ${now}`).to.deep.equal([]);
      }
    }
  });
});

type RGBA = [number, number, number, number];
const parse = (c: string): RGBA => {
  const m = c.match(/[\d.]+/g)!.map(Number);
  return [m[0]!, m[1]!, m[2]!, m[3] ?? 1];
};
const luminance = ([r, g, b]: RGBA) => {
  const f = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};
const ratio = (a: RGBA, b: RGBA) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
};

/** The background behind `el`: the first opaque one up the composed tree, else the page's. */
function backgroundOf(el: Element, page: RGBA): RGBA {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const bg = parse(getComputedStyle(node).backgroundColor);
      if (bg[3] > 0.5) return bg;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return page;
}

function lowContrast(root: Element, page: RGBA): string[] {
  const found: string[] = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      if (node.classList.contains('visually-hidden')) return;
      const own = [...node.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim() !== '');
      if (own && node.getClientRects().length > 0) {
        const s = getComputedStyle(node);
        const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && Number(s.fontWeight) >= 700);
        const r = ratio(parse(s.color), backgroundOf(node, page));
        if (r < (large ? 3 : 4.5)) found.push(`${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 30)}": ${r.toFixed(2)}`);
      }
      if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
    }
    node.childNodes.forEach(visit);
  };
  visit(root);
  return found;
}

describe('contrast of text, measured', () => {
  for (const [host, background] of [
    ['light', '#ffffff'],
    ['dark', '#0d1117'],
  ] as const) {
    it(`every text of every element, in every phase, reaches 4.5:1 (3:1 large) on a ${host} host page, default theme`, async () => {
      const seed = await seedDescriptor();
      const pageColor = parse(host === 'light' ? 'rgb(255,255,255)' : 'rgb(13,17,23)');
      const problems: string[] = [];
      for (const [phase, make] of Object.entries(PHASES)) {
        const [event, now] = make(seed);
        const box = await fixture<HTMLDivElement>(html`<div style="background: ${background}; color: ${host === 'light' ? '#000' : '#fff'}"></div>`);
        for (const [tag] of ELEMENTS) {
          const el = await place(tag, event, now, 'en', box);
          problems.push(...lowContrast(el, pageColor).map((p) => `${tag} (${phase}): ${p}`));
        }
      }
      expect(problems).to.deep.equal([]);
    });
  }
});

describe('reduced motion', () => {
  it('the "Live now" mark pulses, except for visitors who ask for reduced motion', async () => {
    const dot = async () => {
      const el = await place('plenary-join', await seedDescriptor(), '2020-10-13T12:00Z', 'en');
      const name = getComputedStyle(el.shadowRoot!.querySelector('.dot')!).animationName;
      el.remove();
      return name;
    };
    await emulateMedia({ reducedMotion: 'no-preference' });
    expect(await dot()).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(await dot()).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('forced colours', () => {
  it('the join button and the card\'s badge keep an outline, and the "Live now" mark its dot, where backgrounds are not drawn', async () => {
    await emulateMedia({ forcedColors: 'active' });
    try {
      const join = await place('plenary-join', await seedDescriptor(), '2020-10-13T12:00Z', 'en');
      const card = await place('plenary-card', await seedDescriptor(), '2020-10-13T12:00Z', 'en');
      const outline = (el: Element) => {
        const s = getComputedStyle(el);
        return `${s.borderTopStyle} ${s.borderTopWidth} ${s.borderTopColor === 'rgba(0, 0, 0, 0)' ? 'transparent' : 'drawn'}`;
      };
      expect(outline(join.shadowRoot!.querySelector('a.button')!)).to.equal('solid 1px drawn');
      expect(outline(card.shadowRoot!.querySelector('.status')!)).to.equal('solid 1px drawn');
      const live = join.shadowRoot!.querySelector('.live')!;
      expect(getComputedStyle(live.querySelector('.dot')!).backgroundColor).to.equal(getComputedStyle(live).color);
    } finally {
      await emulateMedia({ forcedColors: 'none' });
    }
  });
});

describe('landmarks', () => {
  it('the event page is a region for each of its sections, not for each kind of document, organization or day of a programme', async () => {
    const sections = ['About the event', 'Programme', 'Time zones', 'Documents and links', 'Contacts'];
    for (const [descriptor, now, expected] of [
      // The seed: documents of three kinds and links, contacts of two organizations; the symposium: three days of programme, no description.
      [await seedDescriptor(), '2020-10-13T10:45Z', sections],
      [await (await fetch('/examples/multi-day-symposium.json')).json(), '2026-10-01T00:00Z', sections.slice(1)],
    ] as const) {
      const el = await place('plenary-event', descriptor, now, 'en');
      // What a screen reader lists as regions: sections with a name, and role=region.
      const regions = deepQueryAll(el, 'section[aria-labelledby], section[aria-label], [role=region]').map((r) => {
        const root = r.getRootNode() as ShadowRoot;
        const label = r.getAttribute('aria-labelledby');
        return `${root.host.localName}: ${label ? root.getElementById(label)?.textContent?.trim() : r.getAttribute('aria-label')}`;
      });
      expect(regions, JSON.stringify(regions)).to.deep.equal(expected.map((name) => `plenary-event: ${name}`));
      el.remove();
    }
  });
});

/** An element whose render shows the links it is given, then a paragraph. */
class FocusProbe extends PlenaryElement {
  static override properties = { links: { attribute: false } };
  links = ['first', 'second', 'third'];
  protected renderReady() {
    return litHtml`${this.links.map((l) => litHtml`<a id=${l} href="#${l}">${l}</a>`)}<p>Nothing to follow now.</p>`;
  }
}
customElements.define('plenary-focus-probe', FocusProbe);

describe('focus', () => {
  it('a render that takes away the focused link puts the focus on what stands in its place: the next link, else the last, else the words', async () => {
    const el = document.createElement('plenary-focus-probe') as FocusProbe;
    el.event = await seedDescriptor();
    document.body.append(el);
    try {
      await ready(el);
      const focusedId = () => el.shadowRoot!.activeElement?.id || el.shadowRoot!.activeElement?.localName;
      const drop = async (...gone: string[]) => {
        el.links = el.links.filter((l) => !gone.includes(l));
        await el.updateComplete;
      };
      (el.shadowRoot!.getElementById('second') as HTMLElement).focus();
      await drop('second');
      expect(focusedId()).to.equal('third');
      await drop('third');
      expect(focusedId()).to.equal('first');
      await drop('first');
      expect(focusedId()).to.equal('p');
      // A render that leaves the focused element in place moves nothing.
      el.links = ['again'];
      await el.updateComplete;
      expect(focusedId()).to.equal('p');
    } finally {
      el.remove();
    }
  });
});
