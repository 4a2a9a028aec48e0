import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, withRecording, cancelled, postponed, invalid, neverArrives, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Join', component: 'plenary-join', ...metaFor('plenary-join') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const UpcomingFarAhead: Story = { args: { now: MOMENTS.upcoming } };
export const JoinWindowOpen: Story = { args: { now: MOMENTS.open } };
export const Live: Story = { args: { now: MOMENTS.live } };
export const EndedWithRecording: Story = { args: { src: undefined, event: withRecording, now: MOMENTS.ended } };
export const EndedWithoutRecording: Story = { args: { now: MOMENTS.ended } };
export const Cancelled: Story = { args: { src: undefined, event: cancelled, now: MOMENTS.open } };
export const Postponed: Story = { args: { src: undefined, event: postponed, now: MOMENTS.open } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
