/**
 * One observer of `lang` attributes for the whole page: when a `lang` changes on
 * an element or any of its ancestors, that element renders again in the new
 * language. The elements' own shadow roots are watched too: an element inside
 * another one (the card in the event page) reads its language on that one's
 * rendered root, which changes when that one has its new language's strings.
 */

const watchers = new Map<Element, () => void>();
const LANG_ATTRIBUTES: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
let observer: MutationObserver | undefined;

export function watchLang(el: Element, changed: () => void): () => void {
  watchers.set(el, changed);
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const [watched, notify] of watchers) {
        if (records.some((r) => encloses(r.target, watched))) notify();
      }
    });
    observer.observe(document.documentElement, LANG_ATTRIBUTES);
  }
  if (el.shadowRoot) observer.observe(el.shadowRoot, LANG_ATTRIBUTES);
  return () => {
    watchers.delete(el);
    if (watchers.size === 0) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Whether `node` is `el` or one of its ancestors, looking through shadow roots. */
function encloses(node: Node, el: Element): boolean {
  let current: Node | null = el;
  while (current) {
    if (current === node) return true;
    current = current instanceof ShadowRoot ? current.host : current.parentNode;
  }
  return false;
}

/** How many elements are watched (for leak tests). */
export function watchedElements(): number {
  return watchers.size;
}
