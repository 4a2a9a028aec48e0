import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig, normalizePath, type Plugin } from 'vite';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The dev server hot-updates a changed module of `src/` in place, but not the
 * elements defined from it: the custom element registry keeps the first class
 * for each tag (src/registry.ts leaves a tag that is already defined alone), so
 * the preview would go on showing the old element, with no sign of it. A change
 * to a module of `src/` that the preview loaded (or to the playground, which
 * defines an element of its own) reloads the preview instead, its modules read
 * anew, and the terminal says so.
 */
function reloadOnElementChange(): Plugin {
  // As Vite names changed files: with forward slashes, on Windows too.
  const src = normalizePath(fileURLToPath(new URL('../src/', import.meta.url)));
  const playground = normalizePath(fileURLToPath(new URL('../stories/playground.ts', import.meta.url)));
  return {
    name: 'plenary:reload-on-element-change',
    apply: 'serve',
    hotUpdate({ file, modules, timestamp, server }) {
      if (this.environment.name !== 'client' || modules.length === 0) return;
      if (!file.startsWith(src) && file !== playground) return;
      const invalidated = new Set<(typeof modules)[number]>();
      for (const module of modules) this.environment.moduleGraph.invalidateModule(module, invalidated, timestamp, true);
      this.environment.hot.send({ type: 'full-reload' });
      server.config.logger.info(`${relative(server.config.root, file)} changed: the preview reloads (a defined element cannot be replaced in place)`, { timestamp: true });
      return [];
    },
  };
}

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
  viteFinal: (config) =>
    mergeConfig(config, {
      server: { watch: { ignored: ['**/dist/**', '**/storybook-static/**', '**/test/**'] } },
      plugins: [reloadOnElementChange()],
    }),
  // The example descriptors, at /examples/ where the stories' `src` addresses
  // point. The static build copies them there. The dev server leaves them to
  // Vite, which serves the project folder: a static folder mounted at /examples
  // would also answer Vite's request for the JSON that stories/fixtures.ts
  // imports (/examples/….json?import) with the raw file, and no story would load.
  // The files that are not descriptors, at /faults/ in both (no story imports
  // them; and Vite would not serve the web page among them, an .html file).
  staticDirs: (dirs = [], { configType }) => [
    ...dirs,
    { from: '../stories/faults', to: '/faults' },
    ...(configType === 'PRODUCTION' ? [{ from: '../examples', to: '/examples' }] : []),
  ],
};

export default config;
