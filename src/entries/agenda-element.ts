/**
 * `plenary/agenda-element.js`: the class of <plenary-agenda>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryAgendaElement } from '../elements/agenda/agenda.js';
