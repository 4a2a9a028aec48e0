/**
 * The CDN files, dist/plenary.js and dist/plenary.iife.js: every element
 * defined, and what a page may want from script. The descriptor tools
 * (`validate`, `read`, `resolve`, `buildIcs`, `eventJsonLd`) are in the npm
 * package (`plenary`, `plenary/descriptor.js`) and not here: the elements load
 * the validator and the calendar file's code only when they need them, and
 * exporting them would put them in every page's first download.
 */
// First of all: the page's descriptors are asked for before the elements are defined.
import './load/bootstrap.js';
import { warnOfQuery } from './load/own-address.js';

warnOfQuery(import.meta.url);

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
