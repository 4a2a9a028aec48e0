import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';

// `npm start` serves the demo (index.html) from the sources; `npm run build`
// writes the CDN files: dist/plenary.js, one ES module that defines every
// element with lit and luxon inside (and a small file per language beside it),
// and dist/plenary.iife.js, a classic script with every language inside.
// Then, beside them, the page for sites that take only an iframe (embedPage).
export default defineConfig({
  server: { host: '127.0.0.1', port: 8000 },
  preview: { host: '127.0.0.1', port: 8000 },
  plugins: [embedPage()],
  build: {
    target: 'es2022',
    minify: 'oxc',
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: 'src/index.ts',
      name: 'Plenary',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'plenary.js' : 'plenary.iife.js'),
    },
    rolldownOptions: {
      // Code shared by plenary.js and the locale chunks stays in plenary.js (which
      // may then export a little more), so the page loads one file for English.
      preserveEntrySignatures: 'allow-extension',
      // A CDN file: minify whitespace too (Vite keeps it in ES library builds by default).
      output: { minify: true, chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/**
 * Writes embed.html, embed.js and embed.css beside plenary.js, once the CDN files
 * are written: a build of its own, so plenary.js stays exactly as it was and is
 * still the one file an English page loads. embed.html loads ./plenary.js itself.
 */
function embedPage(): Plugin {
  let root = process.cwd();
  let outDir = 'dist';
  let written = false;
  return {
    name: 'plenary-embed-page',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = config.build.outDir;
    },
    async closeBundle() {
      if (written) return;
      written = true;
      const source = (name: string) => readFile(resolve(root, 'src/embed', name));
      const [page, styles] = await Promise.all([source('embed.html'), source('embed.css')]);
      await build({
        configFile: false,
        root,
        logLevel: 'warn',
        publicDir: false,
        build: {
          target: 'es2022',
          minify: 'oxc',
          outDir,
          emptyOutDir: false,
          lib: { entry: 'src/embed/embed.ts', formats: ['es'], fileName: () => 'embed.js' },
          rolldownOptions: { output: { minify: true } },
        },
        plugins: [
          {
            name: 'plenary-embed-files',
            generateBundle() {
              this.emitFile({ type: 'asset', fileName: 'embed.html', source: page });
              this.emitFile({ type: 'asset', fileName: 'embed.css', source: styles });
            },
          },
        ],
      });
    },
  };
}
