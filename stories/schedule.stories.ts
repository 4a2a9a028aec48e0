import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, invalid, neverArrives, type ElementArgs } from './fixtures.js';

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
export const MeetingOfThreeDays: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z' } };
export const MeetingOfThreeDaysSeenFromTokyo: Story = { args: { src: '/examples/geneva-meeting-2027.json', now: '2027-03-01T00:00Z', zone: 'Asia/Tokyo' } };
