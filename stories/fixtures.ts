/**
 * What the stories show: the seed event and the other examples, the moments
 * that put an event in each phase, and descriptors for the error states. States
 * are reached through `now` and descriptors, never by reaching into elements,
 * with one exception: the lines only a slow or failed connection brings (a
 * calendar file or a text to copy whose code is slow to come, or does not come),
 * which a story cannot cause. Those stories have the element say them through
 * its own method (`saying`), and fail when the line then says nothing.
 *
 * Bad descriptors a file can be are files (stories/faults/, served at
 * /faults/). What only a server's answer brings (an HTTP error, a body too
 * large, no connection at all) is answered by the story itself, for an address
 * of its own under /events/ (`answering`): the element asks, as always, and
 * reads the answer as it would read the network's.
 */
import type { TemplateResult } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import seedJson from '../examples/unpog-webinar-2020-10-13.json';
import meetingJson from '../examples/intergovernmental-meeting-2027.json';

export const SEED_URL = '/examples/unpog-webinar-2020-10-13.json';
export const seed = seedJson as Record<string, unknown>;

/** The three-day meeting of 10–12 May 2027: a link per session, interpretation, a day for registered participants. */
export const meeting = meetingJson as Record<string, unknown>;

/** The seed (13 Oct 2020, 11:00–14:20 UTC) in each phase. */
export const MOMENTS = {
  upcoming: '2020-09-01T00:00Z',
  open: '2020-10-13T10:45Z',
  live: '2020-10-13T12:00Z',
  ended: '2020-10-14T00:00Z',
} as const;

/**
 * The three-day meeting in each of its ways in. New York is on EDT (UTC−4); the
 * windows open at 13:00Z (the first session, 60 minutes ahead), 18:30Z, then
 * 13:30Z and 18:30Z each day; the second day's sessions are for registered
 * participants only.
 */
export const MEETING_MOMENTS = {
  /** Saturday 8 May: the first session opens on Monday. */
  nextSession: '2027-05-08T12:00Z',
  /** 10 May, 9:30 in New York: the first session's window is open, it starts at 10:00. */
  sessionOpen: '2027-05-10T13:30Z',
  /** 10 May, 11:00 in New York: the first session is under way. */
  sessionLive: '2027-05-10T15:00Z',
  /** 10 May, 13:30 in New York: the morning session has ended, the afternoon's opens at 14:30. */
  betweenSessions: '2027-05-10T17:30Z',
  /** 10 May, 18:00 in New York: the next session is for registered participants. */
  registeredBefore: '2027-05-10T22:00Z',
  /** 11 May, 11:00 in New York: a session for registered participants is under way. */
  registeredDuring: '2027-05-11T15:00Z',
} as const;

export const withRecording = { ...seed, links: [...(seed.links as unknown[]), { kind: 'recording', url: 'https://www.youtube.com/watch?v=recording' }] };
export const cancelled = { ...seed, status: 'cancelled' };
export const postponed = { ...seed, status: 'postponed' };
/** The seed moved a week: it was to start on 6 October (`previousStart`, read by search engines from the structured data). */
export const rescheduled = { ...seed, status: 'rescheduled', previousStart: '2020-10-06T07:00' };

/**
 * A long programme: 150 sessions of 10 minutes, 50 a day from 9:00 to 17:20 in
 * Geneva on 1–3 March 2027. The agenda shows the first 20 at once and the rest
 * once those are on screen.
 */
export const longProgramme = {
  plenary: 1,
  title: 'Working group: article-by-article reading',
  timeZone: 'Europe/Zurich',
  start: '2027-03-01T09:00',
  end: '2027-03-03T17:20',
  sessions: Array.from({ length: 150 }, (_, i) => {
    const day = Math.floor(i / 50) + 1;
    const at = (minutes: number) => `2027-03-0${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
    const start = 9 * 60 + (i % 50) * 10;
    return { id: `article-${i + 1}`, title: `Article ${i + 1}`, start: at(start), end: at(start + 10) };
  }),
};

/** A descriptor with several problems, each shown with its path. */
export const invalid = {
  plenary: 1,
  title: '',
  timeZone: 'Mars/Olympus',
  start: '2021-03-28T02:30',
  end: 'tomorrow',
  join: { url: 'javascript:alert(1)' },
  tittle: 'A typo',
};

/** A descriptor that never arrives: the loading state. */
export const neverArrives = () => new Promise<never>(() => {});

/** Files that are not descriptors, at the addresses a webmaster might give by mistake. */
export const FAULTS = {
  /** A descriptor with a comma too many: not JSON. */
  notJson: '/faults/not-json.json',
  /** The event's web page instead of its descriptor. */
  webPage: '/faults/web-page.html',
} as const;

/** Addresses the stories answer themselves (`answering`): no file is there. */
export const ANSWERED = {
  serverError: '/events/server-error.json',
  tooLarge: '/events/too-large.json',
  offline: '/events/offline.json',
} as const;

/** What each address of `answering` gets while its story is shown. */
const answers = new Map<string, () => Response>();
let answeringFetch = false;

/**
 * A story's `beforeEach` that has the page's fetch() answer `address` with
 * `answer()` (a Response, or a thrown TypeError for a connection that fails)
 * while the story is shown; other addresses go to the network as ever.
 */
export function answering(address: string, answer: () => Response) {
  return () => {
    if (!answeringFetch) {
      answeringFetch = true;
      const network = globalThis.fetch;
      globalThis.fetch = (input, init) => {
        const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI).href;
        const mine = answers.get(url);
        if (!mine) return network(input, init);
        return new Promise<Response>((resolve) => {
          init?.signal?.throwIfAborted();
          resolve(mine());
        });
      };
    }
    const url = new URL(address, document.baseURI).href;
    answers.set(url, answer);
    return () => {
      answers.delete(url);
    };
  };
}

/** The server fails: HTTP 500. */
export const serverError = answering(ANSWERED.serverError, () => new Response('Internal Server Error', { status: 500, statusText: 'Internal Server Error', headers: { 'Content-Type': 'text/plain' } }));

/** A descriptor of 2.5 MB (a description pasted with its images inlined, say), over the 2 MB Plenary reads. */
export const tooLarge = answering(ANSWERED.tooLarge, () => {
  const body = new TextEncoder().encode(JSON.stringify({ ...seed, description: 'x'.repeat(2_500_000) }));
  return new Response(body, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(body.byteLength) } });
});

/**
 * A visitor who saw the seed on an earlier visit comes back with no connection:
 * the copy Plenary kept then (in localStorage, under the key src/load/request.ts
 * writes) is in storage, and the address cannot be reached now. Both go when the
 * story is left.
 */
export function offlineWithCopy() {
  const key = `plenary:last-good:${new URL(ANSWERED.offline, document.baseURI).href}`;
  localStorage.setItem(key, JSON.stringify(seed));
  const cleanup = answering(ANSWERED.offline, () => {
    throw new TypeError('Failed to fetch');
  })();
  return () => {
    cleanup();
    localStorage.removeItem(key);
  };
}

/** Tokens a designer can change from the controls. */
export const TOKENS = ['--plenary-accent', '--plenary-text', '--plenary-surface', '--plenary-border', '--plenary-radius'] as const;

export interface ElementArgs {
  src?: string;
  event?: unknown;
  now?: string;
  zone?: string;
  zones?: string;
  lang?: string;
  'heading-level'?: string;
  refresh?: string;
  'reminder-minutes'?: string;
  'no-copy'?: boolean;
  'structured-data'?: boolean;
  [token: `--plenary-${string}`]: string | undefined;
}

/** The visitor zone chosen in the toolbar, its "/" written as a space in the page's address ("Asia Seoul"); undefined for none. */
export function toolbarZone(globals: Record<string, unknown>): string | undefined {
  const zone = globals.zone;
  return typeof zone === 'string' && zone !== '' ? zone.replaceAll(' ', '/') : undefined;
}

/** Renders `<tag>` with the story's args as its attributes, the visitor zone of the toolbar, and the tokens as custom properties. */
export function element(tag: string) {
  return (args: ElementArgs, context: { globals: Record<string, unknown> }): TemplateResult => {
    const style = TOKENS.filter((t) => args[t]).map((t) => `${t}: ${args[t]}`).join('; ');
    const zone = args.zone ?? toolbarZone(context.globals);
    const event = typeof args.event === 'function' ? (args.event as () => unknown)() : args.event;
    // The tag is one of Plenary's own names, never input: static-html is safe here.
    return staticHtml`<${unsafeStatic(tag)}
      src=${ifDefined(args.src)}
      .event=${event}
      now=${ifDefined(args.now)}
      zone=${ifDefined(zone)}
      zones=${ifDefined(args.zones)}
      lang=${ifDefined(args.lang)}
      heading-level=${ifDefined(args['heading-level'])}
      refresh=${ifDefined(args.refresh)}
      reminder-minutes=${ifDefined(args['reminder-minutes'])}
      ?no-copy=${args['no-copy'] === true}
      ?structured-data=${args['structured-data'] === true}
      style=${ifDefined(style || undefined)}
    ></${unsafeStatic(tag)}>`;
  };
}

/** Controls for the tokens, shared by every element's stories. */
export const tokenArgTypes = Object.fromEntries(
  TOKENS.map((t) => [t, { control: t === '--plenary-radius' ? 'text' : 'color', table: { category: 'css custom properties' } }]),
);

/**
 * What every element's story file shares: render, args, controls, and the embed
 * code on its docs page. (Title and component stay literal in each file, where
 * Storybook's indexer reads them.)
 */
export function metaFor(tag: string): Meta<ElementArgs> {
  return {
    render: element(tag),
    args: { src: SEED_URL },
    argTypes: { ...tokenArgTypes, event: { control: false } },
    parameters: { docs: { source: { transform: (_code: string, ctx: { args: ElementArgs }) => embedCode(tag, ctx.args), language: 'html' } } },
  };
}

/** The HTML a webmaster pastes for a story: shown on each docs page. */
export function embedCode(tag: string, args: ElementArgs): string {
  const attrs = [
    `src="${args.src ?? '/events/your-event.json'}"`,
    args.zones ? `zones="${args.zones}"` : '',
    args.lang ? `lang="${args.lang}"` : '',
    args['heading-level'] ? `heading-level="${args['heading-level']}"` : '',
    args.refresh ? `refresh="${args.refresh}"` : '',
    args['reminder-minutes'] ? `reminder-minutes="${args['reminder-minutes']}"` : '',
    args['no-copy'] ? 'no-copy' : '',
    args['structured-data'] ? 'structured-data' : '',
  ].filter(Boolean);
  return [
    '<script type="module" src="https://unpkg.com/plenary@0.1.0/dist/plenary.js"></script>',
    '',
    `<${tag} ${attrs.join(' ')}>`,
    '  <a href="/events/your-event.html">The event, its date and time</a>',
    `</${tag}>`,
  ].join('\n');
}

type Shown = HTMLElement & { status?: string; updateComplete: Promise<boolean> };

/** Resolves once `done()` is true, looked at every 50 ms; fails after 10 s, saying what was awaited (`what()`, asked then). */
export async function until(done: () => boolean, what: () => string): Promise<void> {
  for (let waited = 0; !done(); waited += 50) {
    if (waited > 10_000) throw new Error(`${what()}: not after 10 s.`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The story's `tag` element, once it is ready (a play function's first step); fails after 10 s. */
export async function readyElement(canvas: HTMLElement, tag: string): Promise<Shown> {
  const element = canvas.querySelector<Shown>(tag);
  if (!element) throw new Error(`No <${tag}> in the story.`);
  await until(() => element.status === 'ready', () => `<${tag}> ready (its status: ${element.status})`);
  return element;
}

/** A play function that fails unless the story's `tag` element, once ready, says something in `line` (a selector in its shadow root). */
export function showing(tag: string, line: string) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = await readyElement(canvasElement, tag);
    if (!element.shadowRoot?.querySelector(line)?.textContent?.trim()) {
      throw new Error(`<${tag}>'s ${line} says nothing: the state this story shows no longer shows words.`);
    }
  };
}

/**
 * A play function that has the story's `tag` element say what only the network
 * can make it say: once the element is ready, `say` calls the element's own
 * method for it, and the story fails unless the line `line` (a selector in the
 * element's shadow root) then says something.
 */
export function saying(tag: string, line: string, say: (element: Record<string, any>) => void) {
  return async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = await readyElement(canvasElement, tag);
    say(element as unknown as Record<string, any>);
    await element.updateComplete;
    if (!element.shadowRoot?.querySelector(line)?.textContent?.trim()) {
      throw new Error(`<${tag}>'s ${line} says nothing: the state this story sets no longer shows words.`);
    }
  };
}
