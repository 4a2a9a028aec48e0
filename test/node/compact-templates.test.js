// The build's compacting of html`…` templates (scripts/compact-templates.js):
// the line breaks and indents that lay out a template in the sources become one
// space, which renders the same; every other string keeps its text. And the
// built files carry no such run any more.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compactTemplates } from '../../scripts/compact-templates.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('a template laid out over lines becomes one line, a space wherever a line broke', () => {
  const source = [
    'const view = html`<ul>',
    '    <li>${first}</li>',
    '    <li class="b">${second}</li>',
    '  </ul>`;',
  ].join('\n');
  assert.equal(compactTemplates(source, 'a.ts'), 'const view = html`<ul> <li>${first}</li> <li class="b">${second}</li> </ul>`;');
});

test('nested templates, svg templates and the JavaScript compiled from TypeScript (`html `) are compacted', () => {
  const source = 'return html `<p>\n  ${ok ? html`<b>\n    yes</b>` : svg`<svg>\n  <g></g></svg>`}\n</p>`;';
  assert.equal(compactTemplates(source, 'a.js'), 'return html `<p> ${ok ? html`<b> yes</b>` : svg`<svg> <g></g></svg>`} </p>`;');
});

test('the code inside ${…} and every other string keep their text: plain templates, other tags, escapes, spaces on one line', () => {
  const source = [
    'const copied = `Opening\n  10:00\n`;',
    'const sheet = css`:host {\n  display: block;\n}`;',
    "const view = html`<p title=${'a\\n  b'}>two  spaces, an escaped \\n line</p>${`keep\n  this`}`;",
  ].join('\n');
  assert.equal(compactTemplates(source, 'a.ts'), source);
});

test('the built plenary.js and the npm elements carry no line break inside their templates', () => {
  // Run after `npm run build`. Uncompacted, plenary.js had 151 line breaks
  // followed by an indented tag; its minified templates no longer say `html`.
  const cdn = readFileSync(`${ROOT}/dist/plenary.js`, 'utf8');
  assert.deepEqual(cdn.match(/\n\s+</g) ?? [], []);
  // Compiled by tsc and not compacted, these two had 30 and 20 lines beginning with an
  // indented tag; the modules' code itself has none (asked of the files, not of the
  // compacting, which would judge its own work).
  for (const file of ['dist/npm/elements/agenda/agenda.js', 'dist/npm/elements/join/join.js']) {
    const code = readFileSync(`${ROOT}/${file}`, 'utf8');
    assert.match(code, /\bhtml `/);
    assert.deepEqual(code.match(/\n\s+</g) ?? [], [], `${file} still has line breaks in its html templates`);
  }
});
