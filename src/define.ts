/**
 * The one place that registers Plenary's elements. Safe to run twice, or next to
 * another copy of Plenary: a tag that is already defined is left as it is (with
 * one warning when the other definition is not this release's).
 */
import { PlenaryEventElement } from './elements/event/event.js';
import { PlenaryCardElement } from './elements/card/card.js';
import { PlenaryScheduleElement } from './elements/schedule/schedule.js';
import { PlenaryAgendaElement } from './elements/agenda/agenda.js';
import { PlenaryDocumentsElement } from './elements/documents/documents.js';
import { PlenaryContactsElement } from './elements/contacts/contacts.js';
import { PlenaryJoinElement } from './elements/join/join.js';
import { PlenaryCalendarElement } from './elements/calendar/calendar.js';

import { VERSION } from './version.js';

export { VERSION };

/** Every element, in the order they are defined: the provider first, so the elements inside it find it at once. */
export const ELEMENTS: ReadonlyArray<readonly [string, CustomElementConstructor]> = [
  ['plenary-event', PlenaryEventElement],
  ['plenary-card', PlenaryCardElement],
  ['plenary-schedule', PlenaryScheduleElement],
  ['plenary-agenda', PlenaryAgendaElement],
  ['plenary-documents', PlenaryDocumentsElement],
  ['plenary-contacts', PlenaryContactsElement],
  ['plenary-join', PlenaryJoinElement],
  ['plenary-calendar', PlenaryCalendarElement],
];

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
    if (!Object.hasOwn(element, 'plenaryVersion')) Object.defineProperty(element, 'plenaryVersion', { value: VERSION });
    customElements.define(tag, element);
  } catch (error) {
    // Defined in between by someone else (NotSupportedError): theirs stays.
    if (!(error instanceof DOMException)) throw error;
  }
}

/** Define every Plenary element. */
export function defineAll(): void {
  for (const [tag, element] of ELEMENTS) define(tag, element);
}

defineAll();
