/**
 * `plenary/join-element.js`: the class of <plenary-join>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryJoinElement } from '../elements/join/join.js';
