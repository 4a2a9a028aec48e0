import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, invalid, neverArrives, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Event page', component: 'plenary-event', ...metaFor('plenary-event') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const UpcomingFarAhead: Story = { args: { now: MOMENTS.upcoming } };
export const JoinWindowOpen: Story = { args: { now: MOMENTS.open } };
export const Live: Story = { args: { now: MOMENTS.live } };
export const Ended: Story = { args: { now: MOMENTS.ended } };
export const Cancelled: Story = { args: { src: '/examples/cancelled-webinar.json', now: '2026-03-01T00:00Z' } };
export const InPersonMeeting: Story = { args: { src: '/examples/in-person-meeting.json', now: '2026-09-01T00:00Z' } };
export const HybridForum: Story = { args: { src: '/examples/hybrid-forum.json', now: '2026-11-18T03:00Z' } };
export const MultiDaySymposium: Story = { args: { src: '/examples/multi-day-symposium.json', now: '2026-10-06T05:00Z' } };
export const ArabicFrenchSpanishContent: Story = { args: { src: '/examples/multilingual-consultation.json', now: '2026-06-01T00:00Z' } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
