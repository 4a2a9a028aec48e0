import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, MEETING_MOMENTS, meeting, invalid, longProgramme, neverArrives, FAULTS, ANSWERED, serverError, tooLarge, offlineWithCopy, showing, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Agenda', component: 'plenary-agenda', ...metaFor('plenary-agenda') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Seed: Story = { args: { now: MOMENTS.upcoming } };
/** Day 1 afternoon of the symposium: two parallel workshops under way, both marked. */
export const LiveWithCurrentSession: Story = { args: { src: '/examples/multi-day-symposium.json', now: '2026-10-06T05:00Z', zone: 'Asia/Seoul' } };
export const InPersonWithSpeakers: Story = { args: { src: '/examples/in-person-meeting.json', now: '2026-09-22T17:40Z' } };

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
  play: showing('plenary-agenda', '[part=stale]'),
};
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };
/** The three-day meeting at 9:30 in New York on 10 May: the first session's window is open, its Join beside it. */
export const SessionsOpenSessionJoin: Story = {
  name: "Sessions: the open session's Join",
  args: { src: undefined, event: meeting, now: MEETING_MOMENTS.sessionOpen, zone: 'America/New_York' },
};
/** 150 sessions over three days: the first 20 at once, the rest once those are on screen. */
export const LongProgramme: Story = { args: { src: undefined, event: longProgramme, now: '2027-02-01T00:00Z', zone: 'Europe/Zurich' } };
