import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { PlenaryJoinElement } from './join.js';
import { manualClock, ready, seedDescriptor, seedWith, spokenText, visibleText, type ManualClock } from '../../../test/helpers.js';
import { clockTimerSet, pendingWakeUps } from '../../time/clock.js';

// The seed: 13 Oct 2020, 7:00–10:20 New York (EDT, UTC−4) = 11:00–14:20 UTC; the
// join window opens 30 minutes before, at 10:30 UTC (6:30 AM in New York).
const JOIN_URL = 'https://unitednations.webex.com/unitednations/onstage/g.php?MTID=unpog-2020-10-13';

async function join(now: string, descriptor?: Record<string, unknown>) {
  const el = await fixture<PlenaryJoinElement>(
    html`<plenary-join .event=${descriptor ?? (await seedDescriptor())} now=${now} zone="America/New_York"></plenary-join>`,
  );
  await ready(el);
  return el;
}

/** Everything the page's live region says from now on, in order. */
function listen(): () => string[] {
  const region = document.querySelector('[data-plenary-announcer]')!;
  const said: string[] = [];
  // Every paragraph put in the region, even two in one task.
  new MutationObserver((records) => records.forEach((r) => r.addedNodes.forEach((n) => n.textContent && said.push(n.textContent)))).observe(region, { childList: true });
  return () => said;
}

const link = (el: PlenaryJoinElement) => el.shadowRoot!.querySelector('a');
/** The join link's address, or null: a failed expectation on the element itself would stall the test runner while it serialises the DOM. */
const linkTo = (el: PlenaryJoinElement) => link(el)?.getAttribute('href') ?? null;

describe('plenary-join: by phase', () => {
  it('two days before: not a link; says when it opens, in the visitor\'s time, and how long until the start', async () => {
    const el = await join('2020-10-11T11:00Z');
    expect(linkTo(el)).to.equal(null);
    expect(visibleText(el)).to.equal('Join the meeting · WebEx Opens on Tue, Oct 13 at 6:30 AM your time · Starts in 2 days');
    const opens = el.shadowRoot!.querySelectorAll('.pending time');
    expect([...opens].map((t) => t.getAttribute('datetime'))).to.deep.equal(['2020-10-13', '2020-10-13T06:30-04:00']);
    await expect(el).to.be.accessible();
    // A screen reader skips the " · ": two sentences, not "your timeStarts".
    expect(spokenText(el.shadowRoot!.querySelector('.pending .detail')!)).to.equal('Opens on Tue, Oct 13 at 6:30 AM your time. Starts in 2 days');
  });

  it('the same morning: says the time it opens, and hours to go', async () => {
    const el = await join('2020-10-13T09:00Z'); // 5:00 AM in New York
    expect(linkTo(el)).to.equal(null);
    expect(visibleText(el)).to.equal('Join the meeting · WebEx Opens at 6:30 AM your time · Starts in 2 hours');
  });

  it('in the join window: a real link to the meeting, with the platform, and minutes to go', async () => {
    const el = await join('2020-10-13T10:45Z');
    expect(link(el)!.getAttribute('href')).to.equal(JOIN_URL);
    expect(visibleText(link(el)!)).to.equal('Join the meeting · WebEx');
    expect(visibleText(el)).to.contain('Starts in 15 minutes');
    await expect(el).to.be.accessible();
  });

  it('opens the window exactly opensMinutesBefore the start', async () => {
    expect(linkTo(await join('2020-10-13T10:29:59Z'))).to.equal(null);
    expect(linkTo(await join('2020-10-13T10:30Z'))).not.to.equal(null);
    const early = await seedWith({ join: { url: JOIN_URL, platform: 'WebEx', opensMinutesBefore: 60 } });
    expect(linkTo(await join('2020-10-13T10:15Z', early))).not.to.equal(null);
  });

  it('while live: the link, "Live now", and when it ends', async () => {
    const el = await join('2020-10-13T12:00Z');
    expect(link(el)!.getAttribute('href')).to.equal(JOIN_URL);
    expect(visibleText(el)).to.equal('Live now Join the meeting · WebEx Ends at 10:20 AM');
    expect(el.shadowRoot!.querySelector('.detail time')!.getAttribute('datetime')).to.equal('2020-10-13T10:20-04:00');
    // Only the "Live now" line is in the alert colour; the rest stays a column in the text colour.
    const box = getComputedStyle(el.shadowRoot!.querySelector('[part=join]')!);
    expect([box.flexDirection, box.color]).to.deep.equal(['column', 'rgb(27, 31, 36)']);
    expect(getComputedStyle(el.shadowRoot!.querySelector('.live')!).color).to.equal('rgb(179, 38, 30)');
    await expect(el).to.be.accessible();
  });

  it('shows the meeting ID and passcode when the descriptor gives them', async () => {
    const descriptor = await seedWith({ join: { url: JOIN_URL, platform: 'WebEx', meetingId: '170 123 4567', passcode: 'DESA2020' } });
    const el = await join('2020-10-13T10:45Z', descriptor);
    const pairs = [...el.shadowRoot!.querySelectorAll('.meeting div')].map((d) => [d.querySelector('dt')!.textContent, d.querySelector('dd')!.textContent]);
    expect(pairs).to.deep.equal([
      ['Meeting ID', '170 123 4567'],
      ['Passcode', 'DESA2020'],
    ]);
    await expect(el).to.be.accessible();
  });

  it('after the end, without a recording: "This event has ended", no link', async () => {
    const el = await join('2020-10-13T14:20Z');
    expect(linkTo(el)).to.equal(null);
    expect(visibleText(el)).to.equal('This event has ended.');
    await expect(el).to.be.accessible();
  });

  it('after the end, with a recording: a link to it', async () => {
    const descriptor = await seedDescriptor();
    (descriptor.links as unknown[]).push({ kind: 'recording', url: 'https://www.youtube.com/watch?v=recording' });
    const el = await join('2020-10-14T00:00Z', descriptor);
    expect(link(el)!.getAttribute('href')).to.equal('https://www.youtube.com/watch?v=recording');
    expect(visibleText(el)).to.equal('This event has ended. Watch the recording');
  });

  for (const [status, text] of [
    ['cancelled', 'This event has been cancelled.'],
    ['postponed', 'This event has been postponed. A new date will be announced.'],
  ] as const) {
    it(`${status}: says so, and offers no link even in what would be the window`, async () => {
      const el = await join('2020-10-13T10:45Z', await seedWith({ status }));
      expect(linkTo(el)).to.equal(null);
      expect(visibleText(el)).to.equal(text);
      await expect(el).to.be.accessible();
    });
  }

  it('for an event held in person with no join link: where it is', async () => {
    const descriptor = await seedWith({ join: undefined, attendance: 'in-person', venue: { name: 'Conference Room 4', address: 'UN Headquarters, New York' } });
    const el = await join('2020-10-13T10:45Z', descriptor);
    expect(visibleText(el)).to.equal('In person: Conference Room 4, UN Headquarters, New York');
  });

  it('with no join link and no venue yet: the link to come online, the venue to come in person (not a link)', async () => {
    // No join and no attendance: held in person, as the card says; so no link is promised.
    const inPerson = await join('2020-10-13T10:45Z', await seedWith({ join: undefined, attendance: undefined }));
    expect(visibleText(inPerson)).to.equal('The venue will be published here.');
    const online = await join('2020-10-13T10:45Z', await seedWith({ join: undefined, attendance: 'online' }));
    expect(visibleText(online)).to.equal('The link to join will be published here.');
  });
});

/** The seed's join action in New York on the browser's clock moved by hand from `at`; taken away, and the clock given back, after `walk`. */
async function onTheClock(at: string, walk: (el: PlenaryJoinElement, clock: ManualClock) => Promise<void>): Promise<void> {
  const clock = manualClock(Date.parse(at));
  const el = document.createElement('plenary-join') as PlenaryJoinElement;
  try {
    el.event = await seedDescriptor();
    el.setAttribute('zone', 'America/New_York');
    document.body.append(el);
    await el.updateComplete;
    await walk(el, clock);
  } finally {
    el.remove();
    clock.restore();
  }
}

describe('plenary-join: on the clock', () => {
  it('keeps the keyboard on its place when the link goes at the end: on the words that take its place', async () => {
    await onTheClock('2020-10-13T14:19:00Z', async (el, clock) => {
      link(el)!.focus();
      expect(el.shadowRoot!.activeElement).to.equal(link(el));
      await clock.tick(60_000); // 14:20: ended
      expect(link(el)).to.equal(null);
      expect(document.activeElement).to.equal(el);
      expect(el.shadowRoot!.activeElement?.textContent?.trim()).to.equal('This event has ended.');
    });
  });

  it('moves from phase to phase by itself at the exact instants, announcing each change once', async () => {
    // The browser's clock is moved by hand: the seed's window opens at 10:30 UTC,
    // it starts at 11:00 and ends at 14:20. Start a minute before the window.
    expect(pendingWakeUps(), 'wake-ups left by an earlier test').to.equal(0);
    await onTheClock('2020-10-13T10:29:00Z', async (el, clock) => {
      const said = listen();
      expect(el.status).to.equal('ready');
      expect(linkTo(el)).to.equal(null);
      expect(visibleText(el)).to.equal('Join the meeting · WebEx Opens at 6:30 AM your time · Starts in 31 minutes');
      expect(said(), 'nothing on the first render').to.deep.equal([]);

      await clock.tick(59_999); // 10:29:59.999: not yet
      expect(linkTo(el)).to.equal(null);
      await clock.tick(1); // 10:30:00: the window opens
      expect(linkTo(el)).to.equal(JOIN_URL);
      expect(visibleText(el)).to.equal('Starts in 30 minutes Join the meeting · WebEx');
      expect(said()).to.deep.equal(['The meeting is open: you can join now.']);

      await clock.tick(29 * 60_000); // 10:59: the countdown has followed
      expect(visibleText(el)).to.equal('Starts in 1 minute Join the meeting · WebEx');
      expect(said(), 'announced once, not at each minute').to.deep.equal(['The meeting is open: you can join now.']);

      await clock.tick(60_000); // 11:00: live
      expect(visibleText(el)).to.equal('Live now Join the meeting · WebEx Ends at 10:20 AM');
      expect(said()).to.deep.equal(['The meeting is open: you can join now.', 'The event has started.']);

      await clock.tick(3 * 3_600_000 + 20 * 60_000 - 1); // 14:19:59.999: still live
      expect(linkTo(el)).not.to.equal(null);
      await clock.tick(1); // 14:20: ended
      expect(linkTo(el)).to.equal(null);
      expect(visibleText(el)).to.equal('This event has ended.');
      expect(said()).to.deep.equal(['The meeting is open: you can join now.', 'The event has started.', 'The event has ended.']);
      expect(pendingWakeUps(), 'nothing left to wake for').to.equal(0);
      expect(clock.live(), 'timers left').to.equal(0);
    });
  });

  it('says a new link, a postponement, and the event back on with its time, when the event changes under it (a live update)', async () => {
    const seed = await seedDescriptor();
    const el = await join('2020-10-13T12:00Z', seed); // live
    const said = listen();
    const moved = { ...seed, id: seed.id, join: { ...(seed.join as object), url: 'https://example.org/new-room' } };
    el.event = moved;
    await ready(el);
    expect(linkTo(el)).to.equal('https://example.org/new-room');
    el.event = { ...moved, status: 'postponed' };
    await ready(el);
    expect(linkTo(el)).to.equal(null);
    el.event = { ...moved };
    await ready(el);
    // Back on: its time is said again (New York's: the element's zone), then where it is.
    expect(said()).to.deep.equal([
      'The link to join has changed.',
      'This event has been postponed. A new date will be announced.',
      'This event now takes place on Tuesday, October 13, 2020, 7:00 – 10:20 AM your time. The event has started.',
    ]);
  });

  it('keeps one shared timer, and leaves none behind when the elements leave the page', async () => {
    const descriptor = await seedWith({ start: '2099-01-01T10:00', end: '2099-01-01T12:00' });
    const container = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 10 }, () => html`<plenary-join .event=${descriptor}></plenary-join>`)}
    </div>`);
    for (const el of container.children) await ready(el);
    expect(pendingWakeUps()).to.equal(10);
    expect(clockTimerSet()).to.equal(true);
    container.remove();
    expect(pendingWakeUps()).to.equal(0);
    expect(clockTimerSet()).to.equal(false);
  });

  it('sets no timer when now is frozen', async () => {
    await join('2020-10-11T11:00Z');
    expect(pendingWakeUps()).to.equal(0);
  });
});
