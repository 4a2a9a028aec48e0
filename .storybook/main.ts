import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Its own Vite config: the project's builds a library, Storybook builds an app.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true },
  // The builds and the test pages are rewritten by `npm run build` and `npm test`;
  // no story reads them, and an HTML file changing there would reload the story
  // a designer is looking at. (Here, not in vite.config.ts: Storybook sets the
  // dev server's `server` options itself.)
  viteFinal: (config) => mergeConfig(config, { server: { watch: { ignored: ['**/dist/**', '**/storybook-static/**', '**/test/**'] } } }),
  // The example descriptors, at /examples/ where the stories' `src` addresses
  // point. The static build copies them there. The dev server leaves them to
  // Vite, which serves the project folder: a static folder mounted at /examples
  // would also answer Vite's request for the JSON that stories/fixtures.ts
  // imports (/examples/….json?import) with the raw file, and no story would load.
  staticDirs: (dirs = [], { configType }) => (configType === 'PRODUCTION' ? [...dirs, { from: '../examples', to: '/examples' }] : dirs),
};

export default config;
