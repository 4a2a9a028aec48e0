/**
 * `msg()` for Plenary's UI strings.
 *
 * It has the type of `@lit/localize`'s `msg` (so `lit-localize extract` finds
 * every call), but looks strings up in the templates of the locale of the
 * element being rendered, not in one page-wide locale: two elements in two
 * languages can sit side by side, and a host page that configures
 * `@lit/localize` for itself is left alone.
 */
import type { MsgFn, TemplateMap } from '@lit/localize';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';

export { str } from '@lit/localize';

let active: TemplateMap | undefined;

export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) =>
  runtimeMsg(active, template, options)) as MsgFn;

/** Run `render` with `templates` as the strings `msg()` returns (undefined: the English source). */
export function inLocale<T>(templates: TemplateMap | undefined, render: () => T): T {
  const previous = active;
  active = templates;
  try {
    return render();
  } finally {
    active = previous;
  }
}
