/**
 * Defines every Plenary element. Importing this module (or `plenary`, or loading
 * dist/plenary.js) is all a page needs.
 */
import { defineEach, type Definition } from './registry.js';
import { PlenaryEventElement } from './elements/event/event.js';
import { PlenaryCardElement } from './elements/card/card.js';
import { PlenaryScheduleElement } from './elements/schedule/schedule.js';
import { PlenaryAgendaElement } from './elements/agenda/agenda.js';
import { PlenaryDocumentsElement } from './elements/documents/documents.js';
import { PlenaryContactsElement } from './elements/contacts/contacts.js';
import { PlenaryJoinElement } from './elements/join/join.js';
import { PlenaryCalendarElement } from './elements/calendar/calendar.js';

/** Every element, in the order they are defined: the provider first, so the elements inside it find it at once. */
export const ELEMENTS: readonly Definition[] = [
  ['plenary-event', PlenaryEventElement],
  ['plenary-card', PlenaryCardElement],
  ['plenary-schedule', PlenaryScheduleElement],
  ['plenary-agenda', PlenaryAgendaElement],
  ['plenary-documents', PlenaryDocumentsElement],
  ['plenary-contacts', PlenaryContactsElement],
  ['plenary-join', PlenaryJoinElement],
  ['plenary-calendar', PlenaryCalendarElement],
];

/** Define every Plenary element (safe to call again). */
export function defineAll(): void {
  defineEach(ELEMENTS);
}

defineAll();
