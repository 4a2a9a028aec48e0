/**
 * The form that survives CMS editors and HTML sanitizers:
 *
 *   <div data-plenary="schedule" data-src="/events/x.json" data-zones="…">fallback</div>
 *
 * Sanitizers (WordPress's `wp_kses_post`, DOMPurify's defaults, Drupal's text
 * formats) strip custom tags and scripts but keep a `div` with `data-*`, `lang`
 * and `dir`. Each such div gets the real element placed inside it, with every
 * `data-<name>` attribute given to it as `<name>` (`data-heading-level` →
 * `heading-level`), and the div's content moved into it as its fallback, shown
 * until the element renders, as with the tag form. One observer per document
 * upgrades divs added later (by a CMS, a framework, or content loaded on
 * demand), and it is shared by every copy of Plenary on the page.
 */

/** The names `data-plenary` takes: each is `plenary-<name>`. */
export const UPGRADABLE = ['event', 'card', 'schedule', 'agenda', 'documents', 'contacts', 'join', 'calendar'] as const;

const SELECTOR = '[data-plenary]';
/** Shared by every copy of Plenary on the page, so a div is watched for and upgraded once. */
const STARTED = Symbol.for('plenary.upgrade');

/** Upgrade the divs in the document now and whenever more are added. Safe to call again. */
export function upgradeDivs(doc: Document = document): void {
  const flagged = doc as Document & { [STARTED]?: true };
  if (flagged[STARTED]) return;
  flagged[STARTED] = true;
  const observer = new MutationObserver((records) => {
    // While the document is parsed, a div's content is still arriving: wait for the end.
    if (doc.readyState === 'loading') return;
    for (const record of records) {
      if (record.type === 'attributes') upgrade(record.target as Element);
      else for (const node of record.addedNodes) if (node instanceof Element) upgradeWithin(node);
    }
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-plenary'] });
  if (doc.readyState === 'loading') doc.addEventListener('DOMContentLoaded', () => upgradeWithin(doc.documentElement), { once: true });
  else upgradeWithin(doc.documentElement);
}

/** Upgrade `root` and every div under it. */
export function upgradeWithin(root: Element): void {
  if (root.matches(SELECTOR)) upgrade(root);
  for (const div of root.querySelectorAll(SELECTOR)) upgrade(div);
}

const warned = new Set<string>();

function upgrade(div: Element): void {
  const name = div.getAttribute('data-plenary')?.trim().toLowerCase() ?? '';
  if (!(UPGRADABLE as readonly string[]).includes(name)) {
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(`Plenary: data-plenary="${name}" is not an element Plenary has; use one of ${UPGRADABLE.join(', ')}.`);
    }
    return;
  }
  const tag = `plenary-${name}`;
  // Upgraded already (by this copy of Plenary or another), or written as a tag inside.
  for (const child of div.children) if (child.localName === tag) return;
  const el = div.ownerDocument.createElement(tag);
  for (const attr of div.attributes) {
    if (attr.name.startsWith('data-') && attr.name !== 'data-plenary') el.setAttribute(attr.name.slice(5), attr.value);
  }
  el.append(...div.childNodes);
  div.append(el);
}
