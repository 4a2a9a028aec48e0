import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { warnOnce } from './plenary-element.js';

/** Heading levels an element may be told to start at (`heading-level`). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Reads a `heading-level` attribute: 2–6, else the default (with a word in the console when it was given). */
export function headingLevel(value: unknown, fallback: HeadingLevel): HeadingLevel {
  const n = Number(value);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n as HeadingLevel;
  if (value !== undefined && value !== null) warnOnce(`heading-level="${String(value)}" is not a level from 2 to 6, so headings start at level ${fallback}.`);
  return fallback;
}

/**
 * A real `<h2>`…`<h6>` at a level chosen at run time. (A tag name cannot be a
 * template expression, and making templates from strings is never done here.)
 */
export function heading(level: number, content: unknown, part = 'heading', id?: string): TemplateResult {
  switch (Math.min(Math.max(level, 2), 6)) {
    case 2:
      return html`<h2 part=${part} id=${ifDefined(id)}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${ifDefined(id)}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${ifDefined(id)}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${ifDefined(id)}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${ifDefined(id)}>${content}</h6>`;
  }
}
