/** What the validator, the quick check and the resolver agree a JSON value is. */
import type { Spec } from './fields.js';

export type Json = Record<string, unknown>;

/** A note for people, allowed in any object of a descriptor and ignored (as in JSON Schema). */
export const COMMENT = '$comment';

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether `value` has the form of one option of a union: an object option takes
 * objects (only those with one of its fields when text, which may be an object
 * of languages, is also an option), a list option lists, the others strings.
 */
export function fitsOption<F>(option: Spec<F>, value: unknown, options: readonly Spec<F>[]): boolean {
  switch (option.type) {
    case 'object':
      return isObject(value) && (!options.some((o) => o.type === 'text') || Object.keys(value).some((k) => Object.hasOwn(option.fields, k)));
    case 'array':
      return Array.isArray(value);
    case 'text':
      return typeof value === 'string' || isObject(value);
    default:
      return typeof value === 'string';
  }
}
