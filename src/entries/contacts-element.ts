/**
 * `plenary/contacts-element.js`: the class of <plenary-contacts>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryContactsElement } from '../elements/contacts/contacts.js';
