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

/** How long a descriptor with a problem waits for the validator's code by default (ms). */
const CHECKS_PATIENCE = 15_000;

/**
 * The Event, or the errors; a promise only when the validator has to be asked.
 * A validator that does not arrive within `patience` ms (a connection that
 * stalled after the descriptor came) is given up on: the element says so and
 * offers to try again, rather than staying "Loading…" for good.
 */
export function readDescriptor(json: unknown, options?: ResolveOptions, patience = CHECKS_PATIENCE): Reading | Promise<Reading> {
  if (certainlyValid(json)) {
    try {
      return { ok: true, event: resolveChecked(json as Json, options) };
    } catch (error) {
      if (!(error instanceof DescriptorError)) throw error;
      // Let the validator say what the resolver could not read.
    }
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`they did not arrive within ${Math.round(patience / 100) / 10} seconds`)), patience);
  });
  return Promise.race([import('./checks.js'), late])
    .then(
      ({ read }): Reading => {
        const result = read(json, options);
        return result.ok ? { ok: true, event: result.event } : { ok: false, errors: result.errors };
      },
      (error: unknown): Reading => ({
        ok: false,
        errors: [{ path: '', message: `The descriptor has a problem, and Plenary's checks could not be loaded to say which (${(error as Error).message}). Try again, or reload the page.` }],
      }),
    )
    .finally(() => clearTimeout(timer));
}
