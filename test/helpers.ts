/** Shared by the element tests: the seed descriptor, waiting for elements, and reading what a person sees. */
import { waitUntil } from '@open-wc/testing';

export const SEED_URL = '/examples/unpog-webinar-2020-10-13.json';

let seed: Promise<Record<string, unknown>> | undefined;

/** A fresh copy of the seed descriptor (fetched once). */
export async function seedDescriptor(): Promise<Record<string, unknown>> {
  seed ??= fetch(SEED_URL).then((r) => r.json());
  return structuredClone(await seed);
}

/** The seed with some fields changed. */
export async function seedWith(patch: Record<string, unknown>): Promise<Record<string, unknown>> {
  return { ...(await seedDescriptor()), ...patch };
}

/** Waits until a Plenary element has left the loading state (and its inner elements too). */
export async function ready(el: Element): Promise<void> {
  await waitUntil(() => (el as Element & { status?: string }).status !== 'loading', `${el.localName} stayed in loading`, { timeout: 10000 });
  await (el as Element & { updateComplete?: Promise<unknown> }).updateComplete;
  for (const inner of el.shadowRoot?.querySelectorAll('*') ?? []) {
    if (inner.localName.startsWith('plenary-')) await ready(inner);
  }
}

/**
 * The text a sighted person reads in `node`: shadow roots followed; text hidden
 * for screen readers only (`.visually-hidden`), `display: none` and the folded
 * part of a closed `<details>` left out; blocks separated by a space; white
 * space collapsed.
 */
export function visibleText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    let block = false;
    if (n instanceof Element) {
      if (n.classList.contains('visually-hidden') || n.localName === 'style' || n.localName === 'script') return;
      const display = getComputedStyle(n).display;
      if (display === 'none') return;
      block = !display.startsWith('inline') && display !== 'contents';
      if (block) parts.push(' ');
      if (n.localName === 'details' && !(n as HTMLDetailsElement).open) {
        const summary = n.querySelector(':scope > summary');
        if (summary) walk(summary);
        parts.push(' ');
        return;
      }
      if (n.shadowRoot) {
        walk(n.shadowRoot);
        if (block) parts.push(' ');
        return;
      }
      if (n.localName === 'slot') {
        for (const assigned of (n as HTMLSlotElement).assignedNodes({ flatten: true })) walk(assigned);
        return;
      }
    }
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    for (const child of n.childNodes) walk(child);
    if (block) parts.push(' ');
  };
  walk(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element matching `selector` in `root` and in the shadow roots inside it. */
export function deepQueryAll<T extends Element = Element>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [];
  const visit = (r: Element | ShadowRoot) => {
    found.push(...(r.querySelectorAll(selector) as NodeListOf<T>));
    for (const el of r.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  visit(root instanceof Element && root.shadowRoot ? root.shadowRoot : root);
  return found;
}
