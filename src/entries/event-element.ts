/**
 * `plenary/event-element.js`: the class of <plenary-event>, not defined.
 * Importing it defines nothing, so an app can register the class under a tag
 * of its own or in a scoped registry. The page it shows is made of
 * <plenary-card>, <plenary-agenda>, <plenary-schedule>, <plenary-documents>
 * and <plenary-contacts>: define those tags too (each class has its own
 * `plenary/<name>-element.js`).
 */
export { PlenaryEventElement } from '../elements/event/event.js';
