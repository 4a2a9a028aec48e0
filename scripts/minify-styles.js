// The elements' styles (the `css` templates of the `*.styles.ts` files, which
// hold no `${…}`) without comments and spare white space: bundlers leave
// template text as it is written, in the CDN build and in an app that bundles
// the npm modules alike. Quoted strings (`content: '…'`) are kept as they are.
// Used by the CDN build (vite.config.ts) and, on the compiled npm modules, by
// `npm run build:npm`:
//   node scripts/minify-styles.js dist/npm
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const QUOTED = /('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/;

/** CSS text without comments and spare white space; quoted strings untouched. */
export function minifyCss(text) {
  const parts = text.replace(/\/\*[\s\S]*?\*\//g, '').split(QUOTED);
  return parts
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part
            .replace(/\s+/g, ' ')
            .replace(/\s*([{};])\s*/g, '$1')
            .replace(/([:,])\s+/g, '$1')
            .replace(/;}/g, '}'),
    )
    .join('')
    .trim();
}

/** `code` (a styles module, named `fileName`) with each css`…` template minified; a template with `${…}` is an error. */
export function minifyStyleTemplates(code, fileName) {
  return code.replace(/\bcss(\s*)`([^`]*)`/g, (_, space, text) => {
    if (text.includes('${')) throw new Error(`${fileName}: a css template with \${…} cannot be minified as text`);
    return `css${space}\`${minifyCss(text)}\``;
  });
}

function minifyAll(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) minifyAll(path);
    else if (name.endsWith('.styles.js')) {
      const code = readFileSync(path, 'utf8');
      const small = minifyStyleTemplates(code, path);
      if (small !== code) writeFileSync(path, small);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/minify-styles.js <directory of built modules>');
    process.exit(2);
  }
  minifyAll(dir);
}
