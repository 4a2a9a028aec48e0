import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './playground.js';
import { seed } from './fixtures.js';

/** Paste or edit a descriptor: every problem appears with its path, and the event page follows. */
const meta: Meta = {
  title: 'Descriptor playground',
  parameters: { layout: 'fullscreen', docs: { source: { code: 'npx plenary preview event.json   # the same, on your machine, for a file' } } },
  render: () => html`<plenary-playground .descriptor=${seed}></plenary-playground>`,
};
export default meta;

export const Playground: StoryObj = {};
