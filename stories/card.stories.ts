import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, withRecording, cancelled, postponed, invalid, neverArrives, type ElementArgs } from './fixtures.js';

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
export const InPerson: Story = { args: { src: '/examples/in-person-meeting.json', now: '2026-09-01T00:00Z' } };
export const Hybrid: Story = { args: { src: '/examples/hybrid-forum.json', now: '2026-11-18T01:50Z' } };
export const Multilingual: Story = { args: { src: '/examples/multilingual-consultation.json', now: '2026-06-01T00:00Z' } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };
