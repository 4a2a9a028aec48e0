/**
 * Plenary: embeddable web components that show one event from one JSON
 * descriptor. Importing this module defines every element.
 */
export { defineAll, ELEMENTS } from './define.js';
export { define, defineEach } from './registry.js';
export { VERSION } from './version.js';
export { PlenaryElement, type View } from './elements/plenary-element.js';
export { PlenaryEventElement } from './elements/event/event.js';
export { PlenaryCardElement } from './elements/card/card.js';
export { PlenaryScheduleElement } from './elements/schedule/schedule.js';
export { PlenaryAgendaElement } from './elements/agenda/agenda.js';
export { PlenaryDocumentsElement } from './elements/documents/documents.js';
export { PlenaryContactsElement } from './elements/contacts/contacts.js';
export { PlenaryJoinElement } from './elements/join/join.js';
export { PlenaryCalendarElement } from './elements/calendar/calendar.js';
export { PlenaryLoadEvent, PlenaryErrorEvent, type PlenaryErrorDetail } from './events.js';
export { configure, clearCache, type LoadOptions } from './load/request.js';
export { buildIcs, icsFileName } from './calendar/ics.js';
export { googleCalendarUrl, outlookUrl } from './calendar/links.js';
export { eventJsonLd } from './calendar/jsonld.js';
export { validate, resolve, read, DescriptorError, LangText, SUPPORTED_VERSIONS } from './descriptor/index.js';
export type * from './descriptor/index.js';
