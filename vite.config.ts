import { defineConfig } from 'vite';

// `npm start` serves the demo (index.html) from the sources; `npm run build`
// writes the CDN files: dist/plenary.js, one ES module that defines every
// element with lit and luxon inside (and a small file per language beside it),
// and dist/plenary.iife.js, a classic script with every language inside.
export default defineConfig({
  server: { host: '127.0.0.1', port: 8000 },
  preview: { host: '127.0.0.1', port: 8000 },
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
