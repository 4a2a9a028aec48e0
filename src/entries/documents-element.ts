/**
 * `plenary/documents-element.js`: the class of <plenary-documents>, not defined. Importing
 * it defines nothing, so an app can register the class under a tag of its own
 * or in a scoped registry.
 */
export { PlenaryDocumentsElement } from '../elements/documents/documents.js';
