import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryDocumentsElement } from './documents.js';
import { manualClock, ready, seedDescriptor, visibleText } from '../../../test/helpers.js';

describe('plenary-documents', () => {
  it('groups the seed documents and links by kind, in a fixed order', async () => {
    const el = await fixture<PlenaryDocumentsElement>(html`<plenary-documents .event=${await seedDescriptor()}></plenary-documents>`);
    await ready(el);
    const groups = [...el.shadowRoot!.querySelectorAll('section.group')].map((g) => [
      g.querySelector('h3')!.textContent!.trim(),
      [...g.querySelectorAll('li > a')].map((a) => a.textContent!.trim()),
    ]);
    expect(groups).to.deep.equal([
      ['Concept note', ['Concept Note']],
      [
        'Talking points',
        ['Talking Points of Speakers — Session 1', 'Talking Points of Speakers — Session 2', 'Talking Points of Speakers — Session 3'],
      ],
      ['Reference material', ['Reference Material']],
      ['Discussion', ['Online Discussion Board (Knowledge Platform)']],
      ['Follow', ['Facebook', 'Twitter', 'YouTube', 'Blog', 'RSS']],
    ]);
    expect(visibleText(el.shadowRoot!.querySelector('section.concept-note li')!)).to.equal('Concept Note (PDF, English)');
    expect(visibleText(el.shadowRoot!.querySelector('section.discussion li')!)).to.contain('the online discussion board will be created');
    await expect(el).to.be.accessible();
  });

  it('names links that have no label by their kind, and documents listed only under a session too', async () => {
    const descriptor: Record<string, unknown> = {
      plenary: 1,
      title: 'T',
      start: '2030-01-01T10:00Z',
      end: '2030-01-01T11:00Z',
      sessions: [{ id: 'a', title: 'A', documents: [{ title: 'Slides A', url: 'https://example.org/a.pptx', kind: 'presentation', format: 'PPTX', language: 'fr' }] }],
      links: [
        { kind: 'registration', url: 'https://example.org/register' },
        { kind: 'recording', url: 'https://example.org/video' },
      ],
    };
    // The registration before the end, the recording after it.
    const before = await fixture<PlenaryDocumentsElement>(html`<plenary-documents .event=${descriptor} now="2029-12-01T00:00Z" heading-level="4"></plenary-documents>`);
    await ready(before);
    expect([...before.shadowRoot!.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(['Presentations', 'Registration']);
    expect(visibleText(before.shadowRoot!.querySelector('section.presentation li')!)).to.equal('Slides A (PPTX, French)');
    expect(before.shadowRoot!.querySelector('section.presentation a')!.getAttribute('hreflang')).to.equal('fr');
    expect(visibleText(before.shadowRoot!.querySelector('section.registration')!)).to.equal('Registration Register');
    const after = await fixture<PlenaryDocumentsElement>(html`<plenary-documents .event=${structuredClone(descriptor)} now="2030-01-02T00:00Z" heading-level="4"></plenary-documents>`);
    await ready(after);
    expect([...after.shadowRoot!.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(['Presentations', 'Recording']);
    expect(visibleText(after.shadowRoot!.querySelector('section.recording')!)).to.equal('Recording Watch the recording');
  });
});

/**
 * The hybrid forum in Bangkok, Wednesday 18 November 2026, 9:00–17:00 ICT
 * (UTC+7): 02:00–10:00 UTC; its link opens 15 minutes before, at 01:45 UTC.
 * Its links: a registration, a recording and its website.
 */
const FORUM = '/examples/hybrid-forum.json';

/** The groups of `el` as a person reads them: each heading, then the words of its links. */
const groupsOf = (el: Element) =>
  [...el.shadowRoot!.querySelectorAll('section.group')].map((g) => `${g.querySelector('h3')!.textContent!.trim()}: ${[...g.querySelectorAll('li')].map((li) => visibleText(li)).join(', ')}`);

/** The forum's documents and join action seen by a visitor in Seoul at `now` (frozen). */
async function forumAt(now: string, patch: Record<string, unknown> = {}) {
  const event = { ...(await (await fetch(FORUM)).json()), ...patch };
  const box = await fixture<HTMLElement>(html`<div>
    <plenary-join .event=${event} now=${now} zone="Asia/Seoul"></plenary-join>
    <plenary-documents .event=${structuredClone(event)} now=${now} zone="Asia/Seoul"></plenary-documents>
  </div>`);
  const join = box.querySelector('plenary-join')!;
  const documents = box.querySelector('plenary-documents')!;
  await ready(join);
  await ready(documents);
  return { groups: groupsOf(documents), join: visibleText(join), joinRecording: join.shadowRoot!.querySelector('a[href$="/recording"]') !== null, documents };
}

describe('plenary-documents: the recording and the registration follow the event', () => {
  const BEFORE = ['Agenda: Programme (PDF)', 'Registration: Register', 'Website: Event website'];
  const AFTER = ['Agenda: Programme (PDF)', 'Recording: Watch the recording', 'Website: Event website'];

  it('a week before: the registration and no recording, as the join action waits for its window', async () => {
    const seen = await forumAt('2026-11-10T12:00Z');
    expect(seen.join).to.equal('Join the meeting · Microsoft Teams Opens on Wed, Nov 18 at 10:45 AM your time · Starts in 7 days');
    expect(seen.groups).to.deep.equal(BEFORE);
    await expect(seen.documents).to.be.accessible();
  });

  it('while the forum is under way, and in its last millisecond: still the registration, and no recording', async () => {
    for (const now of ['2026-11-18T05:00Z', '2026-11-18T09:59:59.999Z']) {
      const seen = await forumAt(now);
      expect(seen.join, now).to.contain('Live now');
      expect(seen.joinRecording, now).to.equal(false);
      expect(seen.groups, now).to.deep.equal(BEFORE);
    }
  });

  it('from the end (17:00 in Bangkok, 10:00 UTC): the recording the join action offers too, and no registration', async () => {
    for (const now of ['2026-11-18T10:00Z', '2026-11-18T12:00Z', '2027-06-01T00:00Z']) {
      const seen = await forumAt(now);
      expect(seen.join, now).to.equal('This event has ended. Watch the recording');
      expect(seen.joinRecording, now).to.equal(true);
      expect(seen.groups, now).to.deep.equal(AFTER);
    }
  });

  it('cancelled: neither, whenever; postponed: the registration for its new date, never a recording', async () => {
    for (const now of ['2026-11-10T12:00Z', '2026-11-18T12:00Z']) {
      const cancelled = await forumAt(now, { status: 'cancelled' });
      expect(cancelled.joinRecording, now).to.equal(false);
      expect(cancelled.groups, now).to.deep.equal(['Agenda: Programme (PDF)', 'Website: Event website']);
      const postponed = await forumAt(now, { status: 'postponed' });
      expect(postponed.joinRecording, now).to.equal(false);
      expect(postponed.groups, now).to.deep.equal(BEFORE);
    }
  });

  it('on the clock, changes by itself at the end, and waits for nothing after it', async () => {
    const clock = manualClock(Date.parse('2026-11-18T09:59Z'));
    const el = document.createElement('plenary-documents') as PlenaryDocumentsElement;
    try {
      el.event = await (await fetch(FORUM)).json();
      el.setAttribute('zone', 'Asia/Seoul');
      document.body.append(el);
      await clock.tick(0);
      await el.updateComplete;
      expect(groupsOf(el), '16:59 in Bangkok').to.deep.equal(BEFORE);
      await clock.tick(60_000 - 1);
      await el.updateComplete;
      expect(groupsOf(el), '16:59:59.999').to.deep.equal(BEFORE);
      await clock.tick(1);
      await el.updateComplete;
      expect(groupsOf(el), '17:00').to.deep.equal(AFTER);
      expect(clock.live(), 'timers left').to.equal(0);
    } finally {
      el.remove();
      clock.restore();
    }
  });
});
