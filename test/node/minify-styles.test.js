// The build's minifying of the elements' css templates (scripts/minify-styles.js),
// in the CDN files and in the npm modules an app bundles: comments and spare
// white space go, quoted strings stay as written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyCss, minifyStyleTemplates } from '../../scripts/minify-styles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

test('comments and spare white space go; selectors, values and quoted strings keep their meaning', () => {
  const css = `
    /* the host */
    :host {
      display: block;
      font: 1em / 1.4 system-ui, sans-serif;
    }
    a[href^='mailto:']::after,
    .sep::before {
      content: ' · ' attr(href) ";  ";
    }
  `;
  assert.equal(minifyCss(css), `:host{display:block;font:1em / 1.4 system-ui,sans-serif}a[href^='mailto:']::after,.sep::before{content:' · ' attr(href) ";  "}`);
});

test('css templates as TypeScript and tsc write them are minified; one with ${…} is refused', () => {
  assert.equal(minifyStyleTemplates('export const a = css`\n  p { margin: 0; }\n`;', 'a.ts'), 'export const a = css`p{margin:0}`;');
  assert.equal(minifyStyleTemplates('export const a = css `\n  p { margin: 0; }\n`;', 'a.js'), 'export const a = css `p{margin:0}`;');
  assert.throws(() => minifyStyleTemplates('css`p { color: ${c}; }`', 'a.ts'), /cannot be minified/);
});

test('the CDN file and the npm modules an app bundles carry their styles minified', () => {
  // Run after `npm run build`. plenary.js has no indented line left at all
  // (the styles of the Copy button's module once were).
  assert.deepEqual(readFileSync(join(ROOT, 'dist', 'plenary.js'), 'utf8').match(/\n[ \t]+\S*/g) ?? [], []);
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.styles.js')) files.push(path);
    }
  };
  walk(join(ROOT, 'dist', 'npm'));
  assert.ok(files.length >= 10, `only ${files.length} styles modules`);
  for (const file of files) {
    const templates = [...readFileSync(file, 'utf8').matchAll(/\bcss\s*`([^`]*)`/g)].map((m) => m[1]);
    assert.ok(templates.length > 0, file);
    for (const text of templates) assert.equal(text, minifyCss(text), `${file} has styles left as written`);
  }
});
