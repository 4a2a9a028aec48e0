import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryContactsElement } from './contacts.js';
import { ready, seedDescriptor, visibleText } from '../../../test/helpers.js';

describe('plenary-contacts', () => {
  it('groups the seed contacts by organisation, in order, with e-mail links', async () => {
    const el = await fixture<PlenaryContactsElement>(html`<plenary-contacts .event=${await seedDescriptor()}></plenary-contacts>`);
    await ready(el);
    const groups = [...el.shadowRoot!.querySelectorAll('section.group')];
    expect(groups.map((g) => g.querySelector('h3')!.textContent!.trim())).to.deep.equal([
      'UN Department of Economic and Social Affairs, Division for Public Institutions and Digital Government',
      'Ministry of the Interior and Safety, Republic of Korea',
    ]);
    expect(groups.map((g) => g.querySelectorAll('li.contact').length)).to.deep.equal([6, 2]);
    const zhu = groups[0]!.querySelector('li.contact')!;
    expect(visibleText(zhu)).to.equal('Mr. Juwang Zhu Director DPIDG/UN DESA E-mail: zhu@un.org');
    expect(zhu.querySelector('a')!.getAttribute('href')).to.equal('mailto:zhu@un.org');
    await expect(el).to.be.accessible();
  });

  it('links telephone numbers with tel:', async () => {
    const descriptor = {
      plenary: 1,
      title: 'T',
      start: '2030-01-01T10:00Z',
      end: '2030-01-01T11:00Z',
      contacts: [{ name: 'Desk', organization: 'Secretariat', phone: '+1 (212) 963-1234' }],
    };
    const el = await fixture<PlenaryContactsElement>(html`<plenary-contacts .event=${descriptor}></plenary-contacts>`);
    await ready(el);
    const tel = el.shadowRoot!.querySelector('.phone a')!;
    expect(tel.getAttribute('href')).to.equal('tel:+12129631234');
    expect(tel.textContent).to.equal('+1 (212) 963-1234');
  });
});
