import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build, defineConfig, type Plugin } from 'vite';
import { finishModule } from './scripts/shipped-code.js';

// `npm start` serves the demo (index.html) from the sources; `npm run build`
// writes the CDN files (src/cdn.ts): dist/plenary.js, one ES module that defines
// every element with lit and luxon inside, and beside it the small files it
// loads only when needed (a language's strings, the validator for a descriptor
// with a problem, the calendar file's and the structured data's code); and
// dist/plenary.iife.js, a classic script with all of them inside.
// Then, beside them, the page for sites that take only an iframe (embedPage).
/**
 * terser's compression, then the bundler's own minifying (`output.minify`):
 * about 0.8 KB gzip less than the bundler's alone, for every page.
 */
const TERSER = { minify: 'terser', terserOptions: { ecma: 2020, module: true, compress: { passes: 2 } } } as const;

/** luxon's own ES modules (shipped in its package beside the built file, not among its exports). */
const LUXON_SOURCES = resolve(createRequire(import.meta.url).resolve('luxon/package.json'), '../src/luxon.js');

export default defineConfig({
  server: { host: '127.0.0.1', port: 8000 },
  preview: { host: '127.0.0.1', port: 8000 },
  plugins: [shippedCode(), wholeEntry('src/cdn.ts'), embedPage()],
  resolve: {
    // The generated locale modules take `str` from @lit/localize's index, which
    // would become a file of its own beside the languages; `str` is all they use.
    alias: [
      { find: /^@lit\/localize$/, replacement: '@lit/localize/internal/str-tag.js' },
      // luxon's package points bundlers at one file of all luxon, whose module-level
      // code (its date parsers' expressions) stays in the bundle even though only the
      // zone classes are used; its sources, one module each, shake down to those.
      { find: /^luxon$/, replacement: LUXON_SOURCES },
    ],
  },
  build: {
    target: 'es2022',
    ...TERSER,
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: 'src/cdn.ts',
      name: 'Plenary',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'plenary.js' : 'plenary.iife.js'),
    },
    rolldownOptions: {
      // Code shared by plenary.js and the chunks it loads stays in plenary.js (which
      // may then export a little more), so the page loads one file for English
      // (see wholeEntry).
      preserveEntrySignatures: 'allow-extension',
      // A CDN file: minify whitespace too (Vite keeps it in ES library builds by default).
      output: { minify: true, chunkFileNames: '[name]-[hash].js' },
    },
  },
});

/**
 * Each source module as it is shipped (scripts/shipped-code.js): without the
 * translators' notes, with its html templates compacted, its styles minified
 * and its strings' ids short; the npm modules get the same (`npm run build:npm`).
 */
function shippedCode(): Plugin {
  return {
    name: 'plenary-shipped-code',
    apply: 'build',
    transform(code, id) {
      return /[\\/]src[\\/].*\.ts$/.test(id) ? finishModule(code, id) : null;
    },
  };
}

/**
 * Keeps every module plenary.js imports statically in plenary.js itself. Left
 * alone, the bundler may move a module that plenary.js shares with chunks it
 * loads later into a chunk of its own, which every page would then fetch before
 * anything is shown: it did so with the time zones (used by the validator and
 * the calendar file too) for one arrangement of the modules, and not for the
 * next. test/e2e/on-demand.test.js counts the requests whatever the cause. The
 * classic script has no chunks, so nothing to keep.
 */
function wholeEntry(entry: string): Plugin {
  const entryId = resolve(entry);
  return {
    name: 'plenary-whole-entry',
    apply: 'build',
    outputOptions(options) {
      if (options.format !== 'es') return null;
      let reachable: Set<string> | undefined;
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: (id, ctx) => {
                if (!reachable) {
                  const seen = new Set<string>();
                  const visit = (module: string) => {
                    if (seen.has(module)) return;
                    seen.add(module);
                    for (const next of ctx.getModuleInfo(module)?.importedIds ?? []) visit(next);
                  };
                  visit(entryId);
                  reachable = seen;
                }
                return reachable.has(id) ? 'plenary' : null;
              },
            },
          ],
        },
      };
    },
  };
}

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
          ...TERSER,
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
