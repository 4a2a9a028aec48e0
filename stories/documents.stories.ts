import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, invalid, neverArrives, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Documents', component: 'plenary-documents', ...metaFor('plenary-documents') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Seed: Story = {};
export const InSeveralLanguages: Story = { args: { src: '/examples/multilingual-consultation.json' } };
export const WithRecordingAndRegistration: Story = { args: { src: '/examples/hybrid-forum.json' } };

export const Loading: Story = { args: { src: undefined, event: neverArrives }, tags: ['loading'] };
export const ErrorBadAddress: Story = { name: 'Error: bad address (404)', args: { src: '/examples/no-such-event.json' }, tags: ['expect-404'] };
export const ErrorInvalidDescriptor: Story = { name: 'Error: invalid descriptor, several problems', args: { src: undefined, event: invalid } };
