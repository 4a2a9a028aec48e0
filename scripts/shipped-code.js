// The finishing every shipped module gets past the compiler, the same for the
// CDN files (vite.config.ts, on each source module as it is bundled) and for
// the npm modules an app bundles (`npm run build:npm`, on each compiled module):
// the translators' notes of msg() calls left out (translator-notes.js), the html
// templates' line breaks and indents made one space (compact-templates.js), the
// styles minified (minify-styles.js) and the translated strings' ids given
// short names (short-ids.js). Bundlers leave all of it as written.
//   node scripts/shipped-code.js dist/npm
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withoutNotes } from './translator-notes.js';
import { compactTemplates } from './compact-templates.js';
import { minifyStyleTemplates } from './minify-styles.js';
import { messageIds, shortenIds } from './short-ids.js';

let ids;

/** `code`, the module `fileName` (TypeScript source or compiled JavaScript), as it is shipped. */
export function finishModule(code, fileName) {
  ids ??= messageIds();
  let out = compactTemplates(withoutNotes(code), fileName);
  if (/\.styles\.[jt]s$/.test(fileName)) out = minifyStyleTemplates(out, fileName);
  return shortenIds(out, ids);
}

function finishAll(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) finishAll(path);
    else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const shipped = finishModule(code, path);
      if (shipped !== code) writeFileSync(path, shipped);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/shipped-code.js <directory of compiled modules>');
    process.exit(2);
  }
  finishAll(dir);
}
