/**
 * read() and resolve(): a descriptor validated, then resolved, in one step.
 * What tools and apps call; the elements check descriptors with the quick
 * check first and load this module only for one that may have a problem.
 */
import { validate } from './validate.js';
import { DescriptorError, resolveChecked, type PlenaryEvent, type ResolveOptions } from './resolve.js';
import type { Json } from './json.js';
import type { Problem } from './types.js';

export type ReadResult =
  | { readonly ok: true; readonly event: PlenaryEvent; readonly warnings: readonly Problem[] }
  | { readonly ok: false; readonly errors: readonly Problem[]; readonly warnings: readonly Problem[] };

/** Validate and resolve in one step: every error and warning, and the Event when there is no error. */
export function read(json: unknown, options: ResolveOptions = {}): ReadResult {
  const { errors, warnings } = validate(json);
  if (errors.length > 0) return { ok: false, errors, warnings };
  try {
    return { ok: true, event: resolveChecked(json as Json, options), warnings };
  } catch (error) {
    // The validator should have caught it; if not, the descriptor is still refused, never half-read.
    if (error instanceof DescriptorError) return { ok: false, errors: error.errors, warnings };
    throw error;
  }
}

/** The Event of a valid descriptor; throws DescriptorError listing every error otherwise. */
export function resolve(json: unknown, options: ResolveOptions = {}): PlenaryEvent {
  const result = read(json, options);
  if (!result.ok) throw new DescriptorError(result.errors);
  return result.event;
}
