import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { metaFor, invalid, neverArrives, FAULTS, ANSWERED, serverError, tooLarge, offlineWithCopy, showing, type ElementArgs } from './fixtures.js';

const meta: Meta<ElementArgs> = { title: 'Elements/Documents', component: 'plenary-documents', ...metaFor('plenary-documents') };
export default meta;
type Story = StoryObj<ElementArgs>;

export const Seed: Story = {};
export const InSeveralLanguages: Story = { args: { src: '/examples/multilingual-consultation.json' } };
/** A week before the forum: its registration, and no recording yet. */
export const RegistrationBeforeTheEvent: Story = { args: { src: '/examples/hybrid-forum.json', now: '2026-11-10T12:00Z' } };
/** The evening after the forum: its recording, and no registration any more. */
export const RecordingAfterTheEvent: Story = { args: { src: '/examples/hybrid-forum.json', now: '2026-11-18T12:00Z' } };

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
  args: { src: ANSWERED.offline },
  beforeEach: offlineWithCopy,
  play: showing('plenary-documents', '[part=stale]'),
};
