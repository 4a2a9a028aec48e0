/**
 * A descriptor read as the elements read it. The quick check runs on every
 * descriptor; one that certainly has no error is resolved at once. Any other is
 * handed to the validator, which is loaded then (a chunk of its own in the CDN
 * build) and says what is wrong, in the same words `plenary validate` uses.
 */
import { certainlyValid } from '../descriptor/quick.js';
import { DescriptorError, resolveChecked, type PlenaryEvent, type ResolveOptions } from '../descriptor/resolve.js';
import type { Json } from '../descriptor/json.js';
import type { Problem } from '../descriptor/types.js';

export type Reading = { readonly ok: true; readonly event: PlenaryEvent } | { readonly ok: false; readonly errors: readonly Problem[] };

/** The Event, or the errors; a promise only when the validator has to be asked. */
export function readDescriptor(json: unknown, options?: ResolveOptions): Reading | Promise<Reading> {
  if (certainlyValid(json)) {
    try {
      return { ok: true, event: resolveChecked(json as Json, options) };
    } catch (error) {
      if (!(error instanceof DescriptorError)) throw error;
      // Let the validator say what the resolver could not read.
    }
  }
  return import('./checks.js').then(
    ({ read }): Reading => {
      const result = read(json, options);
      return result.ok ? { ok: true, event: result.event } : { ok: false, errors: result.errors };
    },
    (error: unknown): Reading => ({
      ok: false,
      errors: [{ path: '', message: `The descriptor has a problem, and Plenary's checks could not be loaded to say which (${(error as Error).message}). Reload the page.` }],
    }),
  );
}
