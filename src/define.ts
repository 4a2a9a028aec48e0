/**
 * The one place that registers Plenary's elements. Safe to run twice, or next to
 * another copy of Plenary: a tag that is already defined is left as it is (with
 * one warning when the other definition is not this copy's).
 */
import { PlenaryEventElement } from './elements/event/event.js';

export const VERSION = '0.1.0';

const elements: ReadonlyArray<readonly [string, CustomElementConstructor]> = [['plenary-event', PlenaryEventElement]];

const warned = new Set<string>();

export function define(tag: string, element: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === element) return;
  if (existing) {
    const theirs = (existing as { plenaryVersion?: string }).plenaryVersion;
    if (theirs === VERSION) return; // the same release loaded twice: nothing to say
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(
        theirs
          ? `Plenary ${VERSION}: <${tag}> is already defined by Plenary ${theirs}; that definition stays.`
          : `Plenary ${VERSION}: <${tag}> is already defined by another script; that definition stays.`,
      );
    }
    return;
  }
  try {
    Object.defineProperty(element, 'plenaryVersion', { value: VERSION });
    customElements.define(tag, element);
  } catch (error) {
    // Defined in between by someone else (NotSupportedError): theirs stays.
    if (!(error instanceof DOMException)) throw error;
  }
}

/** Define every Plenary element. */
export function defineAll(): void {
  for (const [tag, element] of elements) define(tag, element);
}

defineAll();
