import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, MOMENTS, invalid, neverArrives, saying, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Calendar', component: 'plenary-calendar', ...metaFor('plenary-calendar') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Upcoming: Story = { args: { now: MOMENTS.upcoming } };
export const JoinWindowOpen: Story = { args: { now: MOMENTS.open } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };

/** A visitor followed the .ics link on a slow connection: the file's code is still coming (said after half a second). */
export const SlowConnectionFileBeingMade: Story = {
  name: 'Slow connection: the file is being made',
  args: { now: MOMENTS.upcoming },
  play: saying('plenary-calendar', '[part~=status]', (calendar) => calendar.tell('making')),
};
/** A visitor followed the .ics link, and the file's code could not be downloaded. */
export const ConnectionFailedFileNotMade: Story = {
  name: 'Connection failed: the file could not be made',
  args: { now: MOMENTS.upcoming },
  play: saying('plenary-calendar', '[part~=failed]', (calendar) => calendar.tell('failed')),
};
