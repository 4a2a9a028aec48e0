/**
 * What the stories show: the seed event and the other examples, the moments
 * that put an event in each phase, and descriptors for the error states. States
 * are reached through `now` and descriptors, never by reaching into elements.
 */
import type { TemplateResult } from 'lit';
import type { Meta } from '@storybook/web-components-vite';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import seedJson from '../examples/unpog-webinar-2020-10-13.json';

export const SEED_URL = '/examples/unpog-webinar-2020-10-13.json';
export const seed = seedJson as Record<string, unknown>;

/** The seed (13 Oct 2020, 11:00–14:20 UTC) in each phase. */
export const MOMENTS = {
  upcoming: '2020-09-01T00:00Z',
  open: '2020-10-13T10:45Z',
  live: '2020-10-13T12:00Z',
  ended: '2020-10-14T00:00Z',
} as const;

export const withRecording = { ...seed, links: [...(seed.links as unknown[]), { kind: 'recording', url: 'https://www.youtube.com/watch?v=recording' }] };
export const cancelled = { ...seed, status: 'cancelled' };
export const postponed = { ...seed, status: 'postponed' };

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

/** Tokens a designer can change from the controls. */
export const TOKENS = ['--plenary-accent', '--plenary-text', '--plenary-surface', '--plenary-border', '--plenary-radius'] as const;

export interface ElementArgs {
  src?: string;
  event?: unknown;
  now?: string;
  zone?: string;
  zones?: string;
  'heading-level'?: string;
  [token: `--plenary-${string}`]: string | undefined;
}

/** Renders `<tag>` with the story's args, the visitor zone of the toolbar, and the tokens as custom properties. */
export function element(tag: string) {
  return (args: ElementArgs, context: { globals: Record<string, unknown> }): TemplateResult => {
    const style = TOKENS.filter((t) => args[t]).map((t) => `${t}: ${args[t]}`).join('; ');
    const zone = args.zone ?? (context.globals.zone as string | undefined);
    const event = typeof args.event === 'function' ? (args.event as () => unknown)() : args.event;
    // The tag is one of Plenary's own names, never input: static-html is safe here.
    return staticHtml`<${unsafeStatic(tag)}
      src=${ifDefined(args.src)}
      .event=${event}
      now=${ifDefined(args.now)}
      zone=${ifDefined(zone)}
      zones=${ifDefined(args.zones)}
      heading-level=${ifDefined(args['heading-level'])}
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
    args['heading-level'] ? `heading-level="${args['heading-level']}"` : '',
  ].filter(Boolean);
  return [
    '<script type="module" src="https://unpkg.com/plenary@0.1.0/dist/plenary.js"></script>',
    '',
    `<${tag} ${attrs.join(' ')}>`,
    '  <a href="/events/your-event.html">The event, its date and time</a>',
    `</${tag}>`,
  ].join('\n');
}
