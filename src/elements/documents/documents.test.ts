import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryDocumentsElement } from './documents.js';
import { ready, seedDescriptor, visibleText } from '../../../test/helpers.js';

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
    const descriptor = {
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
    const el = await fixture<PlenaryDocumentsElement>(html`<plenary-documents .event=${descriptor} heading-level="4"></plenary-documents>`);
    await ready(el);
    expect([...el.shadowRoot!.querySelectorAll('h4')].map((h) => h.textContent!.trim())).to.deep.equal(['Presentations', 'Recording', 'Registration']);
    expect(visibleText(el.shadowRoot!.querySelector('section.presentation li')!)).to.equal('Slides A (PPTX, French)');
    expect(el.shadowRoot!.querySelector('section.presentation a')!.getAttribute('hreflang')).to.equal('fr');
    expect(visibleText(el.shadowRoot!.querySelector('section.recording')!)).to.equal('Recording Watch the recording');
    expect(visibleText(el.shadowRoot!.querySelector('section.registration')!)).to.equal('Registration Register');
  });
});
