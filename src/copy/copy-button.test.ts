import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../define.js';
import type { PlenaryScheduleElement } from '../elements/schedule/schedule.js';
import type { PlenaryEventElement } from '../elements/event/event.js';
import type { PlenaryAgendaElement } from '../elements/agenda/agenda.js';
import { ready, seedDescriptor } from '../../test/helpers.js';

/** A clipboard that keeps what it is given, or refuses everything. */
function fakeClipboard(refuse: boolean) {
  const kept: { items: ClipboardItem[]; text?: string } = { items: [] };
  const clipboard = {
    write: async (items: ClipboardItem[]) => {
      if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
      kept.items = items;
    },
    writeText: async (text: string) => {
      if (refuse) throw new DOMException('Write permission denied.', 'NotAllowedError');
      kept.text = text;
    },
  };
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: clipboard });
  return kept;
}

async function typeOf(item: ClipboardItem, type: string): Promise<string> {
  return (await item.getType(type)).text();
}

// Worked out by hand: 13 Oct 2020, 11:00–14:20 UTC (see copy-text.test.ts).
const SEED_EN = `Accelerating Digital Transformation for Sustainable and Resilient Recovery from COVID-19
Tuesday, October 13, 2020
New York 7:00–10:20 AM EDT
Rome 1:00–4:20 PM UTC+2
Nairobi 2:00–5:20 PM UTC+3
Seoul 8:00–11:20 PM UTC+9
Fiji 11:00 PM–2:20 AM (Oct 14) UTC+12
`;

describe('the Copy button', () => {
  afterEach(() => {
    delete (navigator as unknown as Record<string, unknown>).clipboard;
  });

  it('puts the times on the clipboard as text and HTML, then shows and says "Copied"', async () => {
    const kept = fakeClipboard(false);
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang="en" zone="Asia/Seoul" now="2020-10-01T00:00Z" .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy-button]')!;
    const status = el.shadowRoot!.querySelector('[part=copy-status]')!;
    expect(button.textContent!.trim()).to.equal('Copy times');
    expect(status.getAttribute('role')).to.equal('status');
    expect(status.textContent!.trim()).to.equal('');
    button.click();
    await waitUntil(() => status.textContent!.trim() !== '', 'no confirmation', { timeout: 5000 });
    expect(status.textContent!.trim()).to.equal('Copied');
    expect(kept.items.length).to.equal(1);
    expect(kept.items[0]!.types).to.deep.equal(['text/plain', 'text/html']);
    expect(await typeOf(kept.items[0]!, 'text/plain')).to.equal(SEED_EN);
    expect(await typeOf(kept.items[0]!, 'text/html')).to.contain('<tr><th scope="row">Fiji</th><td>11:00 PM–2:20 AM (Oct 14)</td><td>UTC+12</td></tr>');
    expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('where the browser refuses, selects the text in a read-only box and says so', async () => {
    fakeClipboard(true);
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang="fr" zone="Asia/Seoul" now="2020-10-01T00:00Z" .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('textarea') !== null && el.shadowRoot!.activeElement !== null, 'no box', { timeout: 5000 });
    const box = el.shadowRoot!.querySelector('textarea')!;
    expect(el.shadowRoot!.querySelector('[part=copy-status]')!.textContent!.trim()).to.equal(
      'La copie n’est pas autorisée ici\u00a0: le texte est sélectionné ci-dessous, copiez-le depuis cet endroit.',
    );
    expect(box.readOnly).to.equal(true);
    expect(box.getAttribute('aria-label')).to.equal('Texte à copier');
    expect(box.value.split('\n')[2]).to.equal('New York 7:00–10:20 UTC−4');
    expect(el.shadowRoot!.activeElement === box).to.equal(true);
    expect([box.selectionStart, box.selectionEnd]).to.deep.equal([0, box.value.length]);
    await expect(el).to.be.accessible();
  });

  it('with no clipboard at all (an insecure page), the box too', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule lang="en" .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part=copy-button]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelector('textarea') !== null, 'no box', { timeout: 5000 });
    expect(el.shadowRoot!.querySelector('textarea')!.value).to.equal(SEED_EN);
  });

  it('the event page has one button, under the time zones, that copies the programme too (Arabic)', async () => {
    const kept = fakeClipboard(false);
    const el = await fixture<PlenaryEventElement>(html`<plenary-event lang="ar" zone="Asia/Seoul" now="2020-10-01T00:00Z" .event=${await seedDescriptor()}></plenary-event>`);
    await ready(el);
    const schedule = el.shadowRoot!.querySelector('plenary-schedule')!;
    expect(schedule.shadowRoot!.querySelector('[part=copy-button]')).to.equal(null);
    const agenda = el.shadowRoot!.querySelector('plenary-agenda')!;
    await ready(agenda);
    expect(agenda.shadowRoot!.querySelector('[part=copy-button]')).to.equal(null);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.zones [part=copy-button]')!;
    expect(button.textContent!.trim()).to.equal('نسخ المواعيد والبرنامج');
    button.click();
    const status = el.shadowRoot!.querySelector('[part=copy-status]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'no confirmation', { timeout: 5000 });
    expect(status.textContent!.trim()).to.equal('تم النسخ');
    const lines = (await typeOf(kept.items[0]!, 'text/plain')).split('\n');
    expect(lines.slice(6)).to.deep.equal([
      '\u200Fفيجي\u200F 11:00 م–2:20 ص (14 أكتوبر)\u200F UTC+12\u200F',
      '',
      '\u200Fالبرنامج\u200F',
      '\u200FSession 1: Setting Effective Strategies to Accelerate Digital Transformation\u200F',
      '\u200FSession 2: Building Capacities and Mindsets for Accelerating Digital Transformation\u200F',
      '\u200FSession 3: Promoting Global Digital Cooperation for Solidarity\u200F',
      '',
    ]);
  });

  it('the agenda has its own, above the sessions: the times, then a line per session (Spanish)', async () => {
    const kept = fakeClipboard(false);
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda lang="es" zone="Asia/Seoul" now="2020-10-01T00:00Z" .event=${await seedDescriptor()}></plenary-agenda>`);
    await ready(el);
    const copy = el.shadowRoot!.querySelector('[part=copy]')!;
    expect(copy.nextElementSibling!.getAttribute('part')).to.equal('sessions');
    const button = copy.querySelector<HTMLButtonElement>('[part=copy-button]')!;
    expect(button.textContent!.trim()).to.equal('Copiar horarios y programa');
    button.click();
    const status = copy.querySelector('[part=copy-status]')!;
    await waitUntil(() => status.textContent!.trim() !== '', 'no confirmation', { timeout: 5000 });
    expect(status.textContent!.trim()).to.equal('Copiado');
    // 13 Oct 2020, 11:00–14:20 UTC: New York EDT, 7:00–10:20, in the 24-hour clock Spanish writes.
    const lines = (await typeOf(kept.items[0]!, 'text/plain')).split('\n');
    expect(lines[2]).to.equal('Nueva York 7:00–10:20 UTC−4');
    expect(lines.slice(7)).to.deep.equal([
      '',
      'Programa',
      'Session 1: Setting Effective Strategies to Accelerate Digital Transformation',
      'Session 2: Building Capacities and Mindsets for Accelerating Digital Transformation',
      'Session 3: Promoting Global Digital Cooperation for Solidarity',
      '',
    ]);
    await expect(el).to.be.accessible();
  });

  it('no-copy leaves the agenda\'s button out', async () => {
    const el = await fixture<PlenaryAgendaElement>(html`<plenary-agenda no-copy .event=${await seedDescriptor()}></plenary-agenda>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part=copy]')).to.equal(null);
  });

  it('no-copy leaves the button out', async () => {
    const el = await fixture<PlenaryScheduleElement>(html`<plenary-schedule no-copy .event=${await seedDescriptor()}></plenary-schedule>`);
    await ready(el);
    expect(el.shadowRoot!.querySelector('[part=copy]')).to.equal(null);
  });
});
