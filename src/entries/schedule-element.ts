/**
 * `plenary/schedule-element.js`: the class of <plenary-schedule>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryScheduleElement } from '../elements/schedule/schedule.js';
