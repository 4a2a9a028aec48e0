/** The HTML a webmaster pastes to show an event: `plenary embed`. */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { VERSION } from '../version.js';
import { escapeAttribute } from '../fallback/html.js';

export interface EmbedOptions {
  /** The descriptor's address as the page will name it (a URL, or the path given). */
  readonly src: string;
  readonly isUrl: boolean;
  /** Where dist/plenary.js is served from (default: the npm CDN, this release). */
  readonly cdn?: string;
  /** The element's `lang`, when one is asked for. */
  readonly lang?: string;
  /** What to put inside the element: the pre-rendered fallback (`plenary render`), or one line of it (`renderLine`). */
  readonly fallback: string;
}

export function embedSnippet(event: PlenaryEvent, options: EmbedOptions): string {
  const script = options.cdn ?? `https://unpkg.com/plenary@${VERSION}/dist/plenary.js`;
  const title = event.title.in(event.lang);
  const lines = [
    `<!-- Plenary ${VERSION}: "${escapeAttribute(title)}". Paste the link and script lines into the <head>, and the element where the event should appear. -->`,
    ...(options.isUrl ? [] : [`<!-- Publish ${escapeAttribute(options.src)} on your site and change src (twice) to its address. -->`]),
    `<link rel="preload" href="${escapeAttribute(options.src)}" as="fetch" crossorigin="anonymous">`,
    `<script type="module" src="${escapeAttribute(script)}"></script>`,
    '',
    `<plenary-event src="${escapeAttribute(options.src)}"${options.lang ? ` lang="${escapeAttribute(options.lang)}"` : ''}>`,
    options.fallback
      .trimEnd()
      .split('\n')
      .map((line) => `  ${line}`)
      .join('\n'),
    `</plenary-event>`,
    '',
  ];
  return lines.join('\n');
}
