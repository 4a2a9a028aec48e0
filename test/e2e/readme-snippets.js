// The README's HTML snippets, as the end-to-end tests load them.
import { readFileSync } from 'node:fs';

const ROOT = new URL('../../', import.meta.url);

/** The README's ```html blocks, with the CDN and the example addresses pointed at this server. */
export function readmeSnippets() {
  const readme = readFileSync(new URL('README.md', ROOT), 'utf8');
  return [...readme.matchAll(/```html\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .map((html) =>
      html
        .replace(/https:\/\/unpkg\.com\/plenary@[\w.-]+\/dist\//g, '/dist/')
        .replace(/\/events\/unpog-webinar-2020-10-13\.json/g, '/examples/unpog-webinar-2020-10-13.json')
        .replace(/<script\b[^>]*\bsrc="[^"]*\/dist\/plenary(?:\.iife)?\.js"[^>]*><\/script>\s*/g, ''),
    )
    .filter((html) => /<plenary-|data-plenary=/.test(html));
}
