/**
 * `plenary/calendar-element.js`: the class of <plenary-calendar>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryCalendarElement } from '../elements/calendar/calendar.js';
