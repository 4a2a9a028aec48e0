// Nothing in src/ may turn text into markup: no unsafe directives, no innerHTML, no srcdoc.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FORBIDDEN = ['unsafeHTML', 'unsafeSVG', 'unsafeStatic', 'unsafeCSS', '.innerHTML =', '.innerHTML=', '.outerHTML =', 'insertAdjacentHTML', 'srcdoc', 'document.write', 'eval(', 'new Function('];

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('src/ never uses an API that turns a string into markup or code', () => {
  const found = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const word of FORBIDDEN) if (text.includes(word)) found.push(`${file.slice(SRC.length)}: ${word}`);
  }
  assert.deepEqual(found, []);
  assert.ok(files(SRC).length > 30, 'the check read the sources');
});
