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
 * demand), and it is shared by every copy of Plenary on the page. A div's
 * `data-` attributes changed later (a framework that keeps the div and changes
 * its `data-src` as the visitor goes from one event to the next) reach its
 * element too, and a new `data-plenary` puts the new element in the old one's
 * place.
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
/** Marks an element a div was given, on the element itself, so every copy of Plenary knows it. */
const MADE = Symbol.for('plenary.upgrade.made');
type Made = Element & { [MADE]?: true };

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
  follow(div);
  // Upgraded already (by this copy of Plenary or another), or written as a tag inside.
  for (const child of div.children) if (child.localName === tag) return;
  const el = div.ownerDocument.createElement(tag) as Made;
  el[MADE] = true;
  for (const attr of div.attributes) {
    if (attr.name.startsWith('data-') && attr.name !== 'data-plenary') el.setAttribute(attr.name.slice(5), attr.value);
  }
  // The element the div had before its data-plenary changed gives its place, and its fallback, to the new one.
  const before = madeIn(div);
  if (before) {
    el.append(...before.childNodes);
    before.replaceWith(el);
    return;
  }
  el.append(...div.childNodes);
  div.append(el);
}

/** The element the div was given (by this copy of Plenary or another), if it is still there. */
function madeIn(div: Element): Element | undefined {
  return [...div.children].find((child) => (child as Made)[MADE]);
}

/** Watches upgraded divs' own attributes (one observer for all of them, each div watched alone: no page-wide attribute watch). */
let watcher: MutationObserver | undefined;

function follow(div: Element): void {
  watcher ??= new MutationObserver((records) => {
    for (const { target, attributeName } of records) {
      // data-plenary itself is the page-wide observer's: it upgrades the div again.
      if (!attributeName?.startsWith('data-') || attributeName === 'data-plenary') continue;
      const div = target as Element;
      const el = madeIn(div);
      const value = div.getAttribute(attributeName);
      if (!el || el.getAttribute(attributeName.slice(5)) === value) continue;
      if (value === null) el.removeAttribute(attributeName.slice(5));
      else el.setAttribute(attributeName.slice(5), value);
    }
  });
  watcher.observe(div, { attributes: true });
}
