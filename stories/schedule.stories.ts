import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, invalid, neverArrives, readyElement, saying, until, FAULTS, ANSWERED, serverError, tooLarge, offlineWithCopy, showing, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Schedule', component: 'plenary-schedule', ...metaFor('plenary-schedule') };
export default meta;
type Story = StoryObj<ElementArgs>;

/** The seed's five zones: New York, Rome, Nairobi, Seoul, and Fiji on the next day. */
export const SeedFiveZones: Story = { args: { now: MOMENTS.upcoming } };
/** A Tokyo morning: the previous afternoon in Pago Pago (−1), +14 in Kiritimati, +5:45 in Kathmandu. */
export const DateLine: Story = {
  args: {
    src: undefined,
    event: { plenary: 1, title: 'Tokyo morning briefing', timeZone: 'Asia/Tokyo', start: '2024-03-05T09:00', end: '2024-03-05T11:00' },
    zones: 'Asia/Tokyo Pacific/Pago_Pago Pacific/Kiritimati Asia/Kathmandu',
    zone: 'Asia/Tokyo',
  },
};
/** Lord Howe Island's half-hour summer time, and Auckland, for a symposium in Seoul. */
export const HalfHourSummerTime: Story = { args: { src: '/examples/multi-day-symposium.json' } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
export const ErrorNotJson: Story = { name: 'Error: not valid JSON', args: { src: FAULTS.notJson } };
export const ErrorWebPage: Story = { name: 'Error: a web page, not a descriptor', args: { src: FAULTS.webPage } };
/** The server fails: the story answers HTTP 500 for its address. */
export const ErrorServerError: Story = { name: 'Error: server error (500)', args: { src: ANSWERED.serverError }, beforeEach: serverError };
/** A descriptor of 2.5 MB, over the 2 MB Plenary reads: the story answers it for its address. */
export const ErrorTooLarge: Story = { name: 'Error: too large (over 2 MB)', args: { src: ANSWERED.tooLarge }, beforeEach: tooLarge };
/** No connection, and the copy kept from an earlier visit: shown, under a note that it may be out of date. */
export const OfflineCopyFromAnEarlierVisit: Story = {
  name: 'Offline: the copy from an earlier visit',
  args: { src: ANSWERED.offline, now: MOMENTS.upcoming },
  beforeEach: offlineWithCopy,
  play: showing('plenary-schedule', '[part=stale]'),
};
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };

/** The Copy button pressed on a slow connection: the text's code is still coming (said after half a second). */
export const CopyingOnASlowConnection: Story = {
  name: 'Copy: slow connection',
  args: { now: MOMENTS.upcoming },
  play: saying('plenary-schedule', '[part=copy-status]', (schedule) => schedule.copy.say('copying')),
};
/** The Copy button pressed, and the text's code could not be downloaded: nothing is copied. */
export const CopyWithTheConnectionFailed: Story = {
  name: 'Copy: connection failed',
  args: { now: MOMENTS.upcoming },
  play: saying('plenary-schedule', '[part=copy-status]', (schedule) => schedule.copy.say('failed')),
};
/**
 * The Copy button pressed where the page may not write to the clipboard: the
 * text is shown selected, in a box, to copy by hand. The story refuses the
 * clipboard for this one press and presses the button.
 */
export const CopyNotAllowed: Story = {
  name: 'Copy: copying not allowed, the text in a box',
  args: { now: MOMENTS.upcoming },
  play: async ({ canvasElement }) => {
    const schedule = await readyElement(canvasElement, 'plenary-schedule');
    const refused = () => Promise.reject(new DOMException('Refused for this story.', 'NotAllowedError'));
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { write: refused, writeText: refused } });
    try {
      schedule.shadowRoot?.querySelector<HTMLButtonElement>('[part=copy-button]')?.click();
      await until(() => !!schedule.shadowRoot?.querySelector('[part=copy-box]'), () => 'The box with the text after the press');
    } finally {
      // The browser's own clipboard again (the story's was set on the navigator object itself).
      delete (navigator as { clipboard?: unknown }).clipboard;
    }
  },
};
