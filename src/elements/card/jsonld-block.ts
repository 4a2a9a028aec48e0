/**
 * The JSON-LD block of one event, written into `document.head` (loaded when a
 * `<plenary-card structured-data>` asks for it; structured-data.ts keeps one
 * per event).
 */
import type { PlenaryEvent } from '../../descriptor/resolve.js';
import { eventJsonLd } from '../../calendar/jsonld.js';

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

/** Appends the event's block to `document.head` and returns it; null when the page already describes the event itself. */
export function writeBlock(event: PlenaryEvent, lang: string): HTMLScriptElement | null {
  if (pageDescribes(event)) return null;
  const pageUrl = location.href.split('#')[0];
  // "<" is written as \u003c so that no "</script" can end the block early.
  const json = JSON.stringify(eventJsonLd(event, { lang, pageUrl })).replace(/</g, '\\u003c');
  const script = document.createElement('script');
  script.type = 'application/ld+json';
  script.dataset.plenaryEvent = event.id;
  const p = jsonPolicy();
  if (p) (script as { text: unknown }).text = p.createScript(json);
  else script.append(document.createTextNode(json));
  document.head.append(script);
  return script;
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
