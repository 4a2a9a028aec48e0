import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryCalendarElement } from './calendar.js';
import { ready, seedDescriptor, seedWith, visibleText } from '../../../test/helpers.js';

describe('plenary-calendar', () => {
  it('says which links open a new tab: an icon, and words for screen readers, in the visitor\'s language', async () => {
    for (const [lang, words] of [['en', '(opens in a new tab)'], ['fr', '(s’ouvre dans un nouvel onglet)']] as const) {
      const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar lang=${lang} .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar>`);
      await ready(el);
      const links = [...el.shadowRoot!.querySelectorAll('a')];
      for (const a of links) {
        const opensTab = a.target === '_blank';
        const hidden = a.querySelector('.visually-hidden')?.textContent!.trim();
        expect(hidden, `${lang}: ${a.textContent}`).to.equal(opensTab ? words : undefined);
        expect(Boolean(a.querySelector('svg[aria-hidden="true"]')), `${lang}: icon on ${a.textContent}`).to.equal(opensTab);
      }
      expect(links.filter((a) => a.target === '_blank').length).to.equal(3);
      await expect(el).to.be.accessible();
    }
  });

  it("points the new-tab icon the way the element's language runs, whichever way the page runs", async () => {
    for (const [lang, pageDir, mirrored] of [['ar', 'ltr', true], ['en', 'rtl', false], ['ar', 'rtl', true], ['en', 'ltr', false]] as const) {
      const wrapper = await fixture<HTMLElement>(
        html`<div dir=${pageDir}><plenary-calendar lang=${lang} .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar></div>`,
      );
      const el = wrapper.querySelector('plenary-calendar') as PlenaryCalendarElement;
      await ready(el);
      const icons = [...el.shadowRoot!.querySelectorAll('svg.new-tab')];
      expect(icons.length).to.equal(3);
      for (const icon of icons) {
        expect(getComputedStyle(icon).transform, `${lang} on a ${pageDir} page`).to.equal(mirrored ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');
      }
    }
  });

  it('offers an .ics file and Google and Outlook links with the right UTC times', async () => {
    const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => visibleText(a))).to.deep.equal(['Calendar file (.ics)', 'Google Calendar', 'Outlook.com', 'Microsoft 365']);
    const ics = links[0]!;
    expect(ics.getAttribute('download')).to.equal('unpog-webinar-2020-10-13.ics');
    const body = await icsOf(ics);
    expect(body).to.contain('\r\nDTSTART:20201013T110000Z\r\n');
    expect(body).to.contain('\r\nDTEND:20201013T142000Z\r\n');
    expect(body).to.contain('\r\nDTSTAMP:20201001T000000Z\r\n');
    expect(body).to.contain('\r\nUID:unpog-webinar-2020-10-13@plenary\r\n');
    expect(new URL(links[1]!.href).searchParams.get('dates')).to.equal('20201013T110000Z/20201013T142000Z');
    expect(new URL(links[2]!.href).searchParams.get('startdt')).to.equal('2020-10-13T11:00:00Z');
    expect(new URL(links[3]!.href).host).to.equal('outlook.office.com');
    await expect(el).to.be.accessible();
  });

  it("writes the calendar entry's words in the element's language: the file and the web links", async () => {
    const join = { url: 'https://webex.example.org/j/1', platform: 'WebEx', meetingId: '123 456', passcode: 'abc' };
    const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar lang="fr" .event=${await seedWith({ join })} now="2020-10-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    // Lines of the file unfolded (RFC 5545 folds at 75 octets); its text escapes "\n" and ",".
    const body = (await icsOf(links[0]!)).replace(/\r\n /g, '');
    expect(body).to.contain('Rejoindre (WebEx)\u00a0: https://webex.example.org/j/1\\nNuméro de réunion\u00a0: 123 456\\nCode d’accès\u00a0: abc');
    expect(new URL(links[1]!.href).searchParams.get('details')).to.contain('Rejoindre (WebEx)\u00a0: https://webex.example.org/j/1\nNuméro de réunion\u00a0: 123 456\nCode d’accès\u00a0: abc');
    const registered = await fixture<PlenaryCalendarElement>(
      html`<plenary-calendar lang="fr" .event=${await seedWith({ join: { ...join, access: 'registered', registration: 'https://example.org/register' } })} now="2020-10-01T00:00Z"></plenary-calendar>`,
    );
    await ready(registered);
    const file = (await icsOf(registered.shadowRoot!.querySelector('a')!)).replace(/\r\n /g, '');
    expect(file).to.contain('Le lien est envoyé aux participants inscrits.\\nS’inscrire\u00a0: https://example.org/register');
  });

  it('builds the file when a link is followed before it was pointed at or focused', async () => {
    const { ics, clicks } = await seedIcsLink();
    expect(ics.getAttribute('href'), 'before').to.equal('#');
    // The second click (made by the element once the file is built) is the one the browser follows.
    ics.click();
    await waitUntil(() => clicks.length === 2, 'the link was not followed once built');
    expect(clicks).to.deep.equal([true, false]);
    expect(ics.getAttribute('href')).to.match(/^data:text\/calendar;charset=utf-8,BEGIN%3AVCALENDAR/);
  });

  it('downloads the file once when the link is clicked twice before it is built', async () => {
    const { ics, clicks } = await seedIcsLink();
    ics.click();
    ics.click();
    await waitUntil(() => clicks.length === 3, 'the link was not followed once built');
    // Long enough for a second follow, had the second click started one.
    await new Promise((r) => setTimeout(r, 300));
    expect(clicks).to.deep.equal([true, true, false]);
  });

  it('does not download the file when the element leaves the page before the file is built', async () => {
    const { el, ics, clicks } = await seedIcsLink();
    ics.click();
    el.remove(); // the visitor went on: a single-page app changed its view
    await waitUntil(() => ics.getAttribute('href')!.startsWith('data:'), 'the file was not built');
    // Long enough for the follow, had the element made it.
    await new Promise((r) => setTimeout(r, 300));
    expect(clicks).to.deep.equal([true]);
  });

  it('offers nothing once the event has ended', async () => {
    const ended = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-14T00:00Z"></plenary-calendar>`);
    await ready(ended);
    expect(ended.shadowRoot!.querySelectorAll('a')).to.have.length(0);
  });

  it('offers "Update your calendar" with a cancelling file, and no web links, once the event is cancelled', async () => {
    const el = await fixture<PlenaryCalendarElement>(
      html`<plenary-calendar .event=${await seedWith({ status: 'cancelled', revision: 1 })} now="2020-10-01T00:00Z"></plenary-calendar>`,
    );
    await ready(el);
    expect(el.shadowRoot!.querySelector('.label')!.textContent!.trim()).to.equal('Update your calendar');
    const links = [...el.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent!.trim())).to.deep.equal(['Calendar file (.ics)']);
    const body = await icsOf(links[0]!);
    expect(body).to.contain('\r\nUID:unpog-webinar-2020-10-13@plenary\r\n');
    expect(body).to.contain('\r\nSTATUS:CANCELLED\r\n');
    expect(body).to.contain('\r\nSEQUENCE:1\r\n');
    // Nobody is to join: the entry keeps the page, which says what became of the event, and not the WebEx link.
    const page = location.href.split('#')[0]!;
    const unfolded = body.replace(/\r\n /g, '');
    expect(unfolded).to.contain(`\r\nLOCATION:${page}\r\n`);
    expect(unfolded).not.to.contain('webex.com');
    expect(unfolded).not.to.contain('Join');
    await expect(el).to.be.accessible();
  });

  it("offers the whole meeting without the event's link when sessions have their own, in the file and the web links alike", async () => {
    const egm = await (await fetch('/examples/intergovernmental-meeting-2027.json')).json();
    const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${egm} now="2027-04-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const page = location.href.split('#')[0]!;
    const [whole, , google, live, office] = [...el.shadowRoot!.querySelectorAll('a')];
    expect(whole!.textContent!.trim()).to.equal('Add the whole event');
    const file = (await icsOf(whole!)).replace(/\r\n /g, '');
    expect(file).to.contain(`\r\nLOCATION:${page}\r\n`);
    expect(file).not.to.contain('meetings.example.org');
    expect(file).not.to.contain('Meeting ID');
    const where = (a: HTMLAnchorElement) => new URL(a.href).searchParams;
    expect([where(google!).get('location'), where(live!).get('location'), where(office!).get('location')]).to.deep.equal([page, page, page]);
    const summary =
      'Three days of online sessions, with interpretation into the six official languages of the United Nations. Each session has its own link; the links of the second day, a closed session, are sent to registered participants only.';
    const details = [where(google!).get('details'), where(live!).get('body'), where(office!).get('body')];
    expect(details).to.deep.equal([`${summary}\n\n${page}`, `${summary}\n\n${page}`, `${summary}\n\n${page}`]);
  });

  it('names the files of a cancelled event with sessions as updates, not additions, in English and French', async () => {
    const symposium = await (await fetch('/examples/multi-day-symposium.json')).json();
    for (const [lang, words] of [
      ['en', ['Update your calendar', 'The whole event', 'Each session']],
      ['fr', ['Mettre à jour votre calendrier', 'L’événement entier', 'Chaque séance']],
    ] as const) {
      const el = await fixture<PlenaryCalendarElement>(
        html`<plenary-calendar lang=${lang} .event=${{ ...symposium, status: 'cancelled', revision: 2 }} now="2026-09-01T00:00Z"></plenary-calendar>`,
      );
      await ready(el);
      const shown = [el.shadowRoot!.querySelector('.label')!, ...el.shadowRoot!.querySelectorAll('a')].map((e) => visibleText(e));
      expect(shown, lang).to.deep.equal(words);
      const sessions = await icsOf(el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=ics-sessions]')!);
      expect(sessions.match(/\r\nSTATUS:CANCELLED\r\n/g)).to.have.length(5);
      expect(sessions.match(/\r\nSEQUENCE:2\r\n/g)).to.have.length(5);
    }
  });

  it('offers the whole event and each session when sessions have times, reminding 15 minutes before', async () => {
    const symposium = await (await fetch('/examples/multi-day-symposium.json')).json();
    const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${symposium} now="2026-09-01T00:00Z"></plenary-calendar>`);
    await ready(el);
    const [whole, sessions] = [...el.shadowRoot!.querySelectorAll('a')];
    expect(whole!.textContent!.trim()).to.equal('Add the whole event');
    expect(sessions!.textContent!.trim()).to.equal('Add each session');
    expect(sessions!.getAttribute('download')).to.equal('regional-symposium-2026-10-06-sessions.ics');
    // The whole event: an entry for each of its three days, in the hours its sessions give that day.
    const days = await icsOf(whole!);
    expect(days.match(/BEGIN:VEVENT/g)).to.have.length(3);
    expect(days).to.contain('\r\nUID:regional-symposium-2026-10-06.day-2@plenary\r\nDTSTAMP:20260901T000000Z\r\nDTSTART:20261007T000000Z\r\nDTEND:20261007T080000Z\r\n');
    const entries = await icsOf(sessions!);
    expect(entries.match(/BEGIN:VEVENT/g)).to.have.length(5);
    expect(entries).to.contain('\r\nUID:regional-symposium-2026-10-06.d2-plenary@plenary\r\nDTSTAMP:20260901T000000Z\r\nDTSTART:20261007T000000Z\r\nDTEND:20261007T080000Z\r\n');
    expect(entries.match(/\r\nTRIGGER:-PT15M\r\n/g)).to.have.length(5);
    await expect(el).to.be.accessible();
  });

  it('reminds at reminder-minutes, and not at all for 0', async () => {
    const at = async (minutes: string) => {
      const el = await fixture<PlenaryCalendarElement>(
        html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-01T00:00Z" reminder-minutes=${minutes}></plenary-calendar>`,
      );
      await ready(el);
      return icsOf(el.shadowRoot!.querySelector('a')!);
    };
    expect(await at('30')).to.contain('\r\nTRIGGER:-PT30M\r\n');
    expect(await at('0')).not.to.contain('VALARM');
  });
});

/**
 * The seed calendar's .ics link, before its file is built, and the clicks it
 * gets: true for one the element held back to build the file first. None is
 * followed (no download in the test browser).
 */
async function seedIcsLink(): Promise<{ el: PlenaryCalendarElement; ics: HTMLAnchorElement; clicks: boolean[] }> {
  const el = await fixture<PlenaryCalendarElement>(html`<plenary-calendar .event=${await seedDescriptor()} now="2020-10-01T00:00Z"></plenary-calendar>`);
  await ready(el);
  const ics = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=ics]')!;
  const clicks: boolean[] = [];
  ics.addEventListener('click', (e) => {
    clicks.push(e.defaultPrevented);
    e.preventDefault();
  });
  return { el, ics, clicks };
}

/** The file a link downloads: built once the visitor reaches for the link (here, focuses it). */
async function icsOf(a: HTMLAnchorElement): Promise<string> {
  a.focus();
  await waitUntil(() => a.getAttribute('href')!.startsWith('data:'), 'the calendar file was not built');
  return decodeURIComponent(a.getAttribute('href')!.replace('data:text/calendar;charset=utf-8,', ''));
}
