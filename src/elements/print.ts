/**
 * Printing unfolds what is folded ("Read more", "Read the full description")
 * in every Plenary element, and folds it back afterwards. Browsers that lay
 * out a closed `<details>` for print by CSS (`::details-content`) need nothing
 * more; the others need it opened. One pair of listeners for the page.
 */
const KEY = Symbol.for('plenary.print');

export function unfoldForPrint(): void {
  const page = globalThis as { [KEY]?: true };
  if (typeof window === 'undefined' || page[KEY]) return;
  page[KEY] = true;
  let unfolded: HTMLDetailsElement[] = [];
  window.addEventListener('beforeprint', () => {
    unfolded = folded(document);
    for (const details of unfolded) details.open = true;
  });
  window.addEventListener('afterprint', () => {
    for (const details of unfolded) details.open = false;
    unfolded = [];
  });
}

/** The closed `<details>` in the shadow roots of the Plenary elements under `root`. */
function folded(root: Document | ShadowRoot): HTMLDetailsElement[] {
  const found: HTMLDetailsElement[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el instanceof HTMLDetailsElement && !el.open && root instanceof ShadowRoot) found.push(el);
    if (el.shadowRoot && el.localName.startsWith('plenary-')) found.push(...folded(el.shadowRoot));
  }
  return found;
}
