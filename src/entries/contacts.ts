/** `plenary/contacts.js`: defines <plenary-contacts>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryContactsElement } from '../elements/contacts/contacts.js';

defineEach([
  ['plenary-contacts', PlenaryContactsElement],
]);

export { PlenaryContactsElement };
