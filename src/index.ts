/**
 * Plenary: embeddable web components that show one event from one JSON
 * descriptor. Importing this module defines every element.
 */
export { defineAll, define, VERSION } from './define.js';
export { PlenaryElement, type View } from './elements/plenary-element.js';
export { PlenaryEventElement } from './elements/event/event.js';
export { PlenaryLoadEvent, PlenaryErrorEvent, type PlenaryErrorDetail } from './events.js';
export { configure, clearCache, type LoadOptions } from './load/request.js';
export * from './descriptor/index.js';

declare global {
  interface HTMLElementTagNameMap {
    'plenary-event': import('./elements/event/event.js').PlenaryEventElement;
  }
}
