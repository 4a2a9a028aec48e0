import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { argTypesFor } from './arg-types.js';
import './preview.css';

// Attributes, events, parts and custom properties of every element, for the
// controls and the docs pages, from custom-elements.json (the elements'
// descriptions are Storybook's reading; the tables are ours, arg-types.ts).
setCustomElementsManifest(manifest);

const LOCALES = [
  { value: 'en', title: 'English' },
  { value: 'ar', title: 'العربية (Arabic, right to left)' },
  { value: 'zh', title: '中文 (Chinese)' },
  { value: 'fr', title: 'Français (French)' },
  { value: 'ru', title: 'Русский (Russian)' },
  { value: 'es', title: 'Español (Spanish)' },
  { value: 'ko', title: '한국어 (Korean)' },
];

// Each zone's value written with a space for "/" ("Asia Seoul"): Storybook keeps a global in the address of
// the page only when it is letters, digits, spaces, "_" and "-", so that a link to a story in a visitor's zone
// shows it in that zone (stories/fixtures.ts reads the value back).
const ZONES = ['America/New_York', 'Europe/Rome', 'Africa/Nairobi', 'Asia/Seoul', 'Pacific/Fiji', 'Asia/Kathmandu', 'Pacific/Pago_Pago', 'UTC'].map((zone) => ({
  value: zone.replaceAll('/', ' '),
  title: zone,
}));

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: { description: 'Language of the elements', toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true } },
    zone: { description: "The visitor's time zone", toolbar: { title: 'Visitor zone', icon: 'time', items: ZONES, dynamicTitle: true } },
    host: {
      description: 'The host page behind the elements',
      toolbar: { title: 'Host page', icon: 'mirror', items: [{ value: 'light', title: 'Light host page' }, { value: 'dark', title: 'Dark host page (dark theme tokens)' }], dynamicTitle: true },
    },
  },
  initialGlobals: { locale: 'en', zone: 'America New_York', host: 'light' },
  decorators: [
    (story, context) => {
      const { locale, host } = context.globals;
      const docs = context.viewMode === 'docs' ? 'in-docs' : '';
      return html`<div class="host ${host} ${docs}" lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>${story()}</div>`;
    },
  ],
  parameters: {
    docs: { extractArgTypes: (tag: string) => argTypesFor(manifest, tag) },
    layout: 'fullscreen',
    controls: { expanded: true },
    a11y: { test: 'error', options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } } },
    viewport: {
      options: {
        narrow: { name: 'Narrow phone (320 px)', styles: { width: '320px', height: '640px' } },
        phone: { name: 'Phone (390 px)', styles: { width: '390px', height: '844px' } },
        tablet: { name: 'Tablet (768 px)', styles: { width: '768px', height: '1024px' } },
        desktop: { name: 'Desktop (1280 px)', styles: { width: '1280px', height: '800px' } },
      },
    },
  },
};

export default preview;
