import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, MEETING_MOMENTS, meeting, invalid, longProgramme, neverArrives, type ElementArgs } from './fixtures.js';

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
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };
/** The three-day meeting at 9:30 in New York on 10 May: the first session's window is open, its Join beside it. */
export const SessionsOpenSessionJoin: Story = {
  name: "Sessions: the open session's Join",
  args: { src: undefined, event: meeting, now: MEETING_MOMENTS.sessionOpen, zone: 'America/New_York' },
};
/** 150 sessions over three days: the first 20 at once, the rest once those are on screen. */
export const LongProgramme: Story = { args: { src: undefined, event: longProgramme, now: '2027-02-01T00:00Z', zone: 'Europe/Zurich' } };
