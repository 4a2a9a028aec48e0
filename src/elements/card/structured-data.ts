/**
 * The schema.org Event (JSON-LD) that `<plenary-card structured-data>` puts in
 * `document.head`: one block per event however many cards show it, none when
 * the page already describes the event itself. The block is written by code
 * loaded only when a card asks for it (jsonld-block.ts).
 */
import type { PlenaryEvent } from '../../descriptor/resolve.js';

interface Entry {
  script: HTMLScriptElement | null;
  readonly owners: Set<Element>;
}

const entries = new Map<string, Entry>();

export function addStructuredData(event: PlenaryEvent, owner: Element, lang: string): void {
  const existing = entries.get(event.id);
  if (existing) {
    existing.owners.add(owner);
    return;
  }
  const entry: Entry = { script: null, owners: new Set([owner]) };
  entries.set(event.id, entry);
  import('./jsonld-block.js')
    .then(({ writeBlock }) => {
      if (entries.get(event.id) !== entry) return; // every card that wanted it has gone
      entry.script = writeBlock(event, lang);
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
