/**
 * `plenary/card-element.js`: the class of <plenary-card>, not defined.
 * Importing it defines nothing, so an app can register the class under a tag
 * of its own or in a scoped registry. Its actions are <plenary-join> and
 * <plenary-calendar>: define those tags too (`plenary/join-element.js`,
 * `plenary/calendar-element.js`).
 */
export { PlenaryCardElement } from '../elements/card/card.js';
