/** `plenary/documents.js`: defines <plenary-documents>, and nothing else. */
import { defineEach } from '../registry.js';
import { PlenaryDocumentsElement } from '../elements/documents/documents.js';

defineEach([
  ['plenary-documents', PlenaryDocumentsElement],
]);

export { PlenaryDocumentsElement };
