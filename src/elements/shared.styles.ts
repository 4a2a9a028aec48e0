import { css } from 'lit';

/**
 * Tokens and pieces every element shares. Each element reads the global
 * `--plenary-*` custom properties on `:host`, with the defaults below: a
 * restrained theme (UN blue accent, clear hierarchy) that sits well on a
 * government page and keeps 4.5:1 contrast on its own surface.
 */
export const sharedStyles = css`
  :host {
    --_accent: var(--plenary-accent, #0063a3);
    --_accent-text: var(--plenary-accent-contrast, #ffffff);
    --_text: var(--plenary-text, #1b1f24);
    --_muted: var(--plenary-muted, #4a5560);
    --_surface: var(--plenary-surface, #ffffff);
    --_subtle: var(--plenary-subtle, #f1f4f7);
    --_border: var(--plenary-border, #c9d1d9);
    --_danger: var(--plenary-danger, #b3261e);
    --_radius: var(--plenary-radius, 6px);
    --_focus: var(--plenary-focus, #0063a3);
    display: block;
    box-sizing: border-box;
    min-inline-size: 0;
    font-family: var(--plenary-font-family, inherit);
    overflow-wrap: anywhere;
    /* Its own background, so its text keeps its contrast on any host page, light or dark. */
    background: var(--plenary-background, var(--_surface));
  }
  /* Size, leading and colour are set inside, where a host page's rules
     (even "* { … !important }") cannot reach; the font family is the page's.
     So is every other text property the page's body would hand down (italics,
     spacing, capitals, an indent, "nowrap", which would run a card off the page). */
  .root,
  .placeholder {
    font-size: var(--plenary-font-size, medium);
    /* The unit of every margin, gap and width inside: the element's own text size, where a
       rem would be the page's root size (html { font-size: 62.5% } would shrink every space
       and bring the event page's two columns into a phone-wide frame). Registered as a length
       (base-unit.ts), 1em is fixed here and handed down as it is, not read again at each use. */
    --_plenary-rem: 1em;
    --_rem: var(--_plenary-rem);
    --_space: var(--plenary-space, var(--_rem));
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    text-indent: 0;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
  }
  /* Korean spaces its words: a line breaks between them, not between two
     syllables of one, nor between a time and its ending ("10:30부터"), which
     an isolated time would allow (left to right like Korean, it needs none). */
  :lang(ko) {
    word-break: keep-all;
  }
  time:lang(ko) {
    unicode-bidi: normal;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    display: contents;
  }
  time {
    unicode-bidi: isolate;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    border-radius: 2px;
  }
  details summary {
    cursor: pointer;
    color: var(--_accent);
    min-block-size: 24px;
  }
  .stale {
    margin: 0 0 calc(0.5 * var(--_rem));
    padding: calc(0.25 * var(--_rem)) calc(0.75 * var(--_rem));
    border-inline-start: 4px solid var(--_border);
    background: var(--_subtle);
    color: var(--_text);
    font-size: 0.875em;
  }
  .placeholder {
    min-block-size: var(--plenary-placeholder-size, calc(6 * var(--_rem)));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: linear-gradient(100deg, var(--_subtle) 30%, var(--_surface) 50%, var(--_subtle) 70%) 0 0 / 300% 100%;
    animation: plenary-shimmer 1.6s linear infinite;
  }
  @keyframes plenary-shimmer {
    to {
      background-position: -150% 0;
    }
  }
  .error {
    border: 1px solid var(--_danger);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75) var(--_space);
    background: var(--_surface);
    color: var(--_text);
  }
  .error p {
    margin: 0;
  }
  .error .lead {
    font-weight: 600;
  }
  .error .details {
    margin-block-start: calc(0.5 * var(--_rem));
    font-size: 0.875em;
    color: var(--_muted);
  }
  .error ul {
    margin: calc(0.25 * var(--_rem)) 0 0;
    padding-inline-start: calc(1.25 * var(--_rem));
  }
  .error code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    color: var(--_text);
  }
  button {
    font: inherit;
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: calc(0.4 * var(--_rem)) var(--_rem);
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: var(--_surface);
    color: var(--_accent);
    cursor: pointer;
  }
  .error button {
    margin-block-start: calc(0.75 * var(--_rem));
  }
  /* Start and end with their dates: each stays whole, the range may wrap between them (320 px). */
  .times.dated {
    white-space: normal;
  }
  .times.dated time {
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* The icon of a link that opens a new tab (parts.ts newTab). */
  .new-tab {
    inline-size: 0.75em;
    block-size: 0.75em;
    margin-inline-start: 0.25em;
    vertical-align: baseline;
  }
  /* Pointing the way the link's own text runs, whichever way the page around the element runs. */
  .new-tab:dir(rtl) {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
  /* On paper: black on white, everything laid out and unfolded, each link
     followed by its address, nothing to press; an item is not split across pages. */
  @media print {
    :host {
      --_accent: #000;
      --_accent-text: #000;
      --_text: #000;
      --_muted: #000;
      --_surface: #fff;
      --_subtle: #fff;
      --_border: #000;
      --_danger: #000;
      background: #fff;
    }
    * {
      content-visibility: visible !important;
      box-shadow: none !important;
    }
    button,
    summary,
    .no-print {
      display: none !important;
    }
    details::details-content {
      content-visibility: visible;
      display: contents;
    }
    /* Isolated left to right, so an address keeps its order in right-to-left
       text; the space before it is a margin, on the side the text runs from. */
    a[href^='http']::after,
    a[href^='mailto:']::after {
      content: '(' attr(href) ')';
      direction: ltr;
      unicode-bidi: isolate;
      margin-left: 0.3em;
      overflow-wrap: anywhere;
      font-weight: normal;
    }
    a[href^='http']:dir(rtl)::after,
    a[href^='mailto:']:dir(rtl)::after {
      margin-left: 0;
      margin-right: 0.3em;
    }
    li,
    tr,
    dl > div {
      break-inside: avoid;
    }
  }
`;
