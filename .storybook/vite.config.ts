import { defineConfig } from 'vite';

export default defineConfig({
  optimizeDeps: {
    // Storybook's renderer imports lit/directive-helpers.js, which no story names.
    // Left out of the pre-bundled dependencies, it would load a second lit-html
    // beside the pre-bundled one ("Multiple versions of Lit loaded"); bundled
    // with lit, it shares lit's copy.
    include: ['lit/directive-helpers.js'],
  },
});
