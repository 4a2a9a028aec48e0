// What a content editor reads in the error box when a descriptor cannot be shown:
// each problem at its place, with sessions, documents and people named by their
// titles; the plenary-error event keeps the machine-readable path beside it.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { PlenaryElement } from '../src/elements/plenary-element.js';

const webinar = (patch: Record<string, unknown> = {}) => ({
  plenary: 1,
  title: 'Webinar',
  timeZone: 'America/New_York',
  start: '2020-10-13T07:00',
  end: '2020-10-13T10:20',
  sessions: [
    { title: 'Session 1: Strategies', start: '2020-10-13T07:00', end: '2020-10-13T08:00' },
    { title: 'Session 2: Setting the scene', start: '2020-10-13T08:00', end: '2020-10-13T09:00' },
    { title: 'Session 2: Building capacities', start: '2020-10-13T06:00', end: '2020-10-13T10:00' },
  ],
  ...patch,
});

async function problemsShown(json: unknown): Promise<{ shown: string[]; detail: { errors: Array<Record<string, string>> } }> {
  const el = document.createElement('plenary-event') as PlenaryElement & { event: unknown };
  const failed = oneEvent(el, 'plenary-error');
  el.event = json;
  await fixture<PlenaryElement>(html`<div>${el}</div>`);
  const { detail } = await failed;
  await waitUntil(() => el.shadowRoot?.querySelector('[part=error] li'));
  const shown = [...el.shadowRoot!.querySelectorAll('[part=error] li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  return { shown, detail };
}

describe('the error box names each place as editors do', () => {
  it('follows the session index with its title', async () => {
    const { shown, detail } = await problemsShown(webinar());
    expect(shown).to.deep.equal([
      'sessions[2] ("Session 2: Building capacities").start: "2020-10-13T06:00" is outside the event (2020-10-13T07:00 – 2020-10-13T10:20); sessions must lie inside the event.',
    ]);
    expect(detail.errors.map((e) => e.path)).to.deep.equal(['sessions[2].start']);
  });

  it('shows one problem for an event that ends before it starts, not one for each session', async () => {
    const { shown } = await problemsShown(webinar({ end: '2020-10-13T06:00' }));
    expect(shown).to.deep.equal(['end: "2020-10-13T06:00" is not after start "2020-10-13T07:00"; the event must end after it starts.']);
  });
});

describe('the error box on a page in another language', () => {
  it('marks the problems as English, left to right, on an Arabic page: the full stop ends the sentence, on the right of it', async () => {
    const el = document.createElement('plenary-event') as PlenaryElement & { event: unknown };
    el.setAttribute('lang', 'ar');
    const failed = oneEvent(el, 'plenary-error');
    el.event = webinar({ end: '2020-10-13T06:00' });
    await fixture<PlenaryElement>(html`<div>${el}</div>`);
    await failed;
    await waitUntil(() => el.shadowRoot?.querySelector('[part=error] li'));
    const list = el.shadowRoot!.querySelector('[part=error] ul')!;
    expect([list.getAttribute('lang'), getComputedStyle(list).direction]).to.deep.equal(['en', 'ltr']);
    // What a reader sees: the sentence starts at the left ("end:") and its full stop is its last glyph on the right.
    const li = list.querySelector('li')!;
    const range = document.createRange();
    const glyph = (node: Node, offset: number) => {
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    const texts = [...li.childNodes].flatMap((n) => (n.nodeType === Node.TEXT_NODE ? [n] : [...n.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE)));
    const last = texts.filter((n) => n.textContent!.trim() !== '').at(-1)!;
    const stop = glyph(last, last.textContent!.trimEnd().length - 1);
    const first = glyph(texts[0]!, 0);
    expect(li.textContent!.trim().endsWith('.')).to.equal(true);
    expect(stop.left, 'the full stop is right of where the sentence starts').to.be.greaterThan(first.left);
  });
});
