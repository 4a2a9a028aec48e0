/** `plenary/event.js`: defines the whole event page, and every element it shows. */
export { PlenaryEventElement } from '../elements/event/event.js';
export { defineAll } from '../define.js';
