import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, withRecording, cancelled, postponed, rescheduled, invalid, neverArrives, FAULTS, ANSWERED, serverError, tooLarge, offlineWithCopy, showing, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Card', component: 'plenary-card', ...metaFor('plenary-card') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const UpcomingFarAhead: Story = { args: { now: MOMENTS.upcoming } };
export const JoinWindowOpen: Story = { args: { now: MOMENTS.open } };
export const Live: Story = { args: { now: MOMENTS.live } };
export const EndedWithRecording: Story = { args: { src: undefined, event: withRecording, now: MOMENTS.ended } };
export const EndedWithoutRecording: Story = { args: { now: MOMENTS.ended } };
export const Cancelled: Story = { args: { src: undefined, event: cancelled, now: MOMENTS.upcoming } };
export const Postponed: Story = { args: { src: undefined, event: postponed, now: MOMENTS.upcoming } };
/** Moved a week: the badge says so beside the new date; `previousStart` (6 October) goes to the structured data, for search engines. */
export const Rescheduled: Story = { args: { src: undefined, event: rescheduled, now: MOMENTS.upcoming, 'structured-data': true } };
export const InPerson: Story = { args: { src: '/examples/in-person-meeting.json', now: '2026-09-01T00:00Z' } };
export const Hybrid: Story = { args: { src: '/examples/hybrid-forum.json', now: '2026-11-18T01:50Z' } };
export const Multilingual: Story = { args: { src: '/examples/multilingual-consultation.json', now: '2026-06-01T00:00Z' } };

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
  args: { src: ANSWERED.offline, now: MOMENTS.open },
  beforeEach: offlineWithCopy,
  play: showing('plenary-card', '[part=stale]'),
};
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };
