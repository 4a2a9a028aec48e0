// The notes for translators (`desc`) that each msg() call carries: the string
// extractor reads them from the sources, and nothing reads them at run time, so
// the built code leaves them out. Used by the CDN build (vite.config.ts) and,
// on the compiled npm modules, by `npm run build:npm`:
//   node scripts/translator-notes.js dist/npm
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOTE = /,\s*desc:\s*(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;

/** `code` without the `desc` of its msg() options. */
export function withoutNotes(code) {
  return code.includes('desc:') ? code.replace(NOTE, '') : code;
}

function strip(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) strip(path);
    else if (name.endsWith('.js')) {
      const code = readFileSync(path, 'utf8');
      const stripped = withoutNotes(code);
      if (stripped !== code) writeFileSync(path, stripped);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/translator-notes.js <directory of built modules>');
    process.exit(2);
  }
  strip(dir);
}
