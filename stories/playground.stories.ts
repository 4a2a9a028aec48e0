import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import './playground.js';
import { seed, toolbarZone } from './fixtures.js';

/** Paste or edit a descriptor: every problem appears with its path, and the event page follows, in the toolbar's visitor zone. */
const meta: Meta = {
  title: 'Descriptor playground',
  parameters: { layout: 'fullscreen', docs: { source: { code: 'npx plenary preview event.json   # the same, on your machine, for a file' } } },
  render: (_args, { globals }) => html`<plenary-playground .descriptor=${seed} zone=${ifDefined(toolbarZone(globals))}></plenary-playground>`,
};
export default meta;

export const Playground: StoryObj = {};
