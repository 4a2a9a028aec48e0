import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, invalid, neverArrives, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Contacts', component: 'plenary-contacts', ...metaFor('plenary-contacts') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Seed: Story = {};
export const WithTelephone: Story = { args: { src: '/examples/in-person-meeting.json' } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
