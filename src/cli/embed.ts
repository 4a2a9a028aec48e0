/** The HTML a webmaster pastes to show an event: `plenary embed`. */
import type { PlenaryEvent } from '../descriptor/resolve.js';
import { zoneFor } from '../time/zones.js';
import { dailyHours, dateTimeRangeParts, formatDateRange, formatTimeRange, spansDays } from '../time/days.js';
import { VERSION } from '../version.js';

export interface EmbedOptions {
  /** The descriptor's address as the page will name it (a URL, or the path given). */
  readonly src: string;
  readonly isUrl: boolean;
  /** Where dist/plenary.js is served from (default: the npm CDN, this release). */
  readonly cdn?: string;
  /** The element's `lang`, when one is asked for. */
  readonly lang?: string;
  /** The pre-rendered fallback (`plenary render`) to put inside the element instead of the one-line one. */
  readonly fallback?: string;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function embedSnippet(event: PlenaryEvent, options: EmbedOptions): string {
  const script = options.cdn ?? `https://unpkg.com/plenary@${VERSION}/dist/plenary.js`;
  // luxon's name of the zone: the IANA id, or a fixed offset as "UTC+9" ("UTC" for +0).
  const zone = zoneFor(event.timeZone)?.name ?? event.timeZone;
  const when = spansDays(event.start, event.end, event.timeZone)
    ? severalDays(event)
    : new Intl.DateTimeFormat('en', {
        dateStyle: 'full',
        timeStyle: 'short',
        timeZone: zone.includes('/') || zone === 'UTC' ? zone : 'UTC',
      }).formatRange(event.start, event.end);
  const title = event.title.in(event.lang);
  const website = event.links.find((l) => l.kind === 'website')?.url;
  const fallback = website ? `<a href="${escape(website)}">${escape(title)}</a>, ${escape(when)}` : `${escape(title)}, ${escape(when)}`;
  const lines = [
    `<!-- Plenary ${VERSION}: "${escape(title)}". Paste the link and script lines into the <head>, and the element where the event should appear. -->`,
    ...(options.isUrl ? [] : [`<!-- Publish ${escape(options.src)} on your site and change src (twice) to its address. -->`]),
    `<link rel="preload" href="${escape(options.src)}" as="fetch" crossorigin="anonymous">`,
    `<script type="module" src="${escape(script)}"></script>`,
    '',
    `<plenary-event src="${escape(options.src)}"${options.lang ? ` lang="${escape(options.lang)}"` : ''}>`,
    options.fallback
      ? options.fallback
          .trimEnd()
          .split('\n')
          .map((line) => `  ${line}`)
          .join('\n')
      : `  <p>${fallback} (${escape(zone)} time)</p>`,
    `</plenary-event>`,
    '',
  ];
  return lines.join('\n');
}

/** "Monday, March 15 – Tuesday, March 16, 2027, 9:30 AM – 5:00 PM each day", or the start and end with their dates. */
function severalDays(event: PlenaryEvent): string {
  const daily = dailyHours(event.start, event.end, event.sessions, event.timeZone);
  if (daily) return `${formatDateRange(event.start, event.end, 'en', event.timeZone)}, ${formatTimeRange(daily.start, daily.end, 'en', event.timeZone)} each day`;
  return dateTimeRangeParts(event.start, event.end, 'en', event.timeZone)
    .map((p) => p.value)
    .join('');
}
