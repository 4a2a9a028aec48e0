/**
 * The events Plenary's elements fire. Both bubble and cross shadow roots, so a
 * page can listen on `document`.
 */
import type { PlenaryEvent } from './descriptor/resolve.js';
import type { Problem } from './descriptor/types.js';

/** The descriptor was loaded and resolved; `detail` is the resolved event. */
export class PlenaryLoadEvent extends CustomEvent<PlenaryEvent> {
  constructor(event: PlenaryEvent) {
    super('plenary-load', { bubbles: true, composed: true, detail: event });
  }
}

export interface PlenaryErrorDetail {
  /** Each problem with its path in the descriptor ('' for the descriptor as a whole). */
  readonly errors: readonly Problem[];
  /** The descriptor's address, when it came from one. */
  readonly url?: string;
}

/** The descriptor could not be loaded, or has errors. */
export class PlenaryErrorEvent extends CustomEvent<PlenaryErrorDetail> {
  constructor(errors: readonly Problem[], url?: string) {
    super('plenary-error', { bubbles: true, composed: true, detail: url === undefined ? { errors } : { errors, url } });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'plenary-load': PlenaryLoadEvent;
    'plenary-error': PlenaryErrorEvent;
  }
}
