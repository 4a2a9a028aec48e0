/**
 * What the elements load only for a descriptor with a problem, as one file of
 * the CDN build: the validator with its messages (through `read`), and the
 * JSON reader that says where text stops being JSON.
 */
export { read } from '../descriptor/read.js';
export { JsonSyntaxError, parseJsonSource } from '../descriptor/json-source.js';
