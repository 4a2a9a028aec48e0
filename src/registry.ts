/**
 * Registering elements safely. A second copy of Plenary on a page (the module
 * twice, the module and the classic script, two releases) or another library
 * that took a `plenary-*` name never makes a definition throw: the first
 * definition stays, with one console warning when it is not this release's.
 */
import { VERSION } from './version.js';
import { upgradeDivs } from './upgrade.js';

export type Definition = readonly [tag: string, element: CustomElementConstructor];

/** Define each element whose tag is free; warn once about the tags another script holds. */
export function defineEach(definitions: readonly Definition[]): void {
  const taken = new Map<string, string[]>();
  for (const [tag, element] of definitions) {
    const existing = customElements.get(tag);
    if (existing === element) continue;
    if (existing) {
      const theirs = (existing as { plenaryVersion?: string }).plenaryVersion;
      if (theirs === VERSION) continue; // this release loaded twice: nothing to say
      const owner = theirs ? `Plenary ${theirs}` : 'another script';
      taken.set(owner, [...(taken.get(owner) ?? []), `<${tag}>`]);
      continue;
    }
    try {
      if (!Object.hasOwn(element, 'plenaryVersion')) Object.defineProperty(element, 'plenaryVersion', { value: VERSION });
      customElements.define(tag, element);
    } catch (error) {
      // Defined in between by someone else (NotSupportedError): theirs stays.
      if (!(error instanceof DOMException)) throw error;
    }
  }
  // Pages whose editor keeps only `<div data-plenary>`: those divs get their elements.
  if (typeof document !== 'undefined') upgradeDivs();
  for (const [owner, tags] of taken) {
    console.warn(`Plenary ${VERSION}: ${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} already defined by ${owner}; ${tags.length === 1 ? 'that definition stays' : 'those definitions stay'}.`);
  }
}

/** Define one element (see defineEach). */
export function define(tag: string, element: CustomElementConstructor): void {
  defineEach([[tag, element]]);
}
