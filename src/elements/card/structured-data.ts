/**
 * The schema.org Event (JSON-LD) that `<plenary-card structured-data>` puts in
 * `document.head`: one block per event however many cards show it, none when
 * the page already describes the event itself. The block's builder is loaded
 * only when a card asks for it.
 */
import type { PlenaryEvent } from '../../descriptor/resolve.js';

interface Entry {
  script: HTMLScriptElement | null;
  readonly owners: Set<Element>;
}

const entries = new Map<string, Entry>();

interface ScriptPolicy {
  createScript(input: string): unknown;
}

let policy: ScriptPolicy | null | undefined;

/**
 * The page may enforce Trusted Types (`require-trusted-types-for 'script'`), under
 * which a script element's text needs a TrustedScript: the `plenary` policy makes
 * them from JSON only.
 */
function jsonPolicy(): ScriptPolicy | null {
  if (policy !== undefined) return policy;
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: ScriptPolicy): ScriptPolicy } }).trustedTypes;
  policy = null;
  if (factory) {
    try {
      policy = factory.createPolicy('plenary', {
        createScript: (input: string) => {
          JSON.parse(input); // only JSON becomes a TrustedScript
          return input;
        },
      });
    } catch {
      policy = null; // the name is taken or not allowed: fall back to a text node
    }
  }
  return policy;
}

export function addStructuredData(event: PlenaryEvent, owner: Element, lang: string): void {
  const existing = entries.get(event.id);
  if (existing) {
    existing.owners.add(owner);
    return;
  }
  const entry: Entry = { script: null, owners: new Set([owner]) };
  entries.set(event.id, entry);
  if (pageDescribes(event)) return;
  const pageUrl = location.href.split('#')[0];
  import('../../calendar/jsonld.js')
    .then(({ eventJsonLd }) => {
      if (entries.get(event.id) !== entry) return; // every card that wanted it has gone
      // "<" is written as \u003c so that no "</script" can end the block early.
      const json = JSON.stringify(eventJsonLd(event, { lang, pageUrl })).replace(/</g, '\\u003c');
      const script = document.createElement('script');
      script.type = 'application/ld+json';
      script.dataset.plenaryEvent = event.id;
      const p = jsonPolicy();
      if (p) (script as { text: unknown }).text = p.createScript(json);
      else script.append(document.createTextNode(json));
      document.head.append(script);
      entry.script = script;
    })
    .catch((error: unknown) => {
      console.warn('Plenary: the structured data for the event could not be added to the page.', error);
    });
}

export function removeStructuredData(id: string, owner: Element): void {
  const entry = entries.get(id);
  if (!entry) return;
  entry.owners.delete(owner);
  if (entry.owners.size > 0) return;
  entry.script?.remove();
  entries.delete(id);
}

/** Whether the page already carries JSON-LD for this event (same @id, or same name and start). */
function pageDescribes(event: PlenaryEvent): boolean {
  const names = new Set(event.title.variants.map(([, text]) => text.trim()));
  const start = event.start;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if ((script as HTMLScriptElement).dataset.plenaryEvent) continue;
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of flatten(data)) {
      const types = ([] as unknown[]).concat(item['@type']);
      if (!types.some((t) => typeof t === 'string' && /Event$/.test(t))) continue;
      if (typeof item['@id'] === 'string' && item['@id'].endsWith(`#${event.id}`)) return true;
      const sameName = typeof item.name === 'string' && names.has(item.name.trim());
      const sameStart = typeof item.startDate === 'string' && Date.parse(item.startDate) === start;
      if (sameName && sameStart) return true;
    }
  }
  return false;
}

function flatten(data: unknown): Array<Record<string, unknown>> {
  if (Array.isArray(data)) return data.flatMap(flatten);
  if (typeof data !== 'object' || data === null) return [];
  const item = data as Record<string, unknown>;
  return [item, ...(Array.isArray(item['@graph']) ? item['@graph'].flatMap(flatten) : [])];
}
