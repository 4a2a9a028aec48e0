/**
 * `msg()` for Plenary's UI strings.
 *
 * It has the type of `@lit/localize`'s `msg` (so `lit-localize extract` finds
 * every call), but looks strings up in the templates of the locale of the
 * element being rendered, not in one page-wide locale: two elements in two
 * languages can sit side by side, and a host page that configures
 * `@lit/localize` for itself is left alone.
 */
import type { MsgFn, StrResult, TemplateMap } from '@lit/localize';
import type { TemplateResult } from 'lit';

export { str } from '@lit/localize/internal/str-tag.js';

let active: TemplateMap | undefined;

/**
 * Every call names its string (`{ id: 'calendar.label' }`), so strings are
 * found by id, never by a hash of the English text. A translated string may
 * put the values in another order: its values are their indexes in the source.
 */
export const msg = ((template: Parameters<MsgFn>[0], options?: Parameters<MsgFn>[1]) => {
  const localized = active && options?.id !== undefined ? active[options.id] : undefined;
  const source = template as string | StrResult | TemplateResult;
  if (typeof source === 'string') return typeof localized === 'string' ? localized : source;
  const order = localized && typeof localized !== 'string' ? (localized.values as readonly number[]) : undefined;
  const values = order ? order.map((i) => source.values[i]) : source.values;
  if ('strTag' in source) {
    const strings = order ? (localized as StrResult).strings : source.strings;
    return strings.reduce((text, part, i) => text + String(values[i - 1]) + part);
  }
  return order ? { ...(localized as TemplateResult), values } : source;
}) as MsgFn;

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

/** `text`, a translated line, with each needle (found once) replaced by its piece: a date in it becomes a `<time>`. */
export function placeInto<T>(text: string, pieces: ReadonlyArray<readonly [string, T]>): Array<string | T> {
  let out: Array<string | T> = [text];
  for (const [needle, piece] of pieces) {
    out = out.flatMap((chunk) => {
      if (typeof chunk !== 'string') return [chunk];
      const at = chunk.indexOf(needle);
      return at < 0 ? [chunk] : [chunk.slice(0, at), piece, chunk.slice(at + needle.length)];
    });
  }
  return out;
}
