import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryCalendarElement } from './calendar.js';
import { ready, seedDescriptor, seedWith } from '../../../test/helpers.js';

describe('plenary-calendar', () => {
  it('offers an .ics file and Google and Outlook links with the right UTC times', async () => {
    const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Calendar file (.ics)', 'Google Calendar', 'Outlook.com', 'Microsoft 365']);
    const ics = links[0]!;
    expect(ics.getAttribute('download')).to.equal('unpog-webinar-2020-10-13.ics');
    const body = decodeURIComponent(ics.getAttribute('href')!.replace('data:text/calendar;charset=utf-8,', ''));
    expect(body).to.contain('\r\nDTSTART:20201013T110000Z\r\n');
    expect(body).to.contain('\r\nDTEND:20201013T142000Z\r\n');
    expect(body).to.contain('\r\nDTSTAMP:20201001T000000Z\r\n');
    expect(body).to.contain('\r\nUID:unpog-webinar-2020-10-13@plenary\r\n');
    expect(new URL(links[1]!.href).searchParams.get('dates')).to.equal('20201013T110000Z/20201013T142000Z');
    expect(new URL(links[2]!.href).searchParams.get('startdt')).to.equal('2020-10-13T11:00:00Z');
    expect(new URL(links[3]!.href).host).to.equal('outlook.office.com');
    await expect(el).to.be.accessible();
  });

  it('offers nothing once the event has ended, or when it is cancelled', async () => {
    const ended = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-14T00:00Z"></plenary-calendar>`);
    const cancelled = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedWith({ status: 'cancelled' })} now="2020-10-01T00:00Z"></plenary-calendar>`);
    await ready(ended);
    await ready(cancelled);
    expect(ended.shadowRoot!.querySelectorAll('a')).to.have.length(0);
    expect(cancelled.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });
});
